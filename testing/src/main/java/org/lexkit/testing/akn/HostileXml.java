package org.lexkit.testing.akn;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;

/**
 * Hostile Akoma Ntoso documents (OWASP's XXE and entity-expansion attacks, and size attacks), each an otherwise
 * ordinary act so that only the attack can be the reason for a refusal. The entity attacks put their DOCTYPE on
 * line 2.
 */
public final class HostileXml {
  private HostileXml() {}

  /** Size of {@link #fiftyMegabyteAttribute()}'s attribute value. */
  public static final int FIFTY_MB = 50 * 1024 * 1024;

  /** An act with {@code doctype} on line 2 and {@code text} as the body's paragraph. */
  public static String withDoctype(String doctype, String text) {
    return "<?xml version=\"1.0\"?>\n" + doctype + "\n<akomaNtoso xmlns=\"" + Akn.NS + "\"><act name=\"x\">"
        + "<body><p>" + text + "</p></body></act></akomaNtoso>";
  }

  /** An external entity that would read {@code fileUri} (a {@code file:} URI) into the text. */
  public static String externalEntityFile(String fileUri) {
    return withDoctype("<!DOCTYPE akomaNtoso [<!ENTITY xxe SYSTEM \"" + fileUri + "\">]>", "&xxe;");
  }

  /** An external entity that would fetch {@code url} into the text. */
  public static String externalEntityUrl(String url) {
    return withDoctype("<!DOCTYPE akomaNtoso [<!ENTITY xxe SYSTEM \"" + url + "\">]>", "&xxe;");
  }

  /** An external DTD at {@code url}. */
  public static String externalDtd(String url) {
    return withDoctype("<!DOCTYPE akomaNtoso SYSTEM \"" + url + "\">", "x");
  }

  /** A parameter entity that would fetch {@code url} and declare {@code &leak;} from it. */
  public static String parameterEntity(String url) {
    return withDoctype("<!DOCTYPE akomaNtoso [<!ENTITY % remote SYSTEM \"" + url + "\"> %remote;]>", "&leak;");
  }

  /** Billion laughs: ten levels of ten references, 10^9 "lol"s from a kilobyte. */
  public static String billionLaughs() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE akomaNtoso [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        dtd.append("&lol").append(i - 1).append(';');
      }
      dtd.append("\">");
    }
    return withDoctype(dtd.append("]>").toString(), "&lol9;");
  }

  /** Quadratic blowup: one 100,000-character entity referenced 10,000 times (a gigabyte from 140 KB). */
  public static String quadraticBlowup() {
    return withDoctype("<!DOCTYPE akomaNtoso [<!ENTITY a \"" + "a".repeat(100_000) + "\">]>", "&a;".repeat(10_000));
  }

  /**
   * An otherwise valid act whose article's paragraph nests {@code levels} {@code <b>} elements (inline elements may
   * nest in AKN, so only a depth limit stops it). The nesting starts on line 2.
   */
  public static String deepNesting(int levels) {
    return Akn.act(Akn.article("art_1", "<b>".repeat(levels) + "</b>".repeat(levels)));
  }

  /** An act whose {@code name} attribute (starting at line 2, column 1) is 50 MB long, streamed, never held. */
  public static InputStream fiftyMegabyteAttribute() {
    byte[] head = ("<akomaNtoso xmlns=\"" + Akn.NS + "\">\n<act name=\"").getBytes(UTF_8);
    byte[] tail = "\"/></akomaNtoso>".getBytes(UTF_8);
    return new SequenceInputStream(new ByteArrayInputStream(head),
        new SequenceInputStream(new RepeatingStream((byte) 'a', FIFTY_MB), new ByteArrayInputStream(tail)));
  }

  /**
   * A valid act whose root element declares {@code count} namespaces ({@code xmlns:n0="urn:n:0"}, ...), after the
   * AKN one, on line 2. Schema-valid: a namespace declaration is no attribute. The JDK parser checks them pairwise.
   */
  public static String namespaceDeclarationsOnOneElement(int count) {
    StringBuilder declarations = new StringBuilder(count * 24);
    for (int i = 0; i < count; i++) {
      declarations.append(" xmlns:n").append(i).append("=\"urn:n:").append(i).append('"');
    }
    return Akn.act("").replace("<body></body>", "<body>" + Akn.article("art_1", "x") + "</body>")
        .replace("\n<akomaNtoso xmlns=\"" + Akn.NS + "\"", "\n<akomaNtoso xmlns=\"" + Akn.NS + "\"" + declarations);
  }

  /**
   * A valid act of {@code articles} articles, each of whose paragraphs declares {@code perElement} namespaces: a
   * flood of declarations spread below every per-element limit (9,000 declarations of about 25 bytes on each of
   * 64 paragraphs are 14.7 MB).
   */
  public static String namespaceFlood(int articles, int perElement) {
    StringBuilder declarations = new StringBuilder(perElement * 24);
    for (int i = 0; i < perElement; i++) {
      declarations.append(" xmlns:n").append(i).append("=\"urn:n:").append(i).append('"');
    }
    StringBuilder body = new StringBuilder();
    for (int a = 1; a <= articles; a++) {
      body.append(Akn.article("art_" + a, "x").replace("<p>", "<p" + declarations + ">"));
    }
    return Akn.act(body.toString());
  }
}
