package org.lexkit.text;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lexkit.testing.fuzz.FuzzReport;
import org.lexkit.testing.fuzz.Seed;

/**
 * Mutation fuzzing of the converter (the seeded slice in {@code mvn verify}): the shared Kazakhstan texts
 * ({@code -Dlexkit.domain}; without them the examples' and this module's texts still seed it, and the skip of the
 * domain texts is printed), damaged by binary garbage, 10 MB lines, mixed scripts, bidi controls, control
 * characters, other line endings, reordered headings, huge heading numbers, page noise and byte mutations. Only
 * located {@link TextConversionException}s may escape, nothing may be lost, and every document must be strict AKN
 * (see {@link TextConvertTarget}).
 *
 * <p>{@code -Dlexkit.fuzz.cases} (2,000), {@code -Dlexkit.fuzz.seed}, {@code -Dlexkit.fuzz.threads} change it; the
 * large campaign is {@link TextFuzzCampaign}. Failing inputs are saved under {@code target/fuzz-crashes/}.
 */
class TextFuzzTest {
  @Test
  void convert_mutatedTexts_onlyLocatedConversionExceptions_nothingLost_strictAkn() throws IOException {
    List<Seed> seeds = TextFuzz.seeds();
    if (TextFuzz.domainFolder().isEmpty()) {
      System.out.println("TextFuzzTest: the shared domain texts were not found ("
          + DomainFiles.describeSearch("kz") + "); fuzzing from the bundled texts only");
    }
    assertThat(seeds).as("seed texts").hasSizeGreaterThanOrEqualTo(2);
    FuzzReport report = TextFuzz.campaign(seeds)
        .withCases(Long.getLong("lexkit.fuzz.cases", 2_000))
        .withSeed(Long.getLong("lexkit.fuzz.seed", 20261128))
        .withThreads(Integer.getInteger("lexkit.fuzz.threads",
            Math.min(2, Runtime.getRuntime().availableProcessors())))
        .withCrashDirectory(Path.of("target", "fuzz-crashes"), ".txt")
        .withMinimizeRuns(300) // a 10 MB case takes a second a run
        .run();
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "fuzz-report.md"), report.markdown("Text converter fuzz slice"), UTF_8);
    System.out.println(report.summary());

    assertThat(report.failures()).as(report.summary()).isEmpty();
    assertThat(report.cases()).as("every case ran").isEqualTo(Long.getLong("lexkit.fuzz.cases", 2_000));
    // Both sides of every oracle must be exercised, or the slice proves nothing.
    assertThat(report.outcomes()).as(report.summary())
        .containsKeys("akn:strict-valid", "refused:control-character", "refused:invalid-utf8", "refused:nul");
  }
}
