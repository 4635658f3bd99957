package org.lexkit.akn;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lexkit.testing.fuzz.Seed;
import org.quicktheories.QuickTheory;

/**
 * Fuzz seeds that are amending acts the model can map: random amendments ({@link ModelGenerators#amendments()}, the
 * generator of {@link AmendmentMappingProperties}) of random target versions, written by {@link AknWriter}. The
 * corpus has no amending act that {@link AknReader#readAmendment} maps, so without these seeds the fuzz campaigns
 * exercise only that path's refusals.
 *
 * <p>Deterministic: the same count and seed give the same bytes (QuickTheories with a fixed seed).
 */
public final class AmendingActSeeds {
  private AmendingActSeeds() {}

  /**
   * Returns {@code count} amending acts generated from {@code seed}, named {@code generated/amending-act-N.xml}
   * (N from 0). Each is schema-valid and read back by {@code readAmendment} to the amendment written (the law
   * {@link AmendmentMappingProperties} checks).
   *
   * @param count how many, at least 1
   * @param seed the generator's seed
   * @return the seeds, in generation order
   */
  public static ImmutableList<Seed> generate(int count, long seed) {
    checkArgument(count > 0, "count must be positive: %s", count);
    List<Seed> seeds = new ArrayList<>(count);
    AknWriter writer = AknWriter.create();
    // QuickTheories may run fewer examples than asked (it can drop some), so ask for more and keep the first count.
    QuickTheory.qt().withFixedSeed(seed).withExamples(2 * count + 10)
        .forAll(ModelGenerators.amendments(), random -> ModelGenerators.identity(random))
        .checkAssert((amendment, target) -> {
          if (seeds.size() < count) {
            seeds.add(new Seed(String.format(Locale.ROOT, "generated/amending-act-%d.xml", seeds.size()),
                writer.writeToString(amendment, target).getBytes(UTF_8)));
          }
        });
    checkState(seeds.size() == count, "QuickTheories generated %s of %s amending acts", seeds.size(), count);
    return ImmutableList.copyOf(seeds);
  }
}
