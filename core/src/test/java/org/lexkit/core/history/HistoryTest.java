package org.lexkit.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lexkit.core.Kazakhstan1995.ART_32;
import static org.lexkit.core.Kazakhstan1995.ART_32_TEXT;
import static org.lexkit.core.Kazakhstan1995.ASSEMBLY;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lexkit.core.Kazakhstan1995;
import org.lexkit.core.amendment.AddRestrictionGround;
import org.lexkit.core.amendment.Amendment;
import org.lexkit.core.amendment.AmendmentConflictException;
import org.lexkit.core.amendment.AmendmentId;
import org.lexkit.core.amendment.InsertionPoint;
import org.lexkit.core.amendment.InsertProvision;
import org.lexkit.core.amendment.RenumberProvision;
import org.lexkit.core.amendment.SubstituteText;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.document.LifecycleEvent;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.ProvisionKind;
import org.lexkit.core.rights.CanonicalGround;
import org.lexkit.core.rights.RestrictionGround;

/** Stories of a document's history: retroactive amendments, bills that never pass, same-day amendments. */
class HistoryTest {
  private static final LegalDocument KZ = Kazakhstan1995.constitution();
  private static final String TEXT_2005 = "Граждане вправе мирно собираться.";
  private static final ProvisionId ART_33 = ProvisionId.parse("sec_ii__art_33");

  /** Adopted and in force on 1 March 2005: a new text of art. 32. */
  private static final Amendment LAW_2005 = Amendment.of(AmendmentId.parse("law-2005"), "Закон 2005 года",
          SubstituteText.of(ART_32, ART_32_TEXT, TEXT_2005))
      .adoptedOn(LocalDate.of(2005, 3, 1)).inForceFrom(LocalDate.of(2005, 3, 1));

  /** Adopted on 1 June 2006 but in force from 1 January 2006: retroactive. */
  private static final Amendment RETROACTIVE_2006 = Amendment.of(AmendmentId.parse("law-2006"), "Закон 2006 года",
          AddRestrictionGround.of(ASSEMBLY, RestrictionGround.of("нравственности", ART_32,
              CanonicalGround.PUBLIC_MORALS)))
      .adoptedOn(LocalDate.of(2006, 6, 1)).inForceFrom(LocalDate.of(2006, 1, 1));

  private static int assemblyGrounds(LegalDocument version) {
    return version.rights().right(ASSEMBLY).orElseThrow().grounds().size();
  }

  @Test
  void asOf_retroactiveAmendment_countsFromItsInForceDateAsKnownToday() {
    History history = History.of(KZ, RETROACTIVE_2006, LAW_2005);

    assertThat(RETROACTIVE_2006.isRetroactive()).isTrue();
    assertThat(assemblyGrounds(history.asOf(LocalDate.of(2005, 12, 31)).orElseThrow())).isEqualTo(4);
    assertThat(assemblyGrounds(history.asOf(LocalDate.of(2006, 1, 1)).orElseThrow())).isEqualTo(5);
    assertThat(assemblyGrounds(history.asOf(LocalDate.of(2006, 3, 1)).orElseThrow())).isEqualTo(5);
  }

  @Test
  void asOfKnownOn_beforeRetroactiveAdoption_showsTheLawAsItWasKnown() {
    History history = History.of(KZ, LAW_2005, RETROACTIVE_2006);
    LocalDate march2006 = LocalDate.of(2006, 3, 1);

    LegalDocument knownInMarch = history.asOf(march2006, march2006).orElseThrow();
    LegalDocument knownInJuly = history.asOf(march2006, LocalDate.of(2006, 7, 1)).orElseThrow();

    assertThat(assemblyGrounds(knownInMarch)).isEqualTo(4);
    assertThat(knownInMarch.provision(ART_32).orElseThrow().plainText()).isEqualTo("32 " + TEXT_2005 + "\n");
    assertThat(knownInMarch.identity().versionDate()).isEqualTo(LocalDate.of(2005, 3, 1));
    assertThat(assemblyGrounds(knownInJuly)).isEqualTo(5);
    assertThat(knownInJuly).isEqualTo(history.asOf(march2006).orElseThrow());
    assertThat(history.asOf(march2006, LocalDate.of(2005, 2, 1))).contains(KZ);
  }

  @Test
  void versions_eachCarriesItsDateAndAmendmentEvent() {
    History history = History.of(KZ, RETROACTIVE_2006, LAW_2005);

    assertThat(history.versions()).extracting(Version::inForceFrom).containsExactly(
        Kazakhstan1995.ADOPTED, LocalDate.of(2005, 3, 1), LocalDate.of(2006, 1, 1));
    Version last = history.versions().get(2);
    assertThat(last.amendment()).contains(RETROACTIVE_2006);
    assertThat(last.document().identity().versionDate()).isEqualTo(LocalDate.of(2006, 1, 1));
    assertThat(last.document().lifecycle()).containsExactly(
        LifecycleEvent.of(Kazakhstan1995.ADOPTED, LifecycleEvent.Type.GENERATION, "республиканский референдум"),
        LifecycleEvent.of(LocalDate.of(2005, 3, 1), LifecycleEvent.Type.AMENDMENT, "law-2005"),
        LifecycleEvent.of(LocalDate.of(2006, 1, 1), LifecycleEvent.Type.AMENDMENT, "law-2006"));
    assertThat(history.latest()).isSameAs(last.document());
    assertThat(history).hasToString("History[kz/constitution, 2 amendments, 3 versions from 1995-08-30 to"
        + " 2006-01-01]");
  }

  @Test
  void asOf_beforeTheOriginal_isEmpty() {
    assertThat(History.of(KZ, LAW_2005).asOf(LocalDate.of(1995, 8, 29))).isEmpty();
    assertThat(History.of(KZ, LAW_2005).asOf(Kazakhstan1995.ADOPTED)).contains(KZ);
  }

  /** A bill that was only proposed, or was rejected, never changes the law, even if it could not apply. */
  @Test
  void asOf_proposedAndRejectedAmendments_neverApply() {
    Amendment proposed = Amendment.of(AmendmentId.parse("bill-1"), "Законопроект",
        SubstituteText.of(ProvisionId.parse("sec_ii__art_99"), "нет такой статьи", "x"))
        .proposedOn(LocalDate.of(2000, 1, 1));
    Amendment rejected = Amendment.of(AmendmentId.parse("bill-2"), "Отклонённый законопроект",
        SubstituteText.of(ART_32, ART_32_TEXT, "Собрания запрещены.")).proposedOn(LocalDate.of(2001, 1, 1))
        .rejected();

    History history = History.of(KZ, proposed, rejected, LAW_2005);

    assertThat(history.versions()).hasSize(2);
    assertThat(history.amendments()).containsExactly(proposed, rejected, LAW_2005);
    assertThat(history.asOf(LocalDate.of(2030, 1, 1)).orElseThrow().provision(ART_32).orElseThrow().plainText())
        .isEqualTo("32 " + TEXT_2005 + "\n");
  }

  /** Same-day amendments apply in the order given: renumbering 32 to 33 must come before amending 33. */
  @Test
  void of_sameDayAmendments_applyInGivenOrder() {
    LocalDate day = LocalDate.of(2010, 5, 5);
    Amendment renumber = Amendment.of(AmendmentId.parse("renumber"), "Перенумерация",
        RenumberProvision.of(ART_32, "33")).adoptedOn(day);
    Amendment amend = Amendment.of(AmendmentId.parse("amend"), "Новая редакция",
        SubstituteText.of(ART_33, ART_32_TEXT, TEXT_2005)).adoptedOn(day);

    History inOrder = History.of(KZ, renumber, amend);

    assertThat(inOrder.asOf(day).orElseThrow().provision(ART_33).orElseThrow().plainText())
        .isEqualTo("33 " + TEXT_2005 + "\n");
    assertThatThrownBy(() -> History.of(KZ, amend, renumber))
        .isInstanceOf(AmendmentConflictException.class)
        .hasMessage("amendment amend, operation 1 (substitute text) on sec_ii__art_33: expected a provision"
            + " sec_ii__art_33, found no such provision (while applying it to the version in force from"
            + " 1995-08-30)");
  }

  /**
   * Every state of knowledge must fold: an amendment adopted in March that relies on an article a retroactive
   * amendment inserted only in June cannot have been applied in March, so the history is refused.
   */
  @Test
  void of_amendmentRelyingOnLaterAdoptedRetroactiveOne_refusedAsKnownBefore() {
    Amendment insert = Amendment.of(AmendmentId.parse("insert-33"), "Статья 33",
            InsertProvision.of(InsertionPoint.after(ART_32), Provision.of(ProvisionKind.ARTICLE, "33", "Текст.")))
        .adoptedOn(LocalDate.of(2006, 6, 1)).inForceFrom(LocalDate.of(2006, 1, 1));
    Amendment amend = Amendment.of(AmendmentId.parse("amend-33"), "Новая редакция статьи 33",
        SubstituteText.of(ART_33, "Текст.", "Новый текст.")).adoptedOn(LocalDate.of(2006, 3, 1));

    assertThat(History.of(KZ, insert).asOf(LocalDate.of(2006, 3, 1))).isPresent();
    assertThatThrownBy(() -> History.of(KZ, insert, amend))
        .isInstanceOfSatisfying(AmendmentConflictException.class, e -> {
          assertThat(e.amendment()).contains(AmendmentId.parse("amend-33"));
          assertThat(e.context()).contains("while applying it to the version in force from 1995-08-30 as known on"
              + " 2006-03-01");
        });
  }

  @Test
  void of_amendmentBeforeTheOriginal_rejected() {
    Amendment early = Amendment.of(AmendmentId.parse("early"), "Ранний закон",
        SubstituteText.of(ART_32, ART_32_TEXT, "x")).adoptedOn(LocalDate.of(1990, 1, 1));
    assertThatThrownBy(() -> History.of(KZ, early)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amendment early takes effect on 1990-01-01, before the original version of 1995-08-30");
  }

  @Test
  void of_duplicateAmendmentIds_rejected() {
    assertThatThrownBy(() -> History.of(KZ, LAW_2005, LAW_2005)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amendment law-2005 appears twice in the history");
  }

  @Test
  void withAmendment_addsAfterTheOthers() {
    History history = History.of(KZ, LAW_2005).withAmendment(RETROACTIVE_2006);
    assertThat(history).isEqualTo(History.of(KZ, LAW_2005, RETROACTIVE_2006));
    assertThat(history.versions()).hasSize(3);
  }

  @Test
  void equals_sameOriginalAndAmendmentsInOrder() {
    new EqualsTester()
        .addEqualityGroup(History.of(KZ, LAW_2005, RETROACTIVE_2006), History.of(KZ, LAW_2005, RETROACTIVE_2006))
        .addEqualityGroup(History.of(KZ, RETROACTIVE_2006, LAW_2005))
        .addEqualityGroup(History.of(KZ))
        .testEquals();
  }
}
