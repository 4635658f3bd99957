package org.lexkit.text;

import java.util.Locale;
import java.util.Set;

/**
 * The line-joining rules shared by the converter and the renderer, so that what the renderer writes as separate
 * blocks the converter reads as separate blocks.
 *
 * <p>Text extracted from PDF breaks sentences across lines. A text line continues the block before it when it
 * starts with a lower-case letter, or when that block does not end a sentence (with {@code . ! ? ; : …}, possibly
 * followed by closing quotes or brackets). A heading continues only on a lower-case line, because headings rarely
 * end with punctuation and the line after a heading is usually new text.
 */
final class TextRules {
  private static final String TERMINAL = ".!?;:…";
  private static final String CLOSING = ")]»\"”'’";

  private TextRules() {}

  /** Returns whether {@code text} ends a sentence or clause. */
  static boolean endsSentence(CharSequence text) {
    int i = text.length() - 1;
    while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || CLOSING.indexOf(text.charAt(i)) >= 0)) {
      i--;
    }
    return i >= 0 && TERMINAL.indexOf(text.charAt(i)) >= 0;
  }

  /** Returns whether {@code line} starts with a lower-case letter. */
  static boolean startsLowerCase(String line) {
    return !line.isEmpty() && Character.isLowerCase(line.codePointAt(0));
  }

  /**
   * Returns whether a text line continues the block before it.
   *
   * @param previous the block so far
   * @param line the next line, trimmed
   * @param heading whether the block is a heading
   */
  static boolean continues(CharSequence previous, String line, boolean heading) {
    return startsLowerCase(line) || (!heading && !endsSentence(previous)) || (heading && endsOpen(previous));
  }

  /** Words a sentence has at least; a heading that ends like a sentence ("Objeto de la ley.") has fewer. */
  private static final int SENTENCE_WORDS = 8;

  /**
   * Returns whether the rest of a heading label's line is a sentence rather than a heading: it ends a sentence or
   * clause and has {@value #SENTENCE_WORDS} words or more ("Art. 5º Todos são iguais perante a lei, ...").
   */
  static boolean isSentence(String text) {
    if (!endsSentence(text)) {
      return false;
    }
    int words = 1;
    for (int i = 0; i < text.length() && words < SENTENCE_WORDS; i++) {
      if (text.charAt(i) == ' ') {
        words++;
      }
    }
    return words >= SENTENCE_WORDS;
  }

  /**
   * Whether a heading stops where it cannot end: after a comma, a hyphen, or a short connecting word ("AMENDMENT
   * OF" / "THE CONSTITUTION", "Gesetz über die" / "Errichtung ..."), so the next line is its second half.
   */
  private static boolean endsOpen(CharSequence heading) {
    int end = heading.length();
    while (end > 0 && Character.isWhitespace(heading.charAt(end - 1))) {
      end--;
    }
    if (end == 0) {
      return false;
    }
    char last = heading.charAt(end - 1);
    if (last == ',' || last == '-' || last == '–' || last == '—') {
      return true;
    }
    int start = end;
    while (start > 0 && Character.isLetter(heading.charAt(start - 1))) {
      start--;
    }
    // Only after a word of several: a one-word heading ("Art", "DE") is not cut off.
    return end - start >= 2 && end - start <= 3 && start > 0 && heading.charAt(start - 1) == ' '
        && CONNECTIVES.contains(heading.subSequence(start, end).toString().toLowerCase(Locale.ROOT));
  }

  /** Short words that join the parts of a title in the languages of the built-in profiles. */
  private static final Set<String> CONNECTIVES = Set.of(
      "of", "the", "and", "to", "for", "in", "on", "by", "de", "la", "le", "les", "des", "du", "et", "à",
      "der", "die", "das", "und", "für", "von", "zur", "zum", "im", "del", "los", "las", "a",
      "da", "do", "dos", "di", "il", "per", "dei", "con", "na", "по",
      "та", "van", "het", "en", "op", "ac", "yr", "και", "της", "του", "των");
}
