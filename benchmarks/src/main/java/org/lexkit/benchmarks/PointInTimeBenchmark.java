package org.lexkit.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.lexkit.core.amendment.Amendment;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.history.History;
import org.lexkit.core.history.Version;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link History#asOf(LocalDate)} on a history of 1,000 amendments of a 20,000-provision document (each amendment
 * replaces one paragraph; they take effect on 1,000 successive days), at dates drawn at random across and around the
 * history. Baseline: {@code TreeMap.floorEntry} over the same versions keyed by date, the obvious hand-made index.
 * The query should cost the same order as the baseline: a binary search, independent of the document's size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PointInTimeBenchmark {
  private static final int DATES = 1024;

  private History history = History.of(GeneratedDocuments.withProvisions(10));
  private final TreeMap<LocalDate, LegalDocument> byDate = new TreeMap<>();
  private final LocalDate[] dates = new LocalDate[DATES];
  private int next;

  /** Builds the history, the baseline's index and the query dates. */
  @Setup
  public void setUp() {
    LegalDocument original = GeneratedDocuments.withProvisions(20_000);
    List<Amendment> amendments = GeneratedDocuments.amendments(original, 1_000);
    history = History.of(original, amendments);
    for (Version version : history.versions()) {
      byDate.put(version.inForceFrom(), version.document()); // one version per day here, so no key repeats
    }
    if (byDate.size() != history.versions().size()) {
      throw new IllegalStateException("versions share a date; the baseline would not be equivalent");
    }
    Random random = new Random(42);
    LocalDate first = original.identity().versionDate();
    for (int i = 0; i < DATES; i++) {
      dates[i] = first.plusDays(random.nextInt(400 + 1_000 + 100) - 400 + 365); // some before the first amendment
    }
    for (LocalDate date : dates) {
      Optional<LegalDocument> ours = history.asOf(date);
      Map.Entry<LocalDate, LegalDocument> theirs = byDate.floorEntry(date);
      if (ours.orElse(null) != (theirs == null ? null : theirs.getValue())) {
        throw new IllegalStateException("asOf and the baseline disagree on " + date);
      }
    }
  }

  @Benchmark
  public Optional<LegalDocument> asOf() {
    return history.asOf(dates[next++ & (DATES - 1)]);
  }

  @Benchmark
  public Map.Entry<LocalDate, LegalDocument> baselineTreeMapFloor() {
    return byDate.floorEntry(dates[next++ & (DATES - 1)]);
  }
}
