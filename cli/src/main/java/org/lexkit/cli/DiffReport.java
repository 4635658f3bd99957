package org.lexkit.cli;

import static org.lexkit.cli.Html.escape;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import org.lexkit.core.comparison.Comparison;
import org.lexkit.core.comparison.ProvisionChange;
import org.lexkit.core.comparison.RightChange;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.Text;
import org.lexkit.core.rights.RestrictionGround;

/**
 * The comparison of two versions as a report: plain text (the core's own description, one change a line), a
 * self-contained HTML page, or JSON for programs. A report covers one pair of files, or every pair of two
 * directories.
 *
 * <p>JSON shape of one pair: {@code {"old", "new", "summary": {added, removed, changed, renumbered, rights,
 * generalLimitations}, "provisions": [{"change": "added"|"removed"|"changed"|"renumbered", ...}], "rights":
 * [{"change": "added"|"removed"|"groundGained"|"groundLost"|"holderChanged"|"detailsChanged", "right", ...}],
 * "generalLimitations": {"groundsGained": [...], "groundsLost": [...]}}}; several pairs make an array of these.
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
   * @param language the later version's language, for the HTML page
   * @param comparison what changed
   */
  record Pair(String oldName, String newName, String language, Comparison comparison) {}

  private DiffReport() {}

  static String render(Format format, List<Pair> pairs) {
    return switch (format) {
      case TEXT -> text(pairs);
      case HTML -> html(pairs);
      case JSON -> json(pairs);
    };
  }

  // ------------------------------------------------------------------------------------------------------- text

  private static String text(List<Pair> pairs) {
    StringBuilder text = new StringBuilder();
    for (Pair pair : pairs) {
      text.append("--- ").append(pair.oldName()).append('\n')
          .append("+++ ").append(pair.newName()).append('\n')
          .append(pair.comparison().describe()).append('\n');
      for (ProvisionChange change : pair.comparison().provisions()) {
        if (change instanceof ProvisionChange.Changed changed
            && changed.fields().contains(ProvisionChange.Field.CONTENT)) {
          text.append("  words ").append(changed.id()).append(": ")
              .append(words(content(changed.before()), content(changed.after()))).append('\n');
        }
      }
    }
    return text.toString();
  }

  private static String content(org.lexkit.core.provision.Provision provision) {
    StringBuilder text = new StringBuilder();
    provision.content().forEach(block -> text.append(block.plain()).append(' '));
    return org.lexkit.core.provision.Text.normalize(text);
  }

  /**
   * The words that differ between two texts, with a few words of context: {@code ... nach [-1. Fall-]{+1.
   * Beispiel+} in ...}; the common words before the first and after the last difference are cut.
   */
  static String words(String before, String after) {
    String[] old = before.split(" ");
    String[] now = after.split(" ");
    int head = 0;
    while (head < old.length && head < now.length && old[head].equals(now[head])) {
      head++;
    }
    int tail = 0;
    while (tail < old.length - head && tail < now.length - head
        && old[old.length - 1 - tail].equals(now[now.length - 1 - tail])) {
      tail++;
    }
    StringBuilder line = new StringBuilder(head > 3 ? "... " : "");
    for (int i = Math.max(0, head - 3); i < head; i++) {
      line.append(old[i]).append(' ');
    }
    line.append("[-").append(String.join(" ", java.util.Arrays.copyOfRange(old, head, old.length - tail)))
        .append("-]{+").append(String.join(" ", java.util.Arrays.copyOfRange(now, head, now.length - tail)))
        .append("+}");
    for (int i = old.length - tail; i < Math.min(old.length, old.length - tail + 3); i++) {
      line.append(' ').append(old[i]);
    }
    return line.append(tail > 3 ? " ..." : "").toString();
  }

  // ------------------------------------------------------------------------------------------------------- json

  private static String json(List<Pair> pairs) {
    Json json = new Json();
    if (pairs.size() == 1) {
      pair(json, pairs.get(0));
    } else {
      json.beginArray();
      pairs.forEach(pair -> pair(json, pair));
      json.endArray();
    }
    return json + "\n";
  }

  private static void pair(Json json, Pair pair) {
    Comparison comparison = pair.comparison();
    json.beginObject().member("old", pair.oldName()).member("new", pair.newName());
    json.name("summary").beginObject()
        .member("added", comparison.added().size())
        .member("removed", comparison.removed().size())
        .member("changed", comparison.changed().size())
        .member("renumbered", comparison.renumbered().size())
        .member("rights", comparison.rights().size())
        .member("generalLimitations",
            comparison.generalGroundsGained().size() + comparison.generalGroundsLost().size())
        .endObject();
    json.name("provisions").beginArray();
    comparison.provisions().forEach(change -> provisionChange(json, change));
    json.endArray();
    json.name("rights").beginArray();
    comparison.rights().forEach(change -> rightChange(json, change));
    json.endArray();
    json.name("generalLimitations").beginObject();
    json.name("groundsGained").beginArray();
    comparison.generalGroundsGained().forEach(ground -> ground(json, ground));
    json.endArray();
    json.name("groundsLost").beginArray();
    comparison.generalGroundsLost().forEach(ground -> ground(json, ground));
    json.endArray();
    json.endObject();
    json.endObject();
  }

  // ProvisionChange and RightChange are sealed but offer no visitor; on Java 17 pattern-matching instanceof is the
  // exhaustive-by-review way to branch on them (the trailing AssertionError catches a new kind). Replace with a
  // switch over the sealed type when the baseline moves to Java 21.
  private static void provisionChange(Json json, ProvisionChange change) {
    json.beginObject();
    if (change instanceof ProvisionChange.Added added) {
      json.member("change", "added").member("id", added.id().toString());
      provision(json, added.provision(), true);
    } else if (change instanceof ProvisionChange.Removed removed) {
      json.member("change", "removed").member("id", removed.id().toString());
      provision(json, removed.provision(), true);
    } else if (change instanceof ProvisionChange.Changed changed) {
      json.member("change", "changed").member("id", changed.id().toString());
      json.name("fields").beginArray();
      changed.fields().forEach(field -> json.value(field.toString()));
      json.endArray();
      json.name("before").beginObject();
      provision(json, changed.before(), false);
      json.endObject();
      json.name("after").beginObject();
      provision(json, changed.after(), false);
      json.endObject();
    } else if (change instanceof ProvisionChange.Renumbered renumbered) {
      json.member("change", "renumbered").member("oldId", renumbered.oldId().toString())
          .member("newId", renumbered.newId().toString());
      renumbered.before().num().ifPresent(num -> json.member("oldNum", num.text()));
      renumbered.after().num().ifPresent(num -> json.member("newNum", num.text()));
    } else {
      throw new AssertionError("unknown provision change: " + change);
    }
    json.endObject();
  }

  /** The provision's members: kind, number, heading, and its text (the whole subtree's, or only its own). */
  private static void provision(Json json, Provision provision, boolean subtree) {
    json.member("kind", provision.kind().element());
    provision.num().ifPresent(num -> json.member("num", num.text()));
    provision.heading().ifPresent(heading -> json.member("heading", heading.plain()));
    json.member("text", subtree ? provision.plainText().strip() : ownText(provision));
    if (!subtree) {
      json.member("status", provision.status().name().toLowerCase(Locale.ROOT));
      json.name("notes").beginArray();
      provision.notes().forEach(note -> json.value(note.text().plain()));
      json.endArray();
    }
  }

  private static void rightChange(Json json, RightChange change) {
    json.beginObject();
    if (change instanceof RightChange.Added added) {
      json.member("change", "added").member("right", added.id().toString()).member("name", added.right().name());
    } else if (change instanceof RightChange.Removed removed) {
      json.member("change", "removed").member("right", removed.id().toString())
          .member("name", removed.right().name());
    } else if (change instanceof RightChange.GroundGained gained) {
      json.member("change", "groundGained").member("right", gained.id().toString()).name("ground");
      ground(json, gained.ground());
    } else if (change instanceof RightChange.GroundLost lost) {
      json.member("change", "groundLost").member("right", lost.id().toString()).name("ground");
      ground(json, lost.ground());
    } else if (change instanceof RightChange.HolderChanged holder) {
      json.member("change", "holderChanged").member("right", holder.id().toString())
          .member("before", holder.before().toString()).member("after", holder.after().toString());
    } else if (change instanceof RightChange.DetailsChanged details) {
      json.member("change", "detailsChanged").member("right", details.id().toString());
    } else {
      throw new AssertionError("unknown right change: " + change);
    }
    json.endObject();
  }

  private static void ground(Json json, RestrictionGround ground) {
    json.beginObject().member("key", ground.key()).member("wording", ground.wording())
        .member("source", ground.source().toString());
    ground.canonical().ifPresent(canonical -> json.member("canonical", canonical.code()));
    json.endObject();
  }

  /** A provision's own text (heading, content, wrap-up), one block a line, without its children's. */
  private static String ownText(Provision provision) {
    ImmutableList.Builder<String> blocks = ImmutableList.builder();
    provision.content().forEach(block -> blocks.add(block.plain()));
    provision.wrapUp().forEach(block -> blocks.add(block.plain()));
    return String.join("\n", blocks.build());
  }

  // ------------------------------------------------------------------------------------------------------- html

  private static String html(List<Pair> pairs) {
    StringBuilder html = new StringBuilder(1 << 14);
    String title = pairs.size() == 1
        ? "Changes from " + fileName(pairs.get(0).oldName()) + " to " + fileName(pairs.get(0).newName())
        : "Changes in " + pairs.size() + " documents";
    Html.open(html, pairs.isEmpty() ? "en" : pairs.get(0).language(), title);
    html.append("<h1>").append(escape(title)).append("</h1>\n");
    if (pairs.size() == 1) {
      html.append("<p class=\"meta\">").append(escape(pairs.get(0).oldName())).append(" → ")
          .append(escape(pairs.get(0).newName())).append("</p>\n");
    }
    for (Pair pair : pairs) {
      htmlPair(html, pair, pairs.size() > 1);
    }
    Html.close(html);
    return html.toString();
  }

  private static void htmlPair(StringBuilder html, Pair pair, boolean headed) {
    Comparison comparison = pair.comparison();
    html.append("<section>\n");
    if (headed) {
      html.append("<h2>").append(escape(pair.oldName())).append(" → ").append(escape(pair.newName()))
          .append("</h2>\n");
    }
    html.append("<p class=\"meta\">").append(comparison.added().size()).append(" added, ")
        .append(comparison.removed().size()).append(" removed, ").append(comparison.changed().size())
        .append(" changed, ").append(comparison.renumbered().size()).append(" renumbered; ")
        .append(comparison.rights().size()).append(" right change(s)</p>\n");
    if (comparison.isEmpty()) {
      html.append("<p>No changes.</p>\n</section>\n");
      return;
    }
    if (!comparison.provisions().isEmpty()) {
      html.append("<table>\n<tr><th>Provision</th><th>Change</th><th>Text</th></tr>\n");
      for (ProvisionChange change : comparison.provisions()) {
        htmlProvisionChange(html, change);
      }
      html.append("</table>\n");
    }
    if (!comparison.rights().isEmpty() || !comparison.generalGroundsGained().isEmpty()
        || !comparison.generalGroundsLost().isEmpty()) {
      html.append("<table>\n<tr><th>Right</th><th>Change</th></tr>\n");
      for (RightChange change : comparison.rights()) {
        String kind = rowClass(change);
        String description = change.describe();
        String prefix = change.id() + ": ";
        html.append("<tr class=\"").append(kind).append("\"><td><code>").append(escape(change.id().toString()))
            .append("</code></td><td>")
            .append(escape(description.startsWith(prefix) ? description.substring(prefix.length()) : description))
            .append("</td></tr>\n");
      }
      for (RestrictionGround ground : comparison.generalGroundsGained()) {
        html.append("<tr class=\"added\"><td>general limitation</td><td>gained ground ")
            .append(escape(ground.key())).append(" (“").append(escape(ground.wording())).append("”)</td></tr>\n");
      }
      for (RestrictionGround ground : comparison.generalGroundsLost()) {
        html.append("<tr class=\"removed\"><td>general limitation</td><td>lost ground ")
            .append(escape(ground.key())).append(" (“").append(escape(ground.wording())).append("”)</td></tr>\n");
      }
      html.append("</table>\n");
    }
    html.append("</section>\n");
  }

  /** The row's colour: green for what the right gained, red for what it lost, yellow for anything else. */
  private static String rowClass(RightChange change) {
    if (change instanceof RightChange.GroundGained || change instanceof RightChange.Added) {
      return "added";
    }
    if (change instanceof RightChange.GroundLost || change instanceof RightChange.Removed) {
      return "removed";
    }
    return "changed";
  }

  private static void htmlProvisionChange(StringBuilder html, ProvisionChange change) {
    String id = "<code>" + escape(change.id().toString()) + "</code>";
    if (change instanceof ProvisionChange.Added added) {
      row(html, "added", id, "added", "<ins>" + escape(added.provision().plainText().strip()) + "</ins>");
    } else if (change instanceof ProvisionChange.Removed removed) {
      row(html, "removed", id, "removed", "<del>" + escape(removed.provision().plainText().strip()) + "</del>");
    } else if (change instanceof ProvisionChange.Changed changed) {
      StringBuilder fields = new StringBuilder();
      changed.fields().forEach(field -> fields.append(fields.length() == 0 ? "" : ", ").append(field));
      row(html, "changed", id, "changed (" + escape(fields.toString()) + ")",
          "<del>" + escape(summary(changed.before())) + "</del><br><ins>" + escape(summary(changed.after()))
              + "</ins>");
    } else if (change instanceof ProvisionChange.Renumbered renumbered) {
      row(html, "renumbered", "<code>" + escape(renumbered.oldId().toString()) + "</code> → " + id, "renumbered",
          escape(renumbered.after().num().map(num -> num.text()).orElse("")));
    } else {
      throw new AssertionError("unknown provision change: " + change);
    }
  }

  private static String fileName(String name) {
    return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  }

  /** A provision's own fields as one line: number, heading, text, notes and status. */
  private static String summary(Provision provision) {
    StringBuilder text = new StringBuilder();
    provision.num().ifPresent(num -> text.append(num.text()).append(' '));
    provision.heading().map(Text::plain).ifPresent(heading -> text.append(heading).append(". "));
    text.append(ownText(provision).replace('\n', ' '));
    provision.notes().forEach(note -> text.append(" [").append(note.text().plain()).append(']'));
    if (provision.isRepealed()) {
      text.append(" (repealed)");
    }
    return text.toString().strip();
  }

  private static void row(StringBuilder html, String kind, String provision, String change, String text) {
    html.append("<tr class=\"").append(kind).append("\"><td>").append(provision).append("</td><td>")
        .append(change).append("</td><td>").append(text).append("</td></tr>\n");
  }
}
