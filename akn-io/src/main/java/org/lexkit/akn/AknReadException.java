package org.lexkit.akn;

import static com.google.common.base.Preconditions.checkNotNull;

import org.jspecify.annotations.Nullable;

/**
 * An Akoma Ntoso input could not be read: it is not well-formed or is hostile ({@link MalformedAknException}),
 * breaks the schema ({@link AknSchemaException}), or is valid AKN that a mapping cannot represent
 * ({@link AknMappingException}). The location is kept as data; {@link #getMessage()} is
 * {@code "<systemId>:<line>:<column>: <detail>"}, the compiler format that IDEs and CI logs turn into links.
 */
public abstract class AknReadException extends AknException {
  private static final long serialVersionUID = 1L;

  private final SourceLocation location;
  private final String detail;

  /**
   * Creates an exception for a problem at a location.
   *
   * @param location where the problem is, never null
   * @param detail what is wrong and what was expected, without the location; never null
   * @param cause the underlying failure, or null
   */
  protected AknReadException(SourceLocation location, String detail, @Nullable Throwable cause) {
    super(checkNotNull(location, "location").describe() + ": " + checkNotNull(detail, "detail"), cause);
    this.location = location;
    this.detail = detail;
  }

  /**
   * Returns where the problem is.
   *
   * @return the location; line and column are -1 when unknown
   */
  public final SourceLocation location() {
    return location;
  }

  /**
   * Returns the bare description, without the location prefix (like Jackson's {@code getOriginalMessage()}).
   *
   * @return what is wrong and what was expected
   */
  public final String detail() {
    return detail;
  }
}
