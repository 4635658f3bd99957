package org.lexkit.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.jspecify.annotations.Nullable;
import org.lexkit.core.LegalDocumentException;

/**
 * Thrown when the input is not text: binary data, control characters, or bytes that are not valid in the expected
 * encoding. Well-formed text is never refused; this is the converter's only exception for bad data.
 *
 * <p>The location is kept as data apart from the message: {@link #getMessage()} is
 * {@code "<source>:<line>:<column>: <detail>"}, {@link #detail()} the bare text.
 */
public final class TextConversionException extends LegalDocumentException {
  private static final long serialVersionUID = 1L;

  /** The input's name, as given to the converter. */
  private final String sourceName;
  /** The 1-based line of the problem. */
  private final int line;
  /** The 1-based column of the problem. */
  private final int column;
  /** What is wrong, without the location. */
  private final String detail;

  /**
   * Creates an exception for a problem at a place in the input.
   *
   * @param sourceName the input's name
   * @param line 1-based line
   * @param column 1-based column
   * @param detail what is wrong and what to do about it
   * @param cause the underlying failure, or null
   */
  public TextConversionException(
      String sourceName, int line, int column, String detail, @Nullable Throwable cause) {
    super(checkNotNull(sourceName, "sourceName") + ":" + line + ":" + column + ": " + checkNotNull(detail, "detail"),
        cause);
    checkArgument(line >= 1 && column >= 1, "line and column must be 1-based: %s:%s", line, column);
    this.sourceName = sourceName;
    this.line = line;
    this.column = column;
    this.detail = detail;
  }

  /**
   * Returns where the problem is.
   *
   * @return the input's name, as given to the converter
   */
  public String sourceName() {
    return sourceName;
  }

  /**
   * Returns where the problem is.
   *
   * @return the 1-based line
   */
  public int line() {
    return line;
  }

  /**
   * Returns where the problem is.
   *
   * @return the 1-based column, in code points
   */
  public int column() {
    return column;
  }

  /**
   * Returns what is wrong.
   *
   * @return the message without the location
   */
  public String detail() {
    return detail;
  }
}
