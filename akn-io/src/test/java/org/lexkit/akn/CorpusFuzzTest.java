package org.lexkit.akn;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lexkit.akn.fuzz.AknFuzz;
import org.lexkit.testing.akn.Corpus;
import org.lexkit.testing.fuzz.FuzzReport;
import org.lexkit.testing.fuzz.Seed;

/**
 * Mutation fuzzing of the reader from the real corpus ({@code -Dlexkit.corpus}; skipped without it): structural
 * XML damage (duplicated, removed, reordered elements, swapped attributes, deep nesting, injected markup,
 * namespace and declaration damage) and byte damage (flips, truncation, invalid UTF-8, huge numbers, splices),
 * each input read in every validation mode. Only located {@link AknReadException}s may escape, acceptance must
 * grow as validation relaxes, and every accepted input must round-trip with nothing lost (see
 * {@link org.lexkit.akn.fuzz.AknReadTarget}).
 *
 * <p>This is the seeded slice that runs in {@code mvn verify}: {@value #DEFAULT_CASES} cases from the corpus
 * documents of at most 16 KB (15 of them) and {@value #DEFAULT_AMENDING_ACTS} generated amending acts the
 * model maps ({@link AmendingActSeeds}; {@code readAmendment} must then map mutants and round-trip them, and refuse
 * others located), on up to two threads. {@code -Dlexkit.fuzz.cases}, {@code -Dlexkit.fuzz.seed},
 * {@code -Dlexkit.fuzz.threads}, {@code -Dlexkit.fuzz.maxSeedBytes} and {@code -Dlexkit.fuzz.amendingActs} change it; the large campaign is the
 * program {@link org.lexkit.akn.fuzz.AknFuzzCampaign} (docs/RELIABILITY.md). Failing inputs are saved under
 * {@code target/fuzz-crashes/}.
 */
class CorpusFuzzTest {
  private static final long DEFAULT_CASES = 2_000;
  private static final int DEFAULT_AMENDING_ACTS = 8;

  @Test
  void read_mutatedCorpusDocuments_onlyLocatedReadExceptionsAndNothingLost() throws IOException {
    Path folder = Corpus.requireFolder();
    List<Seed> corpus = AknFuzz.seeds(folder, Long.getLong("lexkit.fuzz.maxSeedBytes", 16 * 1024));
    assertThat(corpus).as("corpus documents small enough to seed the fast slice").isNotEmpty();
    long seed = Long.getLong("lexkit.fuzz.seed", 20261128);
    List<Seed> seeds = AknFuzz.withAmendingActs(corpus,
        Integer.getInteger("lexkit.fuzz.amendingActs", DEFAULT_AMENDING_ACTS), seed);
    FuzzReport report = AknFuzz.campaign(seeds)
        .withCases(Long.getLong("lexkit.fuzz.cases", DEFAULT_CASES))
        .withSeed(seed)
        .withThreads(Integer.getInteger("lexkit.fuzz.threads",
            Math.min(2, Runtime.getRuntime().availableProcessors())))
        .withCrashDirectory(Path.of("target", "fuzz-crashes"), ".xml")
        .run();
    Files.writeString(Path.of("target", "fuzz-report.md"), report.markdown("Corpus fuzz slice"), UTF_8);
    System.out.println(report.summary());

    assertThat(report.failures()).as(report.summary()).isEmpty();
    assertThat(report.cases()).as("every case ran").isEqualTo(Long.getLong("lexkit.fuzz.cases", DEFAULT_CASES));
    // The slice must exercise both sides of every oracle, or it proves nothing.
    assertThat(report.outcomes()).as(report.summary())
        .containsKeys("STRICT:accepted", "STRICT:MalformedAknException", "STRICT:AknSchemaException",
            "NONE:accepted", "round-trip:ok");
    // readAmendment's both sides: mutants of the generated amending acts it maps (and that round-trip), and ones
    // it refuses, located.
    assertThat(report.outcomes().keySet()).as(report.summary())
        .anyMatch(label -> label.endsWith(",amendment:accepted"))
        .anyMatch(label -> label.contains(",amendment:Akn"));
  }
}
