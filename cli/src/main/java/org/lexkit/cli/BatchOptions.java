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

  @Option(names = "--no-progress",
      description = "Never draw the progress bar (it is drawn only when standard error is a terminal).")
  boolean noProgress;

  /** How to print warnings, as the options say. */
  Warnings warnings() {
    return new Warnings(maxWarnings, verbose);
  }
}
