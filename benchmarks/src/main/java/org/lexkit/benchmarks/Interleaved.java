package org.lexkit.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * A second harness for the millisecond-scale JMH benchmarks of this package, for a shared, noisy machine: it runs
 * every {@code @Benchmark} method of one class in interleaved rounds (A, B, C, A, B, C, ...), so that load from other
 * processes falls on all of them alike, and it measures CPU time as well as wall time. CPU time is what the work
 * costs; it hardly changes when other processes compete for the cores, whereas wall time does. Two CPU clocks are
 * reported: the benchmark thread's own (the code under test) and the whole process's (adding garbage collection and
 * JIT threads; that clock ticks coarsely, so it is summed over all rounds rather than taken as a median). On a
 * machine whose cores are oversubscribed even CPU time inflates (other processes evict the caches), and it does so
 * unevenly. Ratios against the class's {@code baseline...} methods are given for the median thread CPU time per
 * operation over the rounds and, in brackets, for the minimum (the least disturbed sample).
 *
 * <p>The benchmark class is used as JMH would: a new instance, its public parameter fields set from {@code key=value}
 * arguments, its {@code @Setup} methods called, and its {@code @Benchmark} methods invoked by reflection (which costs
 * far less than a microsecond, so do not use this for nanosecond-scale benchmarks; JMH is right for those).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.lexkit.benchmarks.Interleaved ReadBenchmark file=... \
 *     [--warmup=20] [--rounds=30] [--sample-ms=100] [--only=regex]
 * </pre>
 */
public final class Interleaved {
  private Interleaved() {}

  private static final class Pass {
    final String name;
    final Method method;
    final Object[] arguments;
    final List<double[]> samples = new ArrayList<>(); // {wall, thread CPU} in ns per op
    long processNanos;
    long allocatedBytes;
    long ops;
    double bytesPerOp = Double.NaN;

    Pass(String name, Method method, Object[] arguments) {
      this.name = name;
      this.method = method;
      this.arguments = arguments;
    }
  }

  /**
   * Runs the benchmarks of one class interleaved.
   *
   * @param args the class's simple name, {@code key=value} parameters and options
   * @throws Exception if the class cannot be set up or a benchmark fails
   */
  public static void main(String[] args) throws Exception {
    Class<?> type = Class.forName(Interleaved.class.getPackageName() + "." + args[0]);
    Object state = type.getConstructor().newInstance();
    double warmupSeconds = 20;
    int rounds = 30;
    long sampleNanos = 100_000_000L;
    Pattern only = Pattern.compile(".*");
    StringBuilder params = new StringBuilder();
    for (String arg : Arrays.asList(args).subList(1, args.length)) {
      if (arg.startsWith("--warmup=")) {
        warmupSeconds = Double.parseDouble(arg.substring(9));
      } else if (arg.startsWith("--rounds=")) {
        rounds = Integer.parseInt(arg.substring(9));
      } else if (arg.startsWith("--sample-ms=")) {
        sampleNanos = Long.parseLong(arg.substring(12)) * 1_000_000L;
      } else if (arg.startsWith("--only=")) {
        only = Pattern.compile(arg.substring(7));
      } else {
        int eq = arg.indexOf('=');
        var field = type.getField(arg.substring(0, eq));
        String value = arg.substring(eq + 1);
        field.set(state, field.getType() == int.class ? (Object) Integer.parseInt(value) : value);
        params.append(params.length() == 0 ? "" : ", ").append(arg.substring(0, eq)).append('=')
            .append(value.substring(value.lastIndexOf('/') + 1));
      }
    }
    for (Method method : type.getMethods()) {
      if (method.isAnnotationPresent(Setup.class)) {
        method.invoke(state);
      }
    }
    List<Pass> passes = new ArrayList<>();
    for (Method method : type.getMethods()) {
      if (method.isAnnotationPresent(Benchmark.class) && only.matcher(method.getName()).matches()) {
        Object[] arguments = new Object[method.getParameterCount()];
        for (int i = 0; i < arguments.length; i++) {
          arguments[i] = method.getParameterTypes()[i].getConstructor().newInstance();
        }
        passes.add(new Pass(method.getName(), method, arguments));
      }
    }
    passes.sort((a, b) -> a.name.compareTo(b.name));

    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    OperatingSystemMXBean os = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
    long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
    int warmupRounds = 0;
    while (System.nanoTime() < warmupEnd || warmupRounds < 2) {
      for (Pass pass : passes) {
        sample(state, pass, sampleNanos / 2, threads, os);
      }
      warmupRounds++;
    }
    passes.forEach(p -> {
      p.samples.clear();
      p.processNanos = 0;
      p.allocatedBytes = 0;
      p.ops = 0;
    });
    for (int round = 0; round < rounds; round++) {
      for (Pass pass : passes) {
        sample(state, pass, sampleNanos, threads, os);
      }
    }

    System.out.printf(Locale.ROOT, "%n%s (%s): %d interleaved rounds of >= %d ms per benchmark after %d warm-up rounds;"
        + " medians per operation%n%n", type.getSimpleName(), params, rounds, sampleNanos / 1_000_000, warmupRounds);
    System.out.println("| benchmark | wall ms/op (median) | thread CPU ms/op (median) | thread CPU ms/op (min) |"
        + " process CPU ms/op (mean) | allocated MB/op | MB/s (thread CPU min) | vs baselines, thread CPU median (min) |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    for (Pass pass : passes) {
      double[] medians = medians(pass);
      StringBuilder ratios = new StringBuilder();
      for (Pass baseline : passes) {
        if (baseline != pass && baseline.name.startsWith("baseline")) {
          ratios.append(ratios.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f× (%.2f×) %s",
              medians(baseline)[1] / medians[1], medians(baseline)[3] / medians[3], baseline.name));
        }
      }
      boolean counted = !Double.isNaN(pass.bytesPerOp) && pass.bytesPerOp > 0;
      System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %.2f | %s | %s |%n", pass.name,
          millis(medians[0]), millis(medians[1]), millis(medians[3]), millis(medians[2]),
          (double) pass.allocatedBytes / pass.ops / 1e6,
          counted ? String.format(Locale.ROOT, "%.1f", pass.bytesPerOp / medians[3] * 1e3) : "", ratios);
    }
  }

  /** Nanoseconds as milliseconds with four significant digits, so microsecond-scale operations keep theirs. */
  private static String millis(double nanos) {
    return new java.math.BigDecimal(nanos / 1e6).round(new java.math.MathContext(4)).toPlainString();
  }

  private static void sample(Object state, Pass pass, long minimumNanos, com.sun.management.ThreadMXBean threads,
      OperatingSystemMXBean os) throws IllegalAccessException {
    long bytesBefore = bytes(pass);
    long wall = System.nanoTime();
    long cpu = threads.getCurrentThreadCpuTime();
    long process = os.getProcessCpuTime();
    long allocated = threads.getCurrentThreadAllocatedBytes();
    int ops = 0;
    long elapsed;
    do {
      try {
        pass.method.invoke(state, pass.arguments);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException(pass.name + " failed", e.getCause());
      }
      ops++;
      elapsed = System.nanoTime() - wall;
    } while (elapsed < minimumNanos);
    long cpuUsed = threads.getCurrentThreadCpuTime() - cpu;
    long processUsed = os.getProcessCpuTime() - process;
    pass.allocatedBytes += threads.getCurrentThreadAllocatedBytes() - allocated;
    pass.samples.add(new double[] {(double) elapsed / ops, (double) cpuUsed / ops});
    pass.processNanos += processUsed;
    pass.ops += ops;
    long counted = bytes(pass) - bytesBefore;
    if (counted > 0) {
      pass.bytesPerOp = (double) counted / ops;
    }
  }

  private static long bytes(Pass pass) {
    long total = 0;
    for (Object argument : pass.arguments) {
      if (argument instanceof Bytes counter) {
        total += counter.bytes;
      } else if (argument instanceof Documents counter) {
        total += counter.bytes;
      }
    }
    return total;
  }

  private static double[] medians(Pass pass) {
    double[] result = new double[4]; // wall median, thread CPU median, process CPU mean, thread CPU minimum
    for (int metric = 0; metric < 2; metric++) {
      final int m = metric;
      double[] values = pass.samples.stream().mapToDouble(s -> s[m]).sorted().toArray();
      result[metric] = values[values.length / 2];
    }
    result[2] = (double) pass.processNanos / pass.ops;
    result[3] = pass.samples.stream().mapToDouble(sample -> sample[1]).min().orElse(Double.NaN);
    return result;
  }
}
