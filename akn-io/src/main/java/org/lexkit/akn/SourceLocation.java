package org.lexkit.akn;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A position in an XML source: the system id (usually a file name or URI) plus a 1-based line and column, where
 * {@code -1} means unknown (as in StAX and JAXB). Locations are data, kept apart from messages, so tools can turn
 * them into links.
 *
 * <p>Immutable and thread-safe.
 *
 * @param systemId the name of the source as given to the reader; never null, may be empty
 * @param line the 1-based line, or -1 if unknown
 * @param column the 1-based column, or -1 if unknown
 */
public record SourceLocation(String systemId, int line, int column) {

  /** Normalises every value below 1 to -1 ("unknown") and rejects a null system id. */
  public SourceLocation {
    checkNotNull(systemId, "systemId");
    line = line < 1 ? -1 : line;
    column = line < 1 || column < 1 ? -1 : column;
  }

  /**
   * Returns a location with line and column.
   *
   * @param systemId the name of the source
   * @param line 1-based line, or -1
   * @param column 1-based column, or -1
   * @return the location
   */
  public static SourceLocation of(String systemId, int line, int column) {
    return new SourceLocation(systemId, line, column);
  }

  /**
   * Returns a location that names only the source, for problems that concern the whole document.
   *
   * @param systemId the name of the source
   * @return a location with unknown line and column
   */
  public static SourceLocation unknownPosition(String systemId) {
    return new SourceLocation(systemId, -1, -1);
  }

  /**
   * Formats the location the way compilers do, {@code file:line:column}, leaving out unknown parts.
   *
   * @return for example {@code "act.xml:41:17"}, {@code "act.xml:41"} or {@code "act.xml"}
   */
  public String describe() {
    if (line < 1) {
      return systemId;
    }
    return column < 1 ? systemId + ":" + line : systemId + ":" + line + ":" + column;
  }

  @Override
  public String toString() {
    return describe();
  }
}
