package org.lexkit.akn.internal.mapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import org.lexkit.akn.AknWriteException;
import org.lexkit.akn.internal.xml.XmlEscaper;

/**
 * A minimal streaming XML writer for the model-to-AKN direction: elements, attributes and text in the AKN default
 * namespace, written straight to a {@link Writer} as they come.
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
  private final Writer out;
  private final int indent;
  private final ArrayDeque<String> open = new ArrayDeque<>();
  private final ArrayDeque<Boolean> mixed = new ArrayDeque<>();
  private boolean startTagOpen;
  private boolean hadChildren;
  private String context = "the document";
  /** Every eId written so far, with what was being written then: a second use is refused, not written. */
  private final Map<String, String> eids = new HashMap<>();

  XmlOut(Writer out, int indent) {
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

  private void escape(String s, boolean attribute) {
    try {
      XmlEscaper.write(out, s, attribute, (index, c) -> invalid(s, index, c));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private AknWriteException invalid(String s, int index, char c) {
    return new AknWriteException(String.format(java.util.Locale.ROOT,
        "%s: character U+%04X at index %d of \"%s\" cannot be written in XML 1.0", context, (int) c, index,
        s.length() > 80 ? s.substring(0, 80) + "..." : s), null);
  }

  private void write(String s) {
    try {
      out.write(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(String s, int from, int to) {
    if (from < to) {
      try {
        out.write(s, from, to - from);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
