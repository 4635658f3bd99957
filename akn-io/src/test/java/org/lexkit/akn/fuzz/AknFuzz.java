package org.lexkit.akn.fuzz;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.lexkit.akn.AknReader;
import org.lexkit.akn.AmendingActSeeds;
import org.lexkit.testing.akn.Corpus;
import org.lexkit.testing.fuzz.ByteMutations;
import org.lexkit.testing.fuzz.FuzzCampaign;
import org.lexkit.testing.fuzz.Mutation;
import org.lexkit.testing.fuzz.ResourceMutations;
import org.lexkit.testing.fuzz.Seed;

/** What the fast test and the large campaign share: corpus seeds, the mutation set, the campaign's shape. */
public final class AknFuzz {
  private AknFuzz() {}

  /**
   * Returns the corpus documents of at most {@code maxBytes} bytes as seeds, named relative to the folder.
   *
   * @param folder the corpus folder
   * @param maxBytes the largest seed to take
   * @return the seeds, sorted by name
   * @throws IOException if a document cannot be read
   */
  public static ImmutableList<Seed> seeds(Path folder, long maxBytes) throws IOException {
    ImmutableList.Builder<Seed> seeds = ImmutableList.builder();
    for (Path file : Corpus.documents(folder)) {
      if (Files.size(file) <= maxBytes && Files.size(file) > 0) {
        seeds.add(Seed.of(file, folder.relativize(file).toString()));
      }
    }
    return seeds.build();
  }

  /**
   * Returns {@code corpus} followed by {@code count} generated amending acts the model maps
   * ({@link AmendingActSeeds}, deterministic from {@code seed}), so that mutants reach {@code readAmendment}'s
   * accepting side too: no corpus document is an amending act the model can map.
   *
   * @param corpus the corpus seeds
   * @param count how many amending acts, 0 for none
   * @param seed the generator's seed
   * @return the seeds
   */
  public static ImmutableList<Seed> withAmendingActs(List<Seed> corpus, int count, long seed) {
    ImmutableList.Builder<Seed> seeds = ImmutableList.<Seed>builder().addAll(corpus);
    if (count > 0) {
      seeds.addAll(AmendingActSeeds.generate(count, seed));
    }
    return seeds.build();
  }

  /**
   * Returns every mutation: structural XML mutations, byte mutations (splicing from {@code seeds}) and the
   * resource attacks (namespace floods, deep numbering, huge numbers, output amplifiers).
   *
   * @param seeds the donors for splicing
   * @return the mutations
   */
  public static ImmutableList<Mutation> mutations(List<Seed> seeds) {
    return ImmutableList.<Mutation>builder().addAll(XmlMutations.all()).addAll(ByteMutations.all(seeds))
        .addAll(ResourceMutations.all()).build();
  }

  /**
   * Returns a campaign over {@code seeds} against {@link AknReadTarget} with the default reader (namespace
   * migration on), up to four mutations a case, small seeds favoured (size bias 0.5), a 120 s case timeout.
   *
   * @param seeds the corpus seeds
   * @return the campaign; set cases, seed and threads on it
   */
  public static FuzzCampaign campaign(List<Seed> seeds) {
    return FuzzCampaign.of(seeds, mutations(seeds), AknReadTarget.of(AknReader.create().withNamespaceMigration(true)))
        .withMaxMutations(4)
        .withSizeBias(0.5)
        .withCaseTimeout(java.time.Duration.ofSeconds(120));
  }
}
