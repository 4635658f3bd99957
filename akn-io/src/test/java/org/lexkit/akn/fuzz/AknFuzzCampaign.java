package org.lexkit.akn.fuzz;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.lexkit.testing.akn.Corpus;
import org.lexkit.testing.fuzz.CampaignCommand;
import org.lexkit.testing.fuzz.Seed;

/**
 * The large fuzz campaign over the AKN corpus, as a program (test scope), so it can run for an hour without a
 * test timeout:
 *
 * <pre>
 * mvn -B -ntp -pl akn-io -am test-compile exec:java -Dlexkit.campaign=akn -Dlexkit.corpus=/work/shared/akn/corpus \
 *     -Dexec.args="-cases 100000 -threads 2"
 * </pre>
 *
 * <p>Options: {@code -cases N} (100000), {@code -seed S} (20261128), {@code -threads T} (available processors),
 * {@code -max-seed-bytes B} (all), {@code -size-bias X} (0.75: a case averages 37 KB of input, and every corpus
 * document still seeds at least about 30 of 100,000 cases), {@code -amending-acts N} (50 generated amending acts
 * the model maps, {@link AknFuzz#withAmendingActs}), {@code -out DIR} ({@code target/fuzz-campaign}).
 * Writes {@code DIR/report.md} and, per failure signature, the failing inputs and a minimized one under
 * {@code DIR/crashes/}. Every case is reproducible: {@code AknFuzz.campaign(seeds).withSeed(S).generate(i)}, the
 * amending acts being generated from S too.
 */
public final class AknFuzzCampaign {
  private AknFuzzCampaign() {}

  /**
   * Runs the campaign.
   *
   * @param args the options above
   * @throws IOException if the corpus or the output folder cannot be used
   */
  public static void main(String[] args) throws IOException {
    CampaignCommand command = CampaignCommand.parse(args, "max-seed-bytes", "size-bias", "amending-acts");
    long maxSeedBytes = Long.parseLong(command.option("max-seed-bytes", Long.toString(Long.MAX_VALUE)));
    double sizeBias = Double.parseDouble(command.option("size-bias", "0.75"));
    int amendingActs = Integer.parseInt(command.option("amending-acts", "50"));
    Path folder = Corpus.folder().orElseThrow(() -> new IllegalArgumentException(
        "pass the corpus: -Dlexkit.corpus=/work/shared/akn/corpus"));
    ImmutableList<Seed> seeds =
        AknFuzz.withAmendingActs(AknFuzz.seeds(folder, maxSeedBytes), amendingActs, command.seed());
    command.run(AknFuzz.campaign(seeds).withSizeBias(sizeBias), ".xml", "AKN reader fuzz campaign", List.of(
        "corpus: `" + folder + "`, " + (seeds.size() - amendingActs) + " seed documents ("
            + seeds.stream().mapToLong(s -> s.bytes().length).sum() + " bytes with the acts), " + amendingActs
            + " generated amending acts",
        "size bias " + sizeBias));
  }
}
