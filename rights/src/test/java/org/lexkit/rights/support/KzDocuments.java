package org.lexkit.rights.support;

import java.time.LocalDate;
import java.util.List;
import org.lexkit.core.document.LegalDocument;

/** The Kazakh documents of the shared domain folder, built with {@link TextDocuments}. */
public final class KzDocuments {
  public static final LocalDate ADOPTED_1995 = LocalDate.of(1995, 8, 30);
  public static final LocalDate ADOPTED_2026 = LocalDate.of(2026, 3, 15);

  private KzDocuments() {}

  /** The official Russian text of 1995, as amended to 2022, all 99 articles. */
  public static LegalDocument constitution1995Russian() {
    List<String> lines = DomainTexts.lines("kz/constitution-1995.ru.txt");
    return TextDocuments.russian(TextDocuments.identity("constitution", "rus", ADOPTED_1995),
        "Конституция Республики Казахстан", lines.subList(9, lines.size()));
  }

  /** The English key articles of 1995 (arts. 5(3), 12(5), 20, 32, 39, 90, 91), unofficial translations. */
  public static LegalDocument constitution1995English() {
    List<String> lines = DomainTexts.lines("kz/constitution-1995-key-articles.en.txt");
    return TextDocuments.englishResearch(TextDocuments.identity("constitution", "eng", ADOPTED_1995),
        "Constitution of the Republic of Kazakhstan", TextDocuments.between(lines, "PART A — KEY PROVISIONS", null));
  }

  /** The Russian key articles of 2026 (arts. 2(7), 6(3), 7, 15(5), 20, 23, 26, 34, 41, 43, 92-94, 96). */
  public static LegalDocument constitution2026Russian() {
    List<String> lines = DomainTexts.lines("kz/constitution-2026-key-articles.txt");
    return TextDocuments.russian(TextDocuments.identity("constitution", "rus", ADOPTED_2026),
        "Конституция Республики Казахстан", TextDocuments.between(lines, "RUSSIAN TEXT (verbatim", "ENGLISH"));
  }

  /** The literal working translation of 2026 arts. 23, 34, 41, 92 and 93 into English. */
  public static LegalDocument constitution2026English() {
    List<String> lines = DomainTexts.lines("kz/constitution-2026-key-articles.txt");
    return TextDocuments.englishWorkingTranslation(TextDocuments.identity("constitution", "eng", ADOPTED_2026),
        "Constitution of the Republic of Kazakhstan",
        TextDocuments.between(lines, "(b) Researcher's working translation", "====="));
  }
}
