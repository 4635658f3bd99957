package org.lexkit.core.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lexkit.core.Kazakhstan1995.ART_32;
import static org.lexkit.core.Kazakhstan1995.ART_32_TEXT;
import static org.lexkit.core.Kazakhstan1995.ART_34_2026_TEXT;
import static org.lexkit.core.Kazakhstan1995.ASSEMBLY;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lexkit.core.Kazakhstan1995;
import org.lexkit.core.amendment.AddRestrictionGround;
import org.lexkit.core.amendment.Amendment;
import org.lexkit.core.amendment.AmendmentId;
import org.lexkit.core.amendment.AmendmentResult;
import org.lexkit.core.amendment.SubstituteText;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.history.History;
import org.lexkit.core.provision.Text;
import org.lexkit.core.rights.CanonicalGround;
import org.lexkit.core.rights.RestrictionGround;

/**
 * The Kazakhstan story: the right of peaceful assembly of 1995 art. 32 gains two restriction grounds in 2026 art.
 * 34 (protection of the foundations of the constitutional order, and the morality of society), and the
 * comparison says exactly that.
 */
class KazakhstanAssemblyTest {
  private static final RestrictionGround CONSTITUTIONAL_ORDER = RestrictionGround.of(
      "защиты основ конституционного строя", ART_32, CanonicalGround.CONSTITUTIONAL_ORDER);
  private static final RestrictionGround MORALITY = RestrictionGround.of(
      "нравственности общества", ART_32, CanonicalGround.PUBLIC_MORALS);

  /** The 2026 wording of the assembly article and its two new grounds, adopted 15 March, in force 1 July 2026. */
  private static final Amendment CONSTITUTION_2026 = Amendment.of(AmendmentId.parse("kz-2026-referendum"),
          "Конституция Республики Казахстан 2026 года (статья 34)",
          SubstituteText.of(ART_32, ART_32_TEXT, ART_34_2026_TEXT),
          AddRestrictionGround.of(ASSEMBLY, CONSTITUTIONAL_ORDER),
          AddRestrictionGround.of(ASSEMBLY, MORALITY))
      .adoptedOn(LocalDate.of(2026, 3, 15))
      .inForceFrom(LocalDate.of(2026, 7, 1));

  @Test
  void comparison_1995With2026Assembly_reportsExactlyTwoGroundsGained() {
    LegalDocument constitution1995 = Kazakhstan1995.constitution();
    LegalDocument amended = CONSTITUTION_2026.applyOrThrow(constitution1995);

    Comparison comparison = Comparison.of(constitution1995, amended);

    assertThat(comparison.rights()).containsExactly(
        new RightChange.GroundGained(ASSEMBLY, CONSTITUTIONAL_ORDER),
        new RightChange.GroundGained(ASSEMBLY, MORALITY));
    assertThat(comparison.groundsGained(ASSEMBLY)).extracting(RestrictionGround::key)
        .containsExactly("CONSTITUTIONAL_ORDER", "PUBLIC_MORALS");
    assertThat(comparison.groundsLost(ASSEMBLY)).isEmpty();
    assertThat(comparison.generalGroundsGained()).isEmpty();
    assertThat(comparison.generalGroundsLost()).isEmpty();
    assertThat(comparison.provisions()).singleElement().isInstanceOfSatisfying(ProvisionChange.Changed.class,
        changed -> {
          assertThat(changed.id()).isEqualTo(ART_32);
          assertThat(changed.fields()).containsExactly(ProvisionChange.Field.CONTENT);
          assertThat(changed.after().content()).containsExactly(Text.of(ART_34_2026_TEXT));
        });
    assertThat(comparison.describe()).isEqualTo("""
        1 provision change(s), 2 right change(s), 0 general limitation change(s)
          changed sec_ii__art_32 (content)
          peaceful-assembly: gained ground CONSTITUTIONAL_ORDER ("защиты основ конституционного строя" in \
        sec_ii__art_32)
          peaceful-assembly: gained ground PUBLIC_MORALS ("нравственности общества" in sec_ii__art_32)""");
  }

  @Test
  void history_assemblyGrounds_changeOnTheDayThe2026ConstitutionTookEffect() {
    History history = History.of(Kazakhstan1995.constitution(), CONSTITUTION_2026);

    LegalDocument lastDayOf1995 = history.asOf(LocalDate.of(2026, 6, 30)).orElseThrow();
    LegalDocument firstDayOf2026 = history.asOf(LocalDate.of(2026, 7, 1)).orElseThrow();

    assertThat(lastDayOf1995).isSameAs(history.original());
    assertThat(firstDayOf2026.rights().right(ASSEMBLY).orElseThrow().grounds()).hasSize(6);
    assertThat(firstDayOf2026.identity().versionDate()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(Comparison.of(lastDayOf1995, firstDayOf2026).groundsGained(ASSEMBLY))
        .containsExactly(CONSTITUTIONAL_ORDER, MORALITY);
  }

  /**
   * The January 2026 proposal asked to add "national security" to the assembly grounds; art. 32 already lists
   * "state security", which means the same canonical ground, so the proposal as worded does not apply.
   */
  @Test
  void januaryProposal_nationalSecurityAlreadyListedAsStateSecurity_refusedWithBothWordings() {
    Amendment proposal = Amendment.of(AmendmentId.parse("kz-2026-01-26-proposal"), "Assembly grounds",
        AddRestrictionGround.of(ASSEMBLY, CONSTITUTIONAL_ORDER),
        AddRestrictionGround.of(ASSEMBLY, RestrictionGround.of("обеспечения национальной безопасности", ART_32,
            CanonicalGround.NATIONAL_SECURITY)));

    AmendmentResult result = proposal.apply(Kazakhstan1995.constitution());

    assertThat(result.isApplied()).isFalse();
    assertThat(result.problems()).singleElement().extracting(p -> p.describe()).isEqualTo(
        "operation 2 (add restriction ground) on peaceful-assembly: expected no ground NATIONAL_SECURITY, found "
            + "ground NATIONAL_SECURITY already listed as 'государственной безопасности'");
  }
}
