package org.lexkit.text;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.List;
import org.lexkit.testing.fuzz.CampaignCommand;
import org.lexkit.testing.fuzz.Seed;

/**
 * The large fuzz campaign of the plain-text converter, as a program (test scope), so it can run for an hour without
 * a test timeout:
 *
 * <pre>
 * mvn -B -ntp -pl text -am test-compile exec:java -Dlexkit.campaign=text -Dlexkit.domain=/work/shared/domain \
 *     -Dexec.args="-cases 100000 -threads 2"
 * </pre>
 *
 * <p>Options: {@code -cases N} (100000), {@code -seed S} (20261128), {@code -threads T} (available processors),
 * {@code -out DIR} ({@code target/fuzz-campaign}). Writes {@code DIR/report.md} and, per failure signature, the
 * failing inputs and a minimized one under {@code DIR/crashes/}. Case {@code i} is
 * {@code TextFuzz.campaign(TextFuzz.seeds()).withSeed(S).generate(i)}.
 */
public final class TextFuzzCampaign {
  private TextFuzzCampaign() {}

  /**
   * Runs the campaign.
   *
   * @param args the options above
   * @throws IOException if a seed or the output folder cannot be used
   */
  public static void main(String[] args) throws IOException {
    CampaignCommand command = CampaignCommand.parse(args);
    ImmutableList<Seed> seeds = TextFuzz.seeds();
    command.run(TextFuzz.campaign(seeds), ".txt", "Text converter fuzz campaign", List.of("seeds: " + seeds));
  }
}
