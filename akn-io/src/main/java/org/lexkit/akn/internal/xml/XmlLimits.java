package org.lexkit.akn.internal.xml;

/**
 * The safety limits every Akoma Ntoso read enforces. Real documents stay far below them (the corpus' deepest nesting
 * is in the tens, its longest attribute a few kilobytes); hostile ones hit them early and fail with a located
 * {@link org.lexkit.akn.MalformedAknException} instead of exhausting the stack or the heap.
 */
public final class XmlLimits {
  /** Maximum element nesting depth, checked while streaming so absurd nesting fails after this many elements. */
  public static final int MAX_ELEMENT_DEPTH = 1_000;

  /**
   * Maximum length in characters of one attribute value. Checked on the character stream before the parser
   * buffers the value, so a gigabyte attribute is refused after 10 Mi characters, not after it filled the heap.
   * Generous because {@code <img src="data:...">} can legitimately carry a picture.
   */
  public static final int MAX_ATTRIBUTE_CHARS = 10 * 1024 * 1024;

  /** Maximum length in characters of one run of text, CDATA, comment or processing instruction. */
  public static final int MAX_TEXT_CHARS = 64 * 1024 * 1024;

  /** Maximum number of attributes on one element (also the JDK's default). */
  public static final int MAX_ATTRIBUTES = 10_000;

  private XmlLimits() {}
}
