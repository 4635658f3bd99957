package org.lexkit.akn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lexkit.testing.akn.Akn;
import org.lexkit.testing.akn.Corpus;
import org.lexkit.akn.testing.OfficialSchema;
import org.lexkit.akn.testing.XmlEquivalence;

/**
 * Reads every document of the shared corpus ({@code -Dlexkit.corpus=<folder>}; skipped without it) in strict and
 * lenient mode, round-trips every valid one, compares our linear validation with the official schema's verdict,
 * and writes {@code target/corpus-report.md}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusConformanceTest {
  private static final Pattern ROOT_NAMESPACE =
      Pattern.compile("<(?:[A-Za-z_][\\w.-]*:)?akomaNtoso\\b[^>]*?\\bxmlns(?::[\\w.-]+)?=\"([^\"]*)\"", Pattern.DOTALL);

  private final List<Row> rows = new ArrayList<>();
  private final List<String> crashes = new ArrayList<>();
  private Path folder;

  private static final class Row {
    String file;
    String type = "?";
    String namespace = "?";
    boolean strictValid;
    boolean lenientValid;
    boolean officialValid;
    String roundTrip = "-";
    String migrated = "-";
    int strictErrors;
    int warnings;
    String firstProblem = "";
    long strictMillis;
  }

  @BeforeAll
  void readCorpus() throws IOException {
    folder = Corpus.requireFolder();
    AknReader strict = AknReader.create().withProblemLimit(1000);
    AknReader lenient = strict.withValidation(ValidationMode.LENIENT);
    AknReader migrating = AknReader.create().withValidation(ValidationMode.NONE).withNamespaceMigration(true);
    AknReader migratingLenient = lenient.withNamespaceMigration(true);
    for (Path file : Corpus.documents(folder)) {
      Row row = new Row();
      row.file = folder.relativize(file).toString();
      rows.add(row);
      byte[] bytes = Files.readAllBytes(file);
      Matcher ns = ROOT_NAMESPACE.matcher(new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8));
      row.namespace = ns.find() ? ns.group(1) : "?";
      try {
        AknDocument document = null;
        long start = System.nanoTime();
        try {
          document = strict.read(file);
          row.strictValid = true;
          row.warnings = document.problems().size();
        } catch (AknSchemaException e) {
          row.strictErrors = (int) e.problems().stream().filter(AknProblem::isError).count();
          row.firstProblem = e.getMessage();
        } catch (AknReadException e) {
          row.firstProblem = e.getMessage();
        }
        row.strictMillis = (System.nanoTime() - start) / 1_000_000;
        if (document != null) {
          row.lenientValid = true; // lenient only turns some errors into warnings
        } else {
          try {
            document = lenient.read(file);
            row.lenientValid = true;
            row.warnings = document.problems().size();
          } catch (AknReadException e) {
            row.lenientValid = false;
          }
        }
        if (document == null) {
          try {
            row.type = migrating.read(file).type().elementName();
          } catch (AknReadException e) {
            row.type = "unreadable";
          }
          if (!row.namespace.equals(Akn.NS)) {
            try {
              AknDocument migratedDocument = migratingLenient.read(file);
              row.migrated = "lenient-valid (" + migratedDocument.problems().size() + " warnings)";
            } catch (AknSchemaException e) {
              row.migrated = e.problems().stream().filter(AknProblem::isError).count() + " errors: " + e.detail();
            } catch (AknReadException e) {
              row.migrated = e.detail();
            }
          }
        } else {
          row.type = document.type().elementName();
          List<String> differences = XmlEquivalence.differences(bytes, AknWriter.create().writeToBytes(document));
          row.roundTrip = differences.isEmpty() ? "equal" : differences.size() + " differences: " + differences.get(0);
        }
        row.officialValid = OfficialSchema.firstError(bytes, file.toString()) == null;
      } catch (RuntimeException e) {
        crashes.add(row.file + ": " + e);
        row.firstProblem = "CRASH " + e;
      }
    }
    writeReport();
  }

  @Test
  void corpus_everyDocument_readsOrFailsWithADocumentedException() {
    assertThat(rows).isNotEmpty();
    assertThat(crashes).as("documents that crashed the reader with an undocumented exception").isEmpty();
  }

  @Test
  void corpus_everyStrictlyValidDocument_roundTripsXmlEquivalent() {
    List<String> failures = new ArrayList<>();
    for (Row row : rows) {
      if (row.strictValid && !row.roundTrip.equals("equal")) {
        failures.add(row.file + ": " + row.roundTrip);
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void corpus_linearValidation_agreesWithOfficialSchemaOnEveryDocument() {
    List<String> disagreements = new ArrayList<>();
    for (Row row : rows) {
      if (row.strictValid != row.officialValid) {
        disagreements.add(row.file + ": official " + verdict(row.officialValid) + ", linear "
            + verdict(row.strictValid) + " " + row.firstProblem);
      }
    }
    assertThat(disagreements).isEmpty();
  }

  private static String verdict(boolean valid) {
    return valid ? "valid" : "invalid";
  }

  private void writeReport() throws IOException {
    StringBuilder md = new StringBuilder();
    long strictValid = rows.stream().filter(r -> r.strictValid).count();
    long lenientValid = rows.stream().filter(r -> r.lenientValid).count();
    long officialValid = rows.stream().filter(r -> r.officialValid).count();
    long roundTripped = rows.stream().filter(r -> r.roundTrip.equals("equal")).count();
    long attempted = rows.stream().filter(r -> !r.roundTrip.equals("-")).count();
    long agree = rows.stream().filter(r -> r.strictValid == r.officialValid).count();
    md.append("# AKN corpus conformance report\n\n");
    md.append("Corpus: `").append(folder).append("`\n\n");
    md.append("## Totals\n\n");
    md.append("| measure | count |\n|---|---|\n");
    md.append("| documents | ").append(rows.size()).append(" |\n");
    md.append("| valid, strict (OASIS schema) | ").append(strictValid).append(" |\n");
    md.append("| valid, lenient | ").append(lenientValid).append(" |\n");
    md.append("| valid per JDK validator + unmodified official schema | ").append(officialValid).append(" |\n");
    md.append("| linear verdict = official verdict | ").append(agree).append(" |\n");
    md.append("| round trip XML-equivalent (of strict or lenient valid) | ").append(roundTripped).append(" of ")
        .append(attempted).append(" |\n");
    long otherNamespace = rows.stream().filter(r -> !r.migrated.equals("-")).count();
    long migratedValid = rows.stream().filter(r -> r.migrated.startsWith("lenient-valid")).count();
    md.append("| in another namespace (drafts, LegalDocML.de) | ").append(otherNamespace).append(" |\n");
    md.append("| of those, lenient-valid after withNamespaceMigration(true) | ").append(migratedValid).append(" |\n");
    md.append("| crashes (undocumented exception) | ").append(crashes.size()).append(" |\n\n");
    md.append("## Documents\n\n");
    md.append("| file | type | namespace | strict | lenient | official | round trip | errors | warnings | ms "
        + "| first problem | migrated (lenient) |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (Row r : rows) {
      md.append("| ").append(r.file).append(" | ").append(r.type).append(" | ").append(r.namespace)
          .append(" | ").append(verdict(r.strictValid)).append(" | ").append(verdict(r.lenientValid))
          .append(" | ").append(verdict(r.officialValid)).append(" | ").append(cell(r.roundTrip, 80))
          .append(" | ").append(r.strictErrors).append(" | ").append(r.warnings)
          .append(" | ").append(r.strictMillis).append(" | ")
          .append(cell(r.firstProblem.replace(folder.toString() + "/", ""), 200)).append(" | ")
          .append(cell(r.migrated.replace(folder.toString() + "/", ""), 160)).append(" |\n");
    }
    Path report = Path.of("target", "corpus-report.md");
    Files.createDirectories(report.getParent());
    Files.writeString(report, md.toString(), StandardCharsets.UTF_8);
    System.out.printf(Locale.ROOT, "corpus report: %s (%d documents, %d strict-valid, %d lenient-valid, %d/%d round"
        + " trips equal, %d crashes)%n", report.toAbsolutePath(), rows.size(), strictValid, lenientValid,
        roundTripped, attempted, crashes.size());
  }

  private static String cell(String text, int max) {
    String oneLine = text.replace('\n', ' ').replace("|", "\\|");
    return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "…";
  }
}
