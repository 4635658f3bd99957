package org.lexkit.rights.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.rights.CanonicalGround;
import org.lexkit.core.rights.RestrictionGround;

class GroundVocabularyTest {
  private static final GroundVocabulary STANDARD = GroundVocabulary.standard();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "государственной безопасности|NATIONAL_SECURITY",
      "обеспечения национальной безопасности|NATIONAL_SECURITY",
      "общественного порядка|PUBLIC_ORDER",
      "охраны общественного порядка|PUBLIC_ORDER",
      "нарушать общественный порядок|PUBLIC_ORDER",
      "охраны здоровья|PUBLIC_HEALTH",
      "здоровья граждан|PUBLIC_HEALTH",
      "здоровье граждан|PUBLIC_HEALTH",
      "нравственности общества|PUBLIC_MORALS",
      "нравственности населения|PUBLIC_MORALS",
      "общественную нравственность|PUBLIC_MORALS",
      "защиты основ конституционного строя|CONSTITUTIONAL_ORDER",
      "защиты конституционного строя|CONSTITUTIONAL_ORDER",
      "посягать на конституционный строй|CONSTITUTIONAL_ORDER",
      "защиты прав и свобод других лиц|RIGHTS_OF_OTHERS",
      "прав и свобод человека и гражданина|RIGHTS_OF_OTHERS",
      "чести и достоинства других лиц|REPUTATION_OF_OTHERS",
      "честь и достоинство других лиц|REPUTATION_OF_OTHERS",
      "системы духовно-нравственных ценностей общества|SPIRITUAL_AND_MORAL_VALUES",
      "  Охраны   ЗДОРОВЬЯ  граждан. |PUBLIC_HEALTH",
      "общественного порядка|PUBLIC_ORDER"})
  void canonical_russianWordingsInTheirCaseForms_map(String wording, String code) {
    assertThat(STANDARD.canonical(wording, "rus")).contains(CanonicalGround.parse(code));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "state security|NATIONAL_SECURITY",
      "public order (ordre public)|PUBLIC_ORDER",
      "the protection of public health|PUBLIC_HEALTH",
      "protection of the constitutional system|CONSTITUTIONAL_ORDER",
      "protecting the foundations of the constitutional order|CONSTITUTIONAL_ORDER",
      "the rights and freedoms of man and citizen|RIGHTS_OF_OTHERS",
      "the prevention of disorder or crime|PREVENTION_OF_DISORDER_OR_CRIME",
      "the system of the society’s spiritual and moral values|SPIRITUAL_AND_MORAL_VALUES",
      "defense of the public order|PUBLIC_ORDER"})
  void canonical_englishWordings_map(String wording, String code) {
    assertThat(STANDARD.canonical(wording, "eng")).contains(CanonicalGround.parse(code));
  }

  @Test
  void canonical_unknownWording_isEmptyNotGuessed() {
    assertThat(STANDARD.canonical("охраны лунного ландшафта", "rus")).isEmpty();
    assertThat(STANDARD.canonical("national", "eng")).isEmpty();
    assertThat(STANDARD.canonical("security", "eng")).isEmpty();
    // A wording of the other language is not known in this one.
    assertThat(STANDARD.canonical("общественного порядка", "eng")).isEmpty();
    assertThat(STANDARD.canonical("public order", "kaz")).isEmpty();
  }

  @Test
  void canonical_headAloneOrHeadsOnly_isEmpty() {
    assertThat(STANDARD.canonical("защиты", "rus")).isEmpty();
    assertThat(STANDARD.canonical("the protection of", "eng")).isEmpty();
    assertThat(STANDARD.canonical("", "eng")).isEmpty();
  }

  @Test
  void ground_knownAndUnknown_mappedOrUnmapped() {
    ProvisionId art = ProvisionId.parse("art_32");
    assertThat(STANDARD.ground("общественного порядка", art, "rus"))
        .isEqualTo(RestrictionGround.of("общественного порядка", art, CanonicalGround.PUBLIC_ORDER));
    assertThat(STANDARD.ground("прочих целей", art, "rus")).isEqualTo(RestrictionGround.unmapped("прочих целей", art));
  }

  @Test
  void parse_ownVocabulary_headsApply() {
    GroundVocabulary mine = GroundVocabulary.parse("# mine\nground\teng\tPUBLIC_ORDER\tpeace\nhead\teng\tkeeping the\n",
        "mine.tsv");

    assertThat(mine.canonical("keeping the peace", "eng")).contains(CanonicalGround.PUBLIC_ORDER);
    assertThat(mine.languages()).containsExactly("eng");
    assertThat(mine.wordings("eng")).containsEntry("peace", CanonicalGround.PUBLIC_ORDER);
  }

  @Test
  void parse_wordingWithTwoMeanings_errorNamesTheLine() {
    assertThatThrownBy(() -> GroundVocabulary.parse(
        "ground\teng\tPUBLIC_ORDER\tpeace\n\nground\teng\tPUBLIC_SAFETY\tPeace\n", "mine.tsv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mine.tsv:3: the wording 'Peace' already means PUBLIC_ORDER; it cannot also mean PUBLIC_SAFETY");
  }

  @Test
  void parse_malformedRows_errorsNameTheLineAndTheExpectedLayout() {
    assertThatThrownBy(() -> GroundVocabulary.parse("ground\teng\tpublic order\n", "a.tsv"))
        .hasMessage("a.tsv:1: expected 4 tab-separated cells (ground, language, CANONICAL_CODE, wording), found 3");
    assertThatThrownBy(() -> GroundVocabulary.parse("ground\teng\tpublic_order\tpublic order\n", "b.tsv"))
        .hasMessageStartingWith("b.tsv:1: 'public_order' is not a canonical ground code");
    assertThatThrownBy(() -> GroundVocabulary.parse("ground\tenglish\tPUBLIC_ORDER\tpublic order\n", "c.tsv"))
        .hasMessage("c.tsv:1: 'english' is not a language code (expected ISO 639-2, e.g. rus or eng)");
    assertThatThrownBy(() -> GroundVocabulary.parse("wording\teng\tPUBLIC_ORDER\tpublic order\n", "d.tsv"))
        .hasMessage("d.tsv:1: unknown row kind 'wording' (expected 'ground', 'head' or 'meaning')");
  }

  @Test
  void withWording_addsWithoutChangingTheOriginal() {
    CanonicalGround family = CanonicalGround.parse("TRADITIONAL_FAMILY_VALUES");
    GroundVocabulary extended = STANDARD.withWording("rus", "традиционных семейных ценностей", family);

    assertThat(extended.canonical("защиты традиционных семейных ценностей", "rus")).contains(family);
    assertThat(STANDARD.canonical("защиты традиционных семейных ценностей", "rus")).isEmpty();
    assertThat(extended.withWording("rus", "Традиционных  семейных ценностей", family)).isSameAs(extended);
  }

  @Test
  void withWording_conflictingMeaning_throws() {
    assertThatThrownBy(() -> STANDARD.withWording("rus", "общественного порядка", CanonicalGround.PUBLIC_SAFETY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already means PUBLIC_ORDER");
  }
}
