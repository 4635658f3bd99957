package org.lexkit.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.lexkit.akn.AknProblem;
import org.lexkit.akn.SourceLocation;

/**
 * The warning lines of one input, collected under a {@link Warnings} policy: the first {@code max} lines are kept
 * in document order (all with {@code --verbose}), the rest are only counted by kind, and one last line, located at
 * the first warning left out, says how many more there were and of which kinds. A 200 MB text once printed 1.15
 * million warning lines; a line left out costs no memory, and the count still goes into the run's summary. The one
 * place where the warnings of an input are collected for printing, whatever the command.
 */
final class WarningLines {
  private final Warnings policy;
  private final StringBuilder text = new StringBuilder();
  private final Map<String, Integer> leftOutByKind = new LinkedHashMap<>();
  private int count;
  private SourceLocation firstLeftOut = SourceLocation.unknownPosition("");

  WarningLines(Warnings policy) {
    this.policy = policy;
  }

  /** Adds a warning at {@code at}, of a kind without a name of its own. */
  void warning(SourceLocation at, String detail) {
    warning(at, detail, "other warnings");
  }

  /** Adds a warning at {@code at}; {@code kind} names it in the line that counts what was not printed. */
  void warning(SourceLocation at, String detail, String kind) {
    add(at, Failures.warning(at, detail), kind);
  }

  /** Adds a problem a reader reported (a warning, or an error the validation mode lets pass). */
  void problem(AknProblem problem) {
    add(problem.location(), problem.describe() + "\n", "validation warnings ("
        + problem.rule().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
  }

  /** Adds the problems of an accepted document. */
  void problems(Iterable<AknProblem> problems) {
    problems.forEach(this::problem);
  }

  private void add(SourceLocation at, String line, String kind) {
    count++;
    if (policy.verbose() || count <= policy.max()) {
      text.append(line);
      return;
    }
    if (leftOutByKind.isEmpty()) {
      firstLeftOut = at;
    }
    leftOutByKind.merge(kind, 1, Integer::sum);
  }

  /** How many warnings were added, shown or not. */
  int count() {
    return count;
  }

  /** The lines to print, each ending with a line break. */
  @Override
  public String toString() {
    if (leftOutByKind.isEmpty()) {
      return text.toString();
    }
    int more = leftOutByKind.values().stream().mapToInt(Integer::intValue).sum();
    StringBuilder kinds = new StringBuilder();
    leftOutByKind.forEach((kind, n) -> kinds.append(kinds.length() == 0 ? "" : "; ").append(n).append(' ')
        .append(kind));
    return text + Failures.warning(firstLeftOut, more + " more warning" + (more == 1 ? "" : "s")
        + " from here on not shown (" + kinds + "); --verbose shows them all, --max-warnings N shows N");
  }
}
