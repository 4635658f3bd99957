package org.lexkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.Note;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.Text;

/**
 * Checks the converter's promise that no text is lost: the document's text, in document order, is the input's text
 * modulo whitespace, minus exactly the lines that dropping warnings report, with each note a contiguous piece of
 * the input (the model keeps which provision a note belongs to, not where in it the note stood).
 */
final class TextAccounting {
  private TextAccounting() {}

  /** Asserts the promise for one conversion of {@code input}. */
  static void assertNoTextLost(String input, Conversion conversion) {
    String expected = squeeze(withoutDroppedLines(input, conversion));
    LegalDocument document = conversion.document();
    StringBuilder actual = new StringBuilder();
    if (!document.title().equals(conversion.sourceName())) {
      actual.append(squeeze(document.title()));
    }
    document.preamble().ifPresent(p -> p.blocks().forEach(b -> actual.append(squeeze(b.plain()))));
    List<String> notes = new ArrayList<>();
    for (Provision child : document.body().children()) {
      append(child, actual, notes);
    }
    interleave(expected, actual.toString(), notes);
  }

  /** Returns {@code input} with each dropped line blanked out, after checking that the warning quotes it. */
  static String withoutDroppedLines(String input, Conversion conversion) {
    List<int[]> starts = physicalLines(input);
    StringBuilder text = new StringBuilder(input);
    for (TextWarning warning : conversion.droppedLines()) {
      int[] line = starts.get(warning.line() - 1);
      int at = input.offsetByCodePoints(line[0], warning.column() - 1);
      String dropped = warning.droppedText().orElseThrow();
      assertThat(input.substring(at, Math.min(input.length(), at + dropped.length())))
          .as("text at %s:%s", warning.line(), warning.column()).isEqualTo(dropped);
      for (int k = at; k < at + dropped.length(); k++) {
        text.setCharAt(k, ' ');
      }
    }
    return text.toString();
  }

  /** Removes every whitespace character (as {@link Character#isWhitespace} defines it). */
  static String squeeze(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Concatenates a provision's text in document order; its notes go to {@code notes}. */
  static void append(Provision p, StringBuilder out, List<String> notes) {
    p.num().ifPresent(n -> out.append(squeeze(n.text())));
    p.heading().ifPresent(h -> out.append(squeeze(h.plain())));
    for (Text block : p.content()) {
      out.append(squeeze(block.plain()));
    }
    for (Provision child : p.children()) {
      append(child, out, notes);
    }
    for (Text block : p.wrapUp()) {
      out.append(squeeze(block.plain()));
    }
    for (Note note : p.notes()) {
      notes.add(squeeze(note.text().plain()));
    }
  }

  /**
   * Asserts that {@code expected} is {@code actual} with each of {@code notes} inserted somewhere as a whole. Where
   * both a note and the document's text could continue, both are tried (notes with equal texts are interchangeable).
   */
  private static void interleave(String expected, String actual, List<String> notes) {
    Map<String, Integer> remaining = new HashMap<>();
    for (String note : notes) {
      if (!note.isEmpty()) {
        remaining.merge(note, 1, Integer::sum);
      }
    }
    Search search = new Search(expected, actual, remaining);
    if (!search.from(0, 0)) {
      throw new AssertionError("text differs at input character " + search.furthestI + " (document character "
          + search.furthestJ + "):\n  input:    ..." + window(expected, search.furthestI) + "\n  document: ..."
          + window(actual, search.furthestJ) + "\n  notes left: " + search.remaining);
    }
  }

  /**
   * A depth-first search over the places where a note could start; text between them must match exactly. The
   * choice points live on an explicit stack, not the call stack: a 10 MB line that repeats a note's text thousands
   * of times made the recursive version overflow (found by {@code TextFuzzTest}).
   */
  private static final class Search {
    final String expected;
    final String actual;
    final Map<String, Integer> remaining;
    int furthestI;
    int furthestJ;
    long budget;

    /** A place with alternatives: each candidate note taken whole, then (if it matches) the text itself. */
    private static final class Choice {
      final int i;
      final int j;
      final List<String> notes;
      final boolean textMatches;
      int next;
      String taken;

      Choice(int i, int j, List<String> notes, boolean textMatches) {
        this.i = i;
        this.j = j;
        this.notes = notes;
        this.textMatches = textMatches;
      }
    }

    Search(String expected, String actual, Map<String, Integer> remaining) {
      this.expected = expected;
      this.actual = actual;
      this.remaining = remaining;
      this.budget = 200L * (expected.length() + 10);
    }

    boolean from(int startI, int startJ) {
      java.util.ArrayDeque<Choice> choices = new java.util.ArrayDeque<>();
      int i = startI;
      int j = startJ;
      while (true) {
        while (true) { // runs forward from (i, j) until the end, a mismatch or a choice
          if (--budget < 0) {
            throw new AssertionError("the text comparison did not finish; giving up at input character " + i);
          }
          if (i > furthestI) {
            furthestI = i;
            furthestJ = j;
          }
          if (i == expected.length()) {
            if (j == actual.length() && remaining.values().stream().allMatch(c -> c == 0)) {
              return true;
            }
            break;
          }
          boolean textMatches = j < actual.length() && expected.charAt(i) == actual.charAt(j);
          List<String> candidates = new ArrayList<>(1);
          for (Map.Entry<String, Integer> note : remaining.entrySet()) {
            if (note.getValue() > 0 && expected.startsWith(note.getKey(), i)) {
              candidates.add(note.getKey());
            }
          }
          if (candidates.isEmpty()) {
            if (!textMatches) {
              break;
            }
            i++;
            j++;
            continue;
          }
          choices.push(new Choice(i, j, candidates, textMatches));
          break;
        }
        // Take the next alternative of the innermost open choice (after a failure, or at a new choice).
        while (true) {
          Choice choice = choices.peek();
          if (choice == null) {
            return false;
          }
          if (choice.taken != null) {
            remaining.merge(choice.taken, 1, Integer::sum);
            choice.taken = null;
          }
          if (choice.next < choice.notes.size()) {
            String note = choice.notes.get(choice.next++);
            remaining.merge(note, -1, Integer::sum);
            choice.taken = note;
            i = choice.i + note.length();
            j = choice.j;
            break;
          }
          if (choice.next == choice.notes.size() && choice.textMatches) {
            choice.next++;
            i = choice.i + 1;
            j = choice.j + 1;
            break;
          }
          choices.pop();
        }
      }
    }
  }

  private static String window(String text, int at) {
    return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40)).replace('\n', '⏎');
  }

  /** Returns [start, end) of each physical line: ends are LF, CR LF or CR, as the converter counts lines. */
  private static List<int[]> physicalLines(String input) {
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(new int[] {start, i});
        if (c == '\r' && i + 1 < input.length() && input.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    lines.add(new int[] {start, input.length()});
    return lines;
  }
}
