package org.lexkit.rights.extraction;

import com.google.common.base.CharMatcher;
import java.util.Locale;
import java.util.regex.Pattern;

/** How wordings are compared: the normal form of a piece of text, and the verbatim form of a list item. */
final class Wording {
  private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");
  private static final CharMatcher WHITESPACE = CharMatcher.whitespace();
  private static final CharMatcher EDGE_PUNCTUATION = CharMatcher.anyOf(".,;:!?\"«»“”„'’ \t\n\r\u00a0");
  private static final CharMatcher ITEM_EDGE = CharMatcher.anyOf(".,;:\"«»“”„ \t\n\r\u00a0");

  private Wording() {}

  /**
   * Returns the form in which wordings are looked up: lower case (root locale), ё as е, typographic apostrophes
   * as ASCII, text in parentheses dropped ("public order (ordre public)" is "public order"), whitespace collapsed,
   * punctuation at either end removed.
   */
  static String normalize(String text) {
    String s = text.toLowerCase(Locale.ROOT).replace('ё', 'е').replace('’', '\'');
    String previous;
    do {
      previous = s;
      s = PARENTHESES.matcher(s).replaceAll(" ");
    } while (!s.equals(previous));
    s = WHITESPACE.trimAndCollapseFrom(s, ' ');
    return EDGE_PUNCTUATION.trimFrom(s);
  }

  /** Returns a list item as it will be kept: the text's own words, whitespace collapsed, edge punctuation removed. */
  static String item(String text) {
    return ITEM_EDGE.trimFrom(WHITESPACE.trimAndCollapseFrom(text, ' '));
  }
}
