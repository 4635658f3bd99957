package org.lexkit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.lexkit.akn.AknReadException;
import org.lexkit.akn.AknReader;
import org.lexkit.akn.ValidationMode;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.testing.akn.Corpus;
import org.lexkit.text.TextRenderer;

/**
 * The census of the model layer, like the lossless layer's: every Akoma Ntoso 3.0 document of the corpus
 * ({@code -Dlexkit.corpus}) is read into the model (without validation, as {@code lexkit render --no-validate}
 * does; the strictly valid ones also with strict validation, as {@code lexkit render} does) and rendered as HTML and
 * as text, and every non-whitespace character of its body text (authorial notes aside, which the model keeps with
 * their provision) must appear in each rendering, in order. Prints the
 * table (read / rendered / census) for the report.
 */
class CorpusRenderCensusTest {
  private static final String AKN30 = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
  /** The elements whose text is a document's body, for every document type. */
  private static final Set<String> BODIES = Set.of("body", "mainBody", "debateBody", "judgmentBody",
      "amendmentBody", "collectionBody", "portionBody");

  private record Row(String name, boolean valid, String read, boolean rendered, String census) {}

  @Test
  void everyAkn30DocumentRendersWithAllItsBodyText() throws IOException, XMLStreamException {
    Path folder = Corpus.requireFolder();
    Map<String, Boolean> valid = strictlyValid(folder.resolve("SOURCES.tsv"));
    AknReader lenient = AknReader.create().withValidation(ValidationMode.NONE);
    AknReader strict = AknReader.create();
    TextRenderer text = TextRenderer.create();
    List<Row> rows = new ArrayList<>();
    for (Path file : Corpus.documents(folder)) {
      String bodyText = bodyText(file);
      if (bodyText == null) {
        continue; // not in the AKN 3.0 namespace
      }
      String name = folder.relativize(file).toString();
      boolean isValid = valid.getOrDefault(name, false);
      String read = "ok";
      boolean rendered = false;
      String census = "-";
      try {
        LegalDocument document = (isValid ? strict : lenient).readDocument(file).value();
        String html = htmlText(HtmlPage.render(document));
        String plain = text.render(document);
        rendered = true;
        String missingHtml = firstMissing(bodyText, html);
        String missingText = firstMissing(bodyText, plain);
        census = missingHtml == null && missingText == null ? "ok"
            : "html " + (missingHtml == null ? "ok" : "lost at \"" + missingHtml + "\"") + ", text "
                + (missingText == null ? "ok" : "lost at \"" + missingText + "\"");
      } catch (AknReadException e) {
        read = e.getClass().getSimpleName() + ": " + e.getMessage().lines().findFirst().orElse("");
      }
      rows.add(new Row(name, isValid, read, rendered, census));
    }
    System.out.println(table(rows));
    long total = rows.size();
    long passed = rows.stream().filter(r -> r.census.equals("ok")).count();
    assertThat(rows).filteredOn(Row::valid).allSatisfy(r -> assertThat(r.census).as(r.name).isEqualTo("ok"));
    assertThat(passed * 100).as("documents rendered with all their body text, of " + total).isGreaterThanOrEqualTo(
        total * 95);
  }

  private static String table(List<Row> rows) {
    StringBuilder table = new StringBuilder("| document | strictly valid | read | rendered | census |\n"
        + "|---|---|---|---|---|\n");
    for (Row r : rows) {
      table.append("| ").append(r.name).append(" | ").append(r.valid ? "yes" : "no").append(" | ")
          .append(r.read.replace('|', '/')).append(" | ").append(r.rendered ? "yes" : "no").append(" | ")
          .append(r.census.replace('|', '/')).append(" |\n");
    }
    long read = rows.stream().filter(r -> r.read.equals("ok")).count();
    long rendered = rows.stream().filter(Row::rendered).count();
    long census = rows.stream().filter(r -> r.census.equals("ok")).count();
    table.append("\nAKN 3.0 documents: ").append(rows.size()).append("; read ").append(read).append(", rendered ")
        .append(rendered).append(", census ok ").append(census).append('\n');
    return table.toString();
  }

  /**
   * Returns the first characters of {@code expected} (non-whitespace only) from where {@code actual} no longer holds
   * them in order, or null if it holds them all.
   */
  static String firstMissing(String expected, String actual) {
    int at = 0;
    for (int i = 0; i < expected.length(); i++) {
      char c = expected.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) { // no-break spaces too, which renderings normalise
        continue;
      }
      int found = actual.indexOf(c, at);
      if (found < 0) {
        String rest = expected.substring(i).strip();
        return rest.substring(0, Math.min(40, rest.length()));
      }
      at = found + 1;
    }
    return null;
  }

  /** The text of an HTML page: the tags removed and the entities the page writer uses resolved. */
  private static String htmlText(String html) {
    return html.replaceAll("(?s)<style.*?</style>", "").replaceAll("(?s)<[^>]*>", " ").replace("&lt;", "<")
        .replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
  }

  /** The character data inside the document's body elements, or null if the root is not in the AKN 3.0 namespace. */
  private static String bodyText(Path file) throws IOException, XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      StringBuilder text = new StringBuilder();
      int inBody = 0;
      int inNote = 0; // the model keeps a note with its provision, not at its place in the text
      int depth = 0;
      boolean root = true;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          if (root && !AKN30.equals(xml.getNamespaceURI())) {
            return null;
          }
          root = false;
          depth++;
          if (inBody == 0 && BODIES.contains(xml.getLocalName())) {
            inBody = depth;
          }
          if (inNote == 0 && xml.getLocalName().equals("authorialNote")) {
            inNote = depth;
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          if (depth == inBody) {
            inBody = 0;
          }
          if (depth == inNote) {
            inNote = 0;
          }
          depth--;
        } else if (inBody > 0 && inNote == 0 && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
          text.append(xml.getText());
        }
      }
      return text.toString();
    }
  }

  private static Map<String, Boolean> strictlyValid(Path sources) throws IOException {
    Map<String, Boolean> valid = new HashMap<>();
    for (String line : Files.readAllLines(sources, UTF_8)) {
      String[] cells = line.split("\t", -1);
      if (cells.length > 7 && !cells[0].equals("local_path")) {
        valid.put(cells[0], cells[7].toLowerCase(Locale.ROOT).startsWith("yes"));
      }
    }
    return valid;
  }
}
