package org.lexkit.rights.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.ProvisionKind;
import org.lexkit.core.rights.CanonicalGround;
import org.lexkit.core.rights.Holder;
import org.lexkit.core.rights.RestrictionGround;
import org.lexkit.core.rights.Right;
import org.lexkit.core.rights.RightId;
import org.lexkit.rights.support.KzArticles;

/** Correcting an extraction by hand before analysis. */
class ExtractionTest {
  private static final RightId ASSEMBLY = RightId.parse("peaceful-assembly");
  private static final ProvisionId ART_34 = ProvisionId.parse("sec_ii__art_34");

  /** KZ 2026 art. 34 as the January 2026 proposal worded it (reconstructed for the test: the wording is English news). */
  private static Extraction proposalExtraction() {
    LegalDocument proposal = LegalDocument.of(KzArticles.identity2026(), "Проект",
        Provision.container(ProvisionKind.SECTION, "II", Provision.of(ProvisionKind.ARTICLE, "34",
            "Граждане Республики Казахстан имеют право на мирные собрания. Пользование этим правом может"
                + " ограничиваться законом в целях защиты конституционного строя и охраны традиций предков.")));
    return RightsExtractor.create().extract(proposal);
  }

  @Test
  void remap_unmappedWording_givesItsMeaningAndDropsTheNote() {
    Extraction found = proposalExtraction();
    assertThat(found.unmappedGrounds()).extracting(RestrictionGround::wording)
        .containsExactly("охраны традиций предков");

    Extraction fixed = found.remap(ART_34, "  Охраны традиций  предков ", CanonicalGround.SPIRITUAL_AND_MORAL_VALUES);

    Right assembly = fixed.catalogue().right(ASSEMBLY).orElseThrow();
    assertThat(assembly.grounds()).extracting(g -> g.canonical().orElseThrow()).containsExactly(
        CanonicalGround.CONSTITUTIONAL_ORDER, CanonicalGround.SPIRITUAL_AND_MORAL_VALUES);
    assertThat(assembly.grounds().get(1).wording()).isEqualTo("охраны традиций предков");
    assertThat(fixed.unmappedGrounds()).isEmpty();
    assertThat(fixed.notes(ExtractionNote.Kind.UNMAPPED_GROUND)).isEmpty();
    assertThat(found.unmappedGrounds()).hasSize(1);  // the original is untouched
  }

  @Test
  void remap_wordingNotInThatProvision_throws() {
    assertThatThrownBy(() -> proposalExtraction().remap(ProvisionId.parse("sec_ii__art_35"),
        "охраны традиций предков", CanonicalGround.PUBLIC_MORALS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no ground stated in sec_ii__art_35 is worded 'охраны традиций предков'");
  }

  @Test
  void remap_ontoAGroundTheRightAlreadyHas_throwsNamingTheRight() {
    assertThatThrownBy(() -> proposalExtraction().remap(ART_34, "охраны традиций предков",
        CanonicalGround.CONSTITUTIONAL_ORDER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("conflicts with another ground of right peaceful-assembly");
  }

  @Test
  void withCatalogue_coreWithersAddRemoveAndChangeRights() {
    Extraction found = proposalExtraction();
    Right assembly = found.catalogue().right(ASSEMBLY).orElseThrow();

    Extraction corrected = found.withCatalogue(c -> c
        .withRight(assembly.withHolder(Holder.EVERYONE)
            .withoutGround(assembly.grounds().get(1))
            .withGround(RestrictionGround.of("public order", ART_34, CanonicalGround.PUBLIC_ORDER)))
        .withRight(Right.of(RightId.parse("freedom-of-speech"), "свобода слова", Holder.EVERYONE,
            ProvisionId.parse("sec_ii__art_23__para_1"))));

    assertThat(corrected.catalogue().rights().keySet()).extracting(RightId::value)
        .containsExactly("peaceful-assembly", "freedom-of-speech");
    assertThat(corrected.catalogue().right(ASSEMBLY).orElseThrow().grounds())
        .extracting(g -> g.canonical().orElseThrow())
        .containsExactly(CanonicalGround.CONSTITUTIONAL_ORDER, CanonicalGround.PUBLIC_ORDER);
    assertThat(corrected.notes()).isEqualTo(found.notes());
    assertThat(found.withCatalogue(c -> c)).isSameAs(found);
    assertThat(corrected.withCatalogue(c -> c.withoutRight(RightId.parse("freedom-of-speech")))
        .catalogue().rights()).containsOnlyKeys(ASSEMBLY);
  }
}
