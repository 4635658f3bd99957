package org.lexkit.core.provision;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;

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

  @Override
  public String toString() {
    return plain();
  }
}
