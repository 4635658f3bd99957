package org.lexkit.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.lexkit.core.amendment.Amendment;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.history.History;
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
 * Building a {@link History} of 1,000 amendments of a 20,000-provision document (every version computed, the
 * knowledge states for bitemporal queries included). Baseline: applying the same 1,000 amendments one after the
 * other in a loop, the least work that yields every version. The ratio is what the history's bookkeeping (version
 * identities, life-cycle events, knowledge states) costs on top.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HistoryBuildBenchmark {
  private LegalDocument original = GeneratedDocuments.withProvisions(10);
  private List<Amendment> amendments = List.of();

  /** Generates the document and the amendments. */
  @Setup
  public void setUp() {
    original = GeneratedDocuments.withProvisions(20_000);
    amendments = GeneratedDocuments.amendments(original, 1_000);
  }

  @Benchmark
  public History historyOf() {
    return History.of(original, amendments);
  }

  @Benchmark
  public LegalDocument baselineApplyInLoop() {
    LegalDocument current = original;
    for (Amendment amendment : amendments) {
      current = amendment.applyOrThrow(current);
    }
    return current;
  }
}
