package org.lexkit.akn;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lexkit.testing.akn.Corpus;
import org.lexkit.core.amendment.AddRestrictionGround;
import org.lexkit.core.amendment.Amendment;
import org.lexkit.core.amendment.AmendmentId;
import org.lexkit.core.amendment.SubstituteText;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.rights.CanonicalGround;
import org.lexkit.core.rights.RestrictionGround;
import org.lexkit.core.rights.RightId;
import org.lexkit.testing.akn.Akn;

/**
 * {@link AknReader#withNamespaceMigration(boolean)} on the model path ({@code readDocument}, and
 * {@code readAmendment} by the same mechanism): a document in an OASIS
 * draft or LegalDocML.de namespace reads, with migration on, to the model the same document gives in the AKN 3.0
 * namespace, and to the model the lossless reader's migration gives; with migration off it is refused at its root,
 * as before.
 */
class ModelNamespaceMigrationTest {
  private static final Path WD17_INPUT =
      Path.of("src", "test", "resources", "golden", "draft-namespace-wd17", "input.akn.xml");
  private static final String WD17 = Akn.NS + "/WD17";
  /** The namespaces the lossless reader migrates, as found in corpus roots (first 4 KiB of a file). */
  private static final Pattern MIGRATABLE_ROOT = Pattern.compile(
      "<(?:\\w+:)?akomaNtoso[^>]*xmlns(?::\\w+)?=\"(http://docs\\.oasis-open\\.org/legaldocml/ns/akn/3\\.0/"
          + "(?:WD|CSD|CSPRD|CS)\\d+/?|http://Inhaltsdaten\\.LegalDocML\\.de/[0-9.]+/?)\"");

  private static String draftIn(String namespace) throws IOException {
    String wd17 = Files.readString(WD17_INPUT, UTF_8);
    assertThat(wd17).contains("xmlns=\"" + WD17 + "\"");
    // The golden input has no title, which the model requires; the work's name gives it one.
    String titled = wd17.replace("<FRBRcountry value=\"kz\"/>",
        "<FRBRcountry value=\"kz\"/>\n        <FRBRname value=\"Constitution\"/>");
    assertThat(titled).isNotEqualTo(wd17);
    return titled.replace(WD17, namespace);
  }

  @ParameterizedTest
  @ValueSource(strings = {Akn.NS + "/WD17", Akn.NS + "/CSD06", Akn.NS + "/CSD13",
      "http://Inhaltsdaten.LegalDocML.de/1.8.2/"})
  void readDocument_draftNamespaceWithMigration_sameModelAsInAkn30(String namespace) throws IOException {
    AknReader migrating = AknReader.create().withNamespaceMigration(true);

    MappingResult<LegalDocument> migrated = migrating.readDocumentString(draftIn(namespace));
    MappingResult<LegalDocument> akn30 = AknReader.create().readDocumentString(draftIn(Akn.NS));

    assertThat(migrated.value()).isEqualTo(akn30.value());
    assertThat(migrated.unmapped()).isEqualTo(akn30.unmapped());
    assertThat(migrated.warnings()).isEmpty(); // validated (STRICT) as AKN 3.0, and valid
    assertThat(migrated.value().provisions().keySet()).contains(ProvisionId.parse("art_1"));
    assertThat(migrated.value().identity().country()).isEqualTo("kz");
    assertThat(migrated.value().title()).isEqualTo("Constitution");
  }

  @ParameterizedTest
  @EnumSource(ValidationMode.class)
  void readDocument_draftNamespaceWithoutMigration_refusedAtTheRootNamingTheNamespace(ValidationMode mode)
      throws IOException {
    AknReader reader = AknReader.create().withValidation(mode);
    assertThat(reader.namespaceMigration()).isFalse();

    AknMappingException e = catchThrowableOfType(AknMappingException.class,
        () -> reader.readDocument(new ByteArrayInputStream(draftIn(WD17).getBytes(UTF_8)), "draft.xml"));

    // Unchanged from before migration reached the model path: the same exception, location and message.
    assertThat(e.location()).isEqualTo(SourceLocation.of("draft.xml", 2, 75));
    assertThat(e.getMessage()).isEqualTo("draft.xml:2:75: expected <akomaNtoso> in the Akoma Ntoso 3.0 namespace "
        + Akn.NS + ", found <akomaNtoso> in " + WD17);
  }

  @Test
  void readDocument_draftStructureDiffersWithMigration_reportedAsASchemaProblemOfAkn30() throws IOException {
    // Validation sees the migrated names: an element AKN 3.0 does not have is a located schema error.
    String draft = draftIn(WD17).replace("<p>Text</p>", "<p>Text</p><draftOnly/>");

    AknSchemaException e = catchThrowableOfType(AknSchemaException.class,
        () -> AknReader.create().withNamespaceMigration(true).readDocumentString(draft));

    assertThat(e.problems()).isNotEmpty();
    int draftOnlyLine = (int) draft.substring(0, draft.indexOf("<draftOnly/>")).lines().count();
    assertThat(e.problems().get(0).location().line()).isEqualTo(draftOnlyLine);
    assertThat(e.problems().get(0).message()).contains("draftOnly");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://www.akomantoso.org/2.0", "http://example.org/not-akn", ""})
  void readDocument_unmigratableNamespaceWithMigration_stillRefusedAtTheRoot(String namespace) throws IOException {
    String other = draftIn(WD17).replace(" xmlns=\"\"", "");

    AknMappingException e = catchThrowableOfType(AknMappingException.class,
        () -> AknReader.create().withNamespaceMigration(true).withValidation(ValidationMode.NONE)
            .readDocumentString(other.replace(WD17, namespace).replace(" xmlns=\"\"", "")));

    assertThat(e.location().line()).isEqualTo(2);
    assertThat(e.getMessage()).contains("expected <akomaNtoso> in the Akoma Ntoso 3.0 namespace");
  }

  private static String amendingActIn(String namespace) throws Exception {
    Path golden = Path.of("src", "test", "resources", "golden", "model", "kz-1995-art32-excerpt", "input.akn.xml");
    LegalDocument original = AknReader.create().readDocument(golden).value();
    ProvisionId article32 = ProvisionId.parse("sec_ii__art_32");
    String oldText = original.provision(article32).orElseThrow().content().get(0).plain();
    Amendment amendment = Amendment.of(AmendmentId.parse("proposal-2026-01-26"), "Amendments on assembly",
            AddRestrictionGround.of(RightId.parse("peaceful-assembly"), RestrictionGround.of(
                "protection of the constitutional order", article32, CanonicalGround.CONSTITUTIONAL_ORDER)),
            SubstituteText.of(article32, oldText, "Citizens may assemble peacefully and without weapons."))
        .adoptedOn(LocalDate.of(2026, 3, 1)).inForceFrom(LocalDate.of(2026, 3, 15));
    String act = AknWriter.create().writeToString(amendment, original.identity());
    assertThat(act).contains("xmlns=\"" + Akn.NS + "\"");
    return act.replace("xmlns=\"" + Akn.NS + "\"", "xmlns=\"" + namespace + "\"");
  }

  @ParameterizedTest
  @EnumSource(ValidationMode.class)
  void readAmendment_draftNamespaceWithMigration_sameAmendingActAsInAkn30(ValidationMode mode) throws Exception {
    AknReader reader = AknReader.create().withValidation(mode);

    MappingResult<AmendingAct> migrated = reader.withNamespaceMigration(true).readAmendmentString(amendingActIn(WD17));
    MappingResult<AmendingAct> akn30 = reader.readAmendmentString(amendingActIn(Akn.NS));

    // Before readAmendment migrated names as readDocument does, STRICT and LENIENT refused this act: validation saw
    // the draft namespace (cvc-elt.1.a at the root).
    assertThat(migrated.value()).isEqualTo(akn30.value());
    assertThat(migrated.unmapped()).isEqualTo(akn30.unmapped());
    assertThat(migrated.warnings()).isEqualTo(akn30.warnings());
    assertThat(migrated.value().amendment().operations()).hasSize(2);
  }

  @Test
  void readAmendment_draftNamespaceWithoutMigration_refusedAtTheRoot() throws Exception {
    AknMappingException e = catchThrowableOfType(AknMappingException.class,
        () -> AknReader.create().readAmendmentString(amendingActIn(WD17)));

    assertThat(e.location().line()).isEqualTo(2);
    assertThat(e.detail()).isEqualTo("expected <akomaNtoso> in the Akoma Ntoso 3.0 namespace (other namespaces are"
        + " read with namespace migration on)");
  }

  @Test
  void readAmendment_unmigratableNamespaceWithMigration_refusedAtTheRoot() throws Exception {
    AknMappingException e = catchThrowableOfType(AknMappingException.class,
        () -> AknReader.create().withValidation(ValidationMode.NONE).withNamespaceMigration(true)
            .readAmendmentString(amendingActIn("http://example.org/not-akn")));

    assertThat(e.location().line()).isEqualTo(2);
  }

  /**
   * Every corpus document whose root is in a draft or profile namespace reads into the model with migration on, or
   * fails with a located read error that is not the namespace refusal; a document read both ways, where the lossless
   * layer can keep it (the model path
   * with migration; the lossless reader with migration, written back by {@link AknWriter} in AKN 3.0, then the
   * model path) gives the same model.
   */
  @ParameterizedTest
  @EnumSource(value = ValidationMode.class, names = {"LENIENT", "NONE"})
  void readDocument_corpusDraftDocumentsWithMigration_sameModelAsTheLosslessMigration(ValidationMode mode)
      throws IOException {
    Path corpus = Corpus.requireFolder();
    AknReader lenient = AknReader.create().withValidation(mode);
    AknReader migrating = lenient.withNamespaceMigration(true);
    List<String> lines = new ArrayList<>();
    int drafts = 0;
    int mapped = 0;
    int compared = 0;
    for (Path file : Corpus.documents(corpus)) {
      byte[] bytes = Files.readAllBytes(file);
      Matcher root = MIGRATABLE_ROOT.matcher(new String(bytes, 0, Math.min(bytes.length, 4096), UTF_8));
      if (!root.find()) {
        continue;
      }
      drafts++;
      String name = corpus.relativize(file).toString();
      AknMappingException refused = catchThrowableOfType(AknMappingException.class,
          () -> lenient.readDocument(new ByteArrayInputStream(bytes), name));
      assertThat(refused).as(name).isNotNull();
      assertThat(refused.getMessage()).as(name).contains("found <akomaNtoso> in " + root.group(1));

      MappingResult<LegalDocument> read;
      try {
        read = migrating.readDocument(new ByteArrayInputStream(bytes), name);
      } catch (AknReadException e) {
        assertThat(e.location().systemId()).as(name).isEqualTo(name);
        assertThat(e.getMessage()).as(name).doesNotContain("expected <akomaNtoso> in the Akoma Ntoso 3.0 namespace");
        lines.add(String.format(Locale.ROOT, "%-90s refused: %s", name, e.detail().lines().findFirst().orElse("")));
        continue;
      }
      mapped++;
      LegalDocument document = read.value();
      lines.add(String.format(Locale.ROOT, "%-90s %5d provisions, %5d unmapped", name,
          document.provisions().size(), read.unmapped().size()));

      AknDocument lossless;
      try {
        lossless = migrating.read(new ByteArrayInputStream(bytes), name);
      } catch (AknReadException e) {
        continue; // content the lossless layer cannot keep (LegalDocML.de's GUID attributes, in mode NONE)
      }
      assertThat(lossless.isMigrated()).as(name).isTrue();
      byte[] rewritten = AknWriter.create().writeToBytes(lossless);
      assertThat(new String(rewritten, UTF_8)).as(name).doesNotContain(root.group(1) + "\"");
      assertThat(lenient.readDocument(new ByteArrayInputStream(rewritten), name).value()).as(name)
          .isEqualTo(document);
      compared++;
    }
    System.out.println(String.join("\n", lines));
    System.out.printf(Locale.ROOT, "%s: %d draft-namespace documents: %d mapped with migration (%d compared with the"
        + " lossless migration), %d refused%n", mode, drafts, mapped, compared, drafts - mapped);
    assertThat(drafts).as("draft-namespace documents in the corpus").isPositive();
    assertThat(compared).as("draft-namespace documents mapped with migration and compared").isPositive();
  }
}
