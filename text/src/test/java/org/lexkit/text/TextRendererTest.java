package org.lexkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lexkit.core.document.DocumentIdentity;
import org.lexkit.core.document.DocumentType;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.document.Preamble;
import org.lexkit.core.provision.Note;
import org.lexkit.core.provision.Num;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionKind;
import org.lexkit.core.provision.ProvisionStatus;
import org.lexkit.core.provision.Text;
import org.lexkit.core.rights.RightsCatalogue;

class TextRendererTest {
  private static final DocumentIdentity KZ =
      DocumentIdentity.of("kz", DocumentType.CONSTITUTION, LocalDate.of(1995, 8, 30), "constitution", "rus");

  /** The canonical layout, pinned: what `lexkit render --text` will print. */
  @Test
  void render_russianDocument_canonicalLayout() {
    Provision section = new Provision(ProvisionKind.SECTION, Optional.of(Num.of("Раздел I.")),
        Optional.of(Text.of("Общие положения")), ImmutableList.of(),
        ImmutableList.of(
            new Provision(ProvisionKind.ARTICLE, Optional.of(Num.of("Статья 1")), Optional.empty(),
                ImmutableList.of(), ImmutableList.of(
                    Provision.of(ProvisionKind.PARAGRAPH, "1.", "Республика Казахстан утверждает себя государством."),
                    Provision.of(ProvisionKind.PARAGRAPH, "2.", "Основополагающими принципами являются:",
                        "общественное согласие")),
                ImmutableList.of(), ImmutableList.of(Note.of("Сноска. Статья 1 с изменениями.")),
                ProvisionStatus.IN_FORCE),
            new Provision(ProvisionKind.ARTICLE, Optional.of(Num.of("Статья 2")), Optional.empty(),
                ImmutableList.of(), ImmutableList.of(new Provision(ProvisionKind.PARAGRAPH,
                    Optional.of(Num.of("1.")), Optional.empty(), ImmutableList.of(), ImmutableList.of(),
                    ImmutableList.of(), ImmutableList.of(Note.of("Исключен Законом РК от 21.05.2007 № 254-III.")),
                    ProvisionStatus.REPEALED)),
                ImmutableList.of(), ImmutableList.of(), ProvisionStatus.IN_FORCE)),
        ImmutableList.of(), ImmutableList.of(Note.of("Сноска. Заголовок раздела I изменен.")),
        ProvisionStatus.IN_FORCE);
    Provision headless = new Provision(ProvisionKind.SECTION, Optional.of(Num.of("Раздел II")), Optional.empty(),
        ImmutableList.of(Text.of("Текст раздела.")), ImmutableList.of(), ImmutableList.of(), ImmutableList.of(),
        ProvisionStatus.IN_FORCE);
    LegalDocument document = new LegalDocument(KZ, "Конституция Республики Казахстан",
        Optional.of(Preamble.of("Мы, народ Казахстана,  объединенный общей судьбой,", "принимаем Конституцию.")),
        Provision.body(ImmutableList.of(section, headless)), RightsCatalogue.empty(), ImmutableList.of());

    String text = TextRenderer.create().render(document);

    assertThat(text).isEqualTo(String.join("\n",
        "Конституция Республики Казахстан",
        "",
        "Мы, народ Казахстана, объединенный общей судьбой,",
        "",
        "принимаем Конституцию.",
        "",
        "Раздел I. Общие положения",
        "Сноска. Заголовок раздела I изменен.",
        "",
        "Статья 1",
        "1. Республика Казахстан утверждает себя государством.",
        "2. Основополагающими принципами являются:",
        "",
        "общественное согласие",
        "Сноска. Статья 1 с изменениями.",
        "",
        "Статья 2",
        "1. Исключен Законом РК от 21.05.2007 № 254-III.",
        "",
        "Раздел II",
        "",
        "Текст раздела.",
        ""));
    LegalDocument back = TextConverter.create().withIdentity(KZ).convert(text, "rendered").document();
    assertThat(back.body()).isEqualTo(document.body());
    assertThat(back.preamble()).isEqualTo(document.preamble().map(p -> Preamble.of(
        "Мы, народ Казахстана, объединенный общей судьбой,", "принимаем Конституцию.")));
  }

  @Test
  void render_withoutProfile_usesTheDocumentsLanguage() {
    LegalDocument english = LegalDocument.of(
        DocumentIdentity.of("gb", DocumentType.ACT, LocalDate.of(2019, 3, 12), "dpa", "eng"), "An Act",
        Provision.of(ProvisionKind.ARTICLE, "Article 1", "Text."));
    assertThat(TextRenderer.create().render(english)).isEqualTo("An Act\n\nArticle 1\n\nText.\n");
  }

  @Test
  void render_numberNoLevelReads_keepsAllText() {
    LegalDocument odd = LegalDocument.of(KZ, "Закон",
        new Provision(ProvisionKind.CLAUSE, Optional.of(Num.of("§ 7")), Optional.of(Text.of("Особое")),
            ImmutableList.of(Text.of("Текст.")), ImmutableList.of(), ImmutableList.of(Text.of("Итог.")),
            ImmutableList.of(Note.of("Примечание.")), ProvisionStatus.IN_FORCE));
    String text = TextRenderer.create().render(odd);
    assertThat(text).isEqualTo("Закон\n\n§ 7 Особое\nТекст.\nИтог.\nПримечание.\n");
  }
}
