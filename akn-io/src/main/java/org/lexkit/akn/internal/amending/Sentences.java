package org.lexkit.akn.internal.amending;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where the sentences of a text block start and end, for instructions confined to one ("In Satz 2", "Satz 2 wird
 * aufgehoben"). A sentence ends at {@code .}, {@code ?} or {@code !} followed by a space and a capital letter or
 * digit, unless the word before the stop is a known abbreviation ("Nr.", "Abs.", "z. B.") or a single letter.
 * When this splits wrongly the change either finds its words in the sentence it was given or is refused: the
 * sentence is only ever a narrower scope for the words.
 */
final class Sentences {
  private Sentences() {}

  private static final Set<String> ABBREVIATIONS = Set.of("nr", "nrn", "abs", "art", "artt", "buchst", "bzw", "ca",
      "ggf", "vgl", "ziff", "lit", "satz", "s", "gem", "insb", "usw", "etc", "no", "sec", "cf", "e.g", "i.e", "st",
      "dr", "mr", "mrs", "ms", "prof", "v", "vs", "abschn", "anl", "bgbl", "kap", "tz", "rn", "rdnr");

  /** Returns {@code [from, to)} of each sentence, the stop included, the space after it not. */
  static List<int[]> of(String text) {
    List<int[]> sentences = new ArrayList<>();
    int start = skipSpace(text, 0);
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '?' || c == '!') && endsSentence(text, i)) {
        sentences.add(new int[] {start, i + 1});
        start = skipSpace(text, i + 1);
        i = start - 1;
      }
    }
    if (start < text.length()) {
      int end = text.length();
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      sentences.add(new int[] {start, end});
    }
    return sentences;
  }

  private static boolean endsSentence(String text, int stop) {
    int next = skipSpace(text, stop + 1);
    if (next == stop + 1 && next < text.length()) {
      return false; // "z.B." or a number like 1.5
    }
    if (next < text.length() && !Character.isUpperCase(text.charAt(next)) && !Character.isDigit(text.charAt(next))
        && text.charAt(next) != '\u201e' && text.charAt(next) != '\u201c' && text.charAt(next) != '"') {
      return false;
    }
    int word = stop;
    while (word > 0 && !Character.isWhitespace(text.charAt(word - 1))) {
      word--;
    }
    String before = text.substring(word, stop).toLowerCase(java.util.Locale.ROOT);
    return !(before.length() == 1 && Character.isLetter(before.charAt(0))) && !ABBREVIATIONS.contains(before);
  }

  private static int skipSpace(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
