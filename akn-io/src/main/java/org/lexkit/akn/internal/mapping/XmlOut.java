package org.lexkit.akn.internal.mapping;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import org.lexkit.akn.AknWriteException;

/**
 * A minimal streaming XML writer for the model-to-AKN direction: elements, attributes and text in the AKN default
 * namespace, encoded as UTF-8 into its own buffer as they come and passed to an {@link OutputStream} a buffer at a
 * time. It encodes itself, in the same pass that escapes and checks each character, because a {@code Writer} chain
 * (a buffered writer over the JDK's encoder) took more than a quarter of a whole model write (docs/PERFORMANCE.md).
 *
 * <p>It exists instead of {@link javax.xml.stream.XMLStreamWriter} because the JDK's StAX writer escapes neither
 * tab, newline nor carriage return in attribute values (a re-parse normalises them to spaces) nor carriage return in
 * text (a re-parse turns it into a newline), and does not refuse characters XML 1.0 cannot carry; model strings must
 * come back exactly. Indentation is added only between elements opened with {@link #start} (element-only content);
 * inside an element opened with {@link #startMixed}, whitespace is text and none is added.
 *
 * <p>One instance per write; not thread-safe. I/O failures are thrown as {@link UncheckedIOException} and unwrapped
 * by the caller.
 */
final class XmlOut {
  private static final int BUFFER_SIZE = 1 << 16;
  /** Past this a character might not fit (a UTF-8 sequence or a character reference is at most 6 bytes). */
  private static final int FLUSH_AT = BUFFER_SIZE - 8;

  private final OutputStream out;
  private final byte[] buffer = new byte[BUFFER_SIZE];
  private int position;
  private final int indent;
  private final ArrayDeque<String> open = new ArrayDeque<>();
  private final ArrayDeque<Boolean> mixed = new ArrayDeque<>();
  private boolean startTagOpen;
  private boolean hadChildren;
  private String context = "the document";
  /** Every eId written so far, with what was being written then: a second use is refused, not written. */
  private final Map<String, String> eids = new HashMap<>();

  XmlOut(OutputStream out, int indent) {
    this.out = out;
    this.indent = indent;
  }

  /** Names what is being written, for error messages ("provision sec_2__art_32"). */
  void context(String what) {
    this.context = what;
  }

  /** Returns what is being written, as last set by {@link #context(String)}. */
  String context() {
    return context;
  }

  void declaration() {
    write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    if (indent > 0) {
      write("\n");
    }
  }

  /** Opens an element whose content is elements only (indented). */
  XmlOut start(String name) {
    return open(name, false);
  }

  /** Opens an element with mixed content: nothing is indented inside it. */
  XmlOut startMixed(String name) {
    return open(name, true);
  }

  private XmlOut open(String name, boolean isMixed) {
    closeStartTag();
    boolean parentMixed = !mixed.isEmpty() && mixed.peek();
    if (!parentMixed && indent > 0 && !open.isEmpty()) {
      newline(open.size());
    }
    write("<");
    write(name);
    open.push(name);
    mixed.push(parentMixed || isMixed);
    startTagOpen = true;
    hadChildren = false;
    return this;
  }

  /** Adds an attribute to the element just opened. */
  XmlOut attribute(String name, String value) {
    if (!startTagOpen) {
      throw new IllegalStateException("attribute " + name + " after content");
    }
    if (name.equals("eId")) {
      String first = eids.putIfAbsent(value, context);
      if (first != null) {
        // E.g. an inline mark's eId kept from the source that equals an eId derived for a provision.
        throw new AknWriteException(context + ": eId '" + value + "' (on <" + open.peek() + ">) was already"
            + " written for " + first + "; eIds must be unique in an AKN document", null);
      }
    }
    write(" ");
    write(name);
    write("=\"");
    escape(value, true);
    write("\"");
    return this;
  }

  /** Writes character data inside the current (mixed) element. */
  XmlOut text(String text) {
    if (text.isEmpty()) {
      return this;
    }
    closeStartTag();
    escape(text, false);
    hadChildren = true;
    return this;
  }

  /** Closes the current element, as an empty-element tag if nothing was written inside it. */
  XmlOut end() {
    String name = open.pop();
    boolean wasMixed = mixed.pop();
    if (startTagOpen) {
      write("/>");
      startTagOpen = false;
    } else {
      if (!wasMixed && indent > 0 && hadChildren) {
        newline(open.size());
      }
      write("</");
      write(name);
      write(">");
    }
    hadChildren = true;
    return this;
  }

  void finish() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("unclosed elements " + open);
    }
    if (indent > 0) {
      write("\n");
    }
    flushBuffer();
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void closeStartTag() {
    if (startTagOpen) {
      write(">");
      startTagOpen = false;
    }
    hadChildren = true;
  }

  private String spaces = "\n";

  private void newline(int depth) {
    int length = depth * indent + 1;
    while (spaces.length() < length) {
      spaces = spaces + " ".repeat(Math.max(indent, spaces.length()));
    }
    write(spaces, 0, length);
  }

  /**
   * Writes {@code s} escaped for text or an attribute value, refusing what XML 1.0 cannot carry: one pass that checks,
   * escapes and encodes, with printable ASCII taking one comparison chain and one store.
   */
  private void escape(String s, boolean attribute) {
    int length = s.length();
    for (int i = 0; i < length; i++) {
      if (position > FLUSH_AT) {
        flushBuffer();
      }
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7F && c != '&' && c != '<' && c != '>' && c != '"') {
        buffer[position++] = (byte) c;
        continue;
      }
      switch (c) {
        case '&' -> ascii("&amp;");
        case '<' -> ascii("&lt;");
        case '>' -> ascii("&gt;");
        case '"' -> ascii(attribute ? "&quot;" : "\"");
        case '\r' -> ascii("&#13;");
        case '\n' -> ascii(attribute ? "&#10;" : "\n");
        case '\t' -> ascii(attribute ? "&#9;" : "\t");
        default -> {
          if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
            throw invalid(s, i, c);
          }
          if (Character.isHighSurrogate(c)) {
            if (i + 1 >= length || !Character.isLowSurrogate(s.charAt(i + 1))) {
              throw invalid(s, i, c);
            }
            encodeSupplementary(Character.toCodePoint(c, s.charAt(++i)));
          } else if (Character.isLowSurrogate(c)) {
            throw invalid(s, i, c);
          } else {
            encode(c);
          }
        }
      }
    }
  }

  private AknWriteException invalid(String s, int index, char c) {
    return new AknWriteException(String.format(java.util.Locale.ROOT,
        "%s: character U+%04X at index %d of \"%s\" cannot be written in XML 1.0", context, (int) c, index,
        s.length() > 80 ? s.substring(0, 80) + "..." : s), null);
  }

  /** Writes markup or a character reference: ASCII only, at most 6 characters, room already checked. */
  private void ascii(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      buffer[position++] = (byte) s.charAt(i);
    }
  }

  private void write(String s) {
    write(s, 0, s.length());
  }

  /**
   * Writes markup (names, whitespace, the declaration) as UTF-8, unchecked: the callers' strings are checked or
   * fixed. An unpaired surrogate, which they never contain, becomes '?', as the JDK's encoder would write it.
   */
  private void write(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (position > FLUSH_AT) {
        flushBuffer();
      }
      char c = s.charAt(i);
      if (c < 0x80) {
        buffer[position++] = (byte) c;
      } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
        encodeSupplementary(Character.toCodePoint(c, s.charAt(++i)));
      } else if (Character.isSurrogate(c)) {
        buffer[position++] = '?';
      } else {
        encode(c);
      }
    }
  }

  /** Encodes a character of the Basic Multilingual Plane that is not a surrogate. */
  private void encode(char c) {
    if (c < 0x80) {
      buffer[position++] = (byte) c;
    } else if (c < 0x800) {
      buffer[position++] = (byte) (0xC0 | (c >> 6));
      buffer[position++] = (byte) (0x80 | (c & 0x3F));
    } else {
      buffer[position++] = (byte) (0xE0 | (c >> 12));
      buffer[position++] = (byte) (0x80 | ((c >> 6) & 0x3F));
      buffer[position++] = (byte) (0x80 | (c & 0x3F));
    }
  }

  private void encodeSupplementary(int codePoint) {
    buffer[position++] = (byte) (0xF0 | (codePoint >> 18));
    buffer[position++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
    buffer[position++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
    buffer[position++] = (byte) (0x80 | (codePoint & 0x3F));
  }

  private void flushBuffer() {
    try {
      out.write(buffer, 0, position);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    position = 0;
  }
}
