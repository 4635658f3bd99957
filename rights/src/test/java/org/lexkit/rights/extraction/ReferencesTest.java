package org.lexkit.rights.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferencesTest {
  private static References references(String language) {
    return new References(LanguageRules.forLanguage(language));
  }

  @Test
  void parse_kz1995Article39Paragraph3_articlesRangesAndParagraphs() {
    assertThat(references("rus").parse("Ни в каких случаях не подлежат ограничению права и свободы, предусмотренные"
        + " статьями 11, 13–15, пунктом 1 статьи 16, статьей 17, статьей 19, статьей 22, пунктом 2 статьи 26"
        + " Конституции.")).extracting(Object::toString)
        .containsExactly("11", "13", "14", "15", "16.1", "17", "19", "22", "26.2");
  }

  @Test
  void parse_englishSemicolonsAndHyphenRange() {
    assertThat(references("eng").parse("In no circumstances shall there be any restriction of the rights and freedoms"
        + " stipulated by Articles 11; 13-15, paragraph 1 of Article 16; Article 17; paragraph 2 of Article 26 of"
        + " the Constitution.")).extracting(Object::toString)
        .containsExactly("11", "13", "14", "15", "16.1", "17", "26.2");
  }

  @Test
  void parse_hyphenatedArticleNumber_isOneArticleNotARange() {
    assertThat(references("rus").parse("предусмотренные статьями 83-1, 94-2 и 15–16"))
        .extracting(Object::toString).containsExactly("83-1", "94-2", "15", "16");
  }

  @Test
  void parse_severalParagraphsOfOneArticle() {
    assertThat(references("rus").parse("пунктами 1 и 3 статьи 16")).extracting(Object::toString)
        .containsExactly("16.1", "16.3");
  }

  @Test
  void parse_numbersOutsideAnyReference_areIgnored() {
    assertThat(references("eng").parse("Within 72 hours, 3 judges of Article 5 decide.")).extracting(Object::toString)
        .containsExactly("5");
  }
}
