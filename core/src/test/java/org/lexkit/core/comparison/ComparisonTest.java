package org.lexkit.core.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lexkit.core.Kazakhstan1995.ART_17;
import static org.lexkit.core.Kazakhstan1995.ART_32;
import static org.lexkit.core.Kazakhstan1995.ART_39;
import static org.lexkit.core.Kazakhstan1995.ART_39_1;
import static org.lexkit.core.Kazakhstan1995.ASSEMBLY;
import static org.lexkit.core.Kazakhstan1995.TORTURE;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lexkit.core.Kazakhstan1995;
import org.lexkit.core.amendment.InsertProvision;
import org.lexkit.core.amendment.InsertionPoint;
import org.lexkit.core.amendment.RenumberProvision;
import org.lexkit.core.amendment.RepealProvision;
import org.lexkit.core.document.DocumentIdentity;
import org.lexkit.core.document.DocumentType;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.Note;
import org.lexkit.core.provision.Num;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.ProvisionKind;
import org.lexkit.core.rights.CanonicalGround;
import org.lexkit.core.rights.GeneralLimitationClause;
import org.lexkit.core.rights.Holder;
import org.lexkit.core.rights.RestrictionGround;
import org.lexkit.core.rights.Right;
import org.lexkit.core.rights.RightId;
import org.lexkit.core.rights.RightsCatalogue;

/** Examples of what a comparison reports, and how it reads. */
class ComparisonTest {
  private static final LegalDocument KZ = Kazakhstan1995.constitution();
  private static final ProvisionId ART_40 = ProvisionId.parse("sec_ii__art_40");

  @Test
  void of_renumberedArticle_reportedOnceWithoutItsParagraphs() {
    LegalDocument renumbered = RenumberProvision.of(ART_39, "40").applyTo(KZ);

    Comparison comparison = Comparison.of(KZ, renumbered);

    assertThat(comparison.provisions()).containsExactly(new ProvisionChange.Renumbered(ART_39, ART_40,
        KZ.provision(ART_39).orElseThrow(), renumbered.provision(ART_40).orElseThrow()));
    assertThat(comparison.renumbered()).hasSize(1);
    assertThat(comparison.added()).isEmpty();
    assertThat(comparison.removed()).isEmpty();
    assertThat(comparison.describe()).endsWith("\n  renumbered sec_ii__art_39 -> sec_ii__art_40");
  }

  @Test
  void of_renumberedArticleWithAmendedParagraph_reportsBothUnderTheNewIds() {
    LegalDocument amended = KZ.withProvision(ART_39, article -> article.withNum(Optional.of(
            Num.of("40"))))
        .withProvision(ProvisionId.parse("sec_ii__art_40__para_2"),
            p -> p.withNotes(ImmutableList.of(Note.of("Сноска. Пункт 2 изменён."))));

    Comparison comparison = Comparison.of(KZ, amended);

    assertThat(comparison.provisions()).extracting(ProvisionChange::describe).containsExactly(
        "renumbered sec_ii__art_39 -> sec_ii__art_40",
        "changed sec_ii__art_40__para_2 (notes)");
  }

  @Test
  void of_repealedWithPlaceholder_reportsStatusAndRemovedParagraphs() {
    LegalDocument repealed = RepealProvision.leavingPlaceholder(ART_17).applyTo(KZ);

    assertThat(Comparison.of(KZ, repealed).provisions()).extracting(ProvisionChange::describe).containsExactly(
        "changed sec_ii__art_17 (status)",
        "removed sec_ii__art_17__para_1",
        "removed sec_ii__art_17__para_2");
  }

  @Test
  void of_insertedAndRemoved_inDocumentOrder() {
    LegalDocument changed = InsertProvision.of(InsertionPoint.after(ART_17),
            Provision.of(ProvisionKind.ARTICLE, "17-1", "Новая статья."))
        .applyTo(RepealProvision.removing(ART_32).applyTo(KZ));

    assertThat(Comparison.of(KZ, changed).provisions()).extracting(ProvisionChange::describe).containsExactly(
        "added sec_ii__art_17-1",
        "removed sec_ii__art_32");
  }

  /** A new article 1 shifts every number: each old article is found under its new number, not paired by id. */
  @Test
  void of_articleInsertedBeforeAll_reportsRenumberingsNotRewrites() {
    LegalDocument before = act(
        Provision.of(ProvisionKind.ARTICLE, "1", "Граждане вправе собираться мирно и без оружия."),
        Provision.of(ProvisionKind.ARTICLE, "2", "Свобода слова гарантируется. Цензура запрещается."));
    LegalDocument after = act(
        Provision.of(ProvisionKind.ARTICLE, "1", "Настоящий закон вступает в силу со дня опубликования."),
        Provision.of(ProvisionKind.ARTICLE, "2", "Граждане вправе собираться мирно и без оружия."),
        Provision.of(ProvisionKind.ARTICLE, "3", "Свобода слова гарантируется. Цензура запрещается."));

    assertThat(Comparison.of(before, after).provisions()).extracting(ProvisionChange::describe).containsExactly(
        "added art_1", "renumbered art_1 -> art_2", "renumbered art_2 -> art_3");
  }

  /** Speech moved from art. 20 to art. 23 and was reworded: one provision, renumbered and changed. */
  @Test
  void of_renumberedAndReworded_pairedBySimilarWords() {
    LegalDocument before = act(
        Provision.of(ProvisionKind.ARTICLE, "20", "Свобода слова и творчества гарантируется. Цензура запрещается."),
        Provision.of(ProvisionKind.ARTICLE, "23", "Граждане имеют право на свободу объединений."));
    LegalDocument after = act(
        Provision.of(ProvisionKind.ARTICLE, "20", "Честь и достоинство человека неприкосновенны."),
        Provision.of(ProvisionKind.ARTICLE, "23", "Свобода слова и творчества гарантируется. Цензура запрещена."));

    assertThat(Comparison.of(before, after).provisions()).extracting(ProvisionChange::describe).containsExactly(
        "added art_20", "renumbered art_20 -> art_23", "changed art_23 (num, content)", "removed art_23");
  }

  /** Dissimilar texts under one number stay one provision, rewritten: the number is all that links them. */
  @Test
  void of_rewrittenUnderItsNumber_changedNotRemovedAndAdded() {
    LegalDocument before = act(Provision.of(ProvisionKind.ARTICLE, "5", "Государственный язык казахский."));
    LegalDocument after = act(Provision.of(ProvisionKind.ARTICLE, "5", "Столица находится в Астане."));

    assertThat(Comparison.of(before, after).provisions()).extracting(ProvisionChange::describe)
        .containsExactly("changed art_5 (content)");
  }

  private static LegalDocument act(Provision... articles) {
    return LegalDocument.of(
        DocumentIdentity.of("kz", DocumentType.ACT, Kazakhstan1995.ADOPTED, "act", "rus"), "Закон", articles);
  }

  /** Removing the first of two unnumbered blocks shifts the second one's positional id. */
  @Test
  void of_removedUnnumberedBlock_reportsTheShiftedSiblingAsRenumbered() {
    LegalDocument act = LegalDocument.of(
        DocumentIdentity.of("kz", DocumentType.ACT, Kazakhstan1995.ADOPTED, "act", "rus"), "Закон",
        Provision.unnumbered(ProvisionKind.HCONTAINER, "Переходные положения."),
        Provision.unnumbered(ProvisionKind.HCONTAINER, "Заключительные положения."));
    LegalDocument shorter = RepealProvision.removing(ProvisionId.parse("hcontainer_1")).applyTo(act);

    assertThat(Comparison.of(act, shorter).provisions()).extracting(ProvisionChange::describe).containsExactly(
        "removed hcontainer_1",
        "renumbered hcontainer_2 -> hcontainer_1");
  }

  @Test
  void of_rightsChanges_reportEachKind() {
    Right assembly = KZ.rights().right(ASSEMBLY).orElseThrow();
    Right changedAssembly = new Right(ASSEMBLY, "право на мирные собрания", assembly.topic(), Holder.EVERYONE,
        assembly.statedIn(), false, ImmutableList.of(assembly.grounds().get(1), assembly.grounds().get(0),
            RestrictionGround.of("общественной безопасности", ART_32, CanonicalGround.PUBLIC_SAFETY)));
    Right privacy = Right.of(RightId.parse("privacy"), "неприкосновенность частной жизни", Holder.EVERYONE,
        ProvisionId.parse("sec_ii__art_18"));
    LegalDocument changed = KZ.withRights(KZ.rights().withoutRight(TORTURE).withRight(changedAssembly)
        .withRight(privacy));

    Comparison comparison = Comparison.of(KZ, changed);

    assertThat(comparison.provisions()).isEmpty();
    assertThat(comparison.rights()).extracting(RightChange::describe).containsExactly(
        "peaceful-assembly: holder citizens -> everyone",
        "peaceful-assembly: lost ground PUBLIC_HEALTH (\"охраны здоровья\" in sec_ii__art_32)",
        "peaceful-assembly: lost ground RIGHTS_OF_OTHERS (\"защиты прав и свобод других лиц\" in sec_ii__art_32)",
        "peaceful-assembly: gained ground PUBLIC_SAFETY (\"общественной безопасности\" in sec_ii__art_32)",
        "peaceful-assembly: details changed",
        "removed right freedom-from-torture",
        "added right privacy");
  }

  @Test
  void of_groundReworded_isNeitherGainedNorLost() {
    Right assembly = KZ.rights().right(ASSEMBLY).orElseThrow();
    RestrictionGround reworded = RestrictionGround.of("национальной безопасности", ART_32,
        CanonicalGround.NATIONAL_SECURITY);
    LegalDocument changed = KZ.withRights(KZ.rights().withRight(new Right(ASSEMBLY, assembly.name(),
        assembly.topic(), assembly.holder(), assembly.statedIn(), false,
        ImmutableList.<RestrictionGround>builder().add(reworded).addAll(assembly.grounds().subList(1, 4)).build())));

    Comparison comparison = Comparison.of(KZ, changed);

    assertThat(comparison.groundsGained(ASSEMBLY)).isEmpty();
    assertThat(comparison.groundsLost(ASSEMBLY)).isEmpty();
    assertThat(comparison.rights()).singleElement().isInstanceOf(RightChange.DetailsChanged.class);
  }

  @Test
  void of_generalLimitationGrounds_gainedAndLostByKey() {
    GeneralLimitationClause clause2026 = GeneralLimitationClause.of(ART_39_1,
        RestrictionGround.of("защиты основ конституционного строя", ART_39_1, CanonicalGround.CONSTITUTIONAL_ORDER),
        RestrictionGround.of("обеспечения национальной безопасности", ART_39_1, CanonicalGround.NATIONAL_SECURITY),
        RestrictionGround.of("охраны общественного порядка", ART_39_1, CanonicalGround.PUBLIC_ORDER));
    LegalDocument changed = KZ.withRights(new RightsCatalogue(KZ.rights().rights(),
        ImmutableList.of(clause2026), KZ.rights().prohibitedContent(), KZ.rights().nonRestrictable()));

    Comparison comparison = Comparison.of(KZ, changed);

    assertThat(comparison.generalGroundsGained()).extracting(RestrictionGround::key)
        .containsExactly("NATIONAL_SECURITY");
    assertThat(comparison.generalGroundsLost()).extracting(RestrictionGround::key)
        .containsExactly("RIGHTS_OF_OTHERS", "PUBLIC_HEALTH", "PUBLIC_MORALS");
    assertThat(comparison.describe()).isEqualTo("""
        0 provision change(s), 0 right change(s), 4 general limitation change(s)
          general limitation: gained ground NATIONAL_SECURITY
          general limitation: lost ground RIGHTS_OF_OTHERS
          general limitation: lost ground PUBLIC_HEALTH
          general limitation: lost ground PUBLIC_MORALS""");
  }

  @Test
  void of_sameDocument_isEmptyAndSaysSo() {
    Comparison comparison = Comparison.of(KZ, KZ);
    assertThat(comparison.isEmpty()).isTrue();
    assertThat(comparison).hasToString("no changes");
  }
}
