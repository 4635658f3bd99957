package org.lexkit.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lexkit.core.document.DocumentIdentity;
import org.lexkit.core.document.DocumentType;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.document.LifecycleEvent;
import org.lexkit.core.provision.Num;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.ProvisionKind;
import org.lexkit.core.provision.Text;

/**
 * Acceptance on real input: the official Russian text of the Constitution of Kazakhstan (1995, as amended to 2022),
 * extracted from the official PDF, read from the shared domain folder.
 */
class KazakhstanConstitutionTest {
  private static final String FILE = "kz/constitution-1995.ru.txt";
  private static final DocumentIdentity IDENTITY = DocumentIdentity.of(
      "kz", DocumentType.CONSTITUTION, LocalDate.of(1995, 8, 30), "constitution", "rus");

  private static Path file;
  private static String input;
  private static Conversion conversion;
  private static LegalDocument kz;

  @BeforeAll
  static void convert() throws IOException {
    Optional<Path> found = DomainFiles.find(FILE);
    assumeTrue(found.isPresent(), "the shared Kazakhstan constitution text is absent; " + DomainFiles.describeSearch(FILE));
    file = found.get();
    input = Files.readString(file, StandardCharsets.UTF_8);
    conversion = TextConverter.create().withIdentity(IDENTITY).convert(file);
    kz = conversion.document();
  }

  @Test
  void convert_kzConstitution_detectsRussianAndKeepsIdentity() {
    assertThat(conversion.profile()).isEqualTo(HeadingProfile.RUSSIAN);
    assertThat(kz.identity()).isEqualTo(IDENTITY);
    assertThat(kz.title())
        .isEqualTo("Конституция Республики Казахстан (принята на республиканском референдуме 30 августа 1995 года)");
  }

  @Test
  void convert_kzConstitution_nineSectionsWithTheirHeadings() {
    List<Provision> sections = kz.body().children();
    assertThat(sections).extracting(Provision::kind).containsOnly(ProvisionKind.SECTION);
    assertThat(sections).extracting(p -> p.num().orElseThrow().text()).containsExactly(
        "Раздел I.", "Раздел II", "Раздел III", "Раздел IV", "Раздел V", "Раздел VI", "Раздел VII",
        "Раздел VIII", "Раздел IX");
    assertThat(sections).extracting(p -> p.heading().orElseThrow().plain()).containsExactly(
        "Общие положения", "Человек и гражданин", "Президент", "Парламент", "Правительство",
        "Конституционный Суд", "Суды и правосудие. Прокуратура. Уполномоченный по правам человека",
        "Местное государственное управление и самоуправление", "Заключительные и переходные положения");
    assertThat(kz.body().childSegments()).containsExactly(
        "sec_i", "sec_ii", "sec_iii", "sec_iv", "sec_v", "sec_vi", "sec_vii", "sec_viii", "sec_ix");
  }

  @Test
  void convert_kzConstitution_102ArticlesNumberedAsPrinted() {
    List<String> expected = new ArrayList<>();
    IntStream.rangeClosed(1, 99).forEach(n -> {
      expected.add("Статья " + n);
      if (n == 83) {
        expected.add("Статья 83-1");
      }
      if (n == 94) {
        expected.add("Статья 94-1");
        expected.add("Статья 94-2");
      }
    });
    assertThat(articles()).extracting(p -> p.num().orElseThrow().text()).containsExactlyElementsOf(expected);
    assertThat(expected).hasSize(102);
    assertThat(kz.provision(ProvisionId.parse("sec_vii__art_83-1"))).isPresent();
    assertThat(kz.provision(ProvisionId.parse("sec_ix__art_94-2"))).isPresent();
  }

  @Test
  void convert_kzConstitution_articlesInTheirSections() {
    Map<String, List<String>> bySection = new LinkedHashMap<>();
    for (Provision section : kz.body().children()) {
      bySection.put(section.num().orElseThrow().token(), section.children().stream()
          .map(a -> a.num().orElseThrow().token()).collect(Collectors.toList()));
    }
    assertThat(bySection.get("i")).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9");
    assertThat(bySection.get("ii")).hasSize(30).startsWith("10").endsWith("39");
    assertThat(bySection.get("iii")).containsExactly("40", "41", "42", "43", "44", "45", "46", "47", "48");
    assertThat(bySection.get("iv")).hasSize(15).startsWith("49").endsWith("63");
    assertThat(bySection.get("v")).containsExactly("64", "65", "66", "67", "68", "69", "70");
    assertThat(bySection.get("vi")).containsExactly("71", "72", "73", "74");
    assertThat(bySection.get("vii"))
        .containsExactly("75", "76", "77", "78", "79", "80", "81", "82", "83", "83-1", "84");
    assertThat(bySection.get("viii")).containsExactly("85", "86", "87", "88", "89");
    assertThat(bySection.get("ix"))
        .containsExactly("90", "91", "92", "93", "94", "94-1", "94-2", "95", "96", "97", "98", "99");
  }

  @Test
  void convert_kzConstitution_everyParagraphAndPointInItsArticle() {
    // Counted independently from the raw text: numbered lines between one "Статья" line and the next heading.
    Map<String, int[]> counted = countPerArticle();
    assertThat(counted).hasSize(102);
    for (Provision article : articles()) {
      String num = article.num().orElseThrow().text();
      int[] expected = counted.get(num);
      List<Provision> all = descendants(article);
      assertThat(all.stream().filter(p -> p.kind() == ProvisionKind.PARAGRAPH).count())
          .as("paragraphs of %s", num).isEqualTo(expected[0]);
      assertThat(all.stream().filter(p -> p.kind() == ProvisionKind.POINT).count())
          .as("points of %s", num).isEqualTo(expected[1]);
      assertThat(article.notes()).as("notes of %s", num).hasSize(expected[2]);
    }
    assertThat(articles().stream().flatMap(a -> descendants(a).stream())
        .filter(p -> p.kind() == ProvisionKind.PARAGRAPH).count()).isEqualTo(288);
  }

  @Test
  void convert_kzConstitution_articleShapes() {
    Provision art32 = article("32");
    assertThat(art32.children()).isEmpty();
    assertThat(art32.content()).hasSize(1);
    assertThat(art32.content().get(0).plain())
        .startsWith("Граждане Республики Казахстан вправе мирно и без оружия собираться")
        .endsWith("защиты прав и свобод других лиц.");

    Provision art39 = article("39");
    assertThat(art39.children()).extracting(p -> p.num().orElseThrow().text()).containsExactly("1.", "2.", "3.");
    assertThat(art39.notes()).singleElement().satisfies(n -> assertThat(n.text().plain())
        .startsWith("Сноска. Статья 39 с изменениями"));

    assertThat(article("2").children()).extracting(p -> p.num().orElseThrow().text())
        .containsExactly("1.", "2.", "3.", "3-1.", "4.");

    Provision art44 = article("44");
    assertThat(art44.content()).containsExactly(Text.of("Президент Республики Казахстан:"));
    assertThat(art44.children()).hasSize(22);
    assertThat(art44.children().get(10).num()).contains(Num.of("10-1)"));
    assertThat(art44.children().get(7).isRepealed()).isTrue();
    assertThat(art44.children().get(7).notes().get(0).text().plain())
        .startsWith("исключен Законом РК от 10.03.2017 № 51-VI");

    // Art. 52(5): a second list of "1) 2) 3)" introduced by its own sentence, and two closing paragraphs.
    Provision para5 = kz.provision(ProvisionId.parse("sec_iv__art_52__para_5")).orElseThrow();
    assertThat(para5.content()).hasSize(2);
    assertThat(para5.childSegments()).containsExactly("point_1", "point_2", "point_3", "list_1");
    Provision list = para5.children().get(3);
    assertThat(list.content()).containsExactly(Text.of("Депутат Мажилиса Парламента лишается своего мандата при:"));
    assertThat(list.children()).hasSize(3);
    assertThat(para5.wrapUp()).hasSize(2);

    // Art. 71(1) and 99(1): an unnumbered second paragraph stays with its numbered paragraph.
    assertThat(kz.provision(ProvisionId.parse("sec_vi__art_71__para_1")).orElseThrow().content()).hasSize(2);
    assertThat(kz.provision(ProvisionId.parse("sec_ix__art_99__para_1")).orElseThrow().content()).hasSize(2);

    Provision art84 = article("84");
    assertThat(art84.isRepealed()).isTrue();
    assertThat(art84.notes()).singleElement().satisfies(n -> assertThat(n.text().plain())
        .startsWith("Сноска. Статья 84 исключена Законом РК от 21.05.2007"));
  }

  @Test
  void convert_kzConstitution_footnotesKeptAndLinked() {
    List<Provision> all = descendants(kz.body());
    long footnotes = all.stream().flatMap(p -> p.notes().stream())
        .filter(n -> n.text().plain().startsWith("Сноска.")).count();
    long repealedTexts = all.stream().filter(p -> p.isRepealed() && p.kind() != ProvisionKind.ARTICLE).count();
    assertThat(footnotes).isEqualTo(64);
    assertThat(repealedTexts).isEqualTo(15);
    assertThat(all.stream().mapToInt(p -> p.notes().size()).sum()).isEqualTo(79);
    // Every footnote names the article (or section) it is attached to.
    for (Provision article : articles()) {
      for (var note : article.notes()) {
        assertThat(note.text().plain()).contains(article.num().orElseThrow().token());
      }
    }
    Provision section6 = kz.body().children().get(5);
    assertThat(section6.notes()).singleElement().satisfies(n -> assertThat(n.text().plain())
        .startsWith("Сноска. Заголовок раздела VI"));
    assertThat(kz.body().children().get(6).notes()).singleElement().satisfies(n -> assertThat(n.text().plain())
        .startsWith("Сноска. Заголовок раздела VII"));
  }

  @Test
  void convert_kzConstitution_amendingLawsAsLifecycleEvents() {
    assertThat(kz.lifecycle()).extracting(LifecycleEvent::type).containsOnly(LifecycleEvent.Type.AMENDMENT);
    assertThat(kz.lifecycle()).extracting(LifecycleEvent::date).containsExactly(
        LocalDate.of(1998, 10, 7), LocalDate.of(2007, 5, 21), LocalDate.of(2011, 2, 2), LocalDate.of(2017, 3, 10),
        LocalDate.of(2019, 3, 23), LocalDate.of(2022, 6, 8), LocalDate.of(2022, 9, 17));
    assertThat(kz.lifecycle()).extracting(e -> e.source().orElseThrow()).containsExactly(
        "Закон РК от 07.10.1998 № 284-I", "Закон РК от 21.05.2007 № 254-III", "Закон РК от 02.02.2011 № 403-IV",
        "Закон РК от 10.03.2017 № 51-VI", "Закон РК от 23.03.2019 № 238-VI", "Закон РК от 08.06.2022",
        "Закон РК от 17.09.2022 № 142-VII");
  }

  @Test
  void convert_kzConstitution_preambleAndFrontMatter() {
    ImmutableList<Text> blocks = kz.preamble().orElseThrow().blocks();
    assertThat(blocks.get(blocks.size() - 1).plain())
        .startsWith("Мы, народ Казахстана, объединенный общей исторической судьбой, созидая государственность")
        .endsWith("исходя из своего суверенного права, принимаем настоящую Конституцию.");
    assertThat(blocks.get(blocks.size() - 2).plain())
        .startsWith("Конституция Республики Казахстан Конституция принята на республиканском референдуме");
    assertThat(blocks.get(0).plain()).startsWith("Официальный текст на русском языке");
  }

  @Test
  void convert_kzConstitution_warnsAboutEveryGuessAtItsLine() {
    assertThat(conversion.droppedLines()).isEmpty();
    assertThat(conversion.warnings()).extracting(TextWarning::toString).containsExactly(
        "1:1: detected heading profile 'russian' (175 heading or note lines match it, 1567 of its common words occur)",
        "2:1: 7 block(s) of front matter between the title and the preamble (which starts at line 11) are kept at "
            + "the start of the preamble; the model has no other place for them",
        "280:1: a reference to Закон РК от 21.05.2007 without a number is taken to be Закон РК от 21.05.2007 № 254-III",
        "484:1: the note does not name the act before 'от 08.06.2022'; assumed Закон РК");
    assertThat(conversion.warnings().get(2).describe(conversion.sourceName())).startsWith(file + ":280:1: ");
  }

  @Test
  void convert_kzConstitution_losesNoText() {
    TextAccounting.assertNoTextLost(input, conversion);
  }

  @Test
  void renderThenConvert_kzConstitution_sameTree() {
    String text = TextRenderer.create().render(kz);
    Conversion back = TextConverter.create().withIdentity(IDENTITY).convert(text, "rendered");
    assertThat(shape(back.document().body())).isEqualTo(shape(kz.body()));
    assertThat(back.document().lifecycle()).isEqualTo(kz.lifecycle());
    assertThat(back.document().title()).isEqualTo(kz.title());
  }

  // ---------------------------------------------------------------- helpers

  private static List<Provision> articles() {
    return descendants(kz.body()).stream().filter(p -> p.kind() == ProvisionKind.ARTICLE)
        .collect(Collectors.toList());
  }

  private static Provision article(String number) {
    return articles().stream().filter(a -> a.num().orElseThrow().token().equals(number)).findFirst().orElseThrow();
  }

  private static List<Provision> descendants(Provision root) {
    return new ArrayList<>(root.descendants().values());
  }

  /** Paragraphs ("1."), points ("1)") and footnotes per article, counted line by line in the raw text. */
  private static Map<String, int[]> countPerArticle() {
    Pattern article = Pattern.compile("Статья [0-9]+(-[0-9]+)?");
    Pattern paragraph = Pattern.compile("[0-9]+(-[0-9]+)?\\. .*");
    Pattern point = Pattern.compile("[0-9]+(-[0-9]+)?\\) .*");
    Map<String, int[]> counts = new LinkedHashMap<>();
    int[] current = null;
    for (String line : input.split("\n")) {
      if (article.matcher(line).matches()) {
        current = new int[3];
        counts.put(line, current);
      } else if (line.startsWith("Раздел ")) {
        current = null;
      } else if (current != null && paragraph.matcher(line).matches()) {
        current[0]++;
      } else if (current != null && point.matcher(line).matches()) {
        current[1]++;
      } else if (current != null && line.startsWith("Сноска.")) {
        current[2]++;
      }
    }
    return counts;
  }

  /** The tree as kinds, numbers and whitespace-normalised texts: what a plain-text round trip must keep. */
  private static String shape(Provision p) {
    StringBuilder out = new StringBuilder();
    shape(p, out, 0);
    return out.toString();
  }

  private static void shape(Provision p, StringBuilder out, int depth) {
    out.append("  ".repeat(depth)).append(p.kind()).append(' ').append(p.num().map(Num::text).orElse("-"))
        .append(' ').append(p.status()).append(" | ").append(p.heading().map(h -> Text.normalize(h.plain())).orElse(""))
        .append('\n');
    p.content().forEach(t -> out.append("  ".repeat(depth)).append("  c ").append(Text.normalize(t.plain())).append('\n'));
    p.children().forEach(c -> shape(c, out, depth + 1));
    p.wrapUp().forEach(t -> out.append("  ".repeat(depth)).append("  w ").append(Text.normalize(t.plain())).append('\n'));
    p.notes().forEach(n -> out.append("  ".repeat(depth)).append("  n ").append(Text.normalize(n.text().plain())).append('\n'));
  }

}
