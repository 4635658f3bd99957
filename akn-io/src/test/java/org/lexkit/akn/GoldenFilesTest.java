package org.lexkit.akn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lexkit.akn.testing.OfficialSchema;
import org.lexkit.core.document.LegalDocument;

/**
 * Golden files for the model mapping (under {@code golden/model/}, apart from the lossless reader's golden error
 * cases directly under {@code golden/}): each {@code golden/model/<case>/input.akn.xml} is validated against the official
 * schema, read into the model (STRICT), and compared with {@code expected.txt} (a {@link ModelDump}) or, for input
 * the model cannot represent, {@code expected-error.txt} (the full message, location included). Run with
 * {@code -Dlexkit.golden.update=true} to (re)write the expectations after a deliberate change, then review the diff.
 */
class GoldenFilesTest {

  static Stream<String> cases() throws IOException, URISyntaxException {
    Path root = Path.of(GoldenFilesTest.class.getResource("/golden/model").toURI());
    try (Stream<Path> folders = Files.list(root)) {
      return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void golden_inputReadIntoTheModel_matchesExpectation(String name) throws Exception {
    Path folder = Path.of(GoldenFilesTest.class.getResource("/golden/model/" + name).toURI());
    byte[] input = Files.readAllBytes(folder.resolve("input.akn.xml"));
    String systemId = name + "/input.akn.xml";
    assertThat(OfficialSchema.firstError(input, systemId)).as("official schema verdict").isNull();

    String actual;
    Path expected;
    try {
      MappingResult<LegalDocument> read =
          AknReader.create().readDocument(new java.io.ByteArrayInputStream(input), systemId);
      actual = ModelDump.of(read);
      expected = folder.resolve("expected.txt");
      // And back: what we write from the golden model reads back to the same model, schema-valid.
      assertThat(AknReader.create().readDocumentString(AknWriter.create().writeToString(read.value())).value())
          .isEqualTo(read.value());
    } catch (AknReadException e) {
      actual = e.getMessage() + "\n";
      expected = folder.resolve("expected-error.txt");
    }
    if (Boolean.getBoolean("lexkit.golden.update")) {
      // Surefire runs in the module folder: update the sources, not the copy under target/.
      Path source = Path.of("src/test/resources/golden/model", name, expected.getFileName().toString());
      Files.writeString(source, actual, StandardCharsets.UTF_8);
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    if (!Files.exists(expected)) {
      fail("no " + expected.getFileName() + " for " + name + "; got:\n" + actual);
    }
    assertThat(actual).isEqualTo(read(expected));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
