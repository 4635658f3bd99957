package org.lexkit.akn;

/**
 * How strictly {@link AknReader} checks a document against Akoma Ntoso 3.0.
 *
 * <p>Whatever the mode, the reader never silently drops content: an element or attribute that the AKN classes
 * cannot hold is an {@link AknProblem.Rule#UNSUPPORTED_CONTENT} error.
 */
public enum ValidationMode {
  /**
   * The official OASIS schema's verdict, exactly: content models, datatypes, and {@code eId}/{@code GUID}
   * uniqueness within each document (the schema's {@code xsd:unique} constraints). Also reports {@code eId} syntax
   * and dangling local references as warnings.
   */
  STRICT,
  /**
   * Like {@link #STRICT}, but accepts, as warnings, the two deviations real publishers make most: year-only FRBR
   * dates ({@code <FRBRdate date="2014" .../>}) and {@code eId}s repeated between a document and its attachments
   * (or components); each nested document must still have unique {@code eId}s of its own.
   */
  LENIENT,
  /** No schema validation at all: fastest; the document only has to be well-formed AKN that the reader can hold. */
  NONE
}
