package org.lexkit.benchmarks;

import java.nio.charset.StandardCharsets;

/**
 * Large plain legal texts for the text-conversion benchmarks: the Kazakhstan constitution's body repeated, with
 * sections and articles renumbered so that every copy continues the numbering of the one before (Раздел I ... IX,
 * then X ...; Статья 1 ... 99, then 100 ...). The result reads like one very long code, and every provision id
 * stays unique.
 */
public final class GeneratedTexts {
  private static final String SECTION = "Раздел ";
  private static final String ARTICLE = "Статья ";

  private GeneratedTexts() {}

  /**
   * Returns the text grown to at least {@code bytes} bytes of UTF-8.
   *
   * @param constitution the Kazakhstan constitution's text (its body starts at the line "Раздел I.")
   * @param bytes the wanted size
   * @return the text: the original head, then renumbered copies of the body
   */
  public static String scaledConstitution(String constitution, int bytes) {
    int bodyStart = constitution.indexOf("\n" + SECTION + "I.") + 1;
    if (bodyStart <= 0) {
      throw new IllegalArgumentException("the text has no line 'Раздел I.'");
    }
    String[] body = constitution.substring(bodyStart).split("\n", -1);
    StringBuilder out = new StringBuilder(bytes / 2 + constitution.length()).append(constitution, 0, bodyStart);
    int size = constitution.substring(0, bodyStart).getBytes(StandardCharsets.UTF_8).length;
    int sections = 0;
    int articleOffset = 0;
    while (size < bytes) {
      int lastArticle = 0;
      StringBuilder copy = new StringBuilder();
      for (int i = 0; i < body.length; i++) {
        String line = body[i];
        if (line.startsWith(SECTION)) {
          int end = SECTION.length();
          while (end < line.length() && "IVXLCDM".indexOf(line.charAt(end)) >= 0) {
            end++;
          }
          line = SECTION + roman(++sections) + line.substring(end);
        } else if (line.startsWith(ARTICLE)) {
          int end = ARTICLE.length();
          while (end < line.length() && Character.isDigit(line.charAt(end))) {
            end++;
          }
          if (end > ARTICLE.length()) {
            int number = Integer.parseInt(line.substring(ARTICLE.length(), end));
            lastArticle = Math.max(lastArticle, number);
            line = ARTICLE + (articleOffset + number) + line.substring(end);
          }
        }
        copy.append(line);
        if (i < body.length - 1) {
          copy.append('\n');
        }
      }
      if (copy.length() > 0 && copy.charAt(copy.length() - 1) != '\n') {
        copy.append('\n');
      }
      articleOffset += lastArticle;
      out.append(copy);
      size += copy.toString().getBytes(StandardCharsets.UTF_8).length;
    }
    return out.toString();
  }

  /** Roman numerals as the constitution writes them; above 3999 the thousands repeat (MMMM...), still valid. */
  static String roman(int n) {
    StringBuilder text = new StringBuilder("M".repeat(n / 1000));
    String[][] digits = {
      {"", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"},
      {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"},
      {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"}};
    text.append(digits[0][n % 1000 / 100]).append(digits[1][n % 100 / 10]).append(digits[2][n % 10]);
    return text.toString();
  }
}
