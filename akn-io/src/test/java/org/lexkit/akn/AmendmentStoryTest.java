package org.lexkit.akn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lexkit.akn.internal.mapping.ModelToAkn;
import org.lexkit.core.amendment.AddRestrictionGround;
import org.lexkit.core.amendment.Amendment;
import org.lexkit.core.amendment.AmendmentId;
import org.lexkit.core.amendment.SubstituteText;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.document.LifecycleEvent;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.rights.CanonicalGround;
import org.lexkit.core.rights.RestrictionGround;
import org.lexkit.core.rights.RightId;

/**
 * The amendment story on the golden Kazakhstan excerpt: an amendment (a ground added to the right of assembly and
 * art. 32 reworded) is written as an amending act and read back; applied, the amended version is written with its
 * life-cycle event and passive modifications pointing at the act, and reads back to the same model.
 */
class AmendmentStoryTest {
  private static final ProvisionId ART_32 = ProvisionId.parse("sec_ii__art_32");

  @Test
  void amendingActAndAmendedVersion_roundTrip_andPointAtEachOther() throws Exception {
    Path golden = Path.of(AmendmentStoryTest.class.getResource("/golden/model/kz-1995-art32-excerpt/input.akn.xml").toURI());
    LegalDocument original = AknReader.create().readDocument(golden).value();
    String oldText = original.provision(ART_32).orElseThrow().content().get(0).plain();
    Amendment amendment = Amendment.of(AmendmentId.parse("proposal-2026-01-26"), "Поправки о мирных собраниях",
            AddRestrictionGround.of(RightId.parse("peaceful-assembly"), RestrictionGround.of(
                "защиты конституционного строя", ART_32, CanonicalGround.CONSTITUTIONAL_ORDER)),
            SubstituteText.of(ART_32, oldText, "Граждане Республики Казахстан вправе мирно и без оружия собираться."))
        .adoptedOn(LocalDate.of(2026, 3, 1)).inForceFrom(LocalDate.of(2026, 3, 15));

    String act = AknWriter.create().writeToString(amendment, original.identity());
    MappingResult<AmendingAct> readAct = AknReader.create().readAmendmentString(act);
    assertThat(readAct.value().amendment()).isEqualTo(amendment);
    assertThat(readAct.value().target().toString()).isEqualTo("/akn/kz/act/1995-08-30/constitution/rus@2017-03-10");
    assertThat(act).contains("<textualMod eId=\"amod_2\" type=\"substitution\">")
        .contains("<destination href=\"/akn/kz/act/1995-08-30/constitution/rus@2017-03-10/~sec_ii__art_32\"/>")
        .contains("<force period=\"#tg_force\"/>");

    String actIri = "/akn/kz/act/2026-03-01/proposal-2026-01-26/rus@2026-03-01";
    LegalDocument amended = amendment.applyOrThrow(original)
        .withIdentity(original.identity().withVersionDate(LocalDate.of(2026, 3, 15)))
        .withLifecycleEvent(LifecycleEvent.of(LocalDate.of(2026, 3, 15), LifecycleEvent.Type.AMENDMENT, actIri));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AknWriter.create().writeAmended(amended, amendment, original.identity(), out);
    String xml = out.toString(StandardCharsets.UTF_8);

    assertThat(xml).contains("<passiveModifications>")
        .contains("<source href=\"" + actIri + "/~mod_2\"/>")
        .contains("<destination href=\"#sec_ii__art_32\"/>")
        .contains("<passiveRef eId=\"src_3\" href=\"" + actIri + "\"");
    MappingResult<LegalDocument> readAmended = AknReader.create().readDocumentString(xml);
    assertThat(readAmended.value()).isEqualTo(amended);
    // What Lexkit wrote about the amendment (its <analysis> and the <activeRef> to the act) is no loss: no warning.
    assertThat(readAmended.unmapped()).extracting(UnmappedContent::describe).isEmpty();
    assertThat(ModelToAkn.expressionIri(amended.identity()).toString())
        .isEqualTo("/akn/kz/act/1995-08-30/constitution/rus@2026-03-15");
  }
}
