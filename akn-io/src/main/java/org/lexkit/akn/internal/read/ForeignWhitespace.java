package org.lexkit.akn.internal.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Puts back the whitespace JAXB drops inside foreign content. JAXB keeps a foreign (non-AKN) element of a lax
 * wildcard as a DOM element, but its SAX front end discards a whitespace-only run of text that comes just before a
 * child's start tag unless the content is declared mixed, which foreign content never is. In an element whose
 * content really is mixed ({@code <x:p><x:b>a</x:b> <x:i>b</x:i></x:p>}) that space is text, and a read, then
 * write, lost it (found by fuzzing). The parser reports each such run here with its place in the foreign subtree;
 * after unmarshalling, {@link #restore} inserts it into the DOM, so the writer writes it back verbatim.
 *
 * <p>One instance per read; not thread-safe.
 */
final class ForeignWhitespace {
  /** A run JAXB dropped: in foreign root {@code root}, before element child {@code child} of element {@code parent}. */
  private record Dropped(int root, int parent, int child, String text) {}

  private final List<Dropped> dropped = new ArrayList<>();
  private final List<String> rootNames = new ArrayList<>();
  private final ArrayDeque<int[]> open = new ArrayDeque<>(); // per open foreign element: {pre-order index, children}
  private final StringBuilder pending = new StringBuilder();
  private boolean pendingHasText;
  private int nextIndex;

  /** Whether the parser is inside a foreign subtree. */
  boolean inside() {
    return !open.isEmpty();
  }

  /** A foreign element starts whose parent is an AKN element: a new DOM root. */
  void startRoot(String namespace, String localName) {
    rootNames.add("{" + namespace + "}" + localName);
    nextIndex = 0;
    open.push(new int[] {nextIndex++, 0});
    clearPending();
  }

  /** An element starts inside a foreign subtree. */
  void startChild() {
    int[] parent = open.peek();
    if (pending.length() > 0 && !pendingHasText) {
      dropped.add(new Dropped(rootNames.size() - 1, parent[0], parent[1], pending.toString()));
    }
    parent[1]++;
    open.push(new int[] {nextIndex++, 0});
    clearPending();
  }

  /** An element inside (or at the root of) a foreign subtree ends; JAXB keeps text before an end tag. */
  void end() {
    open.pop();
    clearPending();
  }

  /** Text inside a foreign subtree (comments and processing instructions do not interrupt a run for JAXB). */
  void characters(char[] text, int start, int length, boolean whitespace) {
    if (pendingHasText) {
      return;
    }
    if (whitespace) {
      pending.append(text, start, length);
    } else {
      pendingHasText = true;
      pending.setLength(0);
    }
  }

  private void clearPending() {
    pending.setLength(0);
    pendingHasText = false;
  }

  /**
   * Inserts the dropped runs into the DOM elements JAXB kept, given in document order. A root whose name does not
   * match (JAXB kept it otherwise) is left alone.
   *
   * @param roots the foreign DOM elements of the tree, in document order
   */
  void restore(List<Element> roots) {
    for (Dropped d : dropped) {
      if (d.root() >= roots.size() || d.root() >= rootNames.size()) {
        continue;
      }
      Element root = roots.get(d.root());
      if (!rootNames.get(d.root()).equals("{" + nullToEmpty(root.getNamespaceURI()) + "}" + root.getLocalName())) {
        continue;
      }
      Element parent = preOrder(root, d.parent());
      if (parent == null) {
        continue;
      }
      Node before = elementChild(parent, d.child());
      parent.insertBefore(parent.getOwnerDocument().createTextNode(d.text()), before);
    }
  }

  private static Element preOrder(Element root, int index) {
    ArrayDeque<Element> stack = new ArrayDeque<>();
    stack.push(root);
    int i = 0;
    while (!stack.isEmpty()) {
      Element e = stack.pop();
      if (i++ == index) {
        return e;
      }
      List<Element> children = new ArrayList<>();
      for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
        if (c.getNodeType() == Node.ELEMENT_NODE) {
          children.add((Element) c);
        }
      }
      for (int k = children.size() - 1; k >= 0; k--) {
        stack.push(children.get(k));
      }
    }
    return null;
  }

  private static Node elementChild(Element parent, int index) {
    int i = 0;
    for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c.getNodeType() == Node.ELEMENT_NODE && i++ == index) {
        return c;
      }
    }
    return null;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
