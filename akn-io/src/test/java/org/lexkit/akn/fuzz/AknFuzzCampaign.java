package org.lexkit.akn.fuzz;

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
import org.lexkit.akn.testing.Corpus;
import org.lexkit.testing.fuzz.FuzzReport;
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
    long cases = 100_000;
    long seed = 20261128;
    int threads = Runtime.getRuntime().availableProcessors();
    long maxSeedBytes = Long.MAX_VALUE;
    double sizeBias = 0.75;
    int amendingActs = 50;
    Path out = Path.of("target", "fuzz-campaign");
    for (int i = 0; i + 1 < args.length; i += 2) {
      String value = args[i + 1];
      switch (args[i]) {
        case "-cases" -> cases = Long.parseLong(value);
        case "-seed" -> seed = Long.parseLong(value);
        case "-threads" -> threads = Integer.parseInt(value);
        case "-max-seed-bytes" -> maxSeedBytes = Long.parseLong(value);
        case "-size-bias" -> sizeBias = Double.parseDouble(value);
        case "-amending-acts" -> amendingActs = Integer.parseInt(value);
        case "-out" -> out = Path.of(value);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Path folder = Corpus.folder().orElseThrow(() -> new IllegalArgumentException(
        "pass the corpus: -Dlexkit.corpus=/work/shared/akn/corpus"));
    ImmutableList<Seed> seeds = AknFuzz.withAmendingActs(AknFuzz.seeds(folder, maxSeedBytes), amendingActs, seed);
    Files.createDirectories(out);
    String started = DateTimeFormatter.ISO_INSTANT.format(Instant.now().atOffset(ZoneOffset.UTC));
    System.out.printf(Locale.ROOT, "fuzzing %d cases from %d seeds (%d bytes), seed %d, %d thread(s)%n", cases,
        seeds.size(), seeds.stream().mapToLong(s -> s.bytes().length).sum(), seed, threads);
    FuzzReport report = AknFuzz.campaign(seeds)
        .withCases(cases)
        .withSeed(seed)
        .withThreads(threads)
        .withSizeBias(sizeBias)
        .withCrashDirectory(out.resolve("crashes"), ".xml")
        .withProgress(line -> System.out.println("  " + line))
        .run();
    String md = report.document("AKN reader fuzz campaign", List.of(
        "started: " + started,
        "corpus: `" + folder + "`, " + (seeds.size() - amendingActs) + " seed documents, " + amendingActs
            + " generated amending acts",
        "campaign seed: " + seed + ", size bias " + sizeBias));
    Files.writeString(out.resolve("report.md"), md, UTF_8);
    System.out.println(report.summary());
    System.out.println("report: " + out.resolve("report.md").toAbsolutePath());
  }
}
