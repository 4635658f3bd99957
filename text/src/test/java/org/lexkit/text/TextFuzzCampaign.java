package org.lexkit.text;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.time.Duration;
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
 * {@code -out DIR} ({@code target/fuzz-campaign}), {@code -case-timeout SECONDS} (120). Writes
 * {@code DIR/report.md} and, per failure signature, the failing inputs and a minimized one under
 * {@code DIR/crashes/}. Case {@code i} is {@code TextFuzz.campaign(TextFuzz.seeds()).withSeed(S).generate(i)}.
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
    CampaignCommand command = CampaignCommand.parse(args, "case-timeout");
    // On a machine shared with many builds (a nice 19 run), a 10 MB line can take longer than the default 120 s of
    // wall time without being slow: -case-timeout raises the bound.
    long timeout = Long.parseLong(command.option("case-timeout", "120"));
    ImmutableList<Seed> seeds = TextFuzz.seeds();
    command.run(TextFuzz.campaign(seeds).withCaseTimeout(Duration.ofSeconds(timeout)), ".txt",
        "Text converter fuzz campaign", List.of("seeds: " + seeds, "case timeout " + timeout + " s"));
  }
}
