package org.lexkit.akn;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden error files: each {@code golden/<case>/input.akn.xml} must fail exactly as {@code expected-error.txt}
 * says, verbatim (exception type, message with {@code file:line:column}, and every problem). An optional
 * {@code reader.properties} sets {@code validation} and {@code migrate}. Run with {@code -Dlexkit.golden.update=true}
 * to rewrite the expected files after an intended change, then review the diff.
 */
class GoldenErrorTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  static List<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(GOLDEN)) {
      return dirs.filter(d -> Files.exists(d.resolve("expected-error.txt")) || Files.exists(d.resolve("input.akn.xml")))
          .map(d -> d.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void golden_input_failsExactlyAsExpected(String name) throws IOException {
    Path dir = GOLDEN.resolve(name);
    Properties options = new Properties();
    if (Files.exists(dir.resolve("reader.properties"))) {
      try (Reader in = Files.newBufferedReader(dir.resolve("reader.properties"), UTF_8)) {
        options.load(in);
      }
    }
    AknReader reader = AknReader.create()
        .withValidation(ValidationMode.valueOf(options.getProperty("validation", "STRICT")))
        .withNamespaceMigration(Boolean.parseBoolean(options.getProperty("migrate", "false")));
    String actual;
    try (InputStream in = Files.newInputStream(dir.resolve("input.akn.xml"))) {
      AknDocument document = reader.read(in, "input.akn.xml");
      actual = "no error: " + document;
    } catch (AknReadException e) {
      actual = describe(e);
    }
    Path expectedFile = dir.resolve("expected-error.txt");
    if (Boolean.getBoolean("lexkit.golden.update")) {
      Files.writeString(expectedFile, actual, UTF_8);
    }
    if (!Files.exists(expectedFile)) {
      fail("missing " + expectedFile + "; actual:\n" + actual);
    }
    assertThat(actual).isEqualTo(Files.readString(expectedFile, UTF_8));
  }

  private static String describe(AknReadException e) {
    StringBuilder out = new StringBuilder();
    out.append(e.getClass().getSimpleName()).append('\n').append(e.getMessage()).append('\n');
    if (e instanceof AknSchemaException) {
      out.append("problems:\n").append(((AknSchemaException) e).describeProblems());
    }
    return out.toString();
  }
}
