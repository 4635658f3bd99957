package org.lexkit.text;

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
    return startsLowerCase(line) || (!heading && !endsSentence(previous));
  }
}
