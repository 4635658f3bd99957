package org.lexkit.cli;

import org.lexkit.akn.AknProblem;
import org.lexkit.akn.SourceLocation;

/**
 * The warning lines of one input, capped: the first {@link #MAX_SHOWN} are kept, the rest only counted, and one
 * last line, located at the first warning left out, says how many more there were. A 200 MB text once printed
 * 1.15 million warning lines; the count still goes into the run's summary. The one place where warnings of an input
 * are collected for printing, whatever the command.
 */
final class WarningLines {
  /** The most warning lines printed for one input. */
  static final int MAX_SHOWN = 100;

  private final StringBuilder text = new StringBuilder();
  private int count;
  private SourceLocation firstLeftOut = SourceLocation.unknownPosition("");

  /** Adds a warning at {@code at}. */
  void warning(SourceLocation at, String detail) {
    add(at, Failures.warning(at, detail));
  }

  /** Adds a problem a reader reported (a warning, or an error the validation mode lets pass). */
  void problem(AknProblem problem) {
    add(problem.location(), problem.describe() + "\n");
  }

  /** Adds the problems of an accepted document. */
  void problems(Iterable<AknProblem> problems) {
    problems.forEach(this::problem);
  }

  private void add(SourceLocation at, String line) {
    count++;
    if (count <= MAX_SHOWN) {
      text.append(line);
    } else if (count == MAX_SHOWN + 1) {
      firstLeftOut = at;
    }
  }

  /** How many warnings were added, shown or not. */
  int count() {
    return count;
  }

  /** The lines to print, each ending with a line break. */
  @Override
  public String toString() {
    if (count <= MAX_SHOWN) {
      return text.toString();
    }
    int more = count - MAX_SHOWN;
    return text + Failures.warning(firstLeftOut, more + " more warning" + (more == 1 ? "" : "s")
        + " from here on not shown (at most " + MAX_SHOWN + " an input)");
  }
}
