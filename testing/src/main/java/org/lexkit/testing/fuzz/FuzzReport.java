package org.lexkit.testing.fuzz;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a campaign did: how many cases ran, how they ended (target labels), which mutations were used, the slowest
 * case, and the failures grouped by signature.
 *
 * <p>Immutable and thread-safe.
 *
 * @param cases the number of cases run
 * @param outcomes target outcome labels and how often each was returned
 * @param mutations mutation names and how often each was applied
 * @param failures the failure groups, in order of first occurrence
 * @param slowest the slowest case: its description and duration, if any case ran
 * @param elapsed the campaign's wall-clock time
 * @param threads the number of worker threads
 * @param stoppedEarly whether a hung case stopped the campaign before all cases ran
 */
public record FuzzReport(
    long cases,
    ImmutableSortedMap<String, Long> outcomes,
    ImmutableSortedMap<String, Long> mutations,
    ImmutableList<FailureGroup> failures,
    Optional<Slowest> slowest,
    Duration elapsed,
    int threads,
    boolean stoppedEarly) {

  /**
   * All failures with one signature.
   *
   * @param signature e.g. {@code NullPointerException at org.lexkit.akn.internal.read.AknParser.run} or
   *     {@code finding:badly-located}
   * @param count how many cases failed this way
   * @param first the first failing case
   * @param message the first failure's message
   * @param stackTrace the first failure's stack trace, shortened
   * @param minimized the first case's input, minimized, if minimization ran
   */
  public record FailureGroup(
      String signature, long count, FuzzCase first, String message, String stackTrace, Optional<byte[]> minimized) {
    /** Rejects nulls. */
    public FailureGroup {
      checkNotNull(signature, "signature");
      checkNotNull(first, "first");
      checkNotNull(message, "message");
      checkNotNull(stackTrace, "stackTrace");
      checkNotNull(minimized, "minimized");
    }
  }

  /**
   * The slowest case.
   *
   * @param description the case, described
   * @param duration how long it ran
   */
  public record Slowest(String description, Duration duration) {}

  /** Rejects nulls. */
  public FuzzReport {
    checkNotNull(outcomes, "outcomes");
    checkNotNull(mutations, "mutations");
    failures = ImmutableList.copyOf(failures);
    checkNotNull(slowest, "slowest");
    checkNotNull(elapsed, "elapsed");
  }

  /** Returns the number of failing cases over all signatures. */
  public long failingCases() {
    return failures.stream().mapToLong(FailureGroup::count).sum();
  }

  /**
   * Returns a multi-line summary for logs and assertion messages.
   *
   * @return the counts, the slowest case and each failure group with its first case
   */
  public String summary() {
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, "%d cases in %.1f s on %d thread(s)%s, %d failing (%d signatures)%n",
        cases, elapsed.toMillis() / 1000.0, threads, stoppedEarly ? " (stopped early by a hang)" : "",
        failingCases(), failures.size()));
    text.append("outcomes: ").append(outcomes).append('\n');
    slowest.ifPresent(s -> text.append(String.format(Locale.ROOT, "slowest: %s, %d ms%n", s.description(),
        s.duration().toMillis())));
    for (FailureGroup group : failures) {
      text.append(String.format(Locale.ROOT, "FAILURE x%d %s%n  first: %s%n  %s%n", group.count(),
          group.signature(), group.first().describe(), firstLine(group.message())));
      group.minimized().ifPresent(m -> text.append("  minimized to ").append(m.length).append(" bytes\n"));
    }
    return text.toString();
  }

  /**
   * Returns the report as a Markdown section (tables of outcomes, mutations and failures).
   *
   * @param title the section title
   * @return Markdown text
   */
  public String markdown(String title) {
    StringBuilder md = new StringBuilder("## ").append(title).append("\n\n");
    md.append(String.format(Locale.ROOT, "- cases: %d (%.0f per second, %d thread(s))%s%n", cases,
        cases / Math.max(0.001, elapsed.toMillis() / 1000.0), threads, stoppedEarly ? ", stopped early by a hang" : ""));
    md.append(String.format(Locale.ROOT, "- wall-clock time: %.1f s%n", elapsed.toMillis() / 1000.0));
    md.append(String.format(Locale.ROOT, "- failing cases: %d in %d signature(s)%n", failingCases(), failures.size()));
    slowest.ifPresent(s -> md.append(String.format(Locale.ROOT, "- slowest case: %d ms (%s)%n",
        s.duration().toMillis(), s.description())));
    md.append("\n| outcome | count |\n|---|---|\n");
    for (Map.Entry<String, Long> e : outcomes.entrySet()) {
      md.append("| ").append(e.getKey()).append(" | ").append(e.getValue()).append(" |\n");
    }
    md.append("\n| mutation | applied |\n|---|---|\n");
    for (Map.Entry<String, Long> e : mutations.entrySet()) {
      md.append("| ").append(e.getKey()).append(" | ").append(e.getValue()).append(" |\n");
    }
    if (!failures.isEmpty()) {
      md.append("\n| signature | cases | first case | message |\n|---|---|---|---|\n");
      for (FailureGroup group : failures) {
        md.append("| ").append(group.signature()).append(" | ").append(group.count()).append(" | ")
            .append(group.first().describe()).append(" | ")
            .append(firstLine(group.message()).replace("|", "\\|")).append(" |\n");
      }
    }
    return md.toString();
  }

  /**
   * Returns a whole campaign report as a Markdown document: a title, the caller's facts (seeds, options) as a list,
   * the machine it ran on, {@link #markdown the results} and every failure in detail (first case and stack trace).
   *
   * @param title the document title
   * @param facts lines describing the campaign, each without the list marker
   * @return Markdown text
   */
  public String document(String title, List<String> facts) {
    StringBuilder md = new StringBuilder("# ").append(title).append("\n\n");
    facts.forEach(fact -> md.append("- ").append(fact).append('\n'));
    md.append("- machine: ").append(machine()).append("\n\n").append(markdown("Results"));
    md.append("\n## Failures in detail\n\n");
    if (failures.isEmpty()) {
      md.append("none\n");
    }
    for (FailureGroup failure : failures) {
      md.append("### ").append(failure.signature()).append("\n\n").append(failure.first().describe())
          .append("\n\n```\n").append(failure.stackTrace()).append("```\n");
    }
    return md.toString();
  }

  /** Describes this machine: processors, heap, JVM, operating system and load, so a report says where it ran. */
  private static String machine() {
    Runtime runtime = Runtime.getRuntime();
    return String.format(Locale.ROOT, "%d processors, max heap %d MiB, %s %s (%s), %s %s %s, load average %.1f",
        runtime.availableProcessors(), runtime.maxMemory() >> 20, System.getProperty("java.vm.name"),
        System.getProperty("java.version"), System.getProperty("java.vendor"), System.getProperty("os.name"),
        System.getProperty("os.version"), System.getProperty("os.arch"),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    String line = end < 0 ? message : message.substring(0, end);
    return line.length() <= 300 ? line : line.substring(0, 300) + "...";
  }
}
