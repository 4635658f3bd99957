package org.lexkit.rights.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ListSplitterTest {
  private static final GroundVocabulary VOCABULARY = GroundVocabulary.standard();

  private static ListSplitter splitter(String language) {
    return new ListSplitter(LanguageRules.forLanguage(language));
  }

  private static Predicate<String> known(String language) {
    return w -> VOCABULARY.exact(w, language).isPresent();
  }

  @Test
  void grounds_distributedHead_eachItemKeepsItsOwnWords() {
    assertThat(splitter("rus").grounds("защиты основ конституционного строя, прав и свобод человека и гражданина,"
        + " обеспечения национальной безопасности, охраны общественного порядка, здоровья граждан и нравственности"
        + " общества.", known("rus")))
        .containsExactly("защиты основ конституционного строя", "прав и свобод человека и гражданина",
            "обеспечения национальной безопасности", "охраны общественного порядка", "здоровья граждан",
            "нравственности общества");
  }

  @Test
  void grounds_trailingGenitiveOverTwoItems_splitsWhereBothPartsAreKnown() {
    assertThat(splitter("rus").grounds("защиты конституционного строя, охраны общественного порядка, прав и"
        + " свобод человека, здоровья и нравственности населения", known("rus")))
        .containsExactly("защиты конституционного строя", "охраны общественного порядка", "прав и свобод человека",
            "здоровья", "нравственности населения");
  }

  @Test
  void grounds_conjunctionInsideAWording_isNotACut() {
    assertThat(splitter("eng").grounds("the prevention of disorder or crime, the rights and freedoms of others",
        known("eng"))).containsExactly("the prevention of disorder or crime", "the rights and freedoms of others");
  }

  @Test
  void grounds_unknownPiece_staysWhole() {
    assertThat(splitter("eng").grounds("national security, the lunar landscape and its craters", known("eng")))
        .containsExactly("national security", "the lunar landscape and its craters");
  }

  @Test
  void grounds_enumeratorsConnectorsAndParentheses() {
    assertThat(splitter("eng").grounds("(a) For respect of the reputations of others; (b) For the protection of"
        + " national security or of public order (ordre public, and so on), or of public health or morals.",
        known("eng")))
        .containsExactly("respect of the reputations of others", "the protection of national security",
            "public order (ordre public, and so on)", "public health", "morals");
  }

  @Test
  void bans_adjectivesJoinTheirNoun_capitalisedObjectsStayInTheirItem() {
    assertThat(splitter("rus").bans("насильственного изменения основ конституционного строя, посягательства на"
        + " территориальную целостность, Суверенитет и Независимость Республики Казахстан, войны, социального,"
        + " расового, национального превосходства или розни, а также призывы к совершению таких действий"))
        .containsExactly("насильственного изменения основ конституционного строя",
            "посягательства на территориальную целостность, Суверенитет и Независимость Республики Казахстан",
            "войны", "социального, расового, национального превосходства или розни",
            "призывы к совершению таких действий");
  }
}
