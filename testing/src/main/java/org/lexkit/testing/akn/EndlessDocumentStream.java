package org.lexkit.testing.akn;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.InputStream;
import java.util.function.LongFunction;

/**
 * A stream of Akoma Ntoso that never ends: a valid head, then valid content generated forever, without holding more
 * than one unit in memory. It announces 2 GB ({@link #available()} answers {@code Integer.MAX_VALUE}) as a server
 * streaming a huge document might, and counts what it produced so tests can show that the reader stopped early.
 */
public final class EndlessDocumentStream extends InputStream {
  private final byte[] head;
  private final LongFunction<String> unit;
  private byte[] current;
  private int position;
  private long units;
  private long produced;

  private EndlessDocumentStream(String head, LongFunction<String> unit) {
    this.head = head.getBytes(UTF_8);
    this.unit = unit;
    this.current = this.head;
  }

  /** An act whose body is an endless list of schema-valid articles, one a line, each with a fresh eId. */
  public static EndlessDocumentStream siblingArticles() {
    return new EndlessDocumentStream(actHead(),
        n -> "<article eId=\"art_" + n + "\"><num>" + n + "</num><content><p>Article " + n
            + " of a document that never ends.</p></content></article>\n");
  }

  /** An act with one article whose only paragraph never ends (Cyrillic text, two UTF-8 bytes a letter). */
  public static EndlessDocumentStream endlessParagraph() {
    return new EndlessDocumentStream(actHead() + "<article eId=\"art_1\"><num>1</num><content><p>",
        n -> n % 100 == 0 ? "Конституция Республики Казахстан.\n" : "Конституция Республики Казахстан. ");
  }

  /** Paragraphs with nine thousand foreign-namespace attributes each, forever. */
  public static EndlessDocumentStream attributeFlood() {
    return new EndlessDocumentStream(actHead() + "<article eId=\"art_1\"><num>1</num><content>\n", n -> {
      StringBuilder p = new StringBuilder("<p xmlns:f=\"urn:x-hostile\"");
      for (int i = 0; i < 9_000; i++) {
        p.append(" f:a").append(i).append("=\"\"");
      }
      return p.append(">x</p>\n").toString();
    });
  }

  private static String actHead() {
    String act = Akn.act("");
    return act.substring(0, act.indexOf("</body>")) + "\n";
  }

  /** Returns how many bytes were read from this stream so far. */
  public long produced() {
    return produced;
  }

  @Override
  public int available() {
    return Integer.MAX_VALUE; // "2 GB to come", the largest answer the API allows
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    read(one, 0, 1);
    return one[0] & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    int n = 0;
    while (n < length) {
      if (position == current.length) {
        current = unit.apply(++units).getBytes(UTF_8);
        position = 0;
      }
      int k = Math.min(length - n, current.length - position);
      System.arraycopy(current, position, buffer, offset + n, k);
      position += k;
      n += k;
    }
    produced += n;
    return n;
  }
}
