package org.lexkit.core.provision;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One block of running text (an AKN {@code <p>}, a heading, a note), as a sequence of plain runs and marked-up
 * spans; or one block of structure that carries text (a list, a table, a container of blocks), as a single
 * {@link Inline.Mark} of that block element whose content keeps the block's own structure ({@link #block(Inline.Mark)}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param parts the runs and spans, in order
 */
public record Text(ImmutableList<Inline> parts) {
  private static final CharMatcher WHITESPACE = CharMatcher.whitespace();

  /**
   * The Akoma Ntoso 3.0 block elements other than {@code <p>} (the schema's groups ANblock and HTMLblock, and
   * {@code foreign} and {@code block}): the elements a block of structure can be.
   */
  private static final ImmutableSet<String> BLOCK_ELEMENTS =
      ImmutableSet.of("blockList", "blockContainer", "tblock", "toc", "ul", "ol", "table", "foreign", "block");

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

  /**
   * Returns a block of structure: a list, a table or another AKN block element, kept as one mark.
   *
   * @param block a mark named after a block element ({@link #isBlockElement(String)})
   * @return the text
   * @throws IllegalArgumentException if the mark is no block element
   */
  public static Text block(Inline.Mark block) {
    checkArgument(isBlockElement(checkNotNull(block, "block").name()), "<%s> is not a block element; expected one of %s", block.name(),
        BLOCK_ELEMENTS);
    return new Text(ImmutableList.of(block));
  }

  /**
   * Whether {@code element} is an AKN block element other than {@code <p>}, such as {@code blockList} or
   * {@code table}.
   *
   * @param element an element's local name
   * @return whether a block of structure can be that element
   */
  public static boolean isBlockElement(String element) {
    return BLOCK_ELEMENTS.contains(checkNotNull(element, "element"));
  }

  /**
   * Returns the block of structure this text is, if it is one rather than a paragraph of running text.
   *
   * @return the block's mark, or empty for running text
   */
  public Optional<Inline.Mark> block() {
    if (parts.size() == 1 && parts.get(0) instanceof Inline.Mark mark && isBlockElement(mark.name())) {
      return Optional.of(mark);
    }
    return Optional.empty();
  }

  /**
   * Returns this text as lines for display: running text is one line; a block of structure gives one line per
   * innermost element that holds text of its own (a list item's paragraph, a table cell), in document order. Each
   * line is {@linkplain #normalize normalised}; blank lines are left out.
   *
   * @return the lines
   */
  public ImmutableList<String> lines() {
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    Optional<Inline.Mark> block = block();
    if (block.isEmpty()) {
      addLine(lines, plain());
    } else {
      addLines(lines, block.get());
    }
    return lines.build();
  }

  private static void addLines(ImmutableList.Builder<String> lines, Inline.Mark mark) {
    boolean ownText = false;
    for (Inline child : mark.children()) {
      if (child instanceof Inline.Run run && !WHITESPACE.matchesAllOf(run.text())) {
        ownText = true;
        break;
      }
    }
    if (ownText) {
      addLine(lines, mark.plainText());
      return;
    }
    for (Inline child : mark.children()) {
      if (child instanceof Inline.Mark inner) {
        addLines(lines, inner);
      }
    }
  }

  private static void addLine(ImmutableList.Builder<String> lines, String text) {
    String line = normalize(text);
    if (!line.isEmpty()) {
      lines.add(line);
    }
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
