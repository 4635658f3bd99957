package org.lexkit.examples.kazakhstan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.ProvisionKind;
import org.lexkit.text.Conversion;
import org.lexkit.text.TextWarning;

class KazakhstanTextsTest {
  @Test
  void constitution1995_sourceHeaderSkipped_warningsCiteFileLines() {
    Conversion kz = KazakhstanTexts.constitution1995();
    LegalDocument document = kz.document();

    assertThat(articleNumbers(document)).hasSize(102).contains("1", "20", "32", "39", "83-1", "94-2", "99");
    assertThat(document.title()).startsWith("Конституция Республики Казахстан");
    assertThat(document.preamble().orElseThrow().blocks().stream().map(t -> t.plain()).toList())
        .noneMatch(block -> block.contains("Источник")).anyMatch(block -> block.contains("Мы, народ"));
    List<String> lines = KazakhstanTexts.lines(KazakhstanTexts.TEXT_1995);
    for (TextWarning warning : kz.warnings()) {
      assertThat(warning.line()).isGreaterThan(9);
      assertThat(lines.get(warning.line() - 1)).as("line %s", warning.line()).isNotBlank();
    }
    assertThat(document.identity()).isEqualTo(KazakhstanTexts.IDENTITY_1995);
  }

  @Test
  void keyArticles2026_onlyTheRussianBlock_converted() {
    Conversion kz = KazakhstanTexts.keyArticles2026();
    LegalDocument document = kz.document();

    assertThat(articleNumbers(document))
        .containsExactly("2", "6", "7", "15", "20", "23", "26", "34", "41", "43", "92", "93", "94", "96");
    assertThat(kz.warnings()).isEmpty();
    String all = document.body().plainText();
    assertThat(all).contains("Цензура запрещена.").doesNotContain("Censorship").doesNotContain("STATUS")
        .doesNotContain("=====");
    assertThat(document.provision(ProvisionId.parse("sec_ii__art_34")).orElseThrow().plainText())
        .contains("в целях защиты основ конституционного строя");
  }

  @Test
  void citations_articlesAndParagraphs_citedAsReadersDo() {
    LegalDocument document = KazakhstanTexts.keyArticles2026().document();

    assertThat(Citations.of(document, ProvisionId.parse("sec_ii__art_23__para_5"))).isEqualTo("art. 23(5)");
    assertThat(Citations.of(document, ProvisionId.parse("sec_ii__art_34"))).isEqualTo("art. 34");
    assertThat(Citations.of(document, ProvisionId.parse("sec_ii"))).isEqualTo("section II");
    assertThat(Citations.article(document, ProvisionId.parse("sec_ii__art_23__para_5")))
        .isEqualTo(ProvisionId.parse("sec_ii__art_23"));
  }

  private static List<String> articleNumbers(LegalDocument document) {
    return document.provisions().values().stream().filter(p -> p.kind() == ProvisionKind.ARTICLE)
        .map(p -> p.num().orElseThrow().token()).toList();
  }
}
