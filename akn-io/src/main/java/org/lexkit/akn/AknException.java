package org.lexkit.akn;

import org.jspecify.annotations.Nullable;
import org.lexkit.core.LegalDocumentException;

/**
 * The root of every exception the Akoma Ntoso reader and writer throw for bad data. Catch {@link AknReadException}
 * for input problems (with a {@link SourceLocation}) and {@link AknWriteException} for output problems.
 * {@link java.io.IOException} stays separate: it is a real I/O failure, not bad data.
 */
public abstract class AknException extends LegalDocumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with its full message.
   *
   * @param message the full message, never null
   * @param cause the underlying failure, or null
   */
  protected AknException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
