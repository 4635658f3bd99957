package org.lexkit.akn.fuzz;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The element and attribute spans of an XML text, found by a forgiving scan (no parser: the text may already be
 * damaged, and a mutation only needs positions). The text is the ISO-8859-1 view of the bytes, one character per
 * byte, so that markup (ASCII) is found and every other byte, UTF-8 sequences included, is carried through
 * unchanged. An element whose end tag is never found is left out.
 */
final class XmlSkeleton {

  /** An element: {@code [start, end)} is the whole element, {@code [contentStart, contentEnd)} its content. */
  static final class Element {
    final int start;
    final int contentStart;
    int contentEnd;
    int end;
    final String name;
    final int depth;
    final int parent;
    final List<Attribute> attributes;

    Element(int start, int contentStart, String name, int depth, int parent, List<Attribute> attributes) {
      this.start = start;
      this.contentStart = contentStart;
      this.name = name;
      this.depth = depth;
      this.parent = parent;
      this.attributes = attributes;
    }

    boolean isEmptyTag() {
      return contentStart == end;
    }
  }

  /** An attribute: {@code [start, end)} from the name to the closing quote, the value in between the quotes. */
  static final class Attribute {
    final int start;
    final int end;
    final int valueStart;
    final int valueEnd;
    final String name;

    Attribute(int start, int end, int valueStart, int valueEnd, String name) {
      this.start = start;
      this.end = end;
      this.valueStart = valueStart;
      this.valueEnd = valueEnd;
      this.name = name;
    }
  }

  final String text;
  final List<Element> elements = new ArrayList<>();
  /** Offsets just after a {@code >}, where new markup can go without splitting a tag. */
  final List<Integer> boundaries = new ArrayList<>();

  private XmlSkeleton(String text) {
    this.text = text;
  }

  static XmlSkeleton of(String text) {
    XmlSkeleton skeleton = new XmlSkeleton(text);
    skeleton.scan();
    return skeleton;
  }

  private void scan() {
    Deque<Integer> open = new ArrayDeque<>();
    List<Element> all = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int lt = text.indexOf('<', i);
      if (lt < 0) {
        break;
      }
      if (text.startsWith("<!--", lt)) {
        i = skipPast(lt + 4, "-->");
      } else if (text.startsWith("<![CDATA[", lt)) {
        i = skipPast(lt + 9, "]]>");
      } else if (text.startsWith("<?", lt)) {
        i = skipPast(lt + 2, "?>");
      } else if (text.startsWith("<!", lt)) {
        i = skipPast(lt + 2, ">");
      } else if (text.startsWith("</", lt)) {
        int gt = text.indexOf('>', lt);
        if (gt < 0) {
          break;
        }
        if (!open.isEmpty()) {
          Element element = all.get(open.pop());
          element.contentEnd = lt;
          element.end = gt + 1;
        }
        i = gt + 1;
      } else {
        i = startTag(lt, open, all);
        if (i < 0) {
          break;
        }
      }
      if (i > 0 && i <= n && text.charAt(i - 1) == '>') {
        boundaries.add(i);
      }
    }
    for (Element e : all) {
      if (e.end > 0) {
        elements.add(e);
      }
    }
  }

  private int skipPast(int from, String terminator) {
    int at = text.indexOf(terminator, from);
    return at < 0 ? text.length() : at + terminator.length();
  }

  /** Scans a start tag at {@code lt}; returns the offset after it, or -1 if it never ends. */
  private int startTag(int lt, Deque<Integer> open, List<Element> all) {
    int i = lt + 1;
    int nameEnd = i;
    while (nameEnd < text.length() && isNameChar(text.charAt(nameEnd))) {
      nameEnd++;
    }
    String name = text.substring(i, nameEnd);
    List<Attribute> attributes = new ArrayList<>();
    i = nameEnd;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '>' || (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '>')) {
        boolean empty = c == '/';
        int after = empty ? i + 2 : i + 1;
        int parent = open.isEmpty() ? -1 : open.peek();
        Element element = new Element(lt, after, name, open.size(), parent, attributes);
        all.add(element);
        if (empty) {
          element.contentEnd = after;
          element.end = after;
        } else {
          open.push(all.size() - 1);
        }
        return after;
      }
      if (isNameChar(c)) {
        int attributeStart = i;
        while (i < text.length() && isNameChar(text.charAt(i))) {
          i++;
        }
        String attributeName = text.substring(attributeStart, i);
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '=' || text.charAt(i) == '\n'
            || text.charAt(i) == '\t' || text.charAt(i) == '\r')) {
          i++;
        }
        if (i < text.length() && (text.charAt(i) == '"' || text.charAt(i) == '\'')) {
          char quote = text.charAt(i);
          int close = text.indexOf(quote, i + 1);
          if (close < 0) {
            return -1;
          }
          attributes.add(new Attribute(attributeStart, close + 1, i + 1, close, attributeName));
          i = close + 1;
        }
      } else {
        i++;
      }
    }
    return -1;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == ':' || c == '_' || c == '-' || c == '.' || c > 0x7F;
  }

  List<Attribute> allAttributes() {
    List<Attribute> all = new ArrayList<>();
    for (Element e : elements) {
      all.addAll(e.attributes);
    }
    return all;
  }

  List<Integer> childrenOf(int parentIndexInAll) {
    List<Integer> children = new ArrayList<>();
    for (int i = 0; i < elements.size(); i++) {
      if (elements.get(i).parent == parentIndexInAll) {
        children.add(i);
      }
    }
    return children;
  }
}
