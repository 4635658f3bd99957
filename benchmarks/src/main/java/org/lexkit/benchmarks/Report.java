package org.lexkit.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs JMH with the usual command line and then prints a Markdown table of the results: MB/s where a benchmark
 * counts {@link Bytes}, and, for every benchmark, its speed relative to each baseline ({@code baseline...} method)
 * of the same class with the same parameters, measured in the same run. A ratio above 1 is faster than the
 * baseline.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.lexkit.benchmarks.Report ReadBenchmark -f 1 -wi 3 -i 5 -w 1 -r 1
 * </pre>
 */
public final class Report {
  private Report() {}

  /**
   * Runs and reports.
   *
   * @param args JMH's command line options
   * @throws Exception if JMH cannot run
   */
  public static void main(String[] args) throws Exception {
    Collection<RunResult> results = new Runner(new CommandLineOptions(args)).run();
    System.out.println();
    System.out.println(table(results));
  }

  /**
   * Formats results as a Markdown table with ratios.
   *
   * @param results JMH's results
   * @return the table
   */
  public static String table(Collection<RunResult> results) {
    Map<String, List<RunResult>> groups = new LinkedHashMap<>();
    for (RunResult result : results) {
      groups.computeIfAbsent(groupOf(result.getParams()), k -> new ArrayList<>()).add(result);
    }
    StringBuilder out = new StringBuilder();
    out.append("| benchmark | params | score | MB/s | vs baselines (speed ratio) |\n");
    out.append("|---|---|---|---|---|\n");
    for (List<RunResult> group : groups.values()) {
      List<RunResult> baselines = group.stream().filter(r -> method(r).startsWith("baseline")).toList();
      for (RunResult result : group) {
        Result<?> primary = result.getPrimaryResult();
        Result<?> bytes = result.getSecondaryResults().get("bytes");
        StringBuilder ratios = new StringBuilder();
        for (RunResult baseline : baselines) {
          if (baseline == result) {
            continue;
          }
          if (ratios.length() > 0) {
            ratios.append(", ");
          }
          ratios.append(String.format(Locale.ROOT, "%.2f× %s", speed(result) / speed(baseline), method(baseline)));
        }
        out.append(String.format(Locale.ROOT, "| %s.%s | %s | %s ± %s %s | %s | %s |%n",
            className(result), method(result), params(result.getParams()), number(primary.getScore()),
            number(primary.getScoreError()), primary.getScoreUnit(),
            bytes == null ? "" : String.format(Locale.ROOT, "%.1f ± %.1f", bytes.getScore() / 1e6,
                bytes.getScoreError() / 1e6),
            ratios));
      }
    }
    return out.toString();
  }

  /** Higher is faster: bytes per time if counted, else operations per time, else the inverse of time per op. */
  private static double speed(RunResult result) {
    Result<?> bytes = result.getSecondaryResults().get("bytes");
    if (bytes != null) {
      return bytes.getScore();
    }
    double score = result.getPrimaryResult().getScore();
    return result.getParams().getMode() == Mode.Throughput ? score : 1 / score;
  }

  private static String groupOf(BenchmarkParams params) {
    return className(params.getBenchmark()) + "|" + params(params) + "|" + params.getThreads();
  }

  private static String params(BenchmarkParams params) {
    StringBuilder text = new StringBuilder();
    for (String key : params.getParamsKeys()) {
      String value = params.getParam(key);
      if (value == null || value.isEmpty()) {
        continue;
      }
      if (text.length() > 0) {
        text.append(", ");
      }
      text.append(key).append('=').append(value.substring(value.lastIndexOf('/') + 1));
    }
    return text.toString();
  }

  private static String method(RunResult result) {
    String name = result.getParams().getBenchmark();
    return name.substring(name.lastIndexOf('.') + 1);
  }

  private static String className(RunResult result) {
    return className(result.getParams().getBenchmark());
  }

  private static String className(String benchmark) {
    String type = benchmark.substring(0, benchmark.lastIndexOf('.'));
    return type.substring(type.lastIndexOf('.') + 1);
  }

  private static String number(double value) {
    if (Double.isNaN(value)) {
      return "–";
    }
    double magnitude = Math.abs(value);
    return String.format(Locale.ROOT, magnitude >= 100 ? "%.0f" : magnitude >= 1 ? "%.2f" : "%.4f", value);
  }
}
