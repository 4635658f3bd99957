package org.lexkit.akn;

import org.jspecify.annotations.Nullable;

/**
 * The input is valid Akoma Ntoso, but a mapping to a Lexkit model cannot represent it, for example an article
 * without a {@code <num>}. Thrown by the mapping layer, with the location of the offending element.
 */
public class AknMappingException extends AknReadException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for a located mapping problem.
   *
   * @param location where the element that cannot be mapped is
   * @param detail what cannot be represented and what was expected
   * @param cause the underlying failure, or null
   */
  public AknMappingException(SourceLocation location, String detail, @Nullable Throwable cause) {
    super(location, detail, cause);
  }
}
