package org.lexkit.core.provision;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
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

  @Override
  public String toString() {
    return plain();
  }
}
