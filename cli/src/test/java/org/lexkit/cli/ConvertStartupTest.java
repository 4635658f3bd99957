package org.lexkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up budget of {@code lexkit convert} (one second for a constitution) depends on what it does not load:
 * JAXB's context takes about a second to build and the AKN schema half a second to compile. This runs convert in a
 * fresh JVM, as a user would, and checks from the class-loading log that neither is touched unless
 * {@code --validate} asks for the schema. (Timing itself is measured, not asserted: see cli/README-section.md.)
 */
class ConvertStartupTest {
  @TempDir Path dir;

  @Test
  void convert_freshJvm_neverLoadsJaxbNorCompilesTheSchema() throws Exception {
    List<String> loaded = convertInFreshJvm(false);

    assertThat(loaded).contains("org.lexkit.cli.ConvertCommand", "org.lexkit.akn.AknWriter");
    assertThat(loaded).noneMatch(name -> name.startsWith("jakarta.xml.bind.")
        || name.startsWith("org.glassfish.jaxb.") || name.startsWith("org.lexkit.akn.internal.jaxb.")
        || name.equals("org.lexkit.akn.internal.xml.AknSchemas") || name.startsWith("javax.xml.validation."));
  }

  @Test
  void convertWithValidate_freshJvm_compilesTheSchemaButStillNoJaxb() throws Exception {
    List<String> loaded = convertInFreshJvm(true);

    assertThat(loaded).contains("org.lexkit.akn.internal.xml.AknSchemas");
    assertThat(loaded).noneMatch(name -> name.startsWith("jakarta.xml.bind.")
        || name.startsWith("org.glassfish.jaxb.") || name.startsWith("org.lexkit.akn.internal.jaxb."));
  }

  private List<String> convertInFreshJvm(boolean validate) throws IOException, InterruptedException {
    Path text = Cli.copy("small-act.en.txt", dir);
    Path log = dir.resolve("classes.log");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xlog:class+load=info:file=" + log,
        "-cp", System.getProperty("java.class.path"),
        "org.lexkit.cli.Lexkit", "convert", text.toString(), "-o", dir.resolve("act.xml").toString(), "-q"));
    if (validate) {
      command.add("--validate");
    }
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("output.log").toFile()).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("lexkit convert finished").isTrue();
    assertThat(process.exitValue()).as(Files.readString(dir.resolve("output.log"))).isEqualTo(0);
    assertThat(dir.resolve("act.xml")).isNotEmptyFile();
    // Lines read "[0.123s][info][class,load] java.lang.Object source: shared objects file".
    return Files.readAllLines(log).stream().map(line -> line.replaceFirst("^.*\\[class,load\\] ", ""))
        .map(line -> line.split(" ", 2)[0]).collect(Collectors.toList());
  }
}
