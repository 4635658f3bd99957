package org.lexkit.akn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lexkit.testing.akn.Corpus;

/**
 * Reads the corpus' real amending acts as Lexkit amendments and pins, in {@code corpus-amendments/<name>.expected.txt},
 * exactly what is not expressible (one line per active modification, with its location and the reason). Update with
 * {@code -Dlexkit.golden.update=true} after a deliberate change and review the diff.
 */
class CorpusAmendmentsTest {

  @ParameterizedTest
  @CsvSource({
      "uk-dripa-2014, legaldocml-java/legaldocml-test/src/main/resources/xml/v3/uk_pga-2014-27-enacted-data.xml",
      "de-bgbl-1-2024-10-aenderungsgesetz,"
          + " ris-norms-ldml-de/LegalDocML.de/1.8.2/samples/bgbl-1_2024_10/aenderungsgesetz/regelungstext-verkuendung-1.xml",
  })
  void readAmendment_realAmendingAct_reportsWhatIsNotExpressible(String name, String file) throws Exception {
    Path path = Corpus.requireFolder().resolve(file);
    AknReader reader = AknReader.create().withValidation(ValidationMode.NONE).withNamespaceMigration(true);
    StringBuilder actual = new StringBuilder();
    try {
      MappingResult<AmendingAct> read = reader.readAmendment(Files.newInputStream(path), name);
      actual.append("target: ").append(read.value().target()).append('\n');
      read.value().amendment().operations().forEach(o -> actual.append("operation: ").append(o).append('\n'));
      read.unmapped().forEach(u -> actual.append("unmapped: ").append(u.describe()).append('\n'));
    } catch (AknMappingException e) {
      actual.append("error: ").append(e.getMessage()).append('\n');
    }
    Path expected = Path.of("src/test/resources/corpus-amendments", name + ".expected.txt");
    if (Boolean.getBoolean("lexkit.golden.update")) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual.toString()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @CsvSource("ris-norms-ldml-de/LegalDocML.de/1.8.2/samples/bgbl-1_2024_10/aenderungsgesetz/regelungstext-verkuendung-1.xml")
  void readAmendment_otherNamespaceWithoutMigration_refused(String file) {
    Path path = Corpus.requireFolder().resolve(file);
    assertThatThrownBy(() -> AknReader.create().withValidation(ValidationMode.NONE)
        .readAmendment(Files.newInputStream(path), "de"))
        .isInstanceOf(AknMappingException.class)
        .hasMessageContaining("namespace migration");
    assertThat(List.of(file)).isNotEmpty();
  }
}
