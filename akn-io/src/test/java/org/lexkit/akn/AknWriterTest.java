package org.lexkit.akn;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lexkit.testing.akn.Akn.act;
import static org.lexkit.testing.akn.Akn.article;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexkit.akn.internal.JaxbDocument;
import org.lexkit.testing.akn.Akn;
import org.lexkit.akn.testing.XmlEquivalence;
import org.lexkit.core.document.DocumentIdentity;
import org.lexkit.core.document.DocumentType;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.Inline;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionKind;
import org.lexkit.core.provision.Text;

class AknWriterTest {

  private static byte[] roundTrip(String xml, AknWriter writer) {
    return writer.writeToBytes(AknReader.create().readString(xml));
  }

  @Test
  void roundTrip_commentsProcessingInstructionsPrefixesAndSchemaLocation_equivalent() {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?xml-stylesheet href=\"akn.css\" type=\"text/css\"?>\n"
        + "<!-- before the root -->\n"
        + "<an:akomaNtoso xmlns:an=\"" + Akn.NS + "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        + " xmlns:unused=\"urn:unused\" xsi:schemaLocation=\"" + Akn.NS + " akomantoso30.xsd\">"
        + act("<!-- first --><an:article eId=\"art_1\"><an:num>1</an:num><an:content><an:p>text <!-- inside"
            + " text --> continues <an:b>bold<?pi data?></an:b> tail<!--at end--></an:p></an:content>"
            + "</an:article>").replaceAll("(?s)^.*?<act", "<act").replace("</akomaNtoso>", "")
            .replace("<act", "<an:act").replace("</act>", "</an:act>")
        + "</an:akomaNtoso>\n<!-- after the root -->\n";
    // meta etc. are in the default namespace of Akn.act; re-declare it on act for this test
    xml = xml.replace("<an:act name=\"constitution\">", "<an:act xmlns=\"" + Akn.NS + "\" name=\"constitution\">");
    byte[] input = xml.getBytes(UTF_8);
    for (int indent : new int[] {0, 2}) {
      byte[] output = roundTrip(xml, AknWriter.create().withIndent(indent));
      assertThat(XmlEquivalence.differences(input, output)).as("indent %s", indent).isEmpty();
      String text = new String(output, UTF_8);
      assertThat(text).contains("<an:akomaNtoso").contains("xmlns:unused=\"urn:unused\"")
          .contains("<!-- inside text -->").contains("<?pi data?>").endsWith("<!-- after the root -->\n");
    }
  }

  @Test
  void attributeWhitespaceAndCarriageReturns_surviveReparsing() {
    String xml = act(article("art_1", "line&#13;\nbreak")).replace("<article eId=\"art_1\">",
        "<article eId=\"art_1\" class=\"a&#9;b&#10;c&#13;d &quot;q&quot; &lt;&gt;&amp;\">");
    byte[] output = roundTrip(xml, AknWriter.create());
    assertThat(XmlEquivalence.differences(xml.getBytes(UTF_8), output)).isEmpty();
    assertThat(new String(output, UTF_8)).contains("class=\"a&#9;b&#10;c&#13;d &quot;q&quot; &lt;&gt;&amp;\"")
        .contains("line&#13;\nbreak");
  }

  @Test
  void indentation_neverTouchesMixedContent() {
    String mixed = "<p>a <b>b</b> c</p><p><b>x</b><i>y</i></p>";
    String xml = act("<article eId=\"art_1\"><num>1</num><content>" + mixed + "</content></article>");
    String output = AknWriter.create().withIndent(4).writeToString(AknReader.create().readString(xml));

    assertThat(output).contains("<p>a <b>b</b> c</p>").contains("<p><b>x</b><i>y</i></p>");
    assertThat(output).contains("\n            <article eId=\"art_1\">"); // element-only content is indented
  }

  @Test
  void withoutIndent_addsNoWhitespace() {
    String output = AknWriter.create().withIndent(0).writeToString(AknReader.create().readString(act(
        article("art_1", "x"))));
    assertThat(output.substring(output.indexOf("?>") + 3).trim()).doesNotContain("\n").doesNotContain("  ");
  }

  @Test
  void schemaDefaults_areNotMaterialisedOnWrite() {
    // td's rowspan and colspan default to 1 in the schema; JAXB's getters return the default, the XML must not.
    String xml = act("<article eId=\"art_1\"><num>1</num><content><table eId=\"t\"><tr><td><p>cell</p></td></tr>"
        + "</table></content></article>");
    String output = AknWriter.create().writeToString(AknReader.create().readString(xml));
    assertThat(output).contains("<td>").doesNotContain("rowspan").doesNotContain("colspan");
  }

  @Test
  void characterXmlCannotRepresent_writeException_andExistingFileUntouched(@TempDir Path temp) throws Exception {
    AknDocument read = AknReader.create().readString(act(article("art_1", "x")));
    JaxbDocument content = read.content();
    // A tree built by code (the mapping layer's job) with a control character in an attribute value.
    content.root().getValue().getAct().getMeta().getIdentification().getFRBRWork().getFRBRcountry()
        .setValue("k\u0001z");
    AknDocument built = new AknDocument(JaxbDocument.of(content.root()), ImmutableList.of());
    Path file = Files.writeString(temp.resolve("out.akn.xml"), "previous content");

    assertThatThrownBy(() -> AknWriter.create().write(built, file)).isInstanceOf(AknWriteException.class)
        .hasMessageContaining("U+0001").hasMessageContaining("FRBRcountry");
    assertThat(Files.readString(file)).isEqualTo("previous content");
    try (var files = Files.list(temp)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void write_path_replacesFileWithTheDocument(@TempDir Path temp) throws Exception {
    AknDocument document = AknReader.create().readString(act(article("art_1", "x")));
    Path file = temp.resolve("out.akn.xml");
    AknWriter.create().write(document, file);
    assertThat(AknReader.create().read(file).identification()).isEqualTo(document.identification());
  }

  @Test
  void write_path_givesTheUsualPermissionsNotOwnerOnly(@TempDir Path temp) throws Exception {
    AknDocument document = AknReader.create().readString(act(article("art_1", "x")));
    Path file = temp.resolve("out.akn.xml");
    Path plain = Files.createFile(temp.resolve("plain.txt"));
    AknWriter.create().write(document, file);
    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(plain));
    try (var left = Files.list(temp)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("out.akn.xml", "plain.txt");
    }
  }

  private static LegalDocument documentWithMark(Inline.Mark mark) {
    Provision article = Provision.of(ProvisionKind.ARTICLE, "5")
        .withContent(ImmutableList.of(Text.of(new Inline.Run("See "), mark)));
    return LegalDocument.of(DocumentIdentity.of("kz", DocumentType.CONSTITUTION, LocalDate.of(1995, 8, 30),
        "constitution", "rus"), "Constitution", article);
  }

  @Test
  void write_refMarkWithoutHref_writeExceptionNamingTheProvision() {
    // What a document read without validation can hold (docs/RELIABILITY.md, finding 27).
    LegalDocument document = documentWithMark(Inline.Mark.of("ref", ImmutableMap.of(), ImmutableList.of()));

    assertThatThrownBy(() -> AknWriter.create().write(document, new ByteArrayOutputStream()))
        .isInstanceOf(AknWriteException.class).hasMessageContaining("provision art_5")
        .hasMessageContaining("<ref> has no href");
  }

  @Test
  void write_markEidEqualToAProvisionsEid_writeExceptionNamingTheEid() {
    // The mark kept the eId it was read with; the provision's eId is derived from its number (finding 26).
    LegalDocument document = documentWithMark(Inline.Mark.of("ref",
        ImmutableMap.of("eId", "art_5__content", "href", "/akn/kz/act/1995-08-30/constitution/~art_1"),
        ImmutableList.of()));

    assertThatThrownBy(() -> AknWriter.create().write(document, new ByteArrayOutputStream()))
        .isInstanceOf(AknWriteException.class).hasMessageContaining("eId 'art_5__content' (on <ref>)")
        .hasMessageContaining("already written for provision art_5");
  }

  @Test
  void readAmendment_quotedRefWithTheEidDerivedForAProvision_refusedLocatedNamingTheEid() throws Exception {
    try (InputStream in = AknWriterTest.class.getResourceAsStream(
        "/regressions/amendment-inline-eid-equals-derived-provision-eid.xml")) {
      assertThatThrownBy(() -> AknReader.create().readAmendment(in, "act.xml"))
          .isInstanceOf(AknMappingException.class)
          .hasMessageContaining("act.xml:50:")
          .hasMessageContaining("quoted structure mod_1__qstr_1 cannot be written back as read")
          .hasMessageContaining("eId 'mod_1__qstr_1__sec_3__item_12a' (on <ref>)");
    }
  }
}
