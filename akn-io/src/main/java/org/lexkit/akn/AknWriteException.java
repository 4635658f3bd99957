package org.lexkit.akn;

import org.jspecify.annotations.Nullable;

/**
 * A document cannot be written as Akoma Ntoso XML, for example because a text contains a character that XML 1.0
 * cannot represent. The message names the element concerned.
 */
public class AknWriteException extends AknException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what cannot be written and where in the document it is
   * @param cause the underlying failure, or null
   */
  public AknWriteException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
