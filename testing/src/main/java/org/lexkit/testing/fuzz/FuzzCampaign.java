package org.lexkit.testing.fuzz;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A reproducible fuzzing run: {@code cases} inputs, each made from a seed by one or more random mutations, fed to a
 * {@link FuzzTarget}. Case {@code i} depends only on the campaign seed and {@code i} (not on threads or timing), so
 * any failure is replayed with {@link #generate(long)}.
 *
 * <pre>{@code
 * FuzzReport report = FuzzCampaign.of(seeds, ByteMutations.all(seeds), target)
 *     .withCases(2_000).withSeed(42).withThreads(2)
 *     .withCrashDirectory(Path.of("target/fuzz-crashes"), ".xml")
 *     .run();
 * assertThat(report.failures()).as(report.summary()).isEmpty();
 * }</pre>
 *
 * <p>Every throwable that escapes the target is a failure, errors included: a StackOverflowError or
 * OutOfMemoryError is caught, recorded and the campaign goes on. A case that runs longer than the case timeout is a
 * {@code hang} failure and stops the campaign (its thread cannot be stopped; it is a daemon). Failures are grouped
 * by signature (exception type and the first Lexkit stack frame, or the {@link FuzzFinding#kind()}); the first
 * input of each group, and up to four more, are saved to the crash directory, and the first is minimized.
 *
 * <p>Immutable; {@link #run()} may be called more than once.
 */
public final class FuzzCampaign {
  private static final int SAVED_PER_SIGNATURE = 5;

  private final ImmutableList<Seed> seeds;
  private final ImmutableList<Mutation> mutations;
  private final FuzzTarget target;
  private final long cases;
  private final long seed;
  private final int threads;
  private final int maxMutations;
  private final double sizeBias;
  private final Duration caseTimeout;
  private final @Nullable Path crashDirectory;
  private final String crashExtension;
  private final int minimizeRuns;
  private final @Nullable Consumer<String> progress;
  private final double[] cumulativeWeights;

  private FuzzCampaign(ImmutableList<Seed> seeds, ImmutableList<Mutation> mutations, FuzzTarget target, long cases,
      long seed, int threads, int maxMutations, double sizeBias, Duration caseTimeout, @Nullable Path crashDirectory,
      String crashExtension, int minimizeRuns, @Nullable Consumer<String> progress) {
    this.seeds = seeds;
    this.mutations = mutations;
    this.target = target;
    this.cases = cases;
    this.seed = seed;
    this.threads = threads;
    this.maxMutations = maxMutations;
    this.sizeBias = sizeBias;
    this.caseTimeout = caseTimeout;
    this.crashDirectory = crashDirectory;
    this.crashExtension = crashExtension;
    this.minimizeRuns = minimizeRuns;
    this.progress = progress;
    this.cumulativeWeights = new double[seeds.size()];
    double total = 0;
    for (int i = 0; i < seeds.size(); i++) {
      total += Math.pow(seeds.get(i).bytes().length, -sizeBias);
      cumulativeWeights[i] = total;
    }
  }

  /**
   * Returns a campaign of 1,000 cases, campaign seed 1, one thread, up to 3 mutations a case, seeds chosen
   * uniformly, a 60 s case timeout, nothing saved, minimization with up to 2,000 runs.
   *
   * @param seeds the starting inputs, at least one
   * @param mutations the mutations to choose from, at least one
   * @param target the code under test
   * @return the campaign
   */
  public static FuzzCampaign of(Iterable<Seed> seeds, Iterable<Mutation> mutations, FuzzTarget target) {
    ImmutableList<Seed> seedList = ImmutableList.copyOf(seeds);
    ImmutableList<Mutation> mutationList = ImmutableList.copyOf(mutations);
    checkArgument(!seedList.isEmpty(), "a campaign needs at least one seed");
    checkArgument(!mutationList.isEmpty(), "a campaign needs at least one mutation");
    return new FuzzCampaign(seedList, mutationList, checkNotNull(target, "target"), 1_000, 1, 1, 3, 0,
        Duration.ofSeconds(60), null, ".bin", 2_000, null);
  }

  private FuzzCampaign copy(long cases, long seed, int threads, int maxMutations, double sizeBias,
      Duration caseTimeout, @Nullable Path crashDirectory, String crashExtension, int minimizeRuns,
      @Nullable Consumer<String> progress) {
    return new FuzzCampaign(seeds, mutations, target, cases, seed, threads, maxMutations, sizeBias, caseTimeout,
        crashDirectory, crashExtension, minimizeRuns, progress);
  }

  /** Returns this campaign with {@code cases} cases (at least 1). */
  public FuzzCampaign withCases(long cases) {
    checkArgument(cases >= 1, "cases must be at least 1: %s", cases);
    return copy(cases, seed, threads, maxMutations, sizeBias, caseTimeout, crashDirectory, crashExtension,
        minimizeRuns, progress);
  }

  /** Returns this campaign with another campaign seed: a different, equally reproducible set of cases. */
  public FuzzCampaign withSeed(long seed) {
    return copy(cases, seed, threads, maxMutations, sizeBias, caseTimeout, crashDirectory, crashExtension,
        minimizeRuns, progress);
  }

  /** Returns this campaign run by {@code threads} worker threads (at least 1); the cases do not change. */
  public FuzzCampaign withThreads(int threads) {
    checkArgument(threads >= 1, "threads must be at least 1: %s", threads);
    return copy(cases, seed, threads, maxMutations, sizeBias, caseTimeout, crashDirectory, crashExtension,
        minimizeRuns, progress);
  }

  /** Returns this campaign applying 1 to {@code max} mutations per case (at least 1). */
  public FuzzCampaign withMaxMutations(int max) {
    checkArgument(max >= 1, "max mutations must be at least 1: %s", max);
    return copy(cases, seed, threads, max, sizeBias, caseTimeout, crashDirectory, crashExtension, minimizeRuns,
        progress);
  }

  /**
   * Returns this campaign choosing seeds with probability proportional to {@code size^-bias}: 0 chooses uniformly,
   * 0.5 favours small seeds (a seed a hundred times larger is chosen ten times less often), so that a campaign
   * over a corpus with a few megabyte-sized documents spends its time on many cases rather than a few big ones,
   * while every seed still gets its share.
   */
  public FuzzCampaign withSizeBias(double bias) {
    checkArgument(bias >= 0 && bias <= 2, "size bias must be 0 to 2: %s", bias);
    return copy(cases, seed, threads, maxMutations, bias, caseTimeout, crashDirectory, crashExtension, minimizeRuns,
        progress);
  }

  /** Returns this campaign treating a case that runs longer than {@code timeout} as a hang. */
  public FuzzCampaign withCaseTimeout(Duration timeout) {
    checkArgument(!timeout.isNegative() && !timeout.isZero(), "timeout must be positive: %s", timeout);
    return copy(cases, seed, threads, maxMutations, sizeBias, timeout, crashDirectory, crashExtension, minimizeRuns,
        progress);
  }

  /** Returns this campaign saving failing inputs under {@code directory}, one folder per signature. */
  public FuzzCampaign withCrashDirectory(Path directory, String extension) {
    return copy(cases, seed, threads, maxMutations, sizeBias, caseTimeout, checkNotNull(directory, "directory"),
        checkNotNull(extension, "extension"), minimizeRuns, progress);
  }

  /** Returns this campaign minimizing each signature's first input with up to {@code runs} runs (0: not at all). */
  public FuzzCampaign withMinimizeRuns(int runs) {
    checkArgument(runs >= 0, "runs must not be negative: %s", runs);
    return copy(cases, seed, threads, maxMutations, sizeBias, caseTimeout, crashDirectory, crashExtension, runs,
        progress);
  }

  /** Returns this campaign reporting progress lines (every 1% of the cases) to {@code sink}. */
  public FuzzCampaign withProgress(Consumer<String> sink) {
    return copy(cases, seed, threads, maxMutations, sizeBias, caseTimeout, crashDirectory, crashExtension,
        minimizeRuns, checkNotNull(sink, "sink"));
  }

  /**
   * Returns case {@code index} of this campaign: always the same bytes for the same campaign seed and index.
   *
   * @param index from 0
   * @return the case
   */
  public FuzzCase generate(long index) {
    SplittableRandom random = new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + mix(index)));
    Seed start = pickSeed(random);
    byte[] bytes = start.bytes();
    int count = 1 + Math.min(random.nextInt(maxMutations), random.nextInt(maxMutations)); // mostly few
    List<String> applied = new ArrayList<>(count);
    for (int i = 0; i < count && bytes.length > 0; i++) {
      Mutation mutation = mutations.get(random.nextInt(mutations.size()));
      bytes = mutation.apply(bytes, random);
      applied.add(mutation.name());
    }
    return new FuzzCase(index, start.name(), ImmutableList.copyOf(applied), bytes == start.bytes() ? bytes.clone()
        : bytes);
  }

  private Seed pickSeed(SplittableRandom random) {
    double r = random.nextDouble() * cumulativeWeights[cumulativeWeights.length - 1];
    for (int i = 0; i < cumulativeWeights.length; i++) {
      if (r < cumulativeWeights[i]) {
        return seeds.get(i);
      }
    }
    return seeds.get(seeds.size() - 1);
  }

  private static long mix(long z) { // SplitMix64's finaliser: neighbouring indexes give unrelated streams
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * Returns the signature a throwable is grouped under.
   *
   * @param thrown what escaped the target
   * @return the finding's kind, or the exception type and the first Lexkit frame that is not test code
   */
  public static String signature(Throwable thrown) {
    if (thrown instanceof FuzzFinding) {
      return "finding:" + ((FuzzFinding) thrown).kind();
    }
    String where = "";
    for (StackTraceElement frame : thrown.getStackTrace()) {
      if (frame.getClassName().startsWith("org.lexkit.") && !frame.getClassName().startsWith("org.lexkit.testing.")
          && !frame.getClassName().contains(".fuzz.")) {
        where = " at " + frame.getClassName() + "." + frame.getMethodName();
        break;
      }
    }
    if (where.isEmpty() && thrown.getStackTrace().length > 0) {
      StackTraceElement top = thrown.getStackTrace()[0];
      where = " at " + top.getClassName() + "." + top.getMethodName();
    }
    return thrown.getClass().getSimpleName() + where;
  }

  /**
   * Runs the campaign.
   *
   * @return what happened
   */
  public FuzzReport run() {
    long started = System.nanoTime();
    AtomicLong next = new AtomicLong();
    AtomicLong done = new AtomicLong();
    AtomicBoolean stop = new AtomicBoolean();
    Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
    Map<String, LongAdder> applied = new ConcurrentHashMap<>();
    Map<String, Recorded> failures = new ConcurrentHashMap<>();
    AtomicLong failureOrder = new AtomicLong();
    AtomicReference<FuzzReport.Slowest> slowest = new AtomicReference<>();
    AtomicLong slowestNanos = new AtomicLong(-1);
    long[] runningSince = new long[threads];
    FuzzCase[] running = new FuzzCase[threads];
    long step = Math.max(1, cases / 100);

    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < threads; w++) {
      int worker = w;
      Thread thread = new Thread(() -> {
        long index;
        while (!stop.get() && (index = next.getAndIncrement()) < cases) {
          FuzzCase fuzzCase;
          try {
            fuzzCase = generate(index);
          } catch (Throwable thrown) { // a broken mutation: a failure of the test, counted, not a silent dead worker
            outcomes.computeIfAbsent("FAILURE", k -> new LongAdder()).increment();
            record(failures, failureOrder, "mutation " + signature(thrown),
                new FuzzCase(index, "?", ImmutableList.of(), new byte[0]), thrown);
            done.incrementAndGet();
            continue;
          }
          fuzzCase.mutations().forEach(m -> applied.computeIfAbsent(m, k -> new LongAdder()).increment());
          synchronized (running) {
            running[worker] = fuzzCase;
            runningSince[worker] = System.nanoTime();
          }
          long start = System.nanoTime();
          try {
            for (String label : target.run(fuzzCase.input(), "fuzz-" + index + crashExtension)) {
              outcomes.computeIfAbsent(label, k -> new LongAdder()).increment();
            }
          } catch (Throwable thrown) { // everything, errors included: that is what we are looking for
            outcomes.computeIfAbsent("FAILURE", k -> new LongAdder()).increment();
            record(failures, failureOrder, signature(thrown), fuzzCase, thrown);
          }
          long nanos = System.nanoTime() - start;
          synchronized (running) {
            running[worker] = null;
          }
          if (nanos > slowestNanos.get()) {
            synchronized (slowestNanos) {
              if (nanos > slowestNanos.get()) {
                slowestNanos.set(nanos);
                slowest.set(new FuzzReport.Slowest(fuzzCase.describe(), Duration.ofNanos(nanos)));
              }
            }
          }
          long finished = done.incrementAndGet();
          if (progress != null && finished % step == 0) {
            progress.accept(String.format(Locale.ROOT, "%d/%d cases, %.0f s, %d failing", finished, cases,
                (System.nanoTime() - started) / 1e9, failures.values().stream().mapToLong(r -> r.count.get()).sum()));
          }
        }
      }, "fuzz-worker-" + w);
      thread.setDaemon(true); // a hung case must not keep the JVM alive
      workers.add(thread);
      thread.start();
    }

    boolean hung = false;
    while (workers.stream().anyMatch(Thread::isAlive)) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        stop.set(true);
        break;
      }
      synchronized (running) {
        for (int w = 0; w < threads; w++) {
          if (running[w] != null && System.nanoTime() - runningSince[w] > caseTimeout.toNanos()) {
            record(failures, failureOrder, "hang", running[w], new AssertionError("case ran longer than "
                + caseTimeout.toSeconds() + " s; its thread is abandoned and the campaign stops"));
            running[w] = null;
            workers.get(w).setName("fuzz-worker-hung");
            hung = true;
            stop.set(true);
          }
        }
      }
      if (hung && workers.stream().filter(t -> !t.getName().equals("fuzz-worker-hung")).noneMatch(Thread::isAlive)) {
        break;
      }
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

    List<Recorded> ordered = new ArrayList<>(failures.values());
    ordered.sort((a, b) -> Long.compare(a.order, b.order));
    ImmutableList.Builder<FuzzReport.FailureGroup> groups = ImmutableList.builder();
    for (Recorded r : ordered) {
      Optional<byte[]> minimized = Optional.empty();
      if (minimizeRuns > 0 && !r.signature.equals("hang")) {
        byte[] small = minimizeOnWorkerStack(r.first.input(), r.signature);
        minimized = Optional.of(small);
        save(r.signature, "minimized" + crashExtension, small);
      }
      groups.add(new FuzzReport.FailureGroup(r.signature, r.count.get(), r.first, String.valueOf(r.thrown),
          stackTrace(r.thrown), minimized));
    }
    return new FuzzReport(Math.min(done.get(), cases), sorted(outcomes), sorted(applied), groups.build(),
        Optional.ofNullable(slowest.get()), elapsed, threads, hung);
  }

  /**
   * Minimizes on a thread like the workers: a StackOverflowError found on a worker (default thread stack) may not
   * happen on the calling thread, whose stack can be larger (the main thread's usually is).
   */
  private byte[] minimizeOnWorkerStack(byte[] input, String signature) {
    AtomicReference<byte[]> result = new AtomicReference<>(input);
    Thread thread = new Thread(
        () -> result.set(Minimizer.minimize(input, candidate -> failsAs(candidate, signature), minimizeRuns)),
        "fuzz-minimizer");
    thread.setDaemon(true);
    thread.start();
    try {
      thread.join(caseTimeout.toMillis() * 4);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return result.get();
  }

  /** Whether the target still fails with {@code signature} on {@code input}. */
  private boolean failsAs(byte[] input, String signature) {
    try {
      target.run(input, "minimized" + crashExtension);
      return false;
    } catch (Throwable thrown) {
      return signature(thrown).equals(signature);
    }
  }

  private static final class Recorded {
    final String signature;
    final long order;
    final FuzzCase first;
    final Throwable thrown;
    final AtomicLong count = new AtomicLong();

    Recorded(String signature, long order, FuzzCase first, Throwable thrown) {
      this.signature = signature;
      this.order = order;
      this.first = first;
      this.thrown = thrown;
    }
  }

  private void record(
      Map<String, Recorded> failures, AtomicLong order, String signature, FuzzCase fuzzCase, Throwable thrown) {
    Recorded r = failures.computeIfAbsent(signature,
        s -> new Recorded(s, order.getAndIncrement(), fuzzCase, thrown));
    if (r.count.incrementAndGet() <= SAVED_PER_SIGNATURE) {
      save(signature, "case-" + fuzzCase.index() + crashExtension, fuzzCase.input());
      save(signature, "case-" + fuzzCase.index() + "-trace.txt", (fuzzCase.describe() + "\n\n" + stackTrace(thrown))
          .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  private void save(String signature, String fileName, byte[] content) {
    if (crashDirectory == null) {
      return;
    }
    String folder = signature.replaceAll("[^A-Za-z0-9._-]+", "_");
    try {
      Path dir = Files.createDirectories(crashDirectory.resolve(folder.length() > 120 ? folder.substring(0, 120)
          : folder));
      Files.write(dir.resolve(fileName), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String stackTrace(Throwable thrown) {
    StringWriter text = new StringWriter();
    thrown.printStackTrace(new PrintWriter(text));
    String full = text.toString();
    return full.length() <= 8_000 ? full : full.substring(0, 8_000) + "\n...";
  }

  private static ImmutableSortedMap<String, Long> sorted(Map<String, LongAdder> counts) {
    Map<String, Long> plain = new LinkedHashMap<>();
    counts.forEach((k, v) -> plain.put(k, v.sum()));
    return ImmutableSortedMap.copyOf(plain);
  }
}
