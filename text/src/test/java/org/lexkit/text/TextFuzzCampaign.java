package org.lexkit.text;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.lexkit.testing.fuzz.FuzzReport;
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
    long cases = 100_000;
    long seed = 20261128;
    int threads = Runtime.getRuntime().availableProcessors();
    Path out = Path.of("target", "fuzz-campaign");
    for (int i = 0; i + 1 < args.length; i += 2) {
      String value = args[i + 1];
      switch (args[i]) {
        case "-cases" -> cases = Long.parseLong(value);
        case "-seed" -> seed = Long.parseLong(value);
        case "-threads" -> threads = Integer.parseInt(value);
        case "-out" -> out = Path.of(value);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    ImmutableList<Seed> seeds = TextFuzz.seeds();
    Files.createDirectories(out);
    String started = DateTimeFormatter.ISO_INSTANT.format(Instant.now().atOffset(ZoneOffset.UTC));
    System.out.printf(Locale.ROOT, "fuzzing %d cases from %d seeds %s, seed %d, %d thread(s)%n", cases,
        seeds.size(), seeds, seed, threads);
    FuzzReport report = TextFuzz.campaign(seeds)
        .withCases(cases)
        .withSeed(seed)
        .withThreads(threads)
        .withCrashDirectory(out.resolve("crashes"), ".txt")
        .withProgress(line -> System.out.println("  " + line))
        .run();
    String md = report.document("Text converter fuzz campaign", List.of(
        "started: " + started,
        "seeds: " + seeds,
        "campaign seed: " + seed));
    Files.writeString(out.resolve("report.md"), md, UTF_8);
    System.out.println(report.summary());
    System.out.println("report: " + out.resolve("report.md").toAbsolutePath());
  }
}
