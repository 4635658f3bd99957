package org.lexkit.rights.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lexkit.core.document.DocumentIdentity;
import org.lexkit.core.document.DocumentType;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.ProvisionKind;
import org.lexkit.core.rights.CanonicalGround;
import org.lexkit.core.rights.Holder;
import org.lexkit.core.rights.RestrictionGround;
import org.lexkit.core.rights.Right;
import org.lexkit.core.rights.RightId;
import org.lexkit.core.rights.RightsCatalogue;
import org.lexkit.rights.support.KzArticles;

class RightsExtractorTest {
  private static final RightsExtractor EXTRACTOR = RightsExtractor.create();
  private static final RightId ASSEMBLY = RightId.parse("peaceful-assembly");
  private static final ProvisionId ART_32 = ProvisionId.parse("sec_ii__art_32");

  private static LegalDocument english(Provision... provisions) {
    return LegalDocument.of(DocumentIdentity.of("xx", DocumentType.CONSTITUTION, LocalDate.of(2000, 1, 1),
        "constitution", "eng"), "Constitution", provisions);
  }

  private static LegalDocument russian(Provision... provisions) {
    return LegalDocument.of(KzArticles.identity1995(), "Конституция", provisions);
  }

  @Test
  void extract_kz1995Article32_assemblyOfCitizensWithFourVerbatimGrounds() {
    Extraction found = EXTRACTOR.extract(KzArticles.article32Only());

    Right assembly = found.catalogue().right(ASSEMBLY).orElseThrow();
    assertThat(assembly.topic()).contains("assem");
    assertThat(assembly.holder()).isEqualTo(Holder.CITIZENS);
    assertThat(assembly.statedIn()).containsExactly(ART_32);
    assertThat(assembly.grounds()).extracting(RestrictionGround::wording, g -> g.canonical().orElseThrow(),
            RestrictionGround::source)
        .containsExactly(
            tuple("государственной безопасности", CanonicalGround.NATIONAL_SECURITY, ART_32),
            tuple("общественного порядка", CanonicalGround.PUBLIC_ORDER, ART_32),
            tuple("охраны здоровья", CanonicalGround.PUBLIC_HEALTH, ART_32),
            tuple("защиты прав и свобод других лиц", CanonicalGround.RIGHTS_OF_OTHERS, ART_32));
    assertThat(found.notes()).isEmpty();
  }

  @Test
  void extract_kz2026Article34_sameRightIdAsIn1995_withSixGrounds() {
    Right assembly = EXTRACTOR.extract(KzArticles.article34Only()).catalogue().right(ASSEMBLY).orElseThrow();

    assertThat(assembly.grounds()).extracting(RestrictionGround::wording, g -> g.canonical().orElseThrow())
        .containsExactly(
            tuple("защиты основ конституционного строя", CanonicalGround.CONSTITUTIONAL_ORDER),
            tuple("прав и свобод человека и гражданина", CanonicalGround.RIGHTS_OF_OTHERS),
            tuple("обеспечения национальной безопасности", CanonicalGround.NATIONAL_SECURITY),
            tuple("охраны общественного порядка", CanonicalGround.PUBLIC_ORDER),
            tuple("здоровья граждан", CanonicalGround.PUBLIC_HEALTH),
            tuple("нравственности общества", CanonicalGround.PUBLIC_MORALS));
  }

  @Test
  void extract_kz2026Article23_dutyClauseBindsToTheRightsItNames() {
    Extraction found = EXTRACTOR.extract(KzArticles.excerpt2026());

    for (String id : new String[] {"freedom-of-speech", "freedom-of-information"}) {
      assertThat(found.catalogue().right(RightId.parse(id)).orElseThrow().grounds())
          .extracting(RestrictionGround::wording)
          .containsExactly("честь и достоинство других лиц", "здоровье граждан", "нравственность общества",
              "нарушать общественный порядок");
    }
    assertThat(found.catalogue().right(RightId.parse("freedom-of-creative-activity")).orElseThrow().grounds())
        .isEmpty();
    assertThat(found.catalogue().generalLimitations()).singleElement()
        .satisfies(c -> assertThat(c.source()).isEqualTo(ProvisionId.parse("sec_ii__art_41__para_1")));
  }

  @Test
  void extract_kz1995Article39_generalClauseNonRestrictableListAndBan() {
    LegalDocument kz = russian(Provision.container(ProvisionKind.SECTION, "II",
        Provision.of(ProvisionKind.ARTICLE, "11", "Гражданин Республики Казахстан не может быть выдан."),
        Provision.of(ProvisionKind.ARTICLE, "13", "Каждый имеет право на судебную защиту своих прав и свобод."),
        Provision.of(ProvisionKind.ARTICLE, "14", "Все равны перед законом и судом."),
        Provision.of(ProvisionKind.ARTICLE, "15", "Каждый имеет право на жизнь."),
        Provision.container(ProvisionKind.ARTICLE, "16",
            Provision.of(ProvisionKind.PARAGRAPH, "1", "Каждый имеет право на личную свободу.")),
        Provision.container(ProvisionKind.ARTICLE, "20",
            Provision.of(ProvisionKind.PARAGRAPH, "3", KzArticles.ART_20_1995_3)),
        Provision.container(ProvisionKind.ARTICLE, "39",
            Provision.of(ProvisionKind.PARAGRAPH, "1", KzArticles.ART_39_1995_1),
            Provision.of(ProvisionKind.PARAGRAPH, "3", KzArticles.ART_39_1995_3))));

    Extraction found = EXTRACTOR.extract(kz);

    assertThat(found.catalogue().generalLimitations()).singleElement().satisfies(c -> assertThat(c.grounds())
        .extracting(RestrictionGround::wording, g -> g.canonical().orElseThrow())
        .containsExactly(
            tuple("защиты конституционного строя", CanonicalGround.CONSTITUTIONAL_ORDER),
            tuple("охраны общественного порядка", CanonicalGround.PUBLIC_ORDER),
            tuple("прав и свобод человека", CanonicalGround.RIGHTS_OF_OTHERS),
            tuple("здоровья", CanonicalGround.PUBLIC_HEALTH),
            tuple("нравственности населения", CanonicalGround.PUBLIC_MORALS)));
    assertThat(found.catalogue().nonRestrictable()).singleElement().satisfies(c -> {
      assertThat(c.source()).isEqualTo(ProvisionId.parse("sec_ii__art_39__para_3"));
      assertThat(c.provisions()).extracting(ProvisionId::value).containsExactly("sec_ii__art_11", "sec_ii__art_13",
          "sec_ii__art_14", "sec_ii__art_15", "sec_ii__art_16__para_1");
    });
    // Articles 17, 19, 22 and 26(2) are not in this excerpt: each is reported, none is invented.
    assertThat(found.notes(ExtractionNote.Kind.UNRESOLVED_REFERENCE)).extracting(ExtractionNote::text)
        .containsExactly("17", "19", "22", "26.2");
    assertThat(found.catalogue().isNeverRestrictable(found.catalogue().right(RightId.parse("life")).orElseThrow()))
        .isTrue();
    assertThat(found.catalogue().prohibitedContent()).singleElement().satisfies(p -> assertThat(p.items())
        .containsExactly("насильственного изменения конституционного строя", "нарушения целостности Республики",
            "подрыва безопасности государства", "войны",
            "социального, расового, национального, религиозного, сословного и родового превосходства",
            "культа жестокости и насилия"));
  }

  @Test
  void extract_englishAssembly_groundListWithOrAndParentheses() {
    LegalDocument text = english(Provision.of(ProvisionKind.ARTICLE, "21", "The right of peaceful assembly shall be"
        + " recognized. No restrictions may be placed on the exercise of this right other than those imposed in"
        + " conformity with the law and which are necessary in a democratic society in the interests of national"
        + " security or public safety, public order (ordre public), the protection of public health or morals or the"
        + " protection of the rights and freedoms of others."));

    Right assembly = EXTRACTOR.extract(text).catalogue().right(ASSEMBLY).orElseThrow();

    assertThat(assembly.holder()).isEqualTo(Holder.EVERYONE);
    assertThat(assembly.grounds()).extracting(RestrictionGround::wording, g -> g.canonical().orElseThrow())
        .containsExactly(
            tuple("national security", CanonicalGround.NATIONAL_SECURITY),
            tuple("public safety", CanonicalGround.PUBLIC_SAFETY),
            tuple("public order (ordre public)", CanonicalGround.PUBLIC_ORDER),
            tuple("the protection of public health", CanonicalGround.PUBLIC_HEALTH),
            tuple("morals", CanonicalGround.PUBLIC_MORALS),
            tuple("the protection of the rights and freedoms of others", CanonicalGround.RIGHTS_OF_OTHERS));
  }

  @Test
  void extract_unknownWording_keptUnmappedAndReportedWithItsProvision() {
    LegalDocument text = russian(Provision.of(ProvisionKind.ARTICLE, "32", "Граждане вправе мирно собираться."
        + " Пользование этим правом может ограничиваться законом в интересах государственной безопасности и"
        + " сохранения лунного ландшафта."));

    Extraction found = EXTRACTOR.extract(text);

    assertThat(found.catalogue().right(ASSEMBLY).orElseThrow().grounds())
        .extracting(RestrictionGround::wording, RestrictionGround::canonical)
        .containsExactly(tuple("государственной безопасности", java.util.Optional.of(
            CanonicalGround.NATIONAL_SECURITY)), tuple("сохранения лунного ландшафта", java.util.Optional.empty()));
    assertThat(found.unmappedGrounds()).extracting(RestrictionGround::wording)
        .containsExactly("сохранения лунного ландшафта");
    assertThat(found.notes()).singleElement().satisfies(n -> {
      assertThat(n.kind()).isEqualTo(ExtractionNote.Kind.UNMAPPED_GROUND);
      assertThat(n.provision()).isEqualTo(ProvisionId.parse("art_32"));
      assertThat(n.describe()).isEqualTo("art_32: UNMAPPED_GROUND: 'сохранения лунного ландшафта': the"
          + " vocabulary has no such wording for 'rus'; the ground was kept without a canonical meaning");
    });
  }

  @Test
  void extract_rightNoPatternKnows_getsIdFromItsProvisionAndANote() {
    LegalDocument text = english(Provision.container(ProvisionKind.ARTICLE, "9",
        Provision.of(ProvisionKind.PARAGRAPH, "2", "Everyone has the right to a clean sky.")));

    Extraction found = EXTRACTOR.extract(text);

    Right sky = found.catalogue().rights().values().iterator().next();
    assertThat(sky.id()).isEqualTo(RightId.parse("right-art-9-para-2"));
    assertThat(sky.name()).isEqualTo("has the right to a clean sky");
    assertThat(found.notes(ExtractionNote.Kind.UNRECOGNISED_RIGHT)).hasSize(1);
  }

  @Test
  void extract_powerOfAnOrgan_isNotARight() {
    LegalDocument text = russian(Provision.of(ProvisionKind.ARTICLE, "53",
        "Президент Республики имеет право определять приоритетность рассмотрения проектов законов.",
        "Граждане Республики не вправе состоять в политических партиях других государств."));

    assertThat(EXTRACTOR.extract(text).catalogue().rights()).isEmpty();
  }

  @Test
  void extract_limitationWithoutAnyRight_isReportedNotAttached() {
    LegalDocument text = russian(Provision.of(ProvisionKind.ARTICLE, "7", "Деятельность религиозных организаций"
        + " может быть ограничена в целях защиты основ конституционного строя."));

    Extraction found = EXTRACTOR.extract(text);

    assertThat(found.catalogue().rights()).isEmpty();
    assertThat(found.notes()).extracting(ExtractionNote::kind).containsExactly(
        ExtractionNote.Kind.UNBOUND_LIMITATION);
  }

  @Test
  void extract_dutyOfAllRights_isANoteNotAGeneralClause() {
    LegalDocument text = russian(Provision.of(ProvisionKind.ARTICLE, "12", "Осуществление прав и свобод человека"
        + " и гражданина не должно нарушать прав и свобод других лиц, посягать на конституционный строй и"
        + " общественную нравственность."));

    Extraction found = EXTRACTOR.extract(text);

    assertThat(found.catalogue().generalLimitations()).isEmpty();
    assertThat(found.notes()).singleElement().satisfies(n -> {
      assertThat(n.kind()).isEqualTo(ExtractionNote.Kind.DUTY_CLAUSE);
      assertThat(n.detail()).contains("'посягать на конституционный строй' (CONSTITUTIONAL_ORDER)");
    });
  }

  @Test
  void extract_unsupportedLanguage_throwsNamingTheSupportedOnes() {
    LegalDocument kazakh = LegalDocument.of(DocumentIdentity.of("kz", DocumentType.CONSTITUTION,
        LocalDate.of(1995, 8, 30), "constitution", "kaz"), "Қазақстан Республикасының Конституциясы");

    assertThatThrownBy(() -> EXTRACTOR.extract(kazakh))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("there are no extraction rules for language 'kaz' (supported: [eng, rus, deu, fra, spa, por])");
  }

  @Test
  void extract_leavesTheDocumentUntouched_andApplyToAnnotatesACopy() {
    LegalDocument kz = KzArticles.article32Only();

    Extraction found = EXTRACTOR.extract(kz);
    LegalDocument annotated = found.applyTo(kz);

    assertThat(kz.rights()).isEqualTo(RightsCatalogue.empty());
    assertThat(annotated.rights()).isEqualTo(found.catalogue());
    assertThat(annotated.body()).isSameAs(kz.body());
  }

  @Test
  void extract_twice_givesEqualResults() {
    assertThat(EXTRACTOR.extract(KzArticles.excerpt1995())).isEqualTo(EXTRACTOR.extract(KzArticles.excerpt1995()));
  }

  @Test
  void withVocabulary_extraWording_mapsWhatWasUnmapped() {
    LegalDocument text = russian(Provision.of(ProvisionKind.ARTICLE, "32", "Граждане вправе мирно собираться."
        + " Пользование этим правом может ограничиваться законом в интересах сохранения лунного ландшафта."));
    CanonicalGround lunar = CanonicalGround.parse("LUNAR_LANDSCAPE");
    RightsExtractor extractor = EXTRACTOR.withVocabulary(
        GroundVocabulary.standard().withWording("rus", "лунного ландшафта", lunar));

    Extraction found = extractor.extract(text);

    assertThat(found.catalogue().right(ASSEMBLY).orElseThrow().hasGround(lunar)).isTrue();
    assertThat(found.notes()).isEmpty();
    assertThat(EXTRACTOR.vocabulary()).isSameAs(GroundVocabulary.standard());
  }
}
