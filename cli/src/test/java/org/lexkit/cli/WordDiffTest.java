package org.lexkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordDiffTest {
  private static final String ART_32_1995 = "Пользование этим правом может ограничиваться законом в интересах"
      + " государственной безопасности, общественного порядка, охраны здоровья, защиты прав и свобод других лиц.";
  private static final String ART_32_PROPOSED = "Пользование этим правом может ограничиваться законом в интересах"
      + " защиты конституционного строя, обеспечения национальной безопасности, общественного порядка, охраны"
      + " здоровья, защиты прав и свобод других лиц, системы духовно-нравственных ценностей общества.";

  @Test
  void of_art32Reworded_marksExactlyTheChangedWords() {
    WordDiff diff = WordDiff.of(ART_32_1995, ART_32_PROPOSED);

    assertThat(diff.text()).isEqualTo("Пользование этим правом может ограничиваться законом в интересах"
        + " [-государственной-]{+защиты конституционного строя, обеспечения национальной+} безопасности,"
        + " общественного порядка, охраны здоровья, защиты прав и свобод других лиц{+, системы"
        + " духовно-нравственных ценностей общества+}.");
    assertThat(diff.html()).contains("<del>государственной</del><ins>защиты конституционного строя,"
        + " обеспечения национальной</ins> безопасности");
  }

  @Test
  void of_replacedPhrase_oneDeletionAndOneInsertion() {
    assertThat(WordDiff.of("Общие положения", "Основы конституционного строя").text())
        .isEqualTo("[-Общие положения-]{+Основы конституционного строя+}");
  }

  @Test
  void of_sameText_noChangesAndTheTextKept() {
    WordDiff diff = WordDiff.of("Цензура запрещается.", "Цензура запрещается.");

    assertThat(diff.hasChanges()).isFalse();
    assertThat(diff.text()).isEqualTo("Цензура запрещается.");
  }

  @Test
  void html_escapesEveryPart() {
    assertThat(WordDiff.of("a < b", "a > b").html()).isEqualTo("a <del>&lt;</del><ins>&gt;</ins> b");
  }
}
