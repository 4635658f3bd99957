package org.lexkit.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.io.Resources;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexkit.core.document.DocumentIdentity;
import org.lexkit.core.document.DocumentType;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.document.LifecycleEvent;
import org.lexkit.core.provision.Num;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.ProvisionKind;
import org.lexkit.core.provision.Text;

class TextConverterTest {
  private static final TextConverter RUSSIAN = TextConverter.create().withProfile(HeadingProfile.RUSSIAN);
  private static final TextConverter ENGLISH = TextConverter.create().withProfile(HeadingProfile.ENGLISH);

  // ---------------------------------------------------------------- realistic fixtures

  @Test
  void convert_englishAct_partsChaptersSectionsSubsectionsPointsAndSchedule() throws IOException {
    String text = resource("data-protection-act.en.txt");
    Conversion conversion = TextConverter.create().convert(text, "data-protection-act.en.txt");
    LegalDocument act = conversion.document();

    assertThat(conversion.profile()).isEqualTo(HeadingProfile.ENGLISH);
    assertThat(act.title()).isEqualTo("DATA PROTECTION AND DIGITAL RECORDS ACT 2019");
    assertThat(act.preamble().orElseThrow().blocks()).extracting(Text::plain).containsExactly(
        "An Act to make provision for the protection of personal data held by public bodies, to establish the "
            + "Office of the Data Commissioner, and for connected purposes.",
        "[Assented to 12 March 2019]");
    assertThat(act.body().childSegments()).containsExactly("part_1", "part_2", "hcontainer_1");
    assertThat(heading(act, "part_1")).isEqualTo("PRELIMINARY");
    assertThat(heading(act, "part_1__sec_2")).isEqualTo("Interpretation");
    assertThat(heading(act, "part_2__chp_i")).isEqualTo("Establishment");
    assertThat(heading(act, "hcontainer_1")).isEqualTo("PUBLIC BODIES");

    Provision interpretation = provision(act, "part_1__sec_2__para_1");
    assertThat(interpretation.num()).contains(Num.of("(1)"));
    assertThat(interpretation.childSegments()).containsExactly("point_a", "point_b", "point_c", "point_d");
    assertThat(provision(act, "part_1__sec_2__para_1__point_b").content()).containsExactly(Text.of(
        "\"personal data\" means any information relating to an identified or identifiable living individual;"));
    assertThat(provision(act, "part_1__sec_2__para_1__point_c").childSegments())
        .containsExactly("point_i", "point_ii", "point_iii");
    assertThat(provision(act, "part_1__sec_2").notes()).extracting(n -> n.text().plain())
        .containsExactly("Note. Section 2 amended by Act No. 7 of 01.07.2021.");
    assertThat(provision(act, "part_2__chp_i__sec_3__para_3").isRepealed()).isTrue();
    assertThat(provision(act, "part_2__chp_ii__sec_5a").num()).contains(Num.of("Section 5A"));
    assertThat(provision(act, "hcontainer_1").childSegments()).containsExactly("para_1", "para_2", "para_3");

    assertThat(act.lifecycle()).containsExactly(
        LifecycleEvent.of(LocalDate.of(2021, 7, 1), LifecycleEvent.Type.AMENDMENT, "Act No. 7 of 01.07.2021"),
        LifecycleEvent.of(LocalDate.of(2023, 2, 15), LifecycleEvent.Type.AMENDMENT, "Act No. 2 of 15.02.2023"));
    assertThat(conversion.droppedLines()).extracting(TextWarning::line).containsExactly(40, 41, 60, 61, 72, 73);
    assertThat(conversion.warnings()).extracting(TextWarning::toString).contains(
        "7:1: took 'PRELIMINARY' as the heading of 'PART 1'",
        "40:37: dropped page number '- 2 -'",
        "41:1: dropped running header 'DATA PROTECTION AND DIGITAL RECORDS ACT 2019'",
        "58:1: '(1)' repeats the number of an earlier paragraph in 'Section 5'; kept as text");
    TextAccounting.assertNoTextLost(text, conversion);
  }

  @Test
  void convert_russianLaw_chaptersArticlesPointsNotesAndNoise() throws IOException {
    String text = resource("local-government-law.ru.txt");
    Conversion conversion = TextConverter.create().convert(text, "local-government-law.ru.txt");
    LegalDocument law = conversion.document();

    assertThat(law.title()).isEqualTo("ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН");
    assertThat(law.body().childSegments()).containsExactly("chp_1", "chp_2");
    assertThat(heading(law, "chp_1")).isEqualTo("Общие положения");
    assertThat(heading(law, "chp_2")).isEqualTo("Маслихат");
    assertThat(heading(law, "chp_1__art_1")).isEqualTo("Основные понятия");
    assertThat(provision(law, "chp_1__art_1").childSegments())
        .containsExactly("point_1", "point_2", "point_2-1", "point_3");
    // A point wrapped over two lines is one block.
    assertThat(provision(law, "chp_1__art_1__point_2-1").content()).containsExactly(Text.of(
        "местное сообщество – совокупность жителей, проживающих на территории административно-территориальной"
            + " единицы;"));
    // A paragraph broken by a page number and a running header is one block again.
    assertThat(provision(law, "chp_1__art_2__para_2").content()).containsExactly(Text.of(
        "Если международным договором установлены иные правила, то применяются правила международного договора."));
    assertThat(provision(law, "chp_2__art_3__para_1__point_1").childSegments()).containsExactly("point_а", "point_б");
    assertThat(provision(law, "chp_2__art_3__para_1__point_3").isRepealed()).isTrue();
    assertThat(provision(law, "chp_2__art_3__para_2").wrapUp())
        .containsExactly(Text.of("Решения маслихата принимаются на сессии."));
    assertThat(provision(law, "chp_2__art_4").isRepealed()).isTrue();
    assertThat(provision(law, "chp_2__art_5__para_1").content()).extracting(Text::plain)
        .containsExactly("Акимат возглавляется акимом.", "1. Акимат является коллегиальным органом.");
    assertThat(law.lifecycle()).extracting(e -> e.source().orElseThrow())
        .containsExactly("Закон РК от 12.01.2007 № 222-III", "Закон РК от 09.04.2016 № 501-V");
    assertThat(conversion.droppedLines()).extracting(w -> w.droppedText().orElseThrow()).containsExactly(
        "- 12 -", "Закон о местном государственном управлении", "- 13 -",
        "Закон о местном государственном управлении", "- 14 -", "Закон о местном государственном управлении");
    TextAccounting.assertNoTextLost(text, conversion);
  }

  // ---------------------------------------------------------------- headings

  @Test
  void convert_sectionHeadingOnNextLine_takesItAsHeading() {
    LegalDocument doc = RUSSIAN.convert("Закон\nРаздел I.\nОбщие положения\nСтатья 1\nТекст.\n", "t").document();
    Provision section = doc.body().children().get(0);
    assertThat(section.num()).contains(Num.of("Раздел I."));
    assertThat(section.heading()).contains(Text.of("Общие положения"));
    assertThat(section.childSegments()).containsExactly("art_1");
  }

  @Test
  void convert_headingContinuedInLowerCase_joinsIt() {
    LegalDocument doc = RUSSIAN.convert("Закон\nРаздел VIII\nМестное государственное управление\nи самоуправление\n"
        + "Статья 85\nТекст.\n", "t").document();
    assertThat(doc.body().children().get(0).heading())
        .contains(Text.of("Местное государственное управление и самоуправление"));
  }

  @Test
  void convert_articleLabelAlone_nextLineIsContentNotHeading() {
    LegalDocument doc = RUSSIAN.convert("Закон\nСтатья 8\nРеспублика уважает нормы права.\n", "t").document();
    Provision article = doc.body().children().get(0);
    assertThat(article.heading()).isEmpty();
    assertThat(article.content()).containsExactly(Text.of("Республика уважает нормы права."));
  }

  @Test
  void convert_sentenceStartingWithKeyword_staysText() {
    LegalDocument doc = RUSSIAN.convert("Закон\nСтатья 1\nТекст:\nСтатья 5 настоящего закона не применяется.\n", "t")
        .document();
    assertThat(doc.body().childSegments()).containsExactly("art_1");
    assertThat(doc.body().children().get(0).content()).extracting(Text::plain)
        .containsExactly("Текст:", "Статья 5 настоящего закона не применяется.");
  }

  @Test
  void convert_englishGuessedHeading_warnsWithItsLine() {
    Conversion conversion = ENGLISH.convert("An Act\nPart 1\nGeneral\nArticle 1\nText.\n", "t");
    assertThat(conversion.document().body().children().get(0).heading()).contains(Text.of("General"));
    assertThat(conversion.warnings()).extracting(TextWarning::toString)
        .contains("3:1: took 'General' as the heading of 'Part 1'");
  }

  @Test
  void convert_englishLineThatIsASentence_notTakenAsHeading() {
    Conversion conversion = ENGLISH.convert("An Act\nArticle 32\nCitizens shall have the right to assemble,\n"
        + "to hold meetings and rallies.\n", "t");
    Provision article = conversion.document().body().children().get(0);
    assertThat(article.heading()).isEmpty();
    assertThat(article.content()).containsExactly(
        Text.of("Citizens shall have the right to assemble, to hold meetings and rallies."));
  }

  // ---------------------------------------------------------------- numbering

  @Test
  void convert_letterOrRoman_decidedByTheNumberingThatContinues() {
    String text = "An Act\nArticle 1\n1. Terms:\n(a) one;\n(b) two;\n(c) three;\n(d) four;\n(e) five;\n(f) six;\n"
        + "(g) seven;\n(h) eight, namely:\n(i) first;\n(ii) second;\n(i) nine;\n(j) ten.\n";
    Provision paragraph = provision(ENGLISH.convert(text, "t").document(), "art_1__para_1");
    assertThat(paragraph.childSegments()).containsExactly(
        "point_a", "point_b", "point_c", "point_d", "point_e", "point_f", "point_g", "point_h", "point_i", "point_j");
    assertThat(paragraph.children().get(7).childSegments()).containsExactly("point_i", "point_ii");
    assertThat(paragraph.children().get(8).content()).containsExactly(Text.of("nine;"));
  }

  @Test
  void convert_russianDecimalArticleNumbers_keptAsPrinted() {
    LegalDocument doc = RUSSIAN.convert("Кодекс\nСтатья 12.1. Нарушение правил\nТекст.\nСтатья 12.2\nТекст.\n", "t")
        .document();
    assertThat(doc.body().childSegments()).containsExactly("art_12.1", "art_12.2");
    assertThat(doc.body().children().get(0).heading()).contains(Text.of("Нарушение правил"));
  }

  @Test
  void convert_repeatedNumber_keptAsTextWithWarning() {
    Conversion conversion = RUSSIAN.convert("Закон\nСтатья 1\n1. Первый.\n2. Второй.\n2. Снова второй.\n", "t");
    Provision second = provision(conversion.document(), "art_1__para_2");
    assertThat(second.content()).extracting(Text::plain).containsExactly("Второй.", "2. Снова второй.");
    assertThat(conversion.warnings()).extracting(TextWarning::toString)
        .contains("5:1: '2.' repeats the number of an earlier paragraph in 'Статья 1'; kept as text");
  }

  @Test
  void convert_numberGoingBackwards_warnsOutOfOrder() {
    Conversion conversion = RUSSIAN.convert("Закон\nСтатья 5\nТекст.\nСтатья 3\nТекст.\n", "t");
    assertThat(conversion.document().body().childSegments()).containsExactly("art_5", "art_3");
    assertThat(conversion.warnings()).extracting(TextWarning::toString)
        .contains("4:1: 'Статья 3' comes after a higher number in the body (out of order)");
  }

  @Test
  void convert_secondListAfterText_becomesAnUnnumberedList() {
    String text = "Закон\nСтатья 1\n1. Мандат прекращается:\n1) при выезде;\n2) при утрате гражданства.\n"
        + "Депутат лишается мандата при:\n1) выходе из партии;\n2) отзыве.\nРешение принимает Палата.\n";
    Provision paragraph = provision(RUSSIAN.convert(text, "t").document(), "art_1__para_1");
    assertThat(paragraph.childSegments()).containsExactly("point_1", "point_2", "list_1");
    assertThat(paragraph.children().get(2).kind()).isEqualTo(ProvisionKind.LIST);
    assertThat(paragraph.children().get(2).content()).containsExactly(Text.of("Депутат лишается мандата при:"));
    assertThat(paragraph.wrapUp()).containsExactly(Text.of("Решение принимает Палата."));
  }

  // ---------------------------------------------------------------- notes and amendments

  @Test
  void convert_amendmentNotes_eventsDeduplicatedAndInDateOrder() {
    String text = "Закон\nСтатья 1\nТекст.\nСноска. Статья 1 с изменениями, внесенными законами РК от 10.03.2017 "
        + "№ 51-VI (вводится в действие с 01.01.2018); от 21.05.2007 № 254-III.\nСтатья 2\n"
        + "1. Исключен Законом РК от 21.05.2007 № 254-III.\n2. Текст.\n"
        + "Сноска. Статья 2 с изменением, внесенным Указом Президента РК от 01.02.2003 № 5.\n";
    LegalDocument doc = RUSSIAN.convert(text, "t").document();
    assertThat(doc.lifecycle()).extracting(e -> e.date() + " " + e.source().orElseThrow()).containsExactly(
        "2003-02-01 Указ Президента РК от 01.02.2003 № 5",
        "2007-05-21 Закон РК от 21.05.2007 № 254-III",
        "2017-03-10 Закон РК от 10.03.2017 № 51-VI");
    assertThat(provision(doc, "art_2__para_1").isRepealed()).isTrue();
    assertThat(provision(doc, "art_2__para_1").notes()).extracting(n -> n.text().plain())
        .containsExactly("Исключен Законом РК от 21.05.2007 № 254-III.");
  }

  @Test
  void convert_noteBeforeFirstProvision_keptAsPreambleWithWarning() {
    Conversion conversion = RUSSIAN.convert("Закон\nСноска. Текст изменен.\nСтатья 1\nТекст.\n", "t");
    assertThat(conversion.document().preamble().orElseThrow().blocks())
        .containsExactly(Text.of("Сноска. Текст изменен."));
    assertThat(conversion.warnings()).extracting(TextWarning::toString)
        .contains("2:1: a note before the first provision has nothing to attach to; kept as text");
  }

  @Test
  void convert_invalidDateInNote_warnsAndMakesNoEvent() {
    Conversion conversion = RUSSIAN.convert("Закон\nСтатья 1\nТекст.\nСноска. Изменена Законом РК от 31.02.2007.\n",
        "t");
    assertThat(conversion.document().lifecycle()).isEmpty();
    assertThat(conversion.warnings()).extracting(TextWarning::toString)
        .contains("4:1: 'от 31.02.2007' is not a valid date; no life-cycle event made for it");
  }

  // ---------------------------------------------------------------- noise

  @Test
  void convert_pageNumberSequence_droppedAndReported() {
    String text = "Закон\nСтатья 1\nПервая строка.\n\n1\n\nВторая строка.\nТретья строка.\n- 2 -\nЧетвертая.\n"
        + "Пятая.\nШестая.\nстр. 3\nСедьмая.\n";
    Conversion conversion = RUSSIAN.convert(text, "t");
    assertThat(conversion.droppedLines()).extracting(TextWarning::toString).containsExactly(
        "5:1: dropped page number '1'", "9:1: dropped page number '- 2 -'", "13:1: dropped page number 'стр. 3'");
    assertThat(conversion.document().body().children().get(0).content()).hasSize(7);
    TextAccounting.assertNoTextLost(text, conversion);
  }

  @Test
  void convert_loneNumberLine_keptAsTextWithWarning() {
    Conversion conversion = RUSSIAN.convert("Закон\nСтатья 1\nСумма составляет\n100\nтенге.\n", "t");
    assertThat(conversion.droppedLines()).isEmpty();
    assertThat(conversion.document().body().children().get(0).content())
        .containsExactly(Text.of("Сумма составляет 100 тенге."));
    assertThat(conversion.warnings()).extracting(TextWarning::toString).contains(
        "4:1: '100' looks like a page number but is not part of a sequence of page numbers; kept as text");
  }

  @Test
  void convert_numberAfterFormFeed_droppedAsPageNumber() {
    Conversion conversion = RUSSIAN.convert("Закон\nСтатья 1\nПервая.\n\f7\nВторая.\n", "t");
    assertThat(conversion.droppedLines()).extracting(TextWarning::toString)
        .containsExactly("4:2: dropped page number '7'");
  }

  @Test
  void convert_repeatedLineAwayFromPageNumbers_keptWithOneWarning() {
    String text = "Закон\nСтатья 1\nОглавление\nПервая.\nСтатья 2\nОглавление\nВторая.\nСтатья 3\nОглавление\n";
    Conversion conversion = RUSSIAN.convert(text, "t");
    assertThat(conversion.droppedLines()).isEmpty();
    assertThat(conversion.warnings()).filteredOn(w -> w.message().contains("running header")).hasSize(1);
  }

  @Test
  void convert_titleRepeatedOnEveryPage_droppedAsRunningHeader() {
    String text = "Закон о земле\nСтатья 1\nПервая.\nЗакон о земле\nСтатья 2\nВторая.\nЗакон о земле\n";
    Conversion conversion = RUSSIAN.convert(text, "t");
    assertThat(conversion.document().title()).isEqualTo("Закон о земле");
    assertThat(conversion.droppedLines()).extracting(TextWarning::line).containsExactly(4, 7);
  }

  @Test
  void convert_crLfAndIndentation_sameAsPlainLines() {
    LegalDocument plain = RUSSIAN.convert("Закон\nСтатья 1\n1. Текст.\n", "t").document();
    LegalDocument windows = RUSSIAN.convert("Закон\r\n   Статья 1  \r\n\t1. Текст.\r\n", "t").document();
    assertThat(windows.body()).isEqualTo(plain.body());
  }

  // ---------------------------------------------------------------- odd inputs

  @Test
  void convert_textWithoutHeadings_keptAsOneUnnumberedBlock() {
    Conversion conversion = RUSSIAN.convert("Письмо\nУважаемые коллеги!\nСообщаем о переносе.\n", "t");
    LegalDocument doc = conversion.document();
    assertThat(doc.title()).isEqualTo("Письмо");
    assertThat(doc.body().children()).singleElement().satisfies(block -> {
      assertThat(block.kind()).isEqualTo(ProvisionKind.HCONTAINER);
      assertThat(block.content()).extracting(Text::plain)
          .containsExactly("Уважаемые коллеги!", "Сообщаем о переносе.");
    });
    assertThat(conversion.warnings()).extracting(TextWarning::message)
        .contains("no headings of profile 'russian' found; the text is kept as one unnumbered block");
  }

  @Test
  void convert_emptyText_emptyDocumentTitledAfterSource() {
    Conversion conversion = RUSSIAN.convert("", "empty.txt");
    assertThat(conversion.document().title()).isEqualTo("empty.txt");
    assertThat(conversion.document().body().children()).isEmpty();
    assertThat(conversion.warnings()).extracting(TextWarning::message)
        .contains("the input has no text; the document is empty and titled after its source");
  }

  @Test
  void convert_headingOnFirstLine_titledAfterSourceWithWarning() {
    Conversion conversion = RUSSIAN.convert("Статья 1\nТекст.\n", "law.txt");
    assertThat(conversion.document().title()).isEqualTo("law.txt");
    assertThat(conversion.warnings()).extracting(TextWarning::toString)
        .contains("1:1: no title line before the first heading; the document is titled after its source");
  }

  @Test
  void convert_identity_usedWhenGivenPlaceholderOtherwise() {
    DocumentIdentity kz = DocumentIdentity.of("kz", DocumentType.ACT, LocalDate.of(2001, 1, 23), "148", "rus");
    assertThat(RUSSIAN.withIdentity(kz).convert("Закон\nСтатья 1\nТекст.\n", "t").document().identity())
        .isEqualTo(kz);
    Conversion placeholder = RUSSIAN.convert("Закон\nСтатья 1\nТекст.\n", "dir/Закон о земле.txt");
    assertThat(placeholder.document().identity()).isEqualTo(DocumentIdentity.of(
        "xx", DocumentType.OTHER, LocalDate.of(1970, 1, 1), "Закон-о-земле", "rus"));
    // The name becomes the AKN work number, which cannot hold a '.'.
    assertThat(RUSSIAN.convert("Закон\nСтатья 1\nТекст.\n", "dir/constitution-1995.ru.txt").document().identity()
        .name()).isEqualTo("constitution-1995-ru");
  }

  // ---------------------------------------------------------------- bytes and encodings

  @Test
  void convert_utf8BytesWithByteOrderMark_decoded() {
    byte[] bytes = ("\uFEFFЗакон\nСтатья 1\nТекст.\n").getBytes(StandardCharsets.UTF_8);
    assertThat(RUSSIAN.convert(bytes, "t").document().title()).isEqualTo("Закон");
  }

  @Test
  void convert_windows1251Bytes_refusedWithLocationAndHint() {
    byte[] bytes = "Закон\nСтатья 1\n".getBytes(Charset.forName("windows-1251"));
    assertThatThrownBy(() -> RUSSIAN.convert(bytes, "law.txt"))
        .isInstanceOf(TextConversionException.class)
        .hasMessageStartingWith("law.txt:1:1: the input is not valid UTF-8: byte 0xC7 at offset 0 cannot be decoded.")
        .hasMessageContaining("windows-1251");
  }

  @Test
  void convert_windows1251BytesWithCharset_decoded() {
    byte[] bytes = "Закон\nСтатья 1\nТекст.\n".getBytes(Charset.forName("windows-1251"));
    LegalDocument doc = RUSSIAN.withCharset(Charset.forName("windows-1251")).convert(bytes, "t").document();
    assertThat(doc.title()).isEqualTo("Закон");
    assertThat(doc.body().childSegments()).containsExactly("art_1");
  }

  @Test
  void convert_invalidUtf8InLaterLine_locatesTheByte() {
    byte[] head = "Закон\nСтатья 1\nТекст ".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 1];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xFF;
    assertThatThrownBy(() -> RUSSIAN.convert(bytes, "law.txt"))
        .isInstanceOfSatisfying(TextConversionException.class, e -> {
          assertThat(e.line()).isEqualTo(3);
          assertThat(e.column()).isEqualTo(7);
          assertThat(e.detail()).startsWith("the input is not valid UTF-8: byte 0xFF");
        });
  }

  @Test
  void convert_binaryBytes_refused() {
    byte[] pdf = {'%', 'P', 'D', 'F', '-', '1', '.', '4', '\n', 0, 1, 2};
    assertThatThrownBy(() -> RUSSIAN.convert(pdf, "scan.pdf"))
        .isInstanceOf(TextConversionException.class)
        .hasMessageStartingWith("scan.pdf:2:1: the input contains a NUL byte at offset 9; this is binary data");
  }

  @Test
  void convert_utf16ByteOrderMark_refusedUnlessCharsetGiven() {
    byte[] bytes = "Закон\nСтатья 1\nТекст.\n".getBytes(StandardCharsets.UTF_16);
    assertThatThrownBy(() -> RUSSIAN.convert(bytes, "t"))
        .isInstanceOf(TextConversionException.class)
        .hasMessageContaining("UTF-16 byte-order mark");
    assertThat(RUSSIAN.withCharset(StandardCharsets.UTF_16).convert(bytes, "t").document().title())
        .isEqualTo("Закон");
  }

  @Test
  void convert_controlCharacterInString_refusedWithLocation() {
    assertThatThrownBy(() -> RUSSIAN.convert("Закон\nСт\u0007атья 1\n", "t"))
        .isInstanceOf(TextConversionException.class)
        .hasMessage("t:2:3: control character U+0007; this is binary data, not plain text");
  }

  @Test
  void convert_path_readsFileAndNamesItInWarnings(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("law.txt");
    Files.writeString(file, "Закон\nСтатья 1\nТекст.\n1\n", StandardCharsets.UTF_8);
    Conversion conversion = RUSSIAN.convert(file);
    assertThat(conversion.sourceName()).isEqualTo(file.toString());
    assertThat(conversion.warnings().get(0).describe(conversion.sourceName())).startsWith(file + ":");
  }

  // ---------------------------------------------------------------- profiles

  @Test
  void convert_kazakhText_sectionsArticlesAndNotes() {
    String text = "ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ КОНСТИТУЦИЯСЫ\nБіз, Қазақстан халқы, осы Конституцияны қабылдаймыз.\n"
        + "I бөлім\nЖАЛПЫ ЕРЕЖЕЛЕР\n1-бап\n1. Қазақстан Республикасы демократиялық мемлекет.\n"
        + "2. Республика қызметінің түбегейлі принциптері.\n"
        + "Ескерту. 1-бапқа өзгеріс енгізілді - ҚР 2007.05.21 № 254 Заңымен.\nII бөлім\nАДАМ ЖӘНЕ АЗАМАТ\n"
        + "10-бап\nАзаматтық заңға сәйкес алынады.\n";
    Conversion conversion = TextConverter.create().convert(text, "kz.kaz.txt");
    LegalDocument doc = conversion.document();
    assertThat(conversion.profile()).isEqualTo(HeadingProfile.KAZAKH);
    assertThat(doc.body().childSegments()).containsExactly("sec_i", "sec_ii");
    assertThat(heading(doc, "sec_i")).isEqualTo("бөлім ЖАЛПЫ ЕРЕЖЕЛЕР");
    assertThat(provision(doc, "sec_i").childSegments()).containsExactly("art_1-бап");
    assertThat(provision(doc, "sec_i__art_1-бап").childSegments()).containsExactly("para_1", "para_2");
    assertThat(doc.lifecycle()).extracting(e -> e.source().orElseThrow())
        .containsExactly("ҚР 2007.05.21 № 254 Заңы");
    assertThat(doc.preamble().orElseThrow().blocks()).hasSize(1);
    TextAccounting.assertNoTextLost(text, conversion);
  }

  @Test
  void withers_returnIndependentConverters() {
    TextConverter base = TextConverter.create();
    TextConverter russian = base.withProfile(HeadingProfile.RUSSIAN);
    assertThat(russian).isNotSameAs(base);
    assertThat(russian.withDetectedProfile().convert("Article 1\nText.\n", "t").profile())
        .isEqualTo(HeadingProfile.ENGLISH);
    assertThat(base.withDetectedProfile()).isSameAs(base);
  }

  // ---------------------------------------------------------------- helpers

  static String resource(String name) throws IOException {
    return Resources.toString(Resources.getResource(TextConverterTest.class, name), StandardCharsets.UTF_8);
  }

  private static Provision provision(LegalDocument doc, String id) {
    return doc.provision(ProvisionId.parse(id)).orElseThrow(() -> new AssertionError("no provision " + id));
  }

  private static String heading(LegalDocument doc, String id) {
    return provision(doc, id).heading().orElseThrow().plain();
  }
}
