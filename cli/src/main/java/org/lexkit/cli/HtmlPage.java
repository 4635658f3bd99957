package org.lexkit.cli;

import static org.lexkit.cli.Html.escape;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lexkit.core.document.DocumentIdentity;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.document.LifecycleEvent;
import org.lexkit.core.document.Preamble;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.ProvisionKind;
import org.lexkit.core.provision.Text;
import org.lexkit.core.rights.RestrictionGround;
import org.lexkit.core.rights.Right;
import org.lexkit.core.rights.RightsCatalogue;

/**
 * A document as one self-contained HTML page (inline CSS, nothing fetched, no script): title and identity, a table
 * of contents down to the articles, the preamble, every provision as a section whose {@code id} is its eId (so
 * {@code page.html#sec_ii__art_32} links to article 32) with a permalink beside its heading, notes, a visible
 * placeholder where the model holds no content, the rights catalogue when the document has one, and the life cycle.
 * The page's own words are in the document's language ({@link Labels}). Text is escaped; markup inside text is
 * rendered as its plain text.
 */
final class HtmlPage {
  private final StringBuilder html = new StringBuilder(1 << 16);
  private final LegalDocument document;
  private final Labels labels;

  private HtmlPage(LegalDocument document) {
    this.document = document;
    this.labels = Labels.of(document.identity().language());
  }

  static String render(LegalDocument document) {
    HtmlPage page = new HtmlPage(document);
    page.document();
    return page.html.toString();
  }

  private void document() {
    Html.open(html, document.identity().language(), document.title());
    html.append("<header class=\"masthead\">\n<p class=\"kicker\">")
        .append(escape(kicker(document.identity(), labels))).append("</p>\n<h1>")
        .append(escape(document.title())).append("</h1>\n")
        .append("<p class=\"identity\">").append(escape(describe(document.identity(), labels))).append("</p>\n")
        .append("</header>\n");
    List<Html.TocEntry> toc = new ArrayList<>();
    if (document.preamble().isPresent()) {
      toc.add(new Html.TocEntry("preamble", labels.get(Labels.Key.PREAMBLE), List.of()));
    }
    toc.addAll(tocEntries(document.body(), null));
    if (!document.rights().rights().isEmpty()) {
      toc.add(new Html.TocEntry("rights", labels.get(Labels.Key.RIGHTS), List.of()));
    }
    Html.toc(html, labels, toc);
    html.append("<main>\n<article>\n");
    document.preamble().ifPresent(this::preamble);
    Provision body = document.body();
    ImmutableList<String> segments = body.childSegments();
    for (int i = 0; i < segments.size(); i++) {
      provision(body.children().get(i), ProvisionId.root(segments.get(i)), 2);
    }
    html.append("</article>\n");
    rights(document.rights());
    html.append("</main>\n");
    if (!document.lifecycle().isEmpty()) {
      html.append("<footer>\n<h2>").append(escape(labels.get(Labels.Key.LIFE_CYCLE))).append("</h2>\n<table>\n");
      for (LifecycleEvent event : document.lifecycle()) {
        html.append("<tr><td>").append(event.date()).append("</td><td>")
            .append(escape(event.type().name().toLowerCase(Locale.ROOT))).append("</td><td>")
            .append(escape(event.source().orElse(""))).append("</td></tr>\n");
      }
      html.append("</table>\n</footer>\n");
    }
    Html.close(html);
  }

  /** The line above the title: the kind of document, its country and the version shown. */
  static String kicker(DocumentIdentity identity, Labels labels) {
    return identity.type().name().toLowerCase(Locale.ROOT) + " · " + identity.country().toUpperCase(Locale.ROOT)
        + " · " + labels.get(Labels.Key.VERSION_OF) + " " + identity.versionDate();
  }

  /** The identity line: the work (country, type, name, date), the language, and the version's date. */
  static String describe(DocumentIdentity identity, Labels labels) {
    return identity.country() + " · " + identity.type().name().toLowerCase(Locale.ROOT) + " · "
        + identity.name() + " · " + identity.date() + " · " + identity.language() + " · "
        + labels.get(Labels.Key.VERSION_OF) + " " + identity.versionDate();
  }

  /** Table of contents entries: containers and articles (with their containers nested), nothing below articles. */
  private List<Html.TocEntry> tocEntries(Provision parent, ProvisionId parentId) {
    List<Html.TocEntry> entries = new ArrayList<>();
    ImmutableList<String> segments = parent.childSegments();
    for (int i = 0; i < segments.size(); i++) {
      Provision child = parent.children().get(i);
      if (child.kind().ordinal() > ProvisionKind.ARTICLE.ordinal() && child.kind() != ProvisionKind.HCONTAINER) {
        continue;
      }
      ProvisionId id = parentId == null ? ProvisionId.root(segments.get(i)) : parentId.child(segments.get(i));
      String label = child.num().map(n -> n.text().strip()).orElse("")
          + child.heading().map(h -> (child.num().isPresent() ? " " : "") + h.plain()).orElse("");
      if (label.isBlank()) {
        label = Html.label(document, id, labels);
      }
      entries.add(new Html.TocEntry(Html.anchor(id), label, child.kind() == ProvisionKind.ARTICLE
          ? List.of() : tocEntries(child, id)));
    }
    return entries;
  }

  private void preamble(Preamble preamble) {
    html.append("<section class=\"preamble\" id=\"preamble\">\n");
    for (Text block : preamble.blocks()) {
      html.append("<p>").append(escape(block.plain())).append("</p>\n");
    }
    html.append("</section>\n");
  }

  private void provision(Provision provision, ProvisionId id, int level) {
    html.append("<section class=\"provision ").append(provision.kind().element())
        .append(provision.isRepealed() ? " repealed" : "").append("\" id=\"").append(escape(Html.anchor(id)))
        .append("\">\n");
    Optional<String> num = provision.num().map(n -> n.text());
    // A heading line for a heading, a repealed placeholder, or a container whose number stands alone ("Статья 1"
    // over its paragraphs); otherwise the number starts the first paragraph ("1. Республика ...").
    boolean headingLine = provision.heading().isPresent() || provision.isRepealed()
        || (provision.content().isEmpty() && !provision.children().isEmpty());
    if (headingLine) {
      int h = Math.min(6, level);
      html.append("<h").append(h).append(" class=\"heading\">");
      num.ifPresent(n -> html.append("<span class=\"num\">").append(escape(n)).append("</span>"));
      provision.heading().ifPresent(heading -> html.append(escape(heading.plain())));
      if (provision.isRepealed()) {
        html.append("<span class=\"badge\">").append(escape(labels.get(Labels.Key.REPEALED))).append("</span>");
      }
      Html.permalink(html, labels, id);
      html.append("</h").append(h).append(">\n");
    }
    Html.blocks(html, labels, provision, headingLine ? Optional.empty() : num, id, () -> {
      ImmutableList<String> segments = provision.childSegments();
      for (int i = 0; i < segments.size(); i++) {
        provision(provision.children().get(i), id.child(segments.get(i)), level + 1);
      }
    });
    html.append("</section>\n");
  }

  /** The rights catalogue: each right by name, its holder, where it is stated, and its grounds. */
  private void rights(RightsCatalogue catalogue) {
    if (catalogue.rights().isEmpty()) {
      return;
    }
    html.append("<section class=\"rights\" id=\"rights\">\n<h2>").append(escape(labels.get(Labels.Key.RIGHTS)))
        .append("</h2>\n<table>\n<thead><tr><th>").append(escape(labels.get(Labels.Key.RIGHTS))).append("</th><th>")
        .append(escape(labels.get(Labels.Key.STATED_IN))).append("</th><th>")
        .append(escape(labels.get(Labels.Key.GROUNDS))).append("</th></tr></thead>\n<tbody>\n");
    for (Right right : catalogue.rights().values()) {
      html.append("<tr><td><span class=\"label\">").append(escape(right.name())).append("</span><br><span"
          + " class=\"meta\">").append(escape(labels.get(Labels.Key.HOLDER))).append(": ")
          .append(escape(right.holder().toString())).append("</span></td><td>");
      boolean first = true;
      for (ProvisionId stated : right.statedIn()) {
        html.append(first ? "" : ", ").append("<a href=\"#").append(escape(Html.anchor(stated))).append("\">")
            .append(escape(Html.label(document, stated, labels))).append("</a>");
        first = false;
      }
      html.append("</td><td>");
      ImmutableList<RestrictionGround> grounds = catalogue.effectiveGrounds(right.id());
      if (catalogue.isNeverRestrictable(right) || right.absolute()) {
        html.append(escape(labels.get(Labels.Key.ABSOLUTE)));
      } else if (grounds.isEmpty()) {
        html.append("—");
      } else {
        html.append("<ul>");
        for (RestrictionGround ground : grounds) {
          html.append("<li>");
          ground(html, labels, ground);
          html.append("</li>");
        }
        html.append("</ul>");
      }
      html.append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n</section>\n");
  }

  /** A ground as its wording, with its canonical name in the document's language and in English. */
  static void ground(StringBuilder html, Labels labels, RestrictionGround ground) {
    html.append("«").append(escape(ground.wording())).append("»");
    ground.canonical().ifPresent(canonical -> {
      html.append(" <span class=\"meta\">— ").append(escape(labels.ground(canonical)));
      if (!labels.isEnglish()) {
        html.append(" / ").append(escape(Labels.groundInEnglish(canonical)));
      }
      html.append("</span>");
    });
  }
}
