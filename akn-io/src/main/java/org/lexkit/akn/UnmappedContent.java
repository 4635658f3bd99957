package org.lexkit.akn;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * Something in an Akoma Ntoso document that the Lexkit model does not represent, reported by the mapping instead of
 * being dropped silently: an element the model has no place for, an attribute, markup flattened to plain text, or an
 * identifier that the model replaces by its derived one. The lossless {@link AknDocument} layer still keeps it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param location where it is (the start tag of the element concerned)
 * @param element the local name of the element concerned, e.g. {@code blockList}
 * @param eId that element's {@code eId} attribute, if it has one
 * @param kind what kind of loss
 * @param detail what is not represented and what the model keeps instead; lower-case start, no trailing period
 */
public record UnmappedContent(
    SourceLocation location, String element, Optional<String> eId, Kind kind, String detail) {

  /** The kinds of loss. */
  public enum Kind {
    /** A whole element (and everything in it) that the model has no place for. */
    ELEMENT,
    /** An attribute the model does not keep. */
    ATTRIBUTE,
    /** Markup inside a value the model keeps as plain text (a title, a number, a note). */
    FLATTENED,
    /** An identifier or IRI the model does not store; Lexkit derives its own when writing. */
    IDENTIFIER,
    /** A comment or processing instruction. */
    TRIVIA
  }

  /** Validates the components. */
  public UnmappedContent {
    checkNotNull(location, "location");
    checkNotNull(element, "element");
    checkNotNull(eId, "eId");
    checkNotNull(kind, "kind");
    checkNotNull(detail, "detail");
    checkArgument(!detail.isBlank(), "detail must not be blank");
  }

  /** Returns a compiler-style line: {@code act.xml:12:5: <blockList eId="art_3__list_1">: detail}. */
  public String describe() {
    return location.describe() + ": <" + element + eId.map(e -> " eId=\"" + e + "\"").orElse("") + ">: " + detail;
  }

  @Override
  public String toString() {
    return describe();
  }
}
