package org.lexkit.core.provision;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The number of a provision, kept verbatim as it is printed ("3-1", "12a", "IV", "(b)", "а)"), with the id token
 * and, where one exists, the ordinal derived from it.
 *
 * <p>The {@linkplain #token() token} is what the number contributes to a provision id: the last word of the text,
 * lower-cased, with everything but letters, digits, {@code -} and {@code .} removed and no leading or trailing
 * {@code .}/{@code -} ("Article 12a." gives {@code 12a}, "(b)" gives {@code b}). Every number has a non-empty token.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the number exactly as printed, trimmed, never blank
 */
public record Num(String text) implements Comparable<Num> {
  // At most nine digits fit an int; a longer run has no ordinal rather than the value of its first nine digits.
  private static final Pattern LEADING_DIGITS = Pattern.compile("([0-9]{1,9})(?![0-9]).*");
  private static final Pattern ROMAN = Pattern.compile("m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})");
  /**
   * A Roman numeral with what may follow it in a printed number: the French ordinal ending ("Ier", "IIe"), a
   * letter or a Latin suffix ("IVa", "ii-bis"). Group 1 is the numeral.
   */
  private static final Pattern ROMAN_WITH_SUFFIX =
      Pattern.compile("(m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))(?:er|re|e)?(?:-?[a-z]|-.+)?");
  /**
   * Latin multiplicative adverbs that number an inserted provision after the one it follows ("4 bis", "3-ter"),
   * in their usual order; a word of their own in a printed number joins the number before it in the token.
   */
  private static final Set<String> LATIN_SUFFIXES = Set.of("bis", "ter", "quater", "quinquies", "sexies",
      "septies", "octies", "novies", "nonies", "decies", "undecies", "duodecies", "terdecies", "quaterdecies",
      "quinquiesdecies", "sexiesdecies", "septiesdecies");
  private static final String CYRILLIC_ALPHABET = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";

  /** Validates the text and that it yields a token. */
  public Num {
    checkNotNull(text, "text");
    checkArgument(!text.isBlank(), "a number must not be blank (use Optional.empty() for an unnumbered provision)");
    checkArgument(text.equals(text.strip()), "number '%s' must be trimmed", text);
    checkArgument(!tokenOf(text).isEmpty(),
        "number '%s' has no letters or digits to form an id token (expected e.g. 12, 3-1, IV or (b))", text);
  }

  /**
   * Returns the number printed as {@code text}.
   *
   * @param text the number as printed, e.g. {@code "83-1"} or {@code "(b)"}; surrounding whitespace is removed
   * @return the number
   * @throws IllegalArgumentException if the text is blank or has no letter or digit
   */
  public static Num of(String text) {
    return new Num(checkNotNull(text, "text").strip());
  }

  /** Returns the id token of this number, e.g. {@code 83-1} for "83-1" and {@code b} for "(b)". */
  public String token() {
    return tokenOf(text);
  }

  /**
   * Returns the position this number denotes, where one can be read: the leading decimal digits ("83-1" is 83;
   * at most nine of them),
   * a lower- or upper-case Roman numeral ("IV" is 4; the single letters i, v and x are read as Roman), also with
   * an ordinal ending or suffix ("Ier" is 1, "IVa" and "ii-bis" are 4 and 2), or a single Latin or Russian letter
   * ("b" is 2, "в" is 3). Suffixed numbers share the ordinal of their base ("3-bis", "5A", "1er", "5º" are 3, 5,
   * 1, 5): they are inserted after it.
   */
  public OptionalInt ordinal() {
    return ordinal(false);
  }

  /**
   * Returns the position this number denotes in an alphabetic sequence: as {@link #ordinal()}, except that a
   * single lower-case letter is its place in the alphabet even when it could be Roman ("i" is 9, "v" is 22), as in
   * the points "(h)", "(i)", "(j)".
   *
   * @return the ordinal, or empty when none can be read
   */
  public OptionalInt alphabeticOrdinal() {
    return ordinal(true);
  }

  private OptionalInt ordinal(boolean alphabetic) {
    String token = token();
    Matcher digits = LEADING_DIGITS.matcher(token);
    if (digits.matches()) {
      return OptionalInt.of(Integer.parseInt(digits.group(1)));
    }
    boolean lowerCase = text.indexOf(Character.toUpperCase(token.charAt(0))) < 0;
    if (token.length() == 1 && ("ivx".indexOf(token.charAt(0)) < 0 || (alphabetic && lowerCase))) {
      char c = token.charAt(0);
      if (c >= 'a' && c <= 'z') {
        return OptionalInt.of(c - 'a' + 1);
      }
      int cyrillic = CYRILLIC_ALPHABET.indexOf(c);
      return cyrillic < 0 ? OptionalInt.empty() : OptionalInt.of(cyrillic + 1);
    }
    if (ROMAN.matcher(token).matches()) {
      return OptionalInt.of(romanValue(token));
    }
    Matcher roman = ROMAN_WITH_SUFFIX.matcher(token);
    if (roman.matches() && !roman.group(1).isEmpty()) {
      return OptionalInt.of(romanValue(roman.group(1)));
    }
    return OptionalInt.empty();
  }

  /** Orders by ordinal where both have one, then by token; numbers without an ordinal sort last. */
  @Override
  public int compareTo(Num other) {
    OptionalInt a = ordinal();
    OptionalInt b = other.ordinal();
    if (a.isPresent() && b.isPresent() && a.getAsInt() != b.getAsInt()) {
      return Integer.compare(a.getAsInt(), b.getAsInt());
    }
    if (a.isPresent() != b.isPresent()) {
      return a.isPresent() ? -1 : 1;
    }
    return token().compareTo(other.token());
  }

  @Override
  public String toString() {
    return text;
  }

  /**
   * Returns the id token {@code text} would have as a number, without building one: the last word with a letter or
   * digit (words are
   * separated by Unicode whitespace), lower-cased, keeping letters, digits, {@code -} and {@code .}, without
   * leading or trailing {@code .}/{@code -}. A last word that only qualifies the number before it — a Latin suffix
   * ("4 bis", "Ier bis") or a single letter after digits or a Roman numeral ("IV a.") — is joined to that number
   * with {@code -} ("4-bis", "ier-bis", "iv-a"), so that "Article 4 bis" and "Article 5 bis" get different tokens.
   * A label after its ordinal ("1. Buch", "2. Teil") is numbered by the ordinal: {@code 1}, {@code 2}. Returns the empty string when the text has no letter or digit, i.e. when {@link #of} would refuse it. Parsers
   * call this on every candidate line.
   *
   * @param text any text
   * @return the token, possibly empty
   */
  public static String tokenOf(String text) {
    // A hand-written scan rather than split/replaceAll: ids are derived on every tree lookup, so this is hot.
    int end = text.length();
    int begin = end;
    String last = "";
    while (last.isEmpty() && end > 0) { // a last word of punctuation only ("SEC. 3 .") gives no token: the one before
      while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      begin = end;
      while (begin > 0 && !Character.isWhitespace(text.charAt(begin - 1))) {
        begin--;
      }
      String simple = asciiToken(text, begin, end);
      last = simple != null ? simple : wordToken(text, begin, end);
      end = begin;
    }
    if (begin > 0 && isQualifier(last)) {
      int previousEnd = begin;
      while (previousEnd > 0 && Character.isWhitespace(text.charAt(previousEnd - 1))) {
        previousEnd--;
      }
      int previousBegin = previousEnd;
      while (previousBegin > 0 && !Character.isWhitespace(text.charAt(previousBegin - 1))) {
        previousBegin--;
      }
      String number = wordToken(text, previousBegin, previousEnd);
      boolean suffix = last.length() > 1;
      if (!number.isEmpty() && (Character.isDigit(number.charAt(number.length() - 1))
          || ROMAN.matcher(number).matches() || (suffix && ROMAN_WITH_SUFFIX.matcher(number).matches()))) {
        return number + "-" + last;
      }
    }
    if (begin > 0 && !last.isEmpty() && !isQualifier(last) && !ROMAN.matcher(last).matches()
        && last.chars().noneMatch(Character::isDigit)) {
      String ordinal = ordinalBefore(text, begin);
      if (ordinal != null) {
        return ordinal;
      }
    }
    return last;
  }

  /**
   * The digits of the word ending before {@code end} when it is an ordinal, digits and a full stop ("1." in
   * "1. Buch"); null otherwise.
   */
  private static @Nullable String ordinalBefore(String text, int end) {
    int previousEnd = end;
    while (previousEnd > 0 && Character.isWhitespace(text.charAt(previousEnd - 1))) {
      previousEnd--;
    }
    int previousBegin = previousEnd;
    while (previousBegin > 0 && !Character.isWhitespace(text.charAt(previousBegin - 1))) {
      previousBegin--;
    }
    if (previousEnd - previousBegin < 2 || text.charAt(previousEnd - 1) != '.') {
      return null;
    }
    for (int i = previousBegin; i < previousEnd - 1; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
    }
    return text.substring(previousBegin, previousEnd - 1);
  }

  /** Whether a last word qualifies the number before it: a Latin suffix or a single letter. */
  private static boolean isQualifier(String word) {
    return (word.length() == 1 && Character.isLetter(word.charAt(0))) || LATIN_SUFFIXES.contains(word);
  }

  private static String wordToken(String text, int begin, int end) {
    String simple = asciiToken(text, begin, end);
    if (simple != null) {
      return simple;
    }
    StringBuilder token = new StringBuilder(end - begin);
    for (int i = begin; i < end; ) {
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '.') {
        token.appendCodePoint(Character.toLowerCase(cp));
      }
      i += Character.charCount(cp);
    }
    int first = 0;
    int last = token.length();
    while (first < last && isEdgePunctuation(token.charAt(first))) {
      first++;
    }
    while (last > first && isEdgePunctuation(token.charAt(last - 1))) {
      last--;
    }
    return token.substring(first, last);
  }

  /**
   * Returns the token of the word {@code text[begin, end)} when the word is ASCII and the characters it keeps are
   * contiguous ("32", "3-1.", "12a", "(1)", "(b)", "IV"), else null for the general scan. Tokens are computed for
   * every sibling whenever a node is built or an id derived (twice per provision when a document is read), and UK
   * and South African acts number their subsections "(1)", so the bracketed form must not take the slow path.
   * For ASCII, {@link Character#isLetterOrDigit} is exactly {@code [A-Za-z0-9]} and lower-casing is
   * {@link Locale#ROOT}'s, so the result equals the general scan's.
   */
  private static @Nullable String asciiToken(String text, int begin, int end) {
    int first = -1;
    int last = -1;
    boolean upper = false;
    for (int i = begin; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return null;
      }
      boolean isUpper = c >= 'A' && c <= 'Z';
      if (isUpper || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.') {
        if (first < 0) {
          first = i;
        } else if (last != i - 1) {
          return null; // a dropped character inside the kept ones: the token is not one substring
        }
        last = i;
        upper |= isUpper;
      }
    }
    if (first < 0) {
      return "";
    }
    int from = first;
    int to = last + 1;
    while (from < to && isEdgePunctuation(text.charAt(from))) {
      from++;
    }
    while (to > from && isEdgePunctuation(text.charAt(to - 1))) {
      to--;
    }
    String token = from == 0 && to == text.length() ? text : text.substring(from, to);
    return upper ? token.toLowerCase(Locale.ROOT) : token;
  }

  private static boolean isEdgePunctuation(char c) {
    return c == '.' || c == '-';
  }

  private static int romanValue(String roman) {
    int total = 0;
    int previous = 0;
    for (int i = roman.length() - 1; i >= 0; i--) {
      int value = switch (roman.charAt(i)) {
        case 'i' -> 1;
        case 'v' -> 5;
        case 'x' -> 10;
        case 'l' -> 50;
        case 'c' -> 100;
        case 'd' -> 500;
        default -> 1000;
      };
      total += value < previous ? -value : value;
      previous = Math.max(previous, value);
    }
    return total;
  }
}
