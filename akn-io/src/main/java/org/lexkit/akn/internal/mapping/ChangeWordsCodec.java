package org.lexkit.akn.internal.mapping;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lexkit.core.amendment.ChangeWords;
import org.lexkit.core.amendment.Words;

/**
 * How a {@link ChangeWords} operation is written in an amending act and read back: its AKN modification type and
 * position, and the keywords (dictionary {@code #lexkitAmendments}) for what AKN has no attribute for — the edit,
 * the occurrence and a character range. Both directions live here so that reader and writer cannot disagree.
 */
final class ChangeWordsCodec {
  static final String EDIT = "wordEdit";
  static final String OCCURRENCE = "occurrence";
  static final String RANGE = "characterRange";

  private ChangeWordsCodec() {}

  /** The {@code textualMod} type of a change of words. */
  static String type(ChangeWords change) {
    switch (change.edit()) {
      case REPLACE:
        return "substitution";
      case OMIT:
        return "repeal";
      default:
        return "insertion";
    }
  }

  /** The destination's {@code pos}, for insertions. */
  static Optional<String> pos(ChangeWords change) {
    switch (change.edit()) {
      case INSERT_BEFORE:
        return Optional.of("before");
      case INSERT_AFTER:
        return Optional.of("after");
      case INSERT_AT_START:
        return Optional.of("start");
      case INSERT_AT_END:
        return Optional.of("end");
      default:
        return Optional.empty();
    }
  }

  static String edit(ChangeWords.Edit edit) {
    return edit.name().toLowerCase(Locale.ROOT);
  }

  /** The edit a keyword names, or empty. */
  static Optional<ChangeWords.Edit> edit(String showAs) {
    for (ChangeWords.Edit edit : ChangeWords.Edit.values()) {
      if (edit(edit).equals(showAs)) {
        return Optional.of(edit);
      }
    }
    return Optional.empty();
  }

  /** The keywords (value to showAs) that say where the words are, beyond the quoted words themselves. */
  static Map<String, String> where(Words words) {
    Map<String, String> keywords = new LinkedHashMap<>();
    if (words.occurrence() != Words.ONLY) {
      keywords.put(OCCURRENCE, words.occurrence() == Words.EVERY ? "every" : Integer.toString(words.occurrence()));
    }
    words.range().ifPresent(r -> keywords.put(RANGE, r.block() + ":" + r.from() + "-" + r.to()));
    return keywords;
  }

  /**
   * The words an act names: its quoted words with the occurrence and range keywords.
   *
   * @throws IllegalArgumentException if a keyword is malformed or the words are missing
   */
  static Words words(Optional<String> quoted, Optional<String> occurrence, Optional<String> range) {
    Optional<Words.Range> characters = range.map(ChangeWordsCodec::range);
    int n = occurrence.map(o -> o.equals("every") ? Words.EVERY : parsePositive(o)).orElse(Words.ONLY);
    return new Words(quoted, n, characters);
  }

  private static Words.Range range(String text) {
    int colon = text.indexOf(':');
    int dash = text.indexOf('-', colon + 1);
    if (colon < 0 || dash < 0) {
      throw new IllegalArgumentException("character range '" + text + "' is not block:from-to");
    }
    return new Words.Range(parsePositive(text.substring(0, colon)), parsePositive(text.substring(colon + 1, dash)),
        parsePositive(text.substring(dash + 1)));
  }

  private static int parsePositive(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not a number", e);
    }
  }
}
