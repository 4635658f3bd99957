package org.lexkit.akn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lexkit.akn.Theories.qt;

import org.junit.jupiter.api.Test;
import org.lexkit.core.document.LegalDocument;

class ModelMappingProperties {
  private static final AknWriter WRITER = AknWriter.create();
  private static final AknReader STRICT = AknReader.create();

  @Test
  void readDocument_ofWrittenDocument_isIdentity_andTheXmlIsSchemaValid() {
    qt().forAll(ModelGenerators.documents()).checkAssert(document -> {
      String xml = WRITER.writeToString(document);

      MappingResult<LegalDocument> read = STRICT.readDocumentString(xml); // throws AknSchemaException if invalid

      assertThat(read.value()).isEqualTo(document);
      assertThat(read.unmapped()).isEmpty();
    });
  }

  @Test
  void write_isDeterministic_andIndentationDoesNotChangeTheModel() {
    qt().withExamples(200).forAll(ModelGenerators.documents()).checkAssert(document -> {
      assertThat(WRITER.writeToString(document)).isEqualTo(WRITER.writeToString(document));
      String compact = WRITER.withIndent(0).writeToString(document);
      assertThat(STRICT.readDocumentString(compact).value()).isEqualTo(document);
    });
  }
}
