package org.lexkit.akn;

import org.jspecify.annotations.Nullable;

/**
 * The input is not well-formed XML, or it is refused as hostile: it has a DOCTYPE (and so could define entities),
 * nests elements deeper than the reader's limit, has an attribute value or text run beyond the size limits, is longer
 * or has more elements and attributes than the reader's {@linkplain AknReader#withCharacterLimit character} and
 * {@linkplain AknReader#withNodeLimit node} limits allow, or cannot be decoded in its declared encoding. Nothing
 * outside the input is ever read when this is thrown.
 */
public class MalformedAknException extends AknReadException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for a located well-formedness or safety problem.
   *
   * @param location where the problem is
   * @param detail what is wrong and what was expected
   * @param cause the parser's exception, or null
   */
  public MalformedAknException(SourceLocation location, String detail, @Nullable Throwable cause) {
    super(location, detail, cause);
  }
}
