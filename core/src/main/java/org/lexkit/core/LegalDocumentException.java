package org.lexkit.core;

import org.jspecify.annotations.Nullable;

/**
 * The root of every exception Lexkit throws for bad data, as opposed to a caller's programming mistake (those are
 * {@link IllegalArgumentException} and {@link NullPointerException}). Catching this one type catches everything the
 * library reports about a document, an amendment or a file; {@link java.io.IOException} stays separate because it
 * is a real I/O contract.
 *
 * <p>Subclasses keep what went wrong as data (a location, an operation, a provision id) next to the message.
 */
public abstract class LegalDocumentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message and an optional cause.
   *
   * @param message the full message, never null
   * @param cause the underlying failure, or null
   */
  protected LegalDocumentException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
