package org.lexkit.benchmarks;

import com.google.common.collect.ImmutableList;
import java.util.concurrent.TimeUnit;
import org.lexkit.core.amendment.Amendment;
import org.lexkit.core.amendment.AmendmentId;
import org.lexkit.core.amendment.SubstituteText;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
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
 * Applying a one-article amendment to documents of 200, 2,000 and 20,000 provisions. Path copying should make the
 * cost grow with the depth and the width of the path, not with the document: the target is
 * time(20,000) / time(200) ≤ 3. The baseline {@code baselineRebuildWholeTree} copies every node, which is what a
 * non-persistent model would pay for the same change.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AmendmentScalingBenchmark {
  @Param({"200", "2000", "20000"})
  public int provisions = 200;

  private LegalDocument document;
  private Amendment amendment;

  @Setup
  public void setUp() {
    document = GeneratedDocuments.withProvisions(provisions);
    ProvisionId target = GeneratedDocuments.middleParagraph(document);
    String old = document.provision(target).orElseThrow().content().get(0).plain();
    amendment = Amendment.of(AmendmentId.parse("bench-1"), "one paragraph",
        SubstituteText.of(target, old, "The paragraph now reads differently."));
  }

  @Benchmark
  public LegalDocument applyOneArticleAmendment() {
    return amendment.applyOrThrow(document);
  }

  @Benchmark
  public Provision baselineRebuildWholeTree() {
    return copy(document.body());
  }

  private static Provision copy(Provision node) {
    return new Provision(node.kind(), node.num(), node.heading(), node.content(),
        node.children().stream().map(AmendmentScalingBenchmark::copy).collect(ImmutableList.toImmutableList()), node.wrapUp(), node.notes(),
        node.status());
  }
}
