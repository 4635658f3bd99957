package org.lexkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lexkit.core.provision.ProvisionKind;
import org.lexkit.core.rights.CanonicalGround;

class LabelsTest {
  @Test
  void everyLanguage_hasEveryKey() {
    assertThat(Labels.languages()).containsExactlyInAnyOrder("ru", "kk", "en", "de", "fr", "es");
    for (String language : Labels.languages()) {
      assertThat(Labels.keyCount(language)).as(language).isEqualTo(Labels.Key.values().length);
    }
  }

  @Test
  void of_isoCodes_pageInTheDocumentsLanguage() {
    assertThat(Labels.of("rus").get(Labels.Key.CONTENTS)).isEqualTo("Содержание");
    assertThat(Labels.of("kaz").get(Labels.Key.CONTENTS)).isEqualTo("Мазмұны");
    assertThat(Labels.of("deu").get(Labels.Key.CONTENTS)).isEqualTo("Inhalt");
    assertThat(Labels.of("fre").get(Labels.Key.REPEALED)).isEqualTo("abrogé");
    assertThat(Labels.of("spa").kind(ProvisionKind.ARTICLE)).contains("Artículo");
  }

  @Test
  void of_unknownLanguage_englishChrome() {
    assertThat(Labels.of("uzb").get(Labels.Key.CONTENTS)).isEqualTo("Contents");
    assertThat(Labels.of("uzb").language()).isEqualTo("en");
  }

  @Test
  void ground_inTheLanguageAndInEnglish() {
    assertThat(Labels.of("rus").ground(CanonicalGround.CONSTITUTIONAL_ORDER)).isEqualTo("конституционный строй");
    assertThat(Labels.groundInEnglish(CanonicalGround.REPUTATION_OF_OTHERS)).isEqualTo("reputation of others");
  }
}
