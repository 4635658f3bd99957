package org.lexkit.akn;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lexkit.testing.akn.Akn;
import org.lexkit.testing.akn.Corpus;
import org.lexkit.akn.testing.XmlCensus;

/**
 * "Nothing lost": every element, attribute (and value), significant text character, comment and processing
 * instruction of a corpus document survives read, then write, counted by an {@link XmlCensus} that uses the JDK's
 * parser rather than akn-io. The first tests show the census would notice a single loss; the corpus test applies it
 * to every document the reader accepts, and writes {@code target/nothing-lost-report.md}.
 */
class NothingLostTest {
  private static final String ACT = Akn.act(Akn.article("art_1", "The <b>Republic</b> of <i>Kazakhstan</i>")
      + Akn.article("art_2", "x &amp; y <!-- kept --> z"));

  private static byte[] written(String xml) {
    return AknWriter.create().writeToBytes(AknReader.create().readString(xml));
  }

  @Test
  void census_sameDocumentRewritten_noDifference() {
    assertThat(XmlCensus.of(ACT.getBytes(UTF_8)).differences(XmlCensus.of(written(ACT)))).isEmpty();
    // Indentation is not content; the census ignores it, as it must for the writer's output.
    assertThat(XmlCensus.of(ACT.getBytes(UTF_8)).differences(
        XmlCensus.of(ACT.replace("<body>", "<body>\n    ").getBytes(UTF_8)))).isEmpty();
  }

  @Test
  void census_oneDroppedAttribute_detected() {
    String output = new String(written(ACT), UTF_8);
    assertThat(output).contains(" eId=\"art_2\"");
    byte[] dropped = output.replace(" eId=\"art_2\"", "").getBytes(UTF_8);
    assertThat(XmlCensus.of(ACT.getBytes(UTF_8)).differences(XmlCensus.of(dropped)))
        .containsExactly("attribute {}eId: 5 expected, 4 found"); // art_1, art_2 and three in <references>
  }

  @Test
  void census_oneChangedValue_droppedElement_changedText_movedComment_detected() {
    XmlCensus input = XmlCensus.of(ACT.getBytes(UTF_8));
    assertThat(input.differences(XmlCensus.of(ACT.replace("art_2\"", "art_3\"").getBytes(UTF_8))))
        .containsExactlyInAnyOrder("attribute value {}eId=art_2: 1 expected, 0 found",
            "attribute value {}eId=art_3: 0 expected, 1 found");
    // Unwrapping <b> loses the element, and its text now belongs to <p>: both are reported.
    assertThat(input.differences(XmlCensus.of(ACT.replace("<b>Republic</b>", "Republic").getBytes(UTF_8))))
        .hasSize(2).first().isEqualTo("element {" + Akn.NS + "}b: 1 expected, 0 found");
    assertThat(input.differences(XmlCensus.of(ACT.replace("Kazakhstan</i>", "Kazakhstan </i>").getBytes(UTF_8))))
        .singleElement().asString().startsWith("text:");
    assertThat(input.differences(XmlCensus.of(ACT.replace("<!-- kept -->", "").getBytes(UTF_8))))
        .singleElement().asString().startsWith("comments:");
  }

  @Test
  void corpus_everyReadableDocument_losesNothingInReadWrite() throws IOException {
    Path folder = Corpus.requireFolder();
    AknReader lenient = AknReader.create().withValidation(ValidationMode.LENIENT).withProblemLimit(1);
    AknReader none = AknReader.create().withValidation(ValidationMode.NONE).withNamespaceMigration(true);
    List<String> losses = new ArrayList<>();
    StringBuilder md = new StringBuilder("# Nothing lost: corpus read -> write census\n\n"
        + "| file | read as | elements | attributes | text characters | comments + PIs | differences |\n"
        + "|---|---|---|---|---|---|---|\n");
    int valid = 0;
    int readable = 0;
    long elements = 0;
    long attributes = 0;
    long characters = 0;
    for (Path file : Corpus.documents(folder)) {
      byte[] input = Files.readAllBytes(file);
      AknDocument document;
      String readAs;
      try {
        document = lenient.read(file);
        readAs = "schema-valid (lenient)";
        valid++;
      } catch (AknReadException notValid) {
        try {
          document = none.read(file);
          readAs = "no validation";
          readable++;
        } catch (AknReadException unreadable) {
          continue; // refused with a located error: nothing was read, so nothing can be lost
        }
      }
      XmlCensus before = XmlCensus.of(input, document.isMigrated()
          ? Map.of(document.sourceNamespace(), Akn.NS) : Map.of());
      XmlCensus after = XmlCensus.of(AknWriter.create().writeToBytes(document));
      List<String> differences = before.differences(after);
      String name = folder.relativize(file).toString();
      if (!differences.isEmpty()) {
        losses.add(name + ": " + differences);
      }
      elements += before.elementCount();
      attributes += before.attributeCount();
      characters += before.textCharacters();
      md.append(String.format(Locale.ROOT, "| %s | %s%s | %d | %d | %d | %d | %s |%n", name, readAs,
          document.isMigrated() ? ", migrated" : "", before.elementCount(), before.attributeCount(),
          before.textCharacters(), before.comments().size() + before.processingInstructions().size(),
          differences.isEmpty() ? "none" : differences.get(0).replace("|", "\\|")));
    }
    md.append(String.format(Locale.ROOT, "%n%d schema-valid and %d further readable documents; %d elements, %d"
        + " attributes, %d significant text characters compared; %d with differences%n", valid, readable, elements,
        attributes, characters, losses.size()));
    Files.writeString(Path.of("target", "nothing-lost-report.md"), md.toString(), UTF_8);
    System.out.printf(Locale.ROOT, "nothing lost: %d schema-valid + %d readable documents, %d elements, %d"
        + " attributes, %d text characters, %d with differences%n", valid, readable, elements, attributes,
        characters, losses.size());

    assertThat(valid).as("schema-valid corpus documents (the corpus report has 31 lenient-valid)")
        .isGreaterThanOrEqualTo(30);
    assertThat(losses).isEmpty();
  }
}
