package org.lexkit.akn.internal.xml;

/**
 * The safety limits every Akoma Ntoso read enforces. Real documents stay far below them (the corpus' deepest nesting
 * is 24 levels, its longest attribute a few kilobytes); hostile ones hit them early and fail with a located
 * {@link org.lexkit.akn.MalformedAknException} instead of exhausting the stack or the heap.
 */
public final class XmlLimits {
  /**
   * Maximum element nesting depth, checked while streaming so absurd nesting fails after this many elements. The
   * deepest corpus document nests 24 levels. Writing recurses (JAXB's marshaller takes about 1.5 KB of stack a
   * level), and the fuzzer found that the former limit of 1,000 let the reader accept documents the writer could
   * not write on a default 1 MiB thread stack; at 200 a write needs about 300 KB, so it also works on 512 KiB.
   */
  public static final int MAX_ELEMENT_DEPTH = 200;

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

  /**
   * Maximum number of namespace declarations in one document. The writer declares every prefix of the input on the
   * root element (one place for them all), so without a document-wide bound a flood spread below the per-element
   * limit would be read and then written as a root with more than {@link #MAX_ATTRIBUTES} of them, which no reader
   * accepts (found by the fuzzer's namespace floods). Real documents declare a handful. Counted by
   * {@link GuardedXmlReader}'s lexer, before the parser's pairwise duplicate check sees them.
   */
  public static final int MAX_NAMESPACE_DECLARATIONS = 1_000;

  /** The largest default character limit, whatever the heap: 1 Gi characters. */
  public static final long MAX_DEFAULT_CHARACTERS = 1L << 30;

  /** The largest default node limit, whatever the heap: 16 Mi elements and attributes. */
  public static final long MAX_DEFAULT_NODES = 1L << 24;

  /**
   * Heap bytes budgeted per input character by the default character limit. A read holds the whole document: text
   * costs up to 2 bytes per character in the JAXB tree, and a long text run is briefly held twice more while it is
   * accumulated; 16 leaves room for the JAXB context, the schema and the caller.
   */
  static final int HEAP_BYTES_PER_CHARACTER = 16;

  /**
   * Heap bytes budgeted per element or attribute by the default node limit. Measured: a flood of tiny elements
   * ({@code <p>x</p>}) retains about 340 bytes of heap per element (JAXB object, content list, location entry).
   */
  static final int HEAP_BYTES_PER_NODE = 1024;

  private XmlLimits() {}

  private static final class Defaults {
    static final long CHARACTERS = Math.max(1, Math.min(MAX_DEFAULT_CHARACTERS, heap() / HEAP_BYTES_PER_CHARACTER));
    static final long NODES = Math.max(1, Math.min(MAX_DEFAULT_NODES, heap() / HEAP_BYTES_PER_NODE));

    private static long heap() {
      long max = Runtime.getRuntime().maxMemory();
      return max == Long.MAX_VALUE ? Long.MAX_VALUE / 2 : max; // "no limit" reported as Long.MAX_VALUE
    }
  }

  /**
   * Returns the default limit on the characters of one document: one character per 16 bytes of maximum heap, at
   * most 1 Gi (16 Mi characters in a 256 MiB heap, 1 Gi from a 16 GiB heap up). Sized so that a document at the
   * limit still fits in memory; the limit also bounds the time a never-ending stream can take.
   *
   * @return at least 1
   */
  public static long defaultCharacterLimit() {
    return Defaults.CHARACTERS;
  }

  /**
   * Returns the default limit on the elements plus attributes of one document: one per KiB of maximum heap, at
   * most 16 Mi (256 Ki in a 256 MiB heap). The corpus' largest document, 3.9 MB, has about 100 thousand.
   *
   * @return at least 1
   */
  public static long defaultNodeLimit() {
    return Defaults.NODES;
  }
}
