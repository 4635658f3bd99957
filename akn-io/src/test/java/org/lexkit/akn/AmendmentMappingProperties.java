package org.lexkit.akn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lexkit.akn.Theories.qt;

import org.junit.jupiter.api.Test;
import org.lexkit.akn.internal.mapping.ModelToAkn;
import org.lexkit.core.document.DocumentIdentity;
import org.quicktheories.core.Gen;

class AmendmentMappingProperties {
  private static final AknWriter WRITER = AknWriter.create();
  private static final AknReader STRICT = AknReader.create();

  private static Gen<DocumentIdentity> targets() {
    return ModelGenerators::identity;
  }

  @Test
  void readAmendment_ofWrittenAmendingAct_isIdentity_andTheXmlIsSchemaValid() {
    qt().withExamples(Math.min(300, Integer.getInteger("lexkit.examples", 1000)))
        .forAll(ModelGenerators.amendments(), targets()).checkAssert((amendment, target) -> {
          String xml = WRITER.writeToString(amendment, target);

          MappingResult<AmendingAct> read = STRICT.readAmendmentString(xml); // throws if schema-invalid

          assertThat(read.value().amendment()).isEqualTo(amendment);
          assertThat(read.value().target()).isEqualTo(ModelToAkn.expressionIri(target));
          assertThat(read.unmapped()).isEmpty();
        });
  }
}
