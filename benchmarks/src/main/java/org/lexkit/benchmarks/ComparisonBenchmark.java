package org.lexkit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.lexkit.core.comparison.Comparison;
import org.lexkit.core.document.LegalDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link Comparison#of} on two versions of a 20,000-provision document:
 *
 * <ul>
 *   <li>{@code consecutive}: a version and the next one, which replaces one paragraph and shares every other subtree
 *       (the common case, e.g. a history's neighbouring versions);
 *   <li>{@code independent}: two documents built separately with equal content, sharing no object (the worst case:
 *       every node must be read);
 *   <li>{@code renumbered}: 40,000 articles directly under the body, and the version after a new article 1 shifted
 *       every number, with a point reworded in every hundredth article (each article must be found by its text,
 *       not its id; matching the siblings pairwise would cost 40,000²).
 * </ul>
 *
 * <p>Baseline: {@code before.equals(after)}, the record's structural equality over the same two documents, which
 * stops at identical references just as the comparison does, and at the first difference, which the comparison does
 * not. On equal independent documents both walk the whole tree.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ComparisonBenchmark {
  /** Which pair of versions. */
  @Param({"consecutive", "independent", "renumbered"})
  public String pair = "consecutive";

  private LegalDocument before = GeneratedDocuments.withProvisions(10);
  private LegalDocument after = before;

  /** Builds the two versions and checks that the comparison finds what it should. */
  @Setup
  public void setUp() {
    before = GeneratedDocuments.withProvisions(20_000);
    switch (pair) {
      case "consecutive" -> {
        after = GeneratedDocuments.amendments(before, 1).get(0).applyOrThrow(before);
        if (Comparison.of(before, after).changed().size() != 1) {
          throw new IllegalStateException("expected one changed provision");
        }
      }
      case "independent" -> {
        after = GeneratedDocuments.withProvisions(20_000);
        if (after.body() == before.body() || !Comparison.of(before, after).isEmpty()) {
          throw new IllegalStateException("expected two equal, separately built documents");
        }
      }
      case "renumbered" -> {
        before = GeneratedDocuments.flat(40_000);
        after = GeneratedDocuments.renumbered(before);
        Comparison comparison = Comparison.of(before, after);
        if (comparison.renumbered().size() != 40_000 || comparison.added().size() != 1
            || comparison.changed().size() != 400) {
          throw new IllegalStateException("expected 40,000 renumbered articles, 1 added, 400 points changed: "
              + comparison.renumbered().size() + ", " + comparison.added().size() + ", "
              + comparison.changed().size());
        }
      }
      default -> throw new IllegalArgumentException("unknown pair " + pair);
    }
  }

  @Benchmark
  public Comparison comparisonOf() {
    return Comparison.of(before, after);
  }

  @Benchmark
  public boolean baselineEquals() {
    return before.equals(after);
  }
}
