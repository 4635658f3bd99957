package org.lexkit.cli;

import picocli.CommandLine.Option;

/** The options every command that processes several inputs shares (a picocli mixin). */
final class BatchOptions {
  @Option(names = {"-j", "--jobs"}, paramLabel = "N",
      description = "Process up to N inputs at once (default: the number of processors, ${DEFAULT-VALUE}).")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Option(names = {"-q", "--quiet"}, description = "Print only problems: no warnings, progress bar or summary.")
  boolean quiet;

  @Option(names = "--no-progress",
      description = "Never draw the progress bar (it is drawn only when standard error is a terminal).")
  boolean noProgress;
}
