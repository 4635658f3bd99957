package org.lexkit.akn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lexkit.core.amendment.AmendmentResult;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.Text;
import org.lexkit.testing.akn.Corpus;

/**
 * Reads the corpus' real amending acts as Lexkit amendments, against their target where the corpus has it, applies
 * them, and pins in {@code corpus-amendments/<name>.expected.txt} what each modification was read as or why it was
 * refused (one line per operation and per refusal, with its location). Update with
 * {@code -Dlexkit.golden.update=true} after a deliberate change and review the diff.
 *
 * <p>It also prints the per-act table (modifications, read, applied, refused by reason) and writes it to
 * {@code target/corpus-amendments.md}: {@code mvn -B -ntp -pl akn-io -am verify -Dinvoker.skip
 * -Dtest=CorpusAmendmentsTest -Dsurefire.failIfNoSpecifiedTests=false -Dlexkit.corpus=../shared/akn/corpus}.
 */
class CorpusAmendmentsTest {
  private static final String DE = "ris-norms-ldml-de/LegalDocML.de/1.8.2/samples/";
  private static final Pattern MODIFICATION = Pattern.compile(
      "<(?:\\w+:)?(textualMod|meaningMod|scopeMod|forceMod|efficacyMod|legalSystemMod)[\\s>]");
  private static final Map<String, String> TABLE = new LinkedHashMap<>();

  @ParameterizedTest
  @CsvSource({
      "uk-dripa-2014, legaldocml-java/legaldocml-test/src/main/resources/xml/v3/uk_pga-2014-27-enacted-data.xml,",
      "de-bgbl-1-2024-10-aenderungsgesetz, " + DE + "bgbl-1_2024_10/aenderungsgesetz/regelungstext-verkuendung-1.xml, "
          + DE + "bgbl-1_2024_10/zielgesetz/regelungstext-verkuendung-1.xml",
      "de-bgbl-1-1001-2-mods-01, " + DE + "bgbl-1_1001_2_mods_01/aenderungsgesetz/regelungstext-verkuendung-1.xml, "
          + DE + "bgbl-1_1001_2_mods_01/zielgesetz/regelungstext-verkuendung-1.xml",
      "de-bgbl-1-2017-s419, " + DE + "bgbl-1_2017_s419/aenderungsgesetz/regelungstext-verkuendung-1.xml, "
          + DE + "bgbl-1_2017_s419/zielgesetz/regelungstext-verkuendung-1.xml",
      // Kept out of the tuning, measured at the end:
      "de-bgbl-1-2023-413, " + DE + "bgbl-1_2023_413/aenderungsgesetz/regelungstext-verkuendung-1.xml, "
          + DE + "bgbl-1_2023_413/zielgesetz/regelungstext-verkuendung-1.xml",
      "de-bgbl-1-1002-2-mods-substitution-01, " + DE
          + "bgbl-1_1002_2_mods-subsitution_01/aenderungsgesetz/regelungstext-verkuendung-1.xml, " + DE
          + "bgbl-1_1002_2_mods-subsitution_01/zielgesetz/regelungstext-verkuendung-1.xml",
      "us-112hr1eas, us-uk-mangiafico-csd06/mapping/us/112hr1eas.akn.xml,",
      "eu-com-2013-619, legaldocml-java/legaldocml-test/src/main/resources/xml/v3/eu_COM(2013)0619_EN-8.xml,",
  })
  void readAmendment_realAmendingAct_pinsWhatIsReadAndWhatIsRefused(String name, String file, String targetFile)
      throws Exception {
    Path path = Corpus.requireFolder().resolve(file);
    AknReader reader = AknReader.create().withValidation(ValidationMode.NONE).withNamespaceMigration(true);
    Optional<LegalDocument> target = targetFile == null ? Optional.empty()
        : Optional.of(reader.readDocument(Corpus.requireFolder().resolve(targetFile)).value());
    int modifications = count(Files.readString(path, StandardCharsets.UTF_8));
    StringBuilder actual = new StringBuilder();
    Map<String, Integer> refused = new LinkedHashMap<>();
    String applied = "-";
    int operations = 0;
    boolean failed = false;
    try {
      MappingResult<AmendingAct> read = target.isPresent()
          ? reader.readAmendment(Files.newInputStream(path), name, target.get())
          : reader.readAmendment(Files.newInputStream(path), name);
      actual.append("target: ").append(read.value().target()).append('\n');
      operations = read.value().amendment().operations().size();
      read.value().amendment().operations()
          .forEach(o -> actual.append("operation: ").append(Text.normalize(o.toString())).append('\n'));
      for (UnmappedContent u : read.unmapped()) {
        if (u.detail().contains("not expressible")) {
          refused.merge(reason(u.detail()), 1, Integer::sum);
        }
        if (u.element().endsWith("Mod")) {
          actual.append("unmapped: ").append(u.describe()).append('\n');
        }
      }
      if (target.isPresent()) {
        AmendmentResult result = read.value().amendment().apply(target.get());
        applied = result.isApplied() ? operations + " of " + operations
            : "0 (" + result.problems().get(0).describe() + ")";
        actual.append("applied: ").append(applied).append('\n');
      }
    } catch (AknMappingException e) {
      failed = true;
      actual.append("error: ").append(e.getMessage()).append('\n');
    }
    int refusedTotal = refused.values().stream().mapToInt(Integer::intValue).sum();
    TABLE.put(name, "| " + name + " | " + modifications + " | " + (failed ? "0 (the read fails, see the expected file)"
        : (modifications - refusedTotal) + " (" + operations + " operations)") + " | " + applied + " | "
        + (refused.isEmpty() ? "-" : refused.toString()) + " |");
    Path expected = Path.of("src/test/resources/corpus-amendments", name + ".expected.txt");
    if (Boolean.getBoolean("lexkit.golden.update")) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual.toString()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  @AfterAll
  static void printTable() throws Exception {
    if (TABLE.isEmpty()) {
      return;
    }
    StringBuilder table = new StringBuilder("| act | modifications | read | applied | refused, by reason |\n"
        + "|---|---|---|---|---|\n");
    TABLE.values().forEach(row -> table.append(row).append('\n'));
    System.out.print(table);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/corpus-amendments.md"), table, StandardCharsets.UTF_8);
  }

  private static int count(String xml) {
    int analysis = xml.indexOf("activeModifications");
    int end = xml.lastIndexOf("activeModifications");
    if (analysis < 0) {
      return 0;
    }
    Matcher m = MODIFICATION.matcher(xml.substring(analysis, end));
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** The kind of reason a refusal gives, for the table. */
  private static String reason(String detail) {
    if (detail.contains("contradicts") || detail.contains("disagrees")) {
      return "act contradicts itself";
    }
    if (detail.contains("list item")) {
      return "list-item structure";
    }
    if (detail.contains("this act itself")) {
      return "amends this act";
    }
    if (detail.contains("Mod type=") && detail.contains("no operation for it")) {
      return "not a textual change";
    }
    if (detail.contains("pending instruction")) {
      return "instruction not understood";
    }
    return "other";
  }

  @ParameterizedTest
  @CsvSource(DE + "bgbl-1_2024_10/aenderungsgesetz/regelungstext-verkuendung-1.xml")
  void readAmendment_otherNamespaceWithoutMigration_refused(String file) {
    Path path = Corpus.requireFolder().resolve(file);
    assertThatThrownBy(() -> AknReader.create().withValidation(ValidationMode.NONE)
        .readAmendment(Files.newInputStream(path), "de"))
        .isInstanceOf(AknMappingException.class)
        .hasMessageContaining("namespace migration");
    assertThat(List.of(file)).isNotEmpty();
  }
}
