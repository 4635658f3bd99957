package org.lexkit.cli;

import static org.lexkit.cli.Html.escape;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * The words that changed between two texts, computed by java-diff-utils (Myers' algorithm) over words, spaces and
 * punctuation marks as separate tokens, so that "государственной безопасности" becoming "обеспечения национальной
 * безопасности" marks only the words that differ. A text is a list of {@link Segment}s in reading order; the same
 * list becomes HTML ({@code <del>}/{@code <ins>}) or plain text ({@code [-old-]{+new+}}, as {@code git diff
 * --word-diff} writes it).
 *
 * <p>Immutable and thread-safe.
 *
 * @param segments the texts' parts, each kept, deleted or inserted
 */
record WordDiff(ImmutableList<Segment> segments) {
  /** What happened to a part of the text. */
  enum Op {
    KEEP,
    DELETE,
    INSERT
  }

  /**
   * A run of text that was kept, deleted or inserted.
   *
   * @param op what happened to it
   * @param text the words
   */
  record Segment(Op op, String text) {}

  /** Copies the list. */
  WordDiff {
    segments = ImmutableList.copyOf(segments);
  }

  /** Compares {@code before} with {@code after}, word by word. */
  static WordDiff of(String before, String after) {
    List<String> old = tokens(before);
    List<String> fresh = tokens(after);
    Patch<String> patch = DiffUtils.diff(old, fresh);
    List<Segment> segments = new ArrayList<>();
    int at = 0;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      int position = delta.getSource().getPosition();
      add(segments, Op.KEEP, old.subList(at, position));
      add(segments, Op.DELETE, delta.getSource().getLines());
      add(segments, Op.INSERT, delta.getTarget().getLines());
      at = position + delta.getSource().size();
    }
    add(segments, Op.KEEP, old.subList(at, old.size()));
    return new WordDiff(joinAcrossSpaces(segments));
  }

  /**
   * Joins changes that only a space separates ("[-Общие-]{+Основы+} [-положения-]{+строя+}" becomes
   * "[-Общие положения-]{+Основы строя+}"): a reader sees one replaced phrase, not alternating words.
   */
  private static ImmutableList<Segment> joinAcrossSpaces(List<Segment> segments) {
    ImmutableList.Builder<Segment> out = ImmutableList.builder();
    StringBuilder deleted = new StringBuilder();
    StringBuilder inserted = new StringBuilder();
    int i = 0;
    while (i < segments.size()) {
      Segment segment = segments.get(i);
      if (segment.op() == Op.DELETE) {
        deleted.append(segment.text());
      } else if (segment.op() == Op.INSERT) {
        inserted.append(segment.text());
      } else if (deleted.length() > 0 && inserted.length() > 0 && segment.text().isBlank()
          && i + 1 < segments.size() && segments.get(i + 1).op() != Op.KEEP) {
        deleted.append(segment.text()); // a space inside a replaced phrase belongs to both of its sides
        inserted.append(segment.text());
      } else {
        flush(out, deleted, inserted);
        out.add(segment);
      }
      i++;
    }
    flush(out, deleted, inserted);
    return out.build();
  }

  /** Emits a replacement; a space both sides end with is kept text after it, so markers surround words only. */
  private static void flush(ImmutableList.Builder<Segment> out, StringBuilder deleted, StringBuilder inserted) {
    int common = 0;
    while (common < deleted.length() && common < inserted.length()
        && Character.isWhitespace(deleted.charAt(deleted.length() - 1 - common))
        && deleted.charAt(deleted.length() - 1 - common) == inserted.charAt(inserted.length() - 1 - common)) {
      common++;
    }
    String space = deleted.substring(deleted.length() - common);
    deleted.setLength(deleted.length() - common);
    inserted.setLength(inserted.length() - common);
    if (deleted.length() > 0) {
      out.add(new Segment(Op.DELETE, deleted.toString()));
      deleted.setLength(0);
    }
    if (inserted.length() > 0) {
      out.add(new Segment(Op.INSERT, inserted.toString()));
      inserted.setLength(0);
    }
    if (!space.isEmpty()) {
      out.add(new Segment(Op.KEEP, space));
    }
  }

  /** Returns whether any word changed. */
  boolean hasChanges() {
    return segments.stream().anyMatch(s -> s.op() != Op.KEEP);
  }

  /** Returns the text as HTML: kept words escaped, deleted ones in {@code <del>}, inserted ones in {@code <ins>}. */
  String html() {
    StringBuilder html = new StringBuilder();
    for (Segment segment : segments) {
      switch (segment.op()) {
        case KEEP -> html.append(escape(segment.text()));
        case DELETE -> html.append("<del>").append(escape(segment.text())).append("</del>");
        case INSERT -> html.append("<ins>").append(escape(segment.text())).append("</ins>");
      }
    }
    return html.toString();
  }

  /** Returns the text with {@code [-deleted-]} and {@code {+inserted+}} markers. */
  String text() {
    StringBuilder text = new StringBuilder();
    for (Segment segment : segments) {
      switch (segment.op()) {
        case KEEP -> text.append(segment.text());
        case DELETE -> text.append("[-").append(segment.text()).append("-]");
        case INSERT -> text.append("{+").append(segment.text()).append("+}");
      }
    }
    return text.toString();
  }

  /** Adds tokens as one segment, joined to the previous one when it has the same op. */
  private static void add(List<Segment> segments, Op op, List<String> tokens) {
    if (tokens.isEmpty()) {
      return;
    }
    String text = String.join("", tokens);
    if (!segments.isEmpty() && segments.get(segments.size() - 1).op() == op) {
      Segment last = segments.remove(segments.size() - 1);
      text = last.text() + text;
    }
    segments.add(new Segment(op, text));
  }

  /** Splits a text into words (letters, digits and joining hyphens or apostrophes), runs of spaces, and marks. */
  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int start = i;
      int c = text.codePointAt(i);
      if (Character.isLetterOrDigit(c)) {
        i += Character.charCount(c);
        while (i < text.length()) {
          int next = text.codePointAt(i);
          boolean joiner = (next == '-' || next == '\'' || next == '’') && i + 1 < text.length()
              && Character.isLetterOrDigit(text.codePointAt(i + 1));
          if (!Character.isLetterOrDigit(next) && !joiner) {
            break;
          }
          i += Character.charCount(next);
        }
      } else if (Character.isWhitespace(c)) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
      } else {
        i += Character.charCount(c);
      }
      tokens.add(text.substring(start, i));
    }
    return tokens;
  }
}
