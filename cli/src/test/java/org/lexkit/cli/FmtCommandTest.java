package org.lexkit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

class FmtCommandTest {
  @TempDir Path dir;

  @Test
  void fmt_document_outputIsXmlEquivalentToTheInput() throws Exception {
    Path input = Cli.copy("kz-excerpt-2026.xml", dir);
    Path output = dir.resolve("formatted.xml");

    Cli.Result run = Cli.run("fmt", input.toString(), "-o", output.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    Diff diff = DiffBuilder.compare(input.toFile()).withTest(output.toFile()).ignoreWhitespace().checkForSimilar()
        .build();
    assertThat(diff.hasDifferences()).as(diff.toString()).isFalse();
  }

  @Test
  void fmt_keepsCommentsAndProcessingInstructions_andIsCanonicalWhateverTheInputLayout() throws Exception {
    String xml = new String(Cli.resource("kz-excerpt.xml"), UTF_8)
        .replace("<body>", "<body><!-- a comment fmt keeps --><?lexkit keep this?>");
    Path spread = dir.resolve("spread.xml");
    Files.writeString(spread, xml);
    Path compact = dir.resolve("compact.xml");

    assertThat(Cli.run("fmt", spread.toString(), "-o", compact.toString(), "--indent", "0").exitCode()).isEqualTo(0);
    Cli.Result fromSpread = Cli.run("fmt", spread.toString());
    Cli.Result fromCompact = Cli.run("fmt", compact.toString());

    assertThat(Files.readString(compact)).doesNotContain("\n  <");
    assertThat(fromSpread.stdout()).isEqualTo(fromCompact.stdout())
        .contains("<!-- a comment fmt keeps -->").contains("<?lexkit keep this?>");
    Path again = dir.resolve("again.xml");
    Files.write(again, fromSpread.out());
    assertThat(Cli.run("fmt", again.toString()).stdout()).isEqualTo(fromSpread.stdout()); // idempotent
  }

  @Test
  void fmt_outputIsTheInput_refusedAndTheInputUntouched() throws Exception {
    Path input = Cli.copy("kz-excerpt.xml", dir);
    byte[] before = Files.readAllBytes(input);

    Cli.Result run = Cli.run("fmt", input.toString(), "-o", dir.resolve(".").resolve("kz-excerpt.xml").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(Files.readAllBytes(input)).isEqualTo(before);
    assertThat(Cli.filesBelow(dir)).containsExactly("kz-excerpt.xml");
  }

  @Test
  void fmt_outputDirectoryIsTheInputDirectory_refused() throws Exception {
    Path docs = dir.resolve("docs");
    Cli.copy("kz-excerpt.xml", docs, "a.xml");
    Cli.copy("kz-excerpt-2026.xml", docs, "b.xml");

    Cli.Result run = Cli.run("fmt", docs.toString(), "-o", docs.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(Cli.filesBelow(docs)).containsExactly("a.xml", "b.xml");
  }

  @Test
  void fmt_stdinToStdout() throws Exception {
    Cli.Result run = Cli.runWithInput(Cli.resource("kz-excerpt.xml"), "fmt", "-", "--indent", "4");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(run.stdout()).startsWith("<?xml").contains("\n    <act name=\"constitution\">");
  }

  @Test
  void fmt_malformedInputInABatch_noOutputForIt() throws Exception {
    Path docs = dir.resolve("docs");
    Cli.copy("kz-excerpt.xml", docs, "good.xml");
    Cli.copy("malformed.xml", docs, "broken.xml");
    Path out = dir.resolve("out");

    Cli.Result run = Cli.run("fmt", docs.toString(), "-o", out.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(Cli.filesBelow(out)).containsExactly("good.xml");
    assertThat(run.err()).contains(docs.resolve("broken.xml") + ":6:7: error: not well-formed XML");
  }

  @Test
  void fmt_strictValidationAsked_invalidInputRefused() throws Exception {
    Path input = dir.resolve("no-name.xml");
    Files.writeString(input, new String(Cli.resource("kz-excerpt.xml"), UTF_8)
        .replace("<act name=\"constitution\">", "<act>"));

    assertThat(Cli.run("fmt", input.toString()).exitCode()).isEqualTo(0); // formatting does not validate
    Cli.Result strict = Cli.run("fmt", input.toString(), "--strict");
    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(strict.out()).isEmpty();
    assertThat(strict.err()).isEqualTo(input + ":3:8: error: cvc-complex-type.4: Attribute 'name' must appear on"
        + " element 'act'\n");
    assertThat(Cli.run("fmt", input.toString(), "--strict", "--no-validate").exitCode()).isEqualTo(2);
  }

  @Test
  void fmt_contentTheReaderCannotHold_refusedWithLocationEvenWithoutValidation() throws Exception {
    Path input = Cli.copy("invalid.xml", dir);

    Cli.Result run = Cli.run("fmt", input.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo(input + ":75:10: error: element <p> is not allowed here and cannot be kept\n");
  }
}
