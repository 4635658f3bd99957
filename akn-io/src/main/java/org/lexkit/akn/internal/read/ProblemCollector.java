package org.lexkit.akn.internal.read;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.lexkit.akn.AknProblem;
import org.lexkit.akn.AknProblem.Rule;
import org.lexkit.akn.AknProblem.Severity;
import org.lexkit.akn.SourceLocation;

/**
 * Collects problems jsoup-style: up to {@code limit} errors, after which the read stops, and up to {@code limit}
 * warnings, after which further warnings are only counted.
 */
final class ProblemCollector {
  private final int limit;
  private final List<AknProblem> problems = new ArrayList<>();
  private int errors;
  private int warnings;
  private int droppedWarnings;

  ProblemCollector(int limit) {
    this.limit = limit;
  }

  void add(SourceLocation location, Severity severity, Rule rule, String message) {
    if (severity == Severity.ERROR) {
      if (errors < limit) {
        problems.add(new AknProblem(location, severity, rule, message));
      }
      errors++;
    } else if (warnings < limit) {
      problems.add(new AknProblem(location, severity, rule, message));
      warnings++;
    } else {
      droppedWarnings++;
    }
  }

  /** Whether the error limit is reached and reading should stop. */
  boolean isFull() {
    return errors >= limit;
  }

  boolean hasErrors() {
    return errors > 0;
  }

  int droppedWarnings() {
    return droppedWarnings;
  }

  ImmutableList<AknProblem> problems() {
    return ImmutableList.copyOf(problems);
  }
}
