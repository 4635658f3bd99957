package org.lexkit.akn.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.IdentityHashMap;
import java.util.Map;
import org.lexkit.akn.SourceLocation;

/**
 * Where each JAXB object of a read document came from, so that the mapping layer can report errors found after
 * unmarshalling with {@code file:line:column}. Filled by the reader's {@code Unmarshaller.Listener} (spec API only,
 * no RI-specific {@code @XmlLocation}); the position is that of the end of the element's start tag.
 *
 * <p>Not modified after the read completes; safe to share for reading.
 */
public final class LocationIndex {
  /** An index that knows no object (for trees built by code). */
  public static final LocationIndex EMPTY = new LocationIndex("", new IdentityHashMap<>());

  private final String systemId;
  private final Map<Object, Long> positions;

  LocationIndex(String systemId, IdentityHashMap<Object, Long> positions) {
    this.systemId = systemId;
    this.positions = positions;
  }

  /**
   * Creates an index from packed positions.
   *
   * @param systemId the source name
   * @param positions JAXB object to {@link #pack(int, int) packed} line and column; taken over, not copied
   * @return the index
   */
  public static LocationIndex of(String systemId, IdentityHashMap<Object, Long> positions) {
    return new LocationIndex(checkNotNull(systemId, "systemId"), checkNotNull(positions, "positions"));
  }

  /**
   * Packs a line and column into one long.
   *
   * @param line the line
   * @param column the column
   * @return the packed value
   */
  public static long pack(int line, int column) {
    return ((long) line << 32) | (column & 0xFFFFFFFFL);
  }

  /**
   * Returns where a JAXB object's element was in the source.
   *
   * @param jaxbObject an object of the tree this index was built for (compared by identity)
   * @return its location, or a location with unknown line and column if the object is not indexed
   */
  public SourceLocation locationOf(Object jaxbObject) {
    Long packed = positions.get(checkNotNull(jaxbObject, "jaxbObject"));
    if (packed == null) {
      return SourceLocation.unknownPosition(systemId);
    }
    return SourceLocation.of(systemId, (int) (packed >>> 32), (int) (long) packed);
  }

  /**
   * Returns how many objects are indexed.
   *
   * @return the count
   */
  public int size() {
    return positions.size();
  }
}
