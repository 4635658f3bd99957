package org.lexkit.examples.kazakhstan;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Strings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.lexkit.examples.kazakhstan.KazakhstanReport.Clause;
import org.lexkit.examples.kazakhstan.KazakhstanReport.GeneralCell;
import org.lexkit.examples.kazakhstan.KazakhstanReport.GroundCell;
import org.lexkit.examples.kazakhstan.KazakhstanReport.Novelty;
import org.lexkit.examples.kazakhstan.KazakhstanReport.Origin;
import org.lexkit.examples.kazakhstan.KazakhstanReport.Quote;
import org.lexkit.examples.kazakhstan.KazakhstanReport.RightCell;
import org.lexkit.examples.kazakhstan.KazakhstanReport.RightRow;
import org.lexkit.examples.kazakhstan.KazakhstanReport.Version;

/**
 * Renders a {@link KazakhstanReport} as plain text for the console: a summary, then each right version by version
 * with one line per ground, the general limitation clauses, the censorship ban and the treaty lists. Lines end with
 * {@code \n}. Deterministic.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextReport {
  private static final int KEY_WIDTH = 27;

  private TextReport() {}

  /**
   * Renders the report.
   *
   * @param report the findings
   * @return the text, ending with a newline
   */
  public static String render(KazakhstanReport report) {
    checkNotNull(report, "report");
    StringBuilder out = new StringBuilder();
    Version baseline = report.versions().get(0);

    out.append("Summary (compared with the ").append(baseline.label()).append(")\n");
    for (String line : summary(report, key -> key)) {
      out.append("  - ").append(line).append('\n');
    }
    out.append('\n');
    out.append("Legend: NEW = the right could not be restricted on this ground before;"
        + " IN ARTICLE = allowed before only by the\n        general limitation clause, now named in the right's"
        + " own article; own/general = where the ground is stated;\n        NOT PERMITTED = the closed list of a"
        + " treaty binding on Kazakhstan lacks it; ECHR lacks = comparator only.\n\n");

    for (RightRow row : report.rights()) {
      out.append(row.name()).append(" [").append(row.id()).append("]\n");
      for (Version v : report.versions()) {
        Optional<RightCell> cell = row.in(v.key());
        out.append("  ").append(Strings.padEnd(v.key(), 9, ' '));
        if (cell.isEmpty()) {
          out.append("not stated\n");
          continue;
        }
        RightCell c = cell.get();
        out.append(String.join(", ", c.articles())).append(", held by ").append(c.holder());
        if (c.neverRestrictable()) {
          out.append("; may never be restricted");
        }
        if (!c.gained().isEmpty()) {
          out.append("; own article gained ").append(String.join(", ", c.gained()));
        }
        if (!c.lost().isEmpty()) {
          out.append("; own article lost ").append(String.join(", ", c.lost()));
        }
        if (!c.dropped().isEmpty()) {
          out.append("; no longer restrictable on ").append(String.join(", ", c.dropped()));
        }
        out.append('\n');
        if (c.grounds().isEmpty() && !c.neverRestrictable()) {
          out.append("             (no grounds)\n");
        }
        c.grounds().forEach(g -> ground(out, g));
      }
      out.append('\n');
    }

    out.append("General limitation clause (applies to every right)\n");
    for (Version v : report.versions()) {
      GeneralCell g = report.general().get(v.key());
      out.append("  ").append(Strings.padEnd(v.key(), 9, ' '));
      if (g == null) {
        out.append("none\n");
        continue;
      }
      out.append(String.join(", ", g.citations()));
      if (!g.gained().isEmpty()) {
        out.append("; gained ").append(String.join(", ", g.gained()));
      }
      if (!g.lost().isEmpty()) {
        out.append("; lost ").append(String.join(", ", g.lost()));
      }
      out.append('\n');
      g.grounds().forEach(ground -> ground(out, ground));
    }
    out.append('\n');

    out.append("Ban on censorship\n");
    for (Version v : report.versions()) {
      Quote q = report.censorship().get(v.key());
      out.append("  ").append(Strings.padEnd(v.key(), 9, ' '))
          .append(q == null ? "NOT FOUND" : q.citation() + ": \"" + q.sentence() + "\"").append('\n');
    }
    out.append('\n');

    out.append("Treaty limitation clauses (closed lists of permitted grounds)\n");
    for (Clause c : report.clauses()) {
      out.append("  ").append(c.citation())
          .append(c.binding() ? " (binding on Kazakhstan" + c.boundSince().map(d -> " since " + d).orElse("") + ")"
              : " (comparator; Kazakhstan is not a party)")
          .append(": ").append(String.join(", ", c.permitted())).append('\n');
    }
    return out.toString();
  }

  /**
   * Returns one sentence per right and version: what was added compared with the first version, and what no binding
   * treaty permits. Grounds are named by {@code name}, applied to their keys.
   */
  static List<String> summary(KazakhstanReport report, UnaryOperator<String> name) {
    List<String> lines = new ArrayList<>();
    Version baseline = report.versions().get(0);
    for (RightRow row : report.rights()) {
      for (Version v : report.versions()) {
        Optional<RightCell> cell = row.in(v.key());
        if (cell.isEmpty()) {
          continue;
        }
        List<String> parts = new ArrayList<>();
        if (v != baseline) {
          List<String> fresh = keys(cell.get(), Novelty.NEW).stream().map(name).toList();
          List<String> moved = keys(cell.get(), Novelty.NOW_IN_ARTICLE).stream().map(name).toList();
          if (!fresh.isEmpty()) {
            parts.add("newly restrictable on " + String.join(", ", fresh));
          }
          if (!moved.isEmpty()) {
            parts.add("its article now names " + String.join(", ", moved) + " (before: general clause only)");
          }
          if (fresh.isEmpty() && moved.isEmpty()) {
            parts.add("no new grounds");
          }
        }
        List<String> flagged = new ArrayList<>();
        for (GroundCell g : cell.get().grounds()) {
          if (!g.notPermittedBy().isEmpty()) {
            flagged.add(name.apply(g.key()) + " (" + String.join(", ", g.notPermittedBy()) + ")");
          }
        }
        if (!flagged.isEmpty()) {
          parts.add("not permitted by a binding treaty: " + String.join(", ", flagged));
        }
        if (!parts.isEmpty()) {
          lines.add(row.name() + ", " + v.label() + " (" + String.join(", ", cell.get().articles()) + "): "
              + String.join("; ", parts));
        }
      }
    }
    return lines;
  }

  private static List<String> keys(RightCell cell, Novelty novelty) {
    return cell.grounds().stream().filter(g -> g.novelty() == novelty).map(GroundCell::key).toList();
  }

  private static void ground(StringBuilder out, GroundCell g) {
    out.append("             ").append(Strings.padEnd(g.key(), KEY_WIDTH, ' '))
        .append(Strings.padEnd(g.novelty() == Novelty.NEW ? "NEW" : g.novelty() == Novelty.NOW_IN_ARTICLE
            ? "IN ARTICLE" : "", 11, ' '))
        .append(Strings.padEnd(g.origin() == Origin.OWN ? "own" : "general", 8, ' '))
        .append(Strings.padEnd(g.sourceCitation(), 12, ' '))
        .append('"').append(g.wording()).append('"');
    if (!g.notPermittedBy().isEmpty()) {
      out.append("  NOT PERMITTED by ").append(String.join(", ", g.notPermittedBy()));
    }
    if (!g.notInComparator().isEmpty()) {
      out.append("  (").append(String.join(", ", g.notInComparator())).append(" lacks it)");
    }
    if (g.uncheckable()) {
      out.append("  (unmapped wording: not checked)");
    }
    out.append('\n');
  }
}
