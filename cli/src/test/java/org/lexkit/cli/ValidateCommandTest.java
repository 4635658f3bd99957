package org.lexkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  @TempDir Path dir;

  @Test
  void validate_validDocument_exitZeroWithSummary() throws Exception {
    Path document = Cli.copy("kz-excerpt.xml", dir);

    Cli.Result run = Cli.run("validate", document.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(run.err()).matches("lexkit validate: 1 file, 1 valid \\(\\d+\\.\\d s\\)\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void validate_malformedXml_exitOneWithFileLineColumn() throws Exception {
    Path document = Cli.copy("malformed.xml", dir);

    Cli.Result run = Cli.run("validate", document.toString(), "-q");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).singleElement().asString()
        .startsWith(document + ":6:7: error: not well-formed XML: ")
        .contains("\"identification\" must be terminated");
  }

  @Test
  void validate_schemaViolation_exitOneWithTheSchemaRuleAndLocation() throws Exception {
    Path document = Cli.copy("invalid.xml", dir);

    Cli.Result run = Cli.run("validate", document.toString(), "--lenient", "-q");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).singleElement().asString()
        .startsWith(document + ":75:10: error: cvc-complex-type.2.4.a: Invalid content was found starting with"
            + " element '{p}'");
  }

  @Test
  void validate_directory_everyXmlBelowItInOrderAndTheWorstExitCode() throws Exception {
    Path corpus = dir.resolve("corpus");
    Cli.copy("kz-excerpt.xml", corpus, "a-valid.xml");
    Cli.copy("malformed.xml", corpus, "b/malformed.xml");
    Cli.copy("invalid.xml", corpus, "c-invalid.xml");
    Cli.copy("kz-excerpt-2026.xml", corpus, "d/e/valid.xml");

    Cli.Result run = Cli.run("validate", corpus.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).hasSize(3);
    assertThat(run.errLines().get(0)).startsWith(corpus.resolve("b/malformed.xml") + ":6:7: error:");
    assertThat(run.errLines().get(1)).startsWith(corpus.resolve("c-invalid.xml") + ":75:10: error:");
    assertThat(run.errLines().get(2)).startsWith("lexkit validate: 4 files, 2 valid, 2 with problems (");
  }

  @Test
  void validate_missingFile_exitThree() throws Exception {
    Path valid = Cli.copy("kz-excerpt.xml", dir);
    Path missing = dir.resolve("missing.xml");

    Cli.Result run = Cli.run("validate", valid.toString(), missing.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).startsWith(missing + ": error: no such file or directory\n")
        .contains("2 files, 1 valid, 1 not readable or writable");
  }

  @Test
  void validate_standardInput_namedStdin() throws Exception {
    Cli.Result valid = Cli.runWithInput(Cli.resource("kz-excerpt.xml"), "validate", "-");
    Cli.Result malformed = Cli.runWithInput(Cli.resource("malformed.xml"), "validate", "-", "-q");

    assertThat(valid.exitCode()).isEqualTo(0);
    assertThat(malformed.exitCode()).isEqualTo(1);
    assertThat(malformed.err()).startsWith("<stdin>:6:7: error: not well-formed XML");
  }

  @Test
  void validate_conflictingOrBadOptions_exitTwo() throws Exception {
    Path valid = Cli.copy("kz-excerpt.xml", dir);

    assertThat(Cli.run("validate", valid.toString(), "--strict", "--lenient").exitCode()).isEqualTo(2);
    assertThat(Cli.run("validate", valid.toString(), "--max-problems", "0").exitCode()).isEqualTo(2);
    assertThat(Cli.run("validate", "-", "-").exitCode()).isEqualTo(2);
    assertThat(Cli.run("validate", dir.resolve("empty-dir").toFile().mkdir() ? dir.resolve("empty-dir").toString()
        : "x").exitCode()).isEqualTo(2);
  }
}
