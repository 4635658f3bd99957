package org.lexkit.cli;

import picocli.CommandLine.Option;

/** The options every command that processes several inputs shares (a picocli mixin). */
final class BatchOptions {
  @Option(names = {"-j", "--jobs"}, paramLabel = "N",
      description = "Process up to N inputs at once (default: the number of processors, ${DEFAULT-VALUE}).")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Option(names = {"-q", "--quiet"}, description = "Print only problems: no warnings, progress bar or summary.")
  boolean quiet;

  @Option(names = "--max-warnings", paramLabel = "N",
      description = "Print at most N warnings per input (default: ${DEFAULT-VALUE}), then count the rest by kind.")
  int maxWarnings = Warnings.DEFAULT_MAX;

  @Option(names = "--verbose", description = "Print every warning (no --max-warnings cap).")
  boolean verbose;

  /** The most jobs accepted: far more threads than any machine has cores only costs memory. */
  static final int MAX_JOBS = 1024;

  @Option(names = "--no-progress",
      description = "Never draw the progress bar (it is drawn only when standard error is a terminal).")
  boolean noProgress;

  /**
   * Refuses values no run can use, as a usage error naming the option (before, {@code -j 0} and {@code -j -3}
   * quietly meant one job).
   *
   * @throws UsageException if {@code --jobs} is not between 1 and {@link #MAX_JOBS}
   */
  void check() {
    if (jobs < 1 || jobs > MAX_JOBS) {
      throw new UsageException("-j/--jobs must be between 1 and " + MAX_JOBS + ", not " + jobs);
    }
  }

  /** How to print warnings, as the options say. */
  Warnings warnings() {
    return new Warnings(maxWarnings, verbose);
  }
}
