package org.lexkit.core.amendment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lexkit.core.Kazakhstan1995.ART_17;
import static org.lexkit.core.Kazakhstan1995.ART_32;
import static org.lexkit.core.Kazakhstan1995.ART_32_TEXT;
import static org.lexkit.core.Kazakhstan1995.ASSEMBLY;
import static org.lexkit.core.Kazakhstan1995.TORTURE;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lexkit.core.Kazakhstan1995;
import org.lexkit.core.document.DocumentIdentity;
import org.lexkit.core.document.DocumentType;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.Num;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.ProvisionKind;
import org.lexkit.core.provision.ProvisionStatus;
import org.lexkit.core.provision.Text;
import org.lexkit.core.rights.CanonicalGround;
import org.lexkit.core.rights.RestrictionGround;
import org.lexkit.core.rights.RightId;

/** Examples of each operation's failures, with the full message a user sees. */
class AmendmentOperationTest {
  private static final LegalDocument KZ = Kazakhstan1995.constitution();

  private static String refusal(AmendmentOperation... operations) {
    AmendmentResult result = Amendment.of(AmendmentId.parse("kz-test"), "Test", operations).apply(KZ);
    assertThat(result.isApplied()).isFalse();
    assertThat(result.document()).isSameAs(KZ);
    return assertThatThrownBy(result::orElseThrow).isInstanceOf(AmendmentConflictException.class)
        .actual().getMessage();
  }

  @Test
  void substituteText_missingTarget_namesTheId() {
    assertThat(refusal(SubstituteText.of(ProvisionId.parse("sec_ii__art_99"), "old", "new"))).isEqualTo(
        "amendment kz-test, operation 1 (substitute text) on sec_ii__art_99: expected a provision sec_ii__art_99,"
            + " found no such provision");
  }

  @Test
  void substituteText_staleText_quotesBothTextsWhereTheyDiffer() {
    String stale = ART_32_TEXT.replace("других лиц", "иных лиц");
    assertThat(refusal(SubstituteText.of(ART_32, stale, "new"))).isEqualTo(
        "amendment kz-test, operation 1 (substitute text) on sec_ii__art_32: expected old text '..., охраны"
            + " здоровья, защиты прав и свобод иных лиц.', found '..., охраны здоровья, защиты прав и свобод"
            + " других лиц.' (the texts differ from character 294)");
  }

  @Test
  void substituteText_staleShortText_quotesLongActualTextShortened() {
    assertThat(refusal(SubstituteText.of(ART_32, "Граждане вправе собираться.", "new"))).isEqualTo(
        "amendment kz-test, operation 1 (substitute text) on sec_ii__art_32: expected old text 'Граждане вправе"
            + " собираться.', found '" + ART_32_TEXT.substring(0, 200) + "...' (the texts differ from character 10)");
  }

  @Test
  void substituteText_whitespaceDiffers_applies() {
    String reflowed = ART_32_TEXT.replace(", ", ",\n   ");
    LegalDocument amended = SubstituteText.of(ART_32, reflowed, "Новый текст.").applyTo(KZ);
    assertThat(amended.provision(ART_32).orElseThrow().plainText()).isEqualTo("32 Новый текст.\n");
  }

  @Test
  void renumber_toSiblingsNumber_reportsCollision() {
    assertThat(refusal(RenumberProvision.of(ART_32, "39"))).isEqualTo(
        "amendment kz-test, operation 1 (renumber) on sec_ii__art_32: expected no sibling numbered 39, found an"
            + " existing provision sec_ii__art_39");
  }

  @Test
  void insert_numberTaken_reportsCollision() {
    Provision twin = Provision.of(ProvisionKind.ARTICLE, "39", "Вторая статья 39.");
    assertThat(refusal(InsertProvision.of(InsertionPoint.after(ART_32), twin))).isEqualTo(
        "amendment kz-test, operation 1 (insert) on sec_ii__art_39: expected no provision with the id"
            + " sec_ii__art_39, found an existing provision with that id");
  }

  @Test
  void insert_missingAnchor_namesTheAnchor() {
    Provision article = Provision.of(ProvisionKind.ARTICLE, "33-1", "Текст.");
    assertThat(refusal(InsertProvision.of(InsertionPoint.after(ProvisionId.parse("sec_ii__art_33")), article)))
        .isEqualTo("amendment kz-test, operation 1 (insert) on sec_ii__art_33: expected a provision sec_ii__art_33,"
            + " found no such provision");
  }

  @Test
  void addRestrictionGround_absoluteRight_refused() {
    RestrictionGround security = RestrictionGround.of("национальной безопасности", ART_17,
        CanonicalGround.NATIONAL_SECURITY);
    assertThat(refusal(AddRestrictionGround.of(TORTURE, security))).isEqualTo(
        "amendment kz-test, operation 1 (add restriction ground) on freedom-from-torture: expected a restrictable"
            + " right, found an absolute right");
  }

  @Test
  void substituteText_repealedPlaceholder_refused() {
    assertThat(refusal(RepealProvision.leavingPlaceholder(ART_32), SubstituteText.of(ART_32, "", "Возрождено.")))
        .isEqualTo("amendment kz-test, operation 2 (substitute text) on sec_ii__art_32: expected a provision in"
            + " force, found a repealed placeholder");
  }

  @Test
  void substituteProvision_otherNumber_refused() {
    Provision other = Provision.of(ProvisionKind.ARTICLE, "33", ART_32_TEXT);
    assertThat(refusal(SubstituteProvision.of(ART_32, "32 " + ART_32_TEXT, other))).isEqualTo(
        "amendment kz-test, operation 1 (substitute) on sec_ii__art_32: expected a replacement that keeps the"
            + " article and its number 32, found a article numbered 33");
  }

  @Test
  void removeRestrictionGround_notListed_refused() {
    RestrictionGround morals = RestrictionGround.of("нравственности", ART_32, CanonicalGround.PUBLIC_MORALS);
    assertThat(refusal(RemoveRestrictionGround.of(ASSEMBLY, morals))).isEqualTo(
        "amendment kz-test, operation 1 (remove restriction ground) on peaceful-assembly: expected ground"
            + " PUBLIC_MORALS, found no such ground");
  }

  @Test
  void removeRight_missing_refused() {
    assertThat(refusal(RemoveRight.of(RightId.parse("privacy")))).isEqualTo(
        "amendment kz-test, operation 1 (remove right) on privacy: expected a right privacy, found no such right");
  }

  /** Order matters when operations overlap: renumbering first moves the target of the substitution. */
  @Test
  void amendment_renumberThenSubstitute_differsFromSubstituteThenRenumber() {
    ProvisionId art33 = ProvisionId.parse("sec_ii__art_33");
    RenumberProvision renumber = RenumberProvision.of(ART_32, "33");
    SubstituteText substitute = SubstituteText.of(art33, ART_32_TEXT, "Граждане имеют право на мирные собрания.");

    LegalDocument renumberedFirst = Amendment.of(AmendmentId.parse("a"), "A", renumber, substitute).applyOrThrow(KZ);
    AmendmentResult substitutedFirst = Amendment.of(AmendmentId.parse("b"), "B", substitute, renumber).apply(KZ);

    assertThat(renumberedFirst.provision(art33).orElseThrow().plainText())
        .isEqualTo("33 Граждане имеют право на мирные собрания.\n");
    assertThat(renumberedFirst.provision(ART_32)).isEmpty();
    assertThat(substitutedFirst.isApplied()).isFalse();
    assertThat(substitutedFirst.problems().get(0).describe()).isEqualTo("operation 1 (substitute text) on"
        + " sec_ii__art_33: expected a provision sec_ii__art_33, found no such provision");
  }

  // ---------------------------------------------------------------- positional ids (bugs fixed in this branch)

  private static LegalDocument transitional() {
    return LegalDocument.of(DocumentIdentity.of("kz", DocumentType.ACT, Kazakhstan1995.ADOPTED, "act", "rus"),
        "Закон",
        Provision.unnumbered(ProvisionKind.HCONTAINER, "Переходные положения."),
        Provision.unnumbered(ProvisionKind.HCONTAINER, "Заключительные положения."),
        new Provision(ProvisionKind.HCONTAINER, Optional.of(Num.of("3")), Optional.empty(),
            ImmutableList.of(Text.of("Статья-блок 3.")), ImmutableList.of(), ImmutableList.of(), ImmutableList.of(),
            ProvisionStatus.IN_FORCE));
  }

  /**
   * Inserting a third unnumbered block shifts it onto {@code hcontainer_3}, which a numbered sibling holds: a
   * conflict, not an {@link IllegalArgumentException} from deep inside the tree.
   */
  @Test
  void insert_unnumberedShiftsOntoNumberedSibling_reportsConflict() {
    Provision block = Provision.unnumbered(ProvisionKind.HCONTAINER, "Новый блок.");
    AmendmentResult result = Amendment.of(AmendmentId.parse("x"), "X",
        InsertProvision.of(InsertionPoint.before(ProvisionId.parse("hcontainer_1")), block)).apply(transitional());
    assertThat(result.problems()).singleElement().extracting(AmendmentProblem::describe).isEqualTo(
        "operation 1 (insert) on hcontainer_1: expected an insertion that keeps sibling ids unique, found the"
            + " shifted id hcontainer_3 would collide with a numbered sibling's");
  }

  /** Numbering the first unnumbered block "1" leaves the second one on {@code hcontainer_1} too: a conflict. */
  @Test
  void renumber_unnumberedOntoShiftedSibling_reportsConflict() {
    AmendmentResult result = Amendment.of(AmendmentId.parse("x"), "X",
        RenumberProvision.of(ProvisionId.parse("hcontainer_1"), "1")).apply(transitional());
    assertThat(result.problems()).singleElement().extracting(AmendmentProblem::describe).isEqualTo(
        "operation 1 (renumber) on hcontainer_1: expected no sibling numbered 1, found a sibling whose id would"
            + " also become hcontainer_1");
  }

  /** Numbering the first block "2" frees hcontainer_2 (the second block becomes hcontainer_1): it applies. */
  @Test
  void renumber_unnumberedOntoIdItsSiblingLeaves_applies() {
    LegalDocument renumbered = RenumberProvision.of(ProvisionId.parse("hcontainer_1"), "2").applyTo(transitional());
    assertThat(renumbered.provisions().keySet()).extracting(ProvisionId::value)
        .containsExactly("hcontainer_2", "hcontainer_1", "hcontainer_3");
  }
}
