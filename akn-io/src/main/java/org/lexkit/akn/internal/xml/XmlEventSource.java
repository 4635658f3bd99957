package org.lexkit.akn.internal.xml;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.lexkit.akn.MalformedAknException;
import org.lexkit.akn.SourceLocation;

/**
 * The one hardened event source under every Akoma Ntoso reader: the lossless parser ({@code AknParser}), the model
 * reader ({@code AknToModel}) and the amendment reader ({@code AknToAmendment}). It builds the reader chain (the
 * {@link GuardedXmlReader} character limit, the StAX factory of {@link SecureXml}, the {@link NodeCountingReader}
 * node limit, and an optional decoration such as namespace migration), pulls events, enforces the depth limit,
 * refuses DTDs and entity references, and turns the parser's exceptions into one located
 * {@link MalformedAknException} message. Each reader only says what its grammar does with an event.
 *
 * <p>One instance per read; not thread-safe.
 */
public final class XmlEventSource implements AutoCloseable {

  /** Sees every event after it is pulled, so a validator reads the same stream as the reader. */
  public interface Tap {
    /**
     * Sees the event the reader is positioned on.
     *
     * @param xml the reader, positioned on the event; must not be moved
     */
    void event(XMLStreamReader xml);
  }

  private static final Pattern STAX_PREFIX =
      Pattern.compile("^ParseError at \\[row,col\\]:\\[-?\\d+,-?\\d+\\]\\s*Message:\\s*", Pattern.DOTALL);

  private final GuardedXmlReader input;
  private final XMLStreamReader xml;
  private final String systemId;
  private @Nullable Tap tap;
  private int depth;

  private XmlEventSource(GuardedXmlReader input, XMLStreamReader xml, String systemId) {
    this.input = input;
    this.xml = xml;
    this.systemId = systemId;
  }

  /**
   * Opens a source over bytes.
   *
   * @param in the bytes; read to the end of the document, not closed
   * @param systemId the source name used in locations
   * @param characterLimit the most characters the document may have
   * @param nodeLimit the most elements plus attributes the document may have
   * @param decorate wraps the counted reader (outermost, so the readers and any tap see what it changes), for
   *     example with namespace migration; {@link UnaryOperator#identity()} for none
   * @return the source, positioned before the first event
   * @throws IOException if the stream fails
   * @throws MalformedAknException if the input cannot even be opened as XML (a bad encoding declaration)
   */
  public static XmlEventSource open(InputStream in, String systemId, long characterLimit, long nodeLimit,
      UnaryOperator<XMLStreamReader> decorate) throws IOException {
    GuardedXmlReader input = GuardedXmlReader.open(in, systemId, characterLimit);
    XMLStreamReader reader;
    try {
      reader = new NodeCountingReader(SecureXml.newInputFactory().createXMLStreamReader(systemId, input), systemId,
          nodeLimit);
    } catch (XMLStreamException e) {
      MalformedAknException refusal = input.refusal();
      throw refusal != null ? refusal : malformed(systemId, e, SourceLocation.of(systemId, 1, 1));
    }
    return new XmlEventSource(input, decorate.apply(reader), systemId);
  }

  /**
   * Sets the tap that sees every following event and shows it the current one (the start of the document when
   * called before the first {@link #next()}).
   *
   * @param tap the tap, or null for none
   */
  public void tap(@Nullable Tap tap) {
    this.tap = tap;
    if (tap != null) {
      tap.event(xml);
    }
  }

  /**
   * Pulls the next event, refusing what no Akoma Ntoso document needs and a hostile one might use.
   *
   * @return the event type ({@link XMLStreamConstants})
   * @throws XMLStreamException if the XML is not well-formed (see {@link #malformed(XMLStreamException)})
   * @throws MalformedAknException at a DTD, an entity reference, or nesting beyond {@link XmlLimits#MAX_ELEMENT_DEPTH}
   */
  public int next() throws XMLStreamException {
    int event = xml.next();
    if (tap != null) {
      tap.event(xml);
    }
    switch (event) {
      case XMLStreamConstants.START_ELEMENT:
        if (++depth > XmlLimits.MAX_ELEMENT_DEPTH) {
          throw new MalformedAknException(here(), "elements are nested deeper than " + XmlLimits.MAX_ELEMENT_DEPTH
              + " levels; refused as hostile (real Akoma Ntoso documents nest a few dozen levels)", null);
        }
        break;
      case XMLStreamConstants.END_ELEMENT:
        depth--;
        break;
      case XMLStreamConstants.DTD:
        throw new MalformedAknException(here(), "a DOCTYPE is not allowed: Akoma Ntoso needs no DTD, and a DTD can"
            + " declare entities that read local files, reach the network or expand exponentially", null);
      case XMLStreamConstants.ENTITY_REFERENCE:
        throw new MalformedAknException(here(), "entity reference '&" + xml.getLocalName() + ";' refused: only"
            + " the five predefined entities and character references are allowed", null);
      default:
        break;
    }
    return event;
  }

  /**
   * Returns the reader, positioned on the current event, for reading names, attributes and text; callers never move
   * it themselves.
   *
   * @return the reader
   */
  public XMLStreamReader reader() {
    return xml;
  }

  /**
   * Returns how many elements are open.
   *
   * @return the depth, 0 outside the root
   */
  public int depth() {
    return depth;
  }

  /**
   * Returns the name of the source, as used in locations.
   *
   * @return the system id
   */
  public String systemId() {
    return systemId;
  }

  /**
   * Returns where the current event is.
   *
   * @return the location
   */
  public SourceLocation here() {
    Location location = xml.getLocation();
    return SourceLocation.of(systemId, location.getLineNumber(), location.getColumnNumber());
  }

  /**
   * Turns a parser exception into the one message every reader gives: the refusal of the character reader if it
   * caused it, else "not well-formed XML: " and the parser's own words without its position prefix.
   *
   * @param e what the parser threw
   * @return the exception to throw
   */
  public MalformedAknException malformed(XMLStreamException e) {
    MalformedAknException refusal = input.refusal();
    return refusal != null ? refusal : malformed(systemId, e, here());
  }

  private static MalformedAknException malformed(String systemId, XMLStreamException e, SourceLocation fallback) {
    Location location = e.getLocation();
    SourceLocation where = location == null ? fallback
        : SourceLocation.of(systemId, location.getLineNumber(), location.getColumnNumber());
    String message = STAX_PREFIX.matcher(e.getMessage() == null ? "" : e.getMessage()).replaceFirst("").trim();
    if (message.endsWith(".")) {
      message = message.substring(0, message.length() - 1);
    }
    return new MalformedAknException(where, "not well-formed XML: " + message, e);
  }

  /** Closes the reader; the outcome of the read is decided by then, so a failure to close changes nothing. */
  @Override
  public void close() {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // Nothing was left to read.
    }
  }
}
