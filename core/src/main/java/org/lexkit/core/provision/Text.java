package org.lexkit.core.provision;

import static com.google.common.base.Preconditions.checkNotNull;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * One block of running text (an AKN {@code <p>}, a heading, a note), as a sequence of plain runs and marked-up
 * spans.
 *
 * <p>Immutable and thread-safe.
 *
 * @param parts the runs and spans, in order
 */
public record Text(ImmutableList<Inline> parts) {
  private static final CharMatcher WHITESPACE = CharMatcher.whitespace();

  /** Copies the parts. */
  public Text {
    parts = ImmutableList.copyOf(parts);
  }

  /**
   * Returns a text of plain characters.
   *
   * @param plain the characters, verbatim
   * @return the text
   */
  public static Text of(String plain) {
    return new Text(ImmutableList.of(new Inline.Run(checkNotNull(plain, "plain"))));
  }

  /**
   * Returns a text made of the given pieces.
   *
   * @param parts runs and spans in order
   * @return the text
   */
  public static Text of(Inline... parts) {
    return new Text(ImmutableList.copyOf(parts));
  }

  /** Returns the characters of this text with all markup removed, verbatim. */
  public String plain() {
    if (parts.size() == 1) {
      return parts.get(0).plainText();
    }
    StringBuilder text = new StringBuilder();
    for (Inline part : parts) {
      text.append(part.plainText());
    }
    return text.toString();
  }

  /**
   * Returns {@code text} with runs of whitespace collapsed to one space and no leading or trailing whitespace:
   * the form in which amendments compare expected and actual wording.
   *
   * @param text any text
   * @return the normalised text
   */
  public static String normalize(CharSequence text) {
    return WHITESPACE.trimAndCollapseFrom(checkNotNull(text, "text"), ' ');
  }

  /**
   * Returns this text with the characters {@code [from, to)} of its {@linkplain #plain() plain text} replaced by
   * {@code replacement}, keeping the markup: a span wholly inside the range goes with it, a span partly inside
   * keeps its other characters, and the new characters join the plain run at {@code from} (a new run where only
   * spans meet there), so that inserted words never land inside a reference that merely ends where they begin.
   *
   * @param from the first replaced character, 0-based
   * @param to one past the last replaced character; {@code from == to} inserts
   * @param replacement the new characters, possibly empty
   * @return the changed text
   * @throws IllegalArgumentException if the range is not within the plain text
   */
  public Text splice(int from, int to, String replacement) {
    checkNotNull(replacement, "replacement");
    int length = plain().length();
    checkArgument(0 <= from && from <= to && to <= length, "characters %s-%s are not within a text of %s",
        from, to, length);
    List<Inline> kept = delete(parts, from, to);
    return new Text(ImmutableList.copyOf(replacement.isEmpty() ? kept : insert(kept, from, replacement)));
  }

  private static List<Inline> delete(List<Inline> parts, int from, int to) {
    List<Inline> out = new ArrayList<>(parts.size());
    int position = 0;
    for (Inline part : parts) {
      int start = position;
      int end = start + part.plainText().length();
      position = end;
      int low = Math.max(start, from);
      int high = Math.min(end, to);
      if (low >= high) {
        append(out, part);
      } else if (part instanceof Inline.Run run) {
        String text = run.text().substring(0, low - start) + run.text().substring(high - start);
        if (!text.isEmpty()) {
          append(out, new Inline.Run(text));
        }
      } else if (low > start || high < end) {
        Inline.Mark mark = (Inline.Mark) part;
        append(out, new Inline.Mark(mark.name(), mark.attributes(),
            ImmutableList.copyOf(delete(mark.children(), low - start, high - start))));
      }
    }
    return out;
  }

  private static List<Inline> insert(List<Inline> parts, int at, String words) {
    List<Inline> out = new ArrayList<>(parts);
    int position = 0;
    for (int i = 0; i < out.size(); i++) { // a plain run touching the point takes the words
      Inline part = out.get(i);
      int end = position + part.plainText().length();
      if (part instanceof Inline.Run run && position <= at && at <= end) {
        String text = run.text();
        out.set(i, new Inline.Run(text.substring(0, at - position) + words + text.substring(at - position)));
        return out;
      }
      position = end;
    }
    position = 0;
    for (int i = 0; i < out.size(); i++) { // else the span strictly around it, else a new run between spans
      Inline part = out.get(i);
      int end = position + part.plainText().length();
      if (position < at && at < end) {
        Inline.Mark mark = (Inline.Mark) part;
        out.set(i, new Inline.Mark(mark.name(), mark.attributes(),
            ImmutableList.copyOf(insert(mark.children(), at - position, words))));
        return out;
      }
      if (at <= position) {
        out.add(i, new Inline.Run(words));
        return out;
      }
      position = end;
    }
    out.add(new Inline.Run(words));
    return out;
  }

  /** Appends, joining neighbouring plain runs so that a spliced text has the shape a read text would have. */
  private static void append(List<Inline> out, Inline part) {
    if (part instanceof Inline.Run run && !out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Run last) {
      out.set(out.size() - 1, new Inline.Run(last.text() + run.text()));
    } else {
      out.add(part);
    }
  }

  @Override
  public String toString() {
    return plain();
  }
}
