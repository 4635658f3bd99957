package org.lexkit.rights.extraction;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.util.regex.Pattern;

/** Splits running text into sentences: at line breaks, and after . ! ? when a capital letter (or quote) follows. */
final class Sentences {
  // A full stop after a number or an abbreviation is followed by a digit or a lower-case word ("ст. 5",
  // "Art. 23"), so requiring a capital after the break keeps those together.
  private static final Pattern BREAK = Pattern.compile("(?<=[.!?…])\\s+(?=[\\p{Lu}\\p{Lt}«\"„“(\\[])");
  private static final Splitter LINES = Splitter.onPattern("\\R").trimResults().omitEmptyStrings();

  private Sentences() {}

  static ImmutableList<String> split(String text) {
    ImmutableList.Builder<String> sentences = ImmutableList.builder();
    for (String line : LINES.split(text)) {
      for (String sentence : BREAK.split(line)) {
        String trimmed = sentence.strip();
        if (!trimmed.isEmpty()) {
          sentences.add(trimmed);
        }
      }
    }
    return sentences.build();
  }
}
