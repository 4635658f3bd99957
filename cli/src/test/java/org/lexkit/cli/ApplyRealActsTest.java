package org.lexkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexkit.testing.akn.Corpus;

/**
 * {@code lexkit apply} consolidates a real LegalDocML.de amending act into its target law, and {@code lexkit diff}
 * shows the changed words.
 */
class ApplyRealActsTest {
  private static final String SAMPLES = "ris-norms-ldml-de/LegalDocML.de/1.8.2/samples/";

  @TempDir Path dir;

  @Test
  void apply_germanAmendingLaw_consolidatesWithLifecycleAndPassiveModifications_diffShowsTheWords()
      throws Exception {
    Path sample = Corpus.requireFolder().resolve(SAMPLES + "bgbl-1_1001_2_mods_01");
    Path target = sample.resolve("zielgesetz/regelungstext-verkuendung-1.xml");
    Path act = sample.resolve("aenderungsgesetz/regelungstext-verkuendung-1.xml");
    Path out = dir.resolve("consolidated.xml");

    Cli.Result run = Cli.run("apply", target.toString(), act.toString(), "-o", out.toString(), "--no-validate",
        "-q");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    String xml = Files.readString(out);
    assertThat(xml).contains("<passiveModifications>").contains("1. Beispiel").doesNotContain("1. Fall");
    assertThat(xml).containsPattern("<eventRef[^>]*date=\"[0-9-]+\"");

    Cli.Result diff = Cli.run("diff", target.toString(), out.toString(), "--no-validate");
    assertThat(diff.stdout()).as(diff.toString())
        .contains("geändert: Artikel 1(1)\n    Hier steht eine Regelung zum 1. [-Fall-]{+Beispiel+} die es");
  }
}
