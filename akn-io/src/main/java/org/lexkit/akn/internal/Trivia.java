package org.lexkit.akn.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

/**
 * What a document has besides the content JAXB binds, kept so that read -> write reproduces the input: comments,
 * processing instructions, {@code xsi:schemaLocation}-style attributes JAXB ignores, and the namespace prefixes the
 * author chose. Positions are anchored to element ordinals (the 0-based index of an element in document order), so
 * they survive as long as the JAXB tree is written unchanged; a tree built or changed by code simply has none.
 *
 * <p>Immutable and thread-safe.
 *
 * @param nodes comments and processing instructions, in document order
 * @param attributes attributes JAXB does not keep but the writer puts back
 * @param prefixes namespace prefix to URI, in the order first declared in the input ({@code ""} is the default
 *     namespace); the writer reuses them
 */
public record Trivia(ImmutableList<Node> nodes, ImmutableList<Attribute> attributes,
    ImmutableMap<String, String> prefixes) {

  /** A tree without trivia (for documents built by code). */
  public static final Trivia NONE = new Trivia(ImmutableList.of(), ImmutableList.of(), ImmutableMap.of());

  /** Copies the collections. */
  public Trivia {
    nodes = ImmutableList.copyOf(nodes);
    attributes = ImmutableList.copyOf(attributes);
    prefixes = ImmutableMap.copyOf(prefixes);
  }

  /** Whether a {@link Node} is a comment or a processing instruction. */
  public enum Kind {
    /** {@code <!-- data -->}. */
    COMMENT,
    /** {@code <?target data?>}. */
    PROCESSING_INSTRUCTION
  }

  /**
   * A comment or processing instruction and where it was.
   *
   * @param kind comment or processing instruction
   * @param target the PI target; empty for comments
   * @param data the comment text or PI data
   * @param parentOrdinal the ordinal of the enclosing element, or -1 for the document level (prolog and epilog)
   * @param precedingElements how many child elements of the parent come before it (at document level: 0 before the
   *     root, 1 after)
   * @param textOffset how many characters of text (not counting comments) come between the preceding child
   *     element, or the parent's start, and it
   */
  public record Node(Kind kind, String target, String data, int parentOrdinal, int precedingElements,
      int textOffset) {
    /** Rejects nulls. */
    public Node {
      checkNotNull(kind, "kind");
      checkNotNull(target, "target");
      checkNotNull(data, "data");
    }
  }

  /**
   * An attribute the writer puts back on an element.
   *
   * @param elementOrdinal the element's ordinal
   * @param namespace the attribute's namespace URI
   * @param prefix the prefix it had in the input
   * @param localName its local name
   * @param value its value
   */
  public record Attribute(int elementOrdinal, String namespace, String prefix, String localName, String value) {
    /** Rejects nulls. */
    public Attribute {
      checkNotNull(namespace, "namespace");
      checkNotNull(prefix, "prefix");
      checkNotNull(localName, "localName");
      checkNotNull(value, "value");
    }
  }
}
