package org.lexkit.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.Text;

class HeadingProfileTest {
  /** A language the library does not ship: adding it is a dozen lines of data, no code. */
  private static final String UKRAINIAN = String.join("\n",
      "# Ukrainian, as in the Constitution of Ukraine",
      "name        ukrainian",
      "language    ukr",
      "level       SECTION    heading  next  (?:Розділ|РОЗДІЛ)\\s+(?:[IVXLC]+|[0-9]+)\\.?",
      "level       ARTICLE    heading  same  (?:Стаття|СТАТТЯ)\\s+[0-9]+(?:-[0-9]+)*\\.?",
      "level       PARAGRAPH  content  -     [0-9]+\\.",
      "level       POINT      item     -     [0-9]+\\)",
      "note        Примітка\\.",
      "repealed    (?:[Вв]иключено|[Вв]трачає\\s+чинність)",
      "preamble    Верховна\\s+Рада",
      "defaultact  Закон України",
      "reference   від\\s+(?<d>[0-9]{2})\\.(?<m>[0-9]{2})\\.(?<y>[0-9]{4})(?:\\s*(?:року|р\\.))?(?:\\s*№\\s*(?<no>[0-9IVX-]+))?",
      "source      {act} від {dd}.{mm}.{yyyy}[ № {no}]");

  @Test
  void parse_ukrainianProfile_convertsUkrainianText() {
    HeadingProfile profile = HeadingProfile.parse(UKRAINIAN);
    String text = "КОНСТИТУЦІЯ УКРАЇНИ\nВерховна Рада України від імені Українського народу приймає цю Конституцію.\n"
        + "Розділ I\nЗАГАЛЬНІ ЗАСАДИ\nСтаття 1\nУкраїна є суверенна і незалежна, демократична, соціальна, правова "
        + "держава.\nСтаття 2\n1. Суверенітет України поширюється на всю її територію.\n"
        + "2. Україна є унітарною державою.\nПримітка. Статтю 2 змінено Законом від 08.12.2004 № 2222-IV.\n";
    Conversion conversion = TextConverter.create().withProfile(profile).convert(text, "ua.txt");
    LegalDocument doc = conversion.document();
    assertThat(profile.name()).isEqualTo("ukrainian");
    assertThat(doc.identity().language()).isEqualTo("ukr");
    assertThat(doc.body().childSegments()).containsExactly("sec_i");
    assertThat(doc.body().children().get(0).heading()).contains(Text.of("ЗАГАЛЬНІ ЗАСАДИ"));
    assertThat(doc.provision(ProvisionId.parse("sec_i__art_2")).orElseThrow().childSegments())
        .containsExactly("para_1", "para_2");
    assertThat(doc.lifecycle()).extracting(e -> e.source().orElseThrow())
        .containsExactly("Закон України від 08.12.2004 № 2222-IV");
    assertThat(doc.preamble().orElseThrow().blocks()).hasSize(1);
    assertThat(conversion.warnings()).extracting(TextWarning::message)
        .noneMatch(m -> m.contains("front matter") || m.contains("preamble"));
  }

  @Test
  void parse_definitionOfBuiltIn_givesEqualProfile() {
    for (HeadingProfile builtIn : HeadingProfile.builtIns()) {
      HeadingProfile copy = HeadingProfile.parse(builtIn.definition());
      assertThat(copy).isEqualTo(builtIn).hasSameHashCodeAs(builtIn);
      assertThat(copy.toString()).isEqualTo(builtIn.name());
    }
    assertThat(HeadingProfile.builtIns()).extracting(HeadingProfile::language).containsExactly("rus", "kaz", "eng", "deu",
        "fra", "ita", "spa", "por", "pol", "ukr", "ell", "nld", "cym");
    assertThat(HeadingProfile.RUSSIAN).isNotEqualTo(HeadingProfile.ENGLISH);
  }

  @Test
  void parse_unknownDirective_rejectedWithLineNumber() {
    assertThatThrownBy(() -> HeadingProfile.parse("name x\nlanguage xxx\nlevle ARTICLE heading same A\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("profile line 3: unknown directive 'levle' (in 'levle ARTICLE heading same A')");
  }

  @Test
  void parse_badRegularExpression_rejectedWithLineNumber() {
    assertThatThrownBy(() -> HeadingProfile.parse("name x\nlanguage xxx\nlevel ARTICLE heading same Art(\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("profile line 3: bad regular expression: Unclosed group");
  }

  @Test
  void parse_malformedLevels_rejected() {
    assertThatThrownBy(() -> HeadingProfile.parse("name x\nlanguage xxx\nlevel ARTICLE heading\n"))
        .hasMessageContaining("a level line reads 'level <KIND> <role> <heading> <label regex>'");
    assertThatThrownBy(() -> HeadingProfile.parse("name x\nlanguage xxx\nlevel CHAPTRE heading next A\n"))
        .hasMessageContaining("'CHAPTRE' is not a provision kind");
    assertThatThrownBy(() -> HeadingProfile.parse("name x\nlanguage xxx\nlevel BODY heading next A\n"))
        .hasMessageContaining("BODY is the root, not a level");
    assertThatThrownBy(() -> HeadingProfile.parse("name x\nlanguage xxx\nlevel ARTICLE title next A\n"))
        .hasMessageContaining("'title' is not a role");
  }

  @Test
  void parse_incompleteProfile_rejected() {
    assertThatThrownBy(() -> HeadingProfile.parse("language xxx\nlevel ARTICLE heading same A\n"))
        .hasMessage("a profile needs a 'name' line");
    assertThatThrownBy(() -> HeadingProfile.parse("name x\nlevel ARTICLE heading same A\n"))
        .hasMessageContaining("needs a 'language' line");
    assertThatThrownBy(() -> HeadingProfile.parse("name x\nlanguage xxx\n"))
        .hasMessage("profile x declares no 'level' lines");
    assertThatThrownBy(() -> HeadingProfile.parse("name x\nlanguage xxx\nlevel ARTICLE heading same A\n"
        + "notelevel CHAPTER\n"))
        .hasMessage("profile x: notelevel CHAPTER is not one of its levels");
    assertThatThrownBy(() -> HeadingProfile.parse("name x\nlanguage xxx\nlevel ARTICLE heading same A\n"
        + "reference от ([0-9]+)\n"))
        .hasMessageContaining("the reference pattern needs groups named d, m and y");
  }

  @Test
  void detect_headingsOfEachLanguage_pickTheirProfile() {
    assertThat(HeadingProfile.detect("Закон\nСтатья 1\nТекст.\nСтатья 2\n")).isEqualTo(HeadingProfile.RUSSIAN);
    assertThat(HeadingProfile.detect("An Act\nSection 1\nText.\nArticle 2\n")).isEqualTo(HeadingProfile.ENGLISH);
    assertThat(HeadingProfile.detect("Заң\n1-бап\nМәтін.\n2-бап\n")).isEqualTo(HeadingProfile.KAZAKH);
    assertThat(HeadingProfile.detect("Gesetz\n§ 1 Zweck\n(1) Das Gesetz gilt für die Länder.\n"))
        .isEqualTo(HeadingProfile.GERMAN);
    assertThat(HeadingProfile.detect("Loi\nArticle 1er\nLa loi est la même pour tous.\n"))
        .isEqualTo(HeadingProfile.FRENCH);
    assertThat(HeadingProfile.detect("Ley\nArtículo 1. Objeto de la ley.\nLa ley regula el uso de los datos.\n"))
        .isEqualTo(HeadingProfile.SPANISH);
    assertThat(HeadingProfile.detect("Lei\nArt. 1º A lei trata dos direitos e dos deveres.\n"))
        .isEqualTo(HeadingProfile.PORTUGUESE);
    assertThat(HeadingProfile.detect("Legge\nArt. 3-bis.\nIl diritto di accesso è per tutti i cittadini.\n"))
        .isEqualTo(HeadingProfile.ITALIAN);
    assertThat(HeadingProfile.detect("Ustawa\nArt. 1.\nUstawa określa zasady i tryb w sprawach.\n"))
        .isEqualTo(HeadingProfile.POLISH);
    assertThat(HeadingProfile.detect("Закон\nСтаття 1. Визначення\nЦей закон є основою та має силу.\n"))
        .isEqualTo(HeadingProfile.UKRAINIAN);
    assertThat(HeadingProfile.detect("Νόμος\nΆρθρο 1\nΟ νόμος και το δίκαιο της χώρας.\n"))
        .isEqualTo(HeadingProfile.GREEK);
    assertThat(HeadingProfile.detect("Wet\nArtikel 1a\nDe wet is van toepassing op het land.\n"))
        .isEqualTo(HeadingProfile.DUTCH);
    assertThat(HeadingProfile.detect("Deddf\nRHAN 1\nMae'r Ddeddf yn gwneud darpariaeth am y cwricwlwm.\n"))
        .isEqualTo(HeadingProfile.WELSH);
  }

  @Test
  void detect_noHeadings_picksByScript() {
    assertThat(HeadingProfile.detect("Уважаемые коллеги, сообщаем о переносе.")).isEqualTo(HeadingProfile.RUSSIAN);
    assertThat(HeadingProfile.detect("Құрметті әріптестер, көшірілгені туралы хабарлаймыз."))
        .isEqualTo(HeadingProfile.KAZAKH);
    assertThat(HeadingProfile.detect("Dear colleagues, the meeting has moved.")).isEqualTo(HeadingProfile.ENGLISH);
    assertThat(HeadingProfile.detect("")).isEqualTo(HeadingProfile.ENGLISH);
  }
}
