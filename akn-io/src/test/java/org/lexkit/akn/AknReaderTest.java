package org.lexkit.akn;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.lexkit.testing.akn.Akn.act;
import static org.lexkit.testing.akn.Akn.actWith;
import static org.lexkit.testing.akn.Akn.article;
import static org.lexkit.testing.akn.Akn.attachment;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexkit.akn.AknProblem.Rule;
import org.lexkit.akn.AknProblem.Severity;
import org.lexkit.akn.internal.JaxbDocument;
import org.lexkit.akn.internal.jaxb.HierarchicalStructure;
import org.lexkit.testing.akn.Akn;

class AknReaderTest {
  private static final String VALID = act(article("art_1", "The Republic of Kazakhstan is a state."));

  @Test
  void read_validAct_exposesTypeAndIdentification() {
    AknDocument document = AknReader.create().readString(VALID);

    assertThat(document.type()).isEqualTo(AknDocumentType.ACT);
    FrbrIdentification id = document.identification().orElseThrow();
    assertThat(id.work().thisIri()).isEqualTo("/akn/kz/act/1995-08-30/constitution/!main");
    assertThat(id.work().uris()).containsExactly("/akn/kz/act/1995-08-30/constitution");
    assertThat(id.work().country()).isEqualTo("kz");
    assertThat(id.work().dates()).containsExactly(new FrbrIdentification.NamedDate("1995-08-30", "adoption"));
    assertThat(id.work().dates().get(0).toLocalDate()).contains(LocalDate.of(1995, 8, 30));
    assertThat(id.work().authors())
        .containsExactly(new FrbrIdentification.Author("#people", Optional.of("#author")));
    assertThat(id.expression().languages()).containsExactly("eng", "kaz");
    assertThat(id.manifestation().thisIri()).endsWith("!main.xml");
    assertThat(document.problems()).isEmpty();
    assertThat(document.isMigrated()).isFalse();
  }

  @Test
  void read_pathStreamAndString_giveTheSameDocument(@TempDir Path temp) throws Exception {
    Path file = Files.writeString(temp.resolve("act.akn.xml"), VALID);
    AknReader reader = AknReader.create();

    AknDocument fromPath = reader.read(file);
    AknDocument fromStream = reader.read(new ByteArrayInputStream(VALID.getBytes(UTF_8)), "act.akn.xml");
    AknDocument fromString = reader.readString(VALID, "act.akn.xml");

    assertThat(fromPath.systemId()).isEqualTo(file.toString());
    assertThat(fromStream.identification()).isEqualTo(fromPath.identification()).isEqualTo(fromString.identification());
    AknWriter writer = AknWriter.create();
    assertThat(writer.writeToString(fromStream)).isEqualTo(writer.writeToString(fromPath))
        .isEqualTo(writer.writeToString(fromString));
  }

  @Test
  void withers_unchangedValue_returnSameReader_andChangedValue_leaveOriginalUntouched() {
    AknReader reader = AknReader.create();
    assertThat(reader.withValidation(ValidationMode.STRICT)).isSameAs(reader);
    assertThat(reader.withProblemLimit(100)).isSameAs(reader);
    assertThat(reader.withNamespaceMigration(false)).isSameAs(reader);

    AknReader lenient = reader.withValidation(ValidationMode.LENIENT).withProblemLimit(5);
    assertThat(lenient.validation()).isEqualTo(ValidationMode.LENIENT);
    assertThat(lenient.problemLimit()).isEqualTo(5);
    assertThat(reader.validation()).isEqualTo(ValidationMode.STRICT);
    assertThatThrownBy(() -> reader.withProblemLimit(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void problemLimit_manyErrors_collectsExactlyTheLimitThenFails() {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      body.append(article("art_1", "copy " + i));
    }
    AknSchemaException e = catchThrowableOfType(AknSchemaException.class,
        () -> AknReader.create().withProblemLimit(3).readString(act(body.toString()), "dup.xml"));

    assertThat(e.problems()).hasSize(3).allSatisfy(p -> {
      assertThat(p.rule()).isEqualTo(Rule.UNIQUE_ID);
      assertThat(p.location().line()).isEqualTo(2);
    });
    assertThat(e.getMessage()).startsWith("dup.xml:2:").endsWith("(and 2 more errors)");
  }

  @Test
  void yearOnlyDate_strictIsAnError_lenientIsAWarning() {
    String xml = actWith("1995", article("art_1", "x"), "");
    AknSchemaException strict =
        catchThrowableOfType(AknSchemaException.class, () -> AknReader.create().readString(xml));
    assertThat(strict.problems()).singleElement().satisfies(p -> assertThat(p.rule()).isEqualTo(Rule.YEAR_ONLY_DATE));

    AknDocument lenient = AknReader.create().withValidation(ValidationMode.LENIENT).readString(xml);
    assertThat(lenient.problems()).singleElement().satisfies(p -> {
      assertThat(p.severity()).isEqualTo(Severity.WARNING);
      assertThat(p.rule()).isEqualTo(Rule.YEAR_ONLY_DATE);
    });
    assertThat(lenient.identification().orElseThrow().work().dates().get(0).date()).isEqualTo("1995");
    assertThat(lenient.identification().orElseThrow().work().dates().get(0).toLocalDate()).isEmpty();
  }

  @Test
  void eIdRepeatedInAttachment_strictIsAnError_lenientIsAWarning() {
    String xml = actWith("1995-08-30", article("art_1", "main"), attachment(article("art_1", "annex")));
    // The attachment repeats the main document's TLC eIds too (people, lexkit, author), as real attachments do.
    AknSchemaException strict =
        catchThrowableOfType(AknSchemaException.class, () -> AknReader.create().readString(xml));
    assertThat(strict.problems()).hasSize(4).allSatisfy(p -> assertThat(p.rule()).isEqualTo(Rule.UNIQUE_ID))
        .anySatisfy(p -> assertThat(p.message()).contains("'art_1' is already used"));

    AknDocument lenient = AknReader.create().withValidation(ValidationMode.LENIENT).readString(xml);
    assertThat(lenient.problems()).filteredOn(p -> p.rule() == Rule.UNIQUE_ID).hasSize(4)
        .allSatisfy(p -> assertThat(p.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void eIdRepeatedWithinOneAttachment_isAnErrorEvenWhenLenient() {
    String xml = actWith("1995-08-30", article("art_1", "main"),
        attachment(article("art_9", "a") + article("art_9", "b")));
    assertThatThrownBy(() -> AknReader.create().withValidation(ValidationMode.LENIENT).readString(xml))
        .isInstanceOf(AknSchemaException.class).hasMessageContaining("'art_9'");
  }

  @Test
  void danglingReferenceAndOddEid_areWarningsWithLocations() {
    String xml = act("<article eId=\"art 1x\"><num>1</num><content><p>see <ref href=\"#art_99\">article 99</ref>"
        + " and <ref href=\"#people\">the people</ref></p></content></article>").replace("art 1x", "art#1");
    AknDocument document = AknReader.create().readString(xml, "refs.xml");

    assertThat(document.problems()).extracting(AknProblem::rule)
        .containsExactlyInAnyOrder(Rule.EID_SYNTAX, Rule.DANGLING_REFERENCE);
    assertThat(document.problems()).allSatisfy(p -> {
      assertThat(p.severity()).isEqualTo(Severity.WARNING);
      assertThat(p.location().describe()).startsWith("refs.xml:2:");
    });
    assertThat(document.problems()).filteredOn(p -> p.rule() == Rule.DANGLING_REFERENCE).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("#art_99"));
  }

  @Test
  void draftNamespace_withoutMigration_namespaceException_withMigration_readAsAkn30() {
    String draft = VALID.replace(Akn.NS, Akn.NS + "/CSD13");
    AknNamespaceException e = catchThrowableOfType(AknNamespaceException.class,
        () -> AknReader.create().readString(draft));
    assertThat(e.namespace()).isEqualTo(Akn.NS + "/CSD13");
    assertThat(e.detail()).contains("withNamespaceMigration(true)");

    AknDocument migrated = AknReader.create().withNamespaceMigration(true).readString(draft);
    assertThat(migrated.isMigrated()).isTrue();
    assertThat(migrated.sourceNamespace()).isEqualTo(Akn.NS + "/CSD13");
    assertThat(AknWriter.create().writeToString(migrated)).contains("xmlns=\"" + Akn.NS + "\"")
        .doesNotContain("CSD13");
  }

  @Test
  void legalDocMlDe_withoutMigration_namesTheProfile() {
    String german = VALID.replace(Akn.NS, "http://Inhaltsdaten.LegalDocML.de/1.8.2/");
    assertThatThrownBy(() -> AknReader.create().readString(german)).isInstanceOf(AknNamespaceException.class)
        .hasMessageContaining("LegalDocML.de");
  }

  @Test
  void internalAccess_reachesTheJaxbTreeWithLocations() {
    AknDocument document = AknReader.create().readString(VALID, "act.xml");
    JaxbDocument content = document.content();
    HierarchicalStructure act = content.root().getValue().getAct();

    assertThat(act.getName()).isEqualTo("constitution");
    SourceLocation where = content.locations().locationOf(act);
    assertThat(where.systemId()).isEqualTo("act.xml");
    assertThat(where.line()).isEqualTo(2);
    assertThat(where.column()).isPositive();
  }
}
