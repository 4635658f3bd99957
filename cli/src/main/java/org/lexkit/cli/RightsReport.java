package org.lexkit.cli;

import static org.lexkit.cli.Html.escape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.rights.GeneralLimitationClause;
import org.lexkit.core.rights.RestrictionGround;
import org.lexkit.core.rights.Right;
import org.lexkit.core.rights.RightId;
import org.lexkit.rights.standards.Finding;
import org.lexkit.rights.standards.StandardsCheck;
import org.lexkit.rights.standards.StandardsReport;

/**
 * The rights of several versions of a constitution side by side, as one self-contained HTML page in the visual
 * language of {@code render} and {@code diff}: for each right (matched across versions by its id, so a right keeps
 * its row when its article is renumbered), where each version states it, who holds it, the grounds on which it may
 * be restricted (its own and the general limitation clause's), which grounds are new or gone compared with the
 * first version, and which grounds a binding treaty's closed list does not permit; then the general limitation
 * clauses. A version is a card; the cards of a right sit side by side on a wide screen and stack on a phone.
 */
final class RightsReport {
  /**
   * One version, annotated with its rights.
   *
   * @param name how its input is named
   * @param document the version
   */
  record Version(String name, LegalDocument document) {}

  private final StringBuilder html = new StringBuilder(1 << 15);
  private final List<Version> versions;
  private final Optional<StandardsCheck> binding;
  private final Labels labels;

  private RightsReport(List<Version> versions, Optional<StandardsCheck> binding) {
    this.versions = versions;
    this.binding = binding;
    this.labels = Labels.of(versions.get(0).document().identity().language());
  }

  /**
   * Renders the page.
   *
   * @param versions at least one version, the first being the baseline
   * @param binding the check against the treaties binding on the state, if it is bound by any lexkit knows
   * @return the page
   */
  static String render(List<Version> versions, Optional<StandardsCheck> binding) {
    RightsReport report = new RightsReport(versions, binding);
    report.page();
    return report.html.toString();
  }

  private void page() {
    String title = labels.get(Labels.Key.RIGHTS_REPORT);
    Html.open(html, labels.language(), title + ": " + versions.get(0).document().title());
    html.append("<header class=\"masthead\">\n<p class=\"kicker\">lexkit report</p>\n<h1>").append(escape(title))
        .append("</h1>\n<p class=\"identity\">").append(escape(versions.stream()
            .map(v -> v.document().title() + " (" + labels.get(Labels.Key.VERSION_OF) + " "
                + v.document().identity().versionDate() + ")").collect(Collectors.joining(" → "))))
        .append("</p>\n</header>\n");
    html.append("<aside class=\"legend\" aria-label=\"").append(escape(labels.get(Labels.Key.LEGEND)))
        .append("\"><span><ins>").append(escape(labels.get(Labels.Key.GAINED))).append("</ins></span><span><del>")
        .append(escape(labels.get(Labels.Key.LOST))).append("</del></span><span class=\"flag\">⚠ ")
        .append(escape(labels.get(Labels.Key.NOT_PERMITTED_BY))).append(" …</span></aside>\n");
    Map<RightId, String> rights = rights();
    List<Html.TocEntry> toc = new ArrayList<>();
    toc.add(new Html.TocEntry("summary", labels.get(Labels.Key.SUMMARY), List.of()));
    rights.forEach((id, name) -> toc.add(new Html.TocEntry(anchor(id), name, List.of())));
    toc.add(new Html.TocEntry("general", labels.get(Labels.Key.GENERAL_LIMITATION), List.of()));
    Html.toc(html, labels, toc);
    html.append("<main>\n");
    summary(rights);
    rights.forEach(this::right);
    general();
    html.append("</main>\n");
    Html.close(html);
  }

  /** Every right of any version, by id: the first version's order, then rights that appear later. */
  private Map<RightId, String> rights() {
    Map<RightId, String> rights = new LinkedHashMap<>();
    for (Version version : versions) {
      version.document().rights().rights().values().forEach(r -> rights.putIfAbsent(r.id(), r.name()));
    }
    return rights;
  }

  private static String anchor(RightId id) {
    return "right-" + id.value();
  }

  /** "In short": one line per right whose grounds changed, naming the grounds gained and lost. */
  private void summary(Map<RightId, String> rights) {
    html.append("<section class=\"summary\" id=\"summary\">\n<h2>").append(escape(labels.get(Labels.Key.SUMMARY)))
        .append("</h2>\n<ul>\n");
    int lines = 0;
    LegalDocument baseline = versions.get(0).document();
    for (Map.Entry<RightId, String> right : rights.entrySet()) {
      Set<String> before = keys(grounds(baseline, right.getKey()));
      Set<String> gained = new LinkedHashSet<>();
      Set<String> lost = new LinkedHashSet<>();
      for (Version version : versions.subList(1, versions.size())) {
        List<RestrictionGround> now = grounds(version.document(), right.getKey());
        now.stream().filter(g -> !before.contains(g.key()) || nowInArticle(baseline, version.document(),
            right.getKey(), g)).forEach(g -> gained.add(name(g)));
        Set<String> nowKeys = keys(now);
        if (version.document().rights().right(right.getKey()).isPresent()) {
          grounds(baseline, right.getKey()).stream().filter(g -> !nowKeys.contains(g.key()))
              .forEach(g -> lost.add(name(g)));
        }
      }
      if (gained.isEmpty() && lost.isEmpty()) {
        continue;
      }
      lines++;
      html.append("<li><a href=\"#").append(escape(anchor(right.getKey()))).append("\">")
          .append(escape(right.getValue())).append("</a>: ");
      if (!gained.isEmpty()) {
        html.append(escape(labels.get(Labels.Key.GAINED))).append(" <ins>").append(escape(String.join(", ", gained)))
            .append("</ins>");
      }
      if (!lost.isEmpty()) {
        html.append(gained.isEmpty() ? "" : "; ").append(escape(labels.get(Labels.Key.LOST))).append(" <del>")
            .append(escape(String.join(", ", lost))).append("</del>");
      }
      html.append("</li>\n");
    }
    if (lines == 0) {
      html.append("<li>").append(escape(labels.get(Labels.Key.NO_CHANGES))).append("</li>\n");
    }
    html.append("</ul>\n</section>\n");
  }

  private void right(RightId id, String name) {
    html.append("<section class=\"right\" id=\"").append(escape(anchor(id))).append("\">\n<h2>")
        .append(escape(name)).append("</h2>\n<div class=\"versions\">\n");
    LegalDocument baseline = versions.get(0).document();
    Set<String> before = keys(grounds(baseline, id));
    for (int v = 0; v < versions.size(); v++) {
      LegalDocument document = versions.get(v).document();
      html.append("<div class=\"version\">\n<h4>").append(escape(versionName(versions.get(v)))).append("</h4>\n");
      Optional<Right> right = document.rights().right(id);
      if (right.isEmpty()) {
        html.append("<p class=\"meta\">").append(escape(labels.get(Labels.Key.NONE))).append("</p>\n</div>\n");
        continue;
      }
      html.append("<p class=\"meta\">").append(escape(labels.get(Labels.Key.STATED_IN))).append(": ")
          .append(escape(right.get().statedIn().stream().map(p -> Html.label(document, p, labels))
              .collect(Collectors.joining(", ")))).append(" · ").append(escape(labels.get(Labels.Key.HOLDER)))
          .append(": ").append(escape(right.get().holder().toString())).append("</p>\n");
      List<RestrictionGround> grounds = document.rights().effectiveGrounds(id);
      if (right.get().absolute() || document.rights().isNeverRestrictable(right.get())) {
        html.append("<p>").append(escape(labels.get(Labels.Key.ABSOLUTE))).append("</p>\n");
      }
      html.append("<ul>\n");
      Map<String, List<String>> flagged = notPermitted(document, id);
      for (RestrictionGround ground : grounds) {
        boolean inArticle = v > 0 && nowInArticle(baseline, document, id, ground);
        boolean isNew = v > 0 && !before.contains(ground.key()) || inArticle;
        html.append("<li>").append(isNew ? "<ins>" : "");
        HtmlPage.ground(html, labels, ground);
        html.append(isNew ? "</ins>" : "");
        if (inArticle && before.contains(ground.key())) {
          html.append(" <span class=\"meta\">(").append(escape(labels.get(Labels.Key.NOW_IN_ARTICLE)))
              .append(")</span>");
        }
        List<String> clauses = flagged.getOrDefault(ground.key(), List.of());
        if (!clauses.isEmpty()) {
          html.append(" <span class=\"flag\">⚠ ").append(escape(labels.get(Labels.Key.NOT_PERMITTED_BY)))
              .append(' ').append(escape(String.join(", ", clauses))).append("</span>");
        }
        html.append("</li>\n");
      }
      if (v > 0) {
        Set<String> now = keys(grounds);
        for (RestrictionGround old : grounds(baseline, id)) {
          if (!now.contains(old.key())) {
            html.append("<li><del>");
            HtmlPage.ground(html, labels, old);
            html.append("</del></li>\n");
          }
        }
      }
      html.append("</ul>\n</div>\n");
    }
    html.append("</div>\n</section>\n");
  }

  private void general() {
    html.append("<section class=\"right\" id=\"general\">\n<h2>")
        .append(escape(labels.get(Labels.Key.GENERAL_LIMITATION))).append("</h2>\n<div class=\"versions\">\n");
    for (Version version : versions) {
      LegalDocument document = version.document();
      html.append("<div class=\"version\">\n<h4>").append(escape(versionName(version))).append("</h4>\n");
      if (document.rights().generalLimitations().isEmpty()) {
        html.append("<p class=\"meta\">").append(escape(labels.get(Labels.Key.NONE))).append("</p>\n");
      }
      for (GeneralLimitationClause clause : document.rights().generalLimitations()) {
        html.append("<p class=\"meta\">").append(escape(Html.label(document, clause.source(), labels)))
            .append("</p>\n<ul>\n");
        for (RestrictionGround ground : clause.grounds()) {
          html.append("<li>");
          HtmlPage.ground(html, labels, ground);
          html.append("</li>\n");
        }
        html.append("</ul>\n");
      }
      html.append("</div>\n");
    }
    html.append("</div>\n</section>\n");
  }

  /** The citations of the binding treaty clauses whose closed list lacks each ground of a right, by ground key. */
  private Map<String, List<String>> notPermitted(LegalDocument document, RightId id) {
    Map<String, List<String>> flagged = new LinkedHashMap<>();
    binding.ifPresent(check -> {
      StandardsReport report = check.check(document);
      for (Finding finding : report.findings(id)) {
        if (finding.verdict() == Finding.Verdict.NOT_PERMITTED) {
          List<String> clauses = flagged.computeIfAbsent(finding.ground().key(), k -> new ArrayList<>());
          if (!clauses.contains(finding.clause().citation())) {
            clauses.add(finding.clause().citation());
          }
        }
      }
    });
    return flagged;
  }

  private String versionName(Version version) {
    return labels.get(Labels.Key.VERSION_OF) + " " + version.document().identity().versionDate();
  }

  private String name(RestrictionGround ground) {
    return ground.canonical().map(labels::ground).orElse("«" + ground.wording() + "»");
  }

  /** Whether the right's own article names {@code ground} now and did not in the baseline. */
  private static boolean nowInArticle(LegalDocument baseline, LegalDocument version, RightId id,
      RestrictionGround ground) {
    Optional<Right> now = version.rights().right(id);
    Optional<Right> before = baseline.rights().right(id);
    return now.isPresent() && now.get().ground(ground).isPresent()
        && before.map(b -> b.grounds().stream().noneMatch(g -> g.key().equals(ground.key()))).orElse(true);
  }

  /** A right's effective grounds in a version, none when the version does not state it. */
  private static List<RestrictionGround> grounds(LegalDocument document, RightId id) {
    return document.rights().right(id).isPresent() ? document.rights().effectiveGrounds(id) : List.of();
  }

  private static Set<String> keys(List<RestrictionGround> grounds) {
    return grounds.stream().map(RestrictionGround::key).collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
