package org.lexkit.cli;

import static org.lexkit.cli.Html.escape;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lexkit.core.comparison.Comparison;
import org.lexkit.core.comparison.ProvisionChange;
import org.lexkit.core.comparison.RightChange;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.Text;
import org.lexkit.core.rights.RestrictionGround;
import org.lexkit.core.rights.Right;

/**
 * The comparison of two versions as a report: plain text with word markers, a self-contained HTML page, or JSON
 * for programs. A report covers one pair of files, or every pair of two directories.
 *
 * <p>Provisions are shown as a reader cites them ("Статья 32", {@link Html#label}); a provision that was renumbered
 * and reworded is one entry; changed words are marked inside the text ({@link WordDiff}); rights by their names,
 * grounds by their wording and their canonical meaning in the document's language and English.
 *
 * <p>JSON: always one object, {@code {"format": "lexkit-diff", "version": 1, "comparisons": [...]}}, one element
 * per pair, whatever their number; the shape is the JSON Schema {@code org/lexkit/cli/schema/diff.schema.json}
 * in this jar.
 */
final class DiffReport {
  /** The output formats. */
  enum Format {
    TEXT,
    HTML,
    JSON
  }

  /**
   * One compared pair.
   *
   * @param oldName how the earlier version's input is named
   * @param newName how the later version's input is named
   * @param before the earlier version
   * @param after the later version
   * @param comparison what changed
   */
  record Pair(String oldName, String newName, LegalDocument before, LegalDocument after, Comparison comparison) {
    Pair(String oldName, String newName, LegalDocument before, LegalDocument after) {
      this(oldName, newName, before, after, Comparison.of(before, after));
    }
  }

  /**
   * One provision as the report shows it: a renumbering and a change of the same provision are one entry.
   *
   * @param kind added, removed, changed, renumbered, or renumbered and changed
   * @param id the id in the later version (the earlier one for a removal)
   * @param oldId the id in the earlier version, for a renumbering
   * @param before the provision in the earlier version, when it had one
   * @param after the provision in the later version, when it has one
   */
  private record Entry(String kind, ProvisionId id, Optional<ProvisionId> oldId, Optional<Provision> before,
      Optional<Provision> after) {}

  private DiffReport() {}

  static String render(Format format, List<Pair> pairs) {
    return switch (format) {
      case TEXT -> text(pairs);
      case HTML -> html(pairs);
      case JSON -> json(pairs);
    };
  }

  // ProvisionChange and RightChange are sealed but offer no visitor; on Java 17 pattern-matching instanceof is the
  // exhaustive-by-review way to branch on them (the trailing AssertionError catches a new kind). Replace with a
  // switch over the sealed type when the baseline moves to Java 21.
  private static List<Entry> entries(Comparison comparison) {
    List<Entry> entries = new ArrayList<>();
    Map<ProvisionId, Integer> renumberedAt = new LinkedHashMap<>();
    for (ProvisionChange change : comparison.provisions()) {
      if (change instanceof ProvisionChange.Added added) {
        entries.add(new Entry("added", added.id(), Optional.empty(), Optional.empty(),
            Optional.of(added.provision())));
      } else if (change instanceof ProvisionChange.Removed removed) {
        entries.add(new Entry("removed", removed.id(), Optional.empty(), Optional.of(removed.provision()),
            Optional.empty()));
      } else if (change instanceof ProvisionChange.Renumbered renumbered) {
        renumberedAt.put(renumbered.newId(), entries.size());
        entries.add(new Entry("renumbered", renumbered.newId(), Optional.of(renumbered.oldId()),
            Optional.of(renumbered.before()), Optional.of(renumbered.after())));
      } else if (change instanceof ProvisionChange.Changed changed) {
        Integer at = renumberedAt.get(changed.id());
        if (at != null) {
          Entry renumbered = entries.get(at);
          entries.set(at, new Entry("renumberedAndChanged", renumbered.id(), renumbered.oldId(),
              renumbered.before(), renumbered.after()));
        } else {
          entries.add(new Entry("changed", changed.id(), Optional.empty(), Optional.of(changed.before()),
              Optional.of(changed.after())));
        }
      } else {
        throw new AssertionError("unknown provision change: " + change);
      }
    }
    return entries;
  }

  /** A provision's own text (content, wrap-up), blocks separated by a blank line, without its children's. */
  private static String ownText(Optional<Provision> provision) {
    return provision.map(p -> {
      List<String> blocks = new ArrayList<>();
      p.content().forEach(block -> blocks.add(block.plain()));
      p.wrapUp().forEach(block -> blocks.add(block.plain()));
      p.notes().forEach(note -> blocks.add(note.text().plain()));
      return String.join("\n", blocks);
    }).orElse("");
  }

  private static String heading(Optional<Provision> provision) {
    return provision.flatMap(Provision::heading).map(Text::plain).orElse("");
  }

  /** The words of the provision's own fields, diffed: heading, then text. */
  private static WordDiff words(Entry entry) {
    String before = join(heading(entry.before()), ownText(entry.before()));
    String after = join(heading(entry.after()), ownText(entry.after()));
    return WordDiff.of(before, after);
  }

  private static String join(String heading, String text) {
    return heading.isEmpty() ? text : text.isEmpty() ? heading : heading + "\n" + text;
  }

  /** How a version is named: its title and the date of the version. */
  private static String version(LegalDocument document, Labels labels) {
    return document.title() + " (" + labels.get(Labels.Key.VERSION_OF) + " " + document.identity().versionDate()
        + ")";
  }

  private static String label(Pair pair, Entry entry, Labels labels) {
    LegalDocument document = entry.kind().equals("removed") ? pair.before() : pair.after();
    return Html.label(document, entry.id(), labels);
  }

  private static Optional<String> oldLabel(Pair pair, Entry entry, Labels labels) {
    return entry.oldId().map(id -> Html.label(pair.before(), id, labels));
  }

  private static String rightName(Pair pair, RightChange change) {
    return pair.after().rights().right(change.id()).or(() -> pair.before().rights().right(change.id()))
        .map(Right::name).orElse(change.id().value());
  }

  private static String groundText(RestrictionGround ground, Labels labels) {
    return "«" + ground.wording() + "»" + ground.canonical().map(c -> " (" + labels.ground(c)
        + (labels.isEnglish() ? "" : " / " + Labels.groundInEnglish(c)) + ")").orElse("");
  }

  // ------------------------------------------------------------------------------------------------------- text

  private static String text(List<Pair> pairs) {
    StringBuilder text = new StringBuilder();
    for (Pair pair : pairs) {
      Labels labels = Labels.of(pair.after().identity().language());
      text.append("--- ").append(version(pair.before(), labels)).append("  ").append(pair.oldName()).append('\n')
          .append("+++ ").append(version(pair.after(), labels)).append("  ").append(pair.newName()).append('\n');
      Comparison comparison = pair.comparison();
      if (comparison.isEmpty()) {
        text.append(labels.get(Labels.Key.NO_CHANGES)).append('\n');
        continue;
      }
      text.append(summaryLine(comparison, labels)).append('\n');
      for (Entry entry : entries(comparison)) {
        text.append('\n').append(kindWord(entry.kind(), labels)).append(": ");
        oldLabel(pair, entry, labels).ifPresent(old -> text.append(old).append(" → "));
        text.append(label(pair, entry, labels)).append('\n');
        switch (entry.kind()) {
          case "added" -> text.append(indent("{+" + entry.after().orElseThrow().plainText().strip() + "+}"));
          case "removed" -> text.append(indent("[-" + entry.before().orElseThrow().plainText().strip() + "-]"));
          case "changed", "renumberedAndChanged" -> text.append(indent(words(entry).text()));
          default -> { }
        }
      }
      List<String> rights = rightLines(pair, labels);
      if (!rights.isEmpty()) {
        text.append('\n').append(labels.get(Labels.Key.RIGHTS)).append(":\n");
        rights.forEach(line -> text.append("  ").append(line).append('\n'));
      }
    }
    return text.toString();
  }

  private static String indent(String text) {
    return text.lines().map(line -> "    " + line + "\n").collect(Collectors.joining());
  }

  private static String kindWord(String kind, Labels labels) {
    return switch (kind) {
      case "added" -> labels.get(Labels.Key.ADDED);
      case "removed" -> labels.get(Labels.Key.REMOVED);
      case "changed" -> labels.get(Labels.Key.CHANGED);
      case "renumbered" -> labels.get(Labels.Key.RENUMBERED);
      case "renumberedAndChanged" -> labels.get(Labels.Key.RENUMBERED) + ", " + labels.get(Labels.Key.CHANGED);
      default -> throw new AssertionError(kind);
    };
  }

  /** "3 changed, 1 added, …": one count per kind that occurs. */
  private static String summaryLine(Comparison comparison, Labels labels) {
    List<String> parts = new ArrayList<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    entries(comparison).forEach(e -> counts.merge(e.kind(), 1, Integer::sum));
    counts.forEach((kind, count) -> parts.add(count + " " + kindWord(kind, labels)));
    if (!comparison.rights().isEmpty()) {
      parts.add(comparison.rights().size() + " × " + labels.get(Labels.Key.RIGHTS).toLowerCase(Locale.ROOT));
    }
    return String.join(", ", parts);
  }

  /** One line per right that changed, grouping its grounds gained and lost, then the general clause's. */
  private static List<String> rightLines(Pair pair, Labels labels) {
    Comparison comparison = pair.comparison();
    Map<String, List<String>> byRight = new LinkedHashMap<>();
    for (RightChange change : comparison.rights()) {
      String description;
      if (change instanceof RightChange.Added) {
        description = labels.get(Labels.Key.ADDED);
      } else if (change instanceof RightChange.Removed) {
        description = labels.get(Labels.Key.REMOVED);
      } else if (change instanceof RightChange.GroundGained gained) {
        description = "+ " + groundText(gained.ground(), labels);
      } else if (change instanceof RightChange.GroundLost lost) {
        description = "− " + groundText(lost.ground(), labels);
      } else if (change instanceof RightChange.HolderChanged holder) {
        description = labels.get(Labels.Key.HOLDER) + ": " + holder.before() + " → " + holder.after();
      } else if (change instanceof RightChange.DetailsChanged details) {
        description = details(pair, details, labels);
      } else {
        throw new AssertionError("unknown right change: " + change);
      }
      byRight.computeIfAbsent(rightName(pair, change), k -> new ArrayList<>()).add(description);
    }
    List<String> lines = new ArrayList<>();
    byRight.forEach((right, changes) -> lines.add(right + ": " + String.join("; ", changes)));
    String general = labels.get(Labels.Key.GENERAL_LIMITATION);
    comparison.generalGroundsGained().forEach(g -> lines.add(general + ": + " + groundText(g, labels)));
    comparison.generalGroundsLost().forEach(g -> lines.add(general + ": − " + groundText(g, labels)));
    return lines;
  }

  /** What else changed about a right, in words: where it is stated, its name, whether it is absolute. */
  private static String details(Pair pair, RightChange.DetailsChanged details, Labels labels) {
    List<String> parts = new ArrayList<>();
    Right before = details.before();
    Right after = details.after();
    if (!before.statedIn().equals(after.statedIn())) {
      parts.add(labels.get(Labels.Key.STATED_IN) + ": "
          + before.statedIn().stream().map(id -> Html.label(pair.before(), id, labels))
              .collect(Collectors.joining(", "))
          + " → " + after.statedIn().stream().map(id -> Html.label(pair.after(), id, labels))
              .collect(Collectors.joining(", ")));
    }
    if (!before.name().equals(after.name())) {
      parts.add("«" + before.name() + "» → «" + after.name() + "»");
    }
    if (before.absolute() != after.absolute()) {
      parts.add(labels.get(Labels.Key.ABSOLUTE) + ": " + before.absolute() + " → " + after.absolute());
    }
    if (!before.topic().equals(after.topic())) {
      parts.add(before.topic().orElse("—") + " → " + after.topic().orElse("—"));
    }
    if (parts.isEmpty()) {
      parts.add(labels.get(Labels.Key.GROUNDS) + ": "
          + before.grounds().stream().map(g -> "«" + g.wording() + "»").collect(Collectors.joining(", ")) + " → "
          + after.grounds().stream().map(g -> "«" + g.wording() + "»").collect(Collectors.joining(", ")));
    }
    return String.join("; ", parts);
  }

  // ------------------------------------------------------------------------------------------------------- json

  private static String json(List<Pair> pairs) {
    Json json = new Json();
    json.beginObject().member("format", "lexkit-diff").member("version", 1).name("comparisons").beginArray();
    pairs.forEach(pair -> pair(json, pair));
    json.endArray().endObject();
    return json + "\n";
  }

  private static void pair(Json json, Pair pair) {
    Comparison comparison = pair.comparison();
    Labels labels = Labels.of(pair.after().identity().language());
    json.beginObject();
    json.name("old");
    version(json, pair.oldName(), pair.before());
    json.name("new");
    version(json, pair.newName(), pair.after());
    List<Entry> entries = entries(comparison);
    json.name("summary").beginObject();
    for (String kind : List.of("added", "removed", "changed", "renumbered", "renumberedAndChanged")) {
      json.member(kind, entries.stream().filter(e -> e.kind().equals(kind)).count());
    }
    json.member("rights", comparison.rights().size())
        .member("generalLimitations", comparison.generalGroundsGained().size()
            + comparison.generalGroundsLost().size())
        .endObject();
    json.name("provisions").beginArray();
    for (Entry entry : entries) {
      json.beginObject().member("change", entry.kind()).member("id", entry.id().toString())
          .member("label", label(pair, entry, labels));
      entry.oldId().ifPresent(id -> json.member("oldId", id.toString()));
      oldLabel(pair, entry, labels).ifPresent(old -> json.member("oldLabel", old));
      switch (entry.kind()) {
        case "added" -> json.member("text", entry.after().orElseThrow().plainText().strip());
        case "removed" -> json.member("text", entry.before().orElseThrow().plainText().strip());
        case "changed", "renumberedAndChanged" -> {
          json.name("words").beginArray();
          for (WordDiff.Segment segment : words(entry).segments()) {
            json.beginObject().member("op", segment.op().name().toLowerCase(Locale.ROOT))
                .member("text", segment.text()).endObject();
          }
          json.endArray();
        }
        default -> { }
      }
      json.endObject();
    }
    json.endArray();
    json.name("rights").beginArray();
    comparison.rights().forEach(change -> rightChange(json, pair, change));
    json.endArray();
    json.name("generalLimitations").beginObject();
    json.name("groundsGained").beginArray();
    comparison.generalGroundsGained().forEach(ground -> DocumentJson.ground(json, ground));
    json.endArray();
    json.name("groundsLost").beginArray();
    comparison.generalGroundsLost().forEach(ground -> DocumentJson.ground(json, ground));
    json.endArray();
    json.endObject();
    json.endObject();
  }

  private static void version(Json json, String file, LegalDocument document) {
    json.beginObject().member("file", file).member("title", document.title())
        .member("date", document.identity().versionDate().toString())
        .member("language", document.identity().language()).endObject();
  }

  private static void rightChange(Json json, Pair pair, RightChange change) {
    json.beginObject();
    json.member("right", change.id().toString()).member("name", rightName(pair, change));
    if (change instanceof RightChange.Added) {
      json.member("change", "added");
    } else if (change instanceof RightChange.Removed) {
      json.member("change", "removed");
    } else if (change instanceof RightChange.GroundGained gained) {
      json.member("change", "groundGained").name("ground");
      DocumentJson.ground(json, gained.ground());
    } else if (change instanceof RightChange.GroundLost lost) {
      json.member("change", "groundLost").name("ground");
      DocumentJson.ground(json, lost.ground());
    } else if (change instanceof RightChange.HolderChanged holder) {
      json.member("change", "holderChanged").member("before", holder.before().toString())
          .member("after", holder.after().toString());
    } else if (change instanceof RightChange.DetailsChanged details) {
      json.member("change", "detailsChanged")
          .member("description", details(pair, details, Labels.of(pair.after().identity().language())));
    } else {
      throw new AssertionError("unknown right change: " + change);
    }
    json.endObject();
  }

  // ------------------------------------------------------------------------------------------------------- html

  private static String html(List<Pair> pairs) {
    StringBuilder html = new StringBuilder(1 << 14);
    Labels labels = Labels.of(pairs.isEmpty() ? "en" : pairs.get(0).after().identity().language());
    String title = pairs.size() == 1
        ? labels.format(Labels.Key.CHANGES_FROM_TO, version(pairs.get(0).before(), labels),
            version(pairs.get(0).after(), labels))
        : pairs.size() + " × " + labels.get(Labels.Key.CHANGED);
    Html.open(html, labels.language(), title);
    html.append("<header class=\"masthead\">\n<p class=\"kicker\">lexkit diff</p>\n");
    if (pairs.size() == 1) {
      // One title for two versions of one document, and the versions by date under it; two titles otherwise.
      LegalDocument before = pairs.get(0).before();
      LegalDocument after = pairs.get(0).after();
      String version = labels.get(Labels.Key.VERSION_OF);
      html.append("<h1>").append(escape(before.title().equals(after.title()) ? after.title()
              : before.title() + " → " + after.title())).append("</h1>\n<p class=\"identity\">")
          .append(escape(labels.format(Labels.Key.CHANGES_FROM_TO, version + " " + before.identity().versionDate(),
              version + " " + after.identity().versionDate()))).append("</p>\n<p class=\"meta\">")
          .append(escape(pairs.get(0).oldName())).append(" → ").append(escape(pairs.get(0).newName()))
          .append("</p>\n");
    } else {
      html.append("<h1>").append(escape(title)).append("</h1>\n");
    }
    html.append("</header>\n");
    legend(html, labels);
    List<Html.TocEntry> toc = new ArrayList<>();
    for (int p = 0; p < pairs.size(); p++) {
      Pair pair = pairs.get(p);
      List<Html.TocEntry> changes = new ArrayList<>();
      for (Entry entry : entries(pair.comparison())) {
        changes.add(new Html.TocEntry(entryAnchor(p, entry), label(pair, entry, labels), List.of()));
      }
      if (!pair.comparison().rights().isEmpty()) {
        changes.add(new Html.TocEntry("rights-" + p, labels.get(Labels.Key.RIGHTS), List.of()));
      }
      toc.addAll(pairs.size() == 1 ? changes : List.of(new Html.TocEntry("pair-" + p,
          pair.oldName() + " → " + pair.newName(), changes)));
    }
    Html.toc(html, labels, toc);
    html.append("<main>\n");
    for (int p = 0; p < pairs.size(); p++) {
      htmlPair(html, pairs.get(p), p, pairs.size() > 1, labels);
    }
    html.append("</main>\n");
    Html.close(html);
    return html.toString();
  }

  /** The anchor of one entry: the provision's permalink, qualified by the pair and (for removals) the side. */
  private static String entryAnchor(int pair, Entry entry) {
    return "p" + pair + "-" + (entry.kind().equals("removed") ? "old-" : "") + Html.anchor(entry.id());
  }

  private static void legend(StringBuilder html, Labels labels) {
    html.append("<aside class=\"legend\" aria-label=\"").append(escape(labels.get(Labels.Key.LEGEND)))
        .append("\"><span><ins>").append(escape(labels.get(Labels.Key.INSERTED_WORDS)))
        .append("</ins></span><span><del>").append(escape(labels.get(Labels.Key.DELETED_WORDS)))
        .append("</del></span>");
    for (String kind : List.of("added", "removed", "changed", "renumbered")) {
      html.append("<span class=\"badge ").append(kind).append("\">").append(escape(kindWord(kind, labels)))
          .append("</span>");
    }
    html.append("</aside>\n");
  }

  private static void htmlPair(StringBuilder html, Pair pair, int p, boolean headed, Labels labels) {
    Comparison comparison = pair.comparison();
    html.append("<section class=\"pair\" id=\"pair-").append(p).append("\">\n");
    if (headed) {
      html.append("<h2>").append(escape(pair.oldName())).append(" → ").append(escape(pair.newName()))
          .append("</h2>\n");
    }
    if (comparison.isEmpty()) {
      html.append("<p>").append(escape(labels.get(Labels.Key.NO_CHANGES))).append("</p>\n</section>\n");
      return;
    }
    List<Entry> entries = entries(comparison);
    summary(html, pair, entries, labels);
    if (!entries.isEmpty()) {
      html.append("<h2>").append(escape(labels.get(Labels.Key.PROVISIONS))).append("</h2>\n");
    }
    for (Entry entry : entries) {
      String kind = entry.kind().equals("renumberedAndChanged") ? "changed" : entry.kind();
      html.append("<section class=\"change ").append(kind).append("\" id=\"").append(escape(entryAnchor(p, entry)))
          .append("\">\n<h3>");
      oldLabel(pair, entry, labels).ifPresent(old -> html.append(escape(old)).append(" → "));
      html.append(escape(label(pair, entry, labels))).append("<span class=\"badge ").append(kind).append("\">")
          .append(escape(kindWord(entry.kind(), labels))).append("</span>");
      html.append("<a class=\"permalink\" href=\"#").append(escape(entryAnchor(p, entry))).append("\" title=\"")
          .append(escape(labels.get(Labels.Key.PERMALINK))).append("\">¶</a></h3>\n");
      switch (entry.kind()) {
        case "added" -> paragraphs(html, "ins", entry.after().orElseThrow().plainText().strip());
        case "removed" -> paragraphs(html, "del", entry.before().orElseThrow().plainText().strip());
        case "changed", "renumberedAndChanged" -> html.append("<p class=\"words\">")
            .append(words(entry).html().replace("\n", "<br>\n")).append("</p>\n");
        default -> { }
      }
      html.append("</section>\n");
    }
    rights(html, pair, p, labels);
    html.append("</section>\n");
  }

  private static void paragraphs(StringBuilder html, String element, String text) {
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        html.append("<p><").append(element).append('>').append(escape(line)).append("</").append(element)
            .append("></p>\n");
      }
    }
  }

  /** "In short": one line per kind of change, naming the provisions (the first few of a long list). */
  private static void summary(StringBuilder html, Pair pair, List<Entry> entries, Labels labels) {
    Map<String, List<String>> byKind = new LinkedHashMap<>();
    for (Entry entry : entries) {
      String name = oldLabel(pair, entry, labels).map(old -> old + " → ").orElse("") + label(pair, entry, labels);
      byKind.computeIfAbsent(entry.kind(), k -> new ArrayList<>()).add(name);
    }
    html.append("<section class=\"summary\">\n<h2>").append(escape(labels.get(Labels.Key.SUMMARY)))
        .append("</h2>\n<ul>\n");
    byKind.forEach((kind, names) -> {
      html.append("<li><span class=\"badge ").append(kind.equals("renumberedAndChanged") ? "changed" : kind)
          .append("\">").append(escape(kindWord(kind, labels))).append("</span> ").append(names.size())
          .append(": ").append(escape(String.join(", ", names.subList(0, Math.min(12, names.size())))));
      if (names.size() > 12) {
        html.append(" … (+").append(names.size() - 12).append(')');
      }
      html.append("</li>\n");
    });
    for (String line : rightLines(pair, labels)) {
      html.append("<li>").append(escape(line)).append("</li>\n");
    }
    html.append("</ul>\n</section>\n");
  }

  private static void rights(StringBuilder html, Pair pair, int p, Labels labels) {
    Comparison comparison = pair.comparison();
    if (comparison.rights().isEmpty() && comparison.generalGroundsGained().isEmpty()
        && comparison.generalGroundsLost().isEmpty()) {
      return;
    }
    html.append("<section class=\"rights\" id=\"rights-").append(p).append("\">\n<h2>")
        .append(escape(labels.get(Labels.Key.RIGHTS))).append("</h2>\n");
    Map<String, List<RightChange>> byRight = new LinkedHashMap<>();
    comparison.rights().forEach(c -> byRight.computeIfAbsent(rightName(pair, c), k -> new ArrayList<>()).add(c));
    byRight.forEach((name, changes) -> {
      html.append("<section class=\"change changed\">\n<h3>").append(escape(name)).append("</h3>\n<ul>\n");
      for (RightChange change : changes) {
        html.append("<li>");
        if (change instanceof RightChange.GroundGained gained) {
          html.append(escape(labels.get(Labels.Key.GAINED))).append(": <ins>");
          HtmlPage.ground(html, labels, gained.ground());
          html.append("</ins>");
        } else if (change instanceof RightChange.GroundLost lost) {
          html.append(escape(labels.get(Labels.Key.LOST))).append(": <del>");
          HtmlPage.ground(html, labels, lost.ground());
          html.append("</del>");
        } else if (change instanceof RightChange.Added) {
          html.append("<span class=\"badge added\">").append(escape(labels.get(Labels.Key.ADDED))).append("</span>");
        } else if (change instanceof RightChange.Removed) {
          html.append("<span class=\"badge removed\">").append(escape(labels.get(Labels.Key.REMOVED)))
              .append("</span>");
        } else if (change instanceof RightChange.HolderChanged holder) {
          html.append(escape(labels.get(Labels.Key.HOLDER))).append(": <del>").append(escape(holder.before()
              .toString())).append("</del> → <ins>").append(escape(holder.after().toString())).append("</ins>");
        } else if (change instanceof RightChange.DetailsChanged details) {
          html.append(escape(details(pair, details, labels)));
        } else {
          throw new AssertionError("unknown right change: " + change);
        }
        html.append("</li>\n");
      }
      html.append("</ul>\n</section>\n");
    });
    String general = labels.get(Labels.Key.GENERAL_LIMITATION);
    if (!comparison.generalGroundsGained().isEmpty() || !comparison.generalGroundsLost().isEmpty()) {
      html.append("<section class=\"change changed\">\n<h3>").append(escape(general)).append("</h3>\n<ul>\n");
      for (RestrictionGround ground : comparison.generalGroundsGained()) {
        html.append("<li>").append(escape(labels.get(Labels.Key.GAINED))).append(": <ins>");
        HtmlPage.ground(html, labels, ground);
        html.append("</ins></li>\n");
      }
      for (RestrictionGround ground : comparison.generalGroundsLost()) {
        html.append("<li>").append(escape(labels.get(Labels.Key.LOST))).append(": <del>");
        HtmlPage.ground(html, labels, ground);
        html.append("</del></li>\n");
      }
      html.append("</ul>\n</section>\n");
    }
    html.append("</section>\n");
  }
}
