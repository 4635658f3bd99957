package org.lexkit.akn.internal.benchmarks;

import jakarta.xml.bind.JAXBException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.stream.StreamSource;
import org.lexkit.akn.internal.AknJaxb;
import org.lexkit.akn.internal.xml.AknSchemas;
import org.lexkit.akn.internal.xml.GuardedXmlReader;
import org.lexkit.akn.internal.xml.SecureXml;
import org.xml.sax.SAXException;

/**
 * The read baselines that need akn-io's internals. Each takes the document's bytes and does the same work per call
 * that a reader would: a new unmarshaller or a new factory each time (neither is thread-safe), the shared
 * {@code JAXBContext} and compiled schema.
 */
public final class InternalBaselines {
  private InternalBaselines() {}

  /**
   * Unmarshals {@code bytes} with plain JAXB into the generated AKN classes: the shared context, a new unmarshaller,
   * the JDK's SAX parser behind {@link StreamSource}, no validation, no mapping to the Lexkit model.
   *
   * @param bytes an AKN 3.0 document
   * @return the JAXB tree
   * @throws JAXBException if JAXB refuses the document
   */
  public static Object plainJaxb(byte[] bytes) throws JAXBException {
    return AknJaxb.context().createUnmarshaller().unmarshal(new StreamSource(new ByteArrayInputStream(bytes)));
  }

  /**
   * Marshals a tree from {@link #plainJaxb} back to bytes with plain JAXB: the shared context, a new marshaller,
   * UTF-8, no formatting (the tree keeps the document's own whitespace).
   *
   * @param tree a JAXB tree of an AKN 3.0 document
   * @return the XML
   * @throws JAXBException if JAXB cannot marshal the tree
   */
  public static byte[] jaxbMarshal(Object tree) throws JAXBException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    AknJaxb.context().createMarshaller().marshal(tree, out);
    return out.toByteArray();
  }

  /**
   * Validates {@code bytes} with the JDK's validator alone against the structural schema the validating reads use
   * (the official schema minus the identity constraints and the {@code noWhiteSpace} pattern, which Lexkit checks in
   * linear time itself): the floor of any validation built on the JDK's schema validator.
   *
   * @param bytes an AKN 3.0 document
   * @throws SAXException at the first schema error
   * @throws IOException never for bytes in memory
   */
  public static void structuralValidation(byte[] bytes) throws SAXException, IOException {
    AknSchemas.structural().newValidator().validate(new StreamSource(new ByteArrayInputStream(bytes)));
  }

  /**
   * Creates the shared JAXB context, if not yet done; for start-up timing.
   *
   * @return the context's class name
   */
  public static String jaxbContext() {
    return AknJaxb.context().getClass().getName();
  }

  /**
   * Compiles the structural schema the validating reads use, if not yet done; for start-up timing.
   *
   * @return the schema's class name
   */
  public static String structuralSchema() {
    return AknSchemas.structural().getClass().getName();
  }

  /**
   * Pulls every event of {@code bytes} through the hardened StAX stack that every Lexkit read starts with
   * ({@link GuardedXmlReader}: strict decoding and the hostile-input lexer; {@link SecureXml}'s factory), and
   * nothing else.
   *
   * @param bytes an XML document
   * @return a checksum of the events, so the work cannot be optimised away
   * @throws IOException never for bytes in memory
   * @throws XMLStreamException if the document is not well-formed
   */
  public static long hardenedStaxPass(byte[] bytes) throws IOException, XMLStreamException {
    return hardenedPass(SecureXml.newInputFactory(), bytes);
  }

  /**
   * Pulls every event of {@code bytes} through {@link GuardedXmlReader} and another parser's factory, to compare
   * parsers under the same security layer.
   *
   * @param factory the parser's factory, configured by the caller
   * @param bytes an XML document
   * @return a checksum of the events, so the work cannot be optimised away
   * @throws IOException never for bytes in memory
   * @throws XMLStreamException if the document is not well-formed
   */
  public static long hardenedPass(XMLInputFactory factory, byte[] bytes) throws IOException, XMLStreamException {
    XMLStreamReader xml =
        factory.createXMLStreamReader("bench", GuardedXmlReader.open(new ByteArrayInputStream(bytes), "bench"));
    long sum = 0;
    while (xml.hasNext()) {
      int event = xml.next();
      sum += event;
      if (event == XMLStreamConstants.START_ELEMENT) {
        sum += xml.getAttributeCount();
      } else if (event == XMLStreamConstants.CHARACTERS) {
        sum += xml.getTextLength();
      }
    }
    xml.close();
    return sum;
  }
}
