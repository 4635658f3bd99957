package org.lexkit.akn.internal.xml;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import org.lexkit.akn.MalformedAknException;
import org.lexkit.akn.SourceLocation;

/**
 * A StAX reader that counts elements, attributes and namespace declarations (each held in memory while its element
 * is open, so a flood of declarations is as costly as one of attributes) and refuses the document, located, one
 * past the node limit. Every read path reads through it: the lossless parser ({@code AknParser}) and
 * the model read paths ({@code AknToModel}, {@code AknToAmendment}), which hand the one reader to every nested
 * mapper, so counting here covers all of them. Without it a stream of valid provisions that never ends would grow
 * the result until the heap ran out (the character limit alone allows 16 Mi characters of tiny elements in a
 * 256 MiB heap).
 *
 * <p>Not thread-safe, like the reader it wraps.
 */
public final class NodeCountingReader extends StreamReaderDelegate {
  private final String systemId;
  private final long nodeLimit;
  private long nodes;

  /**
   * Wraps {@code reader}.
   *
   * @param reader the hardened reader
   * @param systemId the name used in locations
   * @param nodeLimit the most elements, attributes and namespace declarations allowed, at least 1
   */
  public NodeCountingReader(XMLStreamReader reader, String systemId, long nodeLimit) {
    super(reader);
    if (nodeLimit < 1) {
      throw new IllegalArgumentException("node limit must be at least 1: " + nodeLimit);
    }
    this.systemId = systemId;
    this.nodeLimit = nodeLimit;
  }

  @Override
  public int next() throws XMLStreamException {
    return counted(super.next());
  }

  @Override
  public int nextTag() throws XMLStreamException {
    return counted(super.nextTag());
  }

  private int counted(int event) {
    if (event == XMLStreamConstants.START_ELEMENT) {
      nodes += 1 + getAttributeCount() + getNamespaceCount();
      if (nodes > nodeLimit) {
        Location at = getLocation();
        throw new MalformedAknException(SourceLocation.of(systemId, at.getLineNumber(), at.getColumnNumber()),
            "the document has more than " + nodeLimit + " elements and attributes (namespace declarations"
                + " included); refused as too large"
                + " (AknReader.withNodeLimit raises the limit)", null);
      }
    }
    return event;
  }
}
