package org.lexkit.akn.internal.xml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * The one place that creates XML parsers and schema factories, all hardened the same way (OWASP XXE cheat sheet):
 * no DTDs, no external entities, no external schema or DTD access, JDK secure processing on. Every factory is the
 * JDK's built-in implementation, requested explicitly ({@code newDefaultFactory()}/{@code newDefaultInstance()}),
 * so a Woodstox, Xerces or Saxon on the user's classpath cannot change behaviour or security.
 */
public final class SecureXml {

  /** The JDK's limit properties; ours in {@link GuardedXmlReader} trip first, these are the second line. */
  private static final String JDK_MAX_ELEMENT_DEPTH = "jdk.xml.maxElementDepth";
  private static final String JDK_ELEMENT_ATTRIBUTE_LIMIT = "jdk.xml.elementAttributeLimit";

  private SecureXml() {}

  /**
   * Returns a new StAX input factory that refuses DTDs and external entities. Factories are cheap and not
   * documented as thread-safe, so take a new one per read.
   *
   * @return the JDK's built-in factory, hardened
   */
  public static XMLInputFactory newInputFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(JDK_MAX_ELEMENT_DEPTH, Integer.toString(XmlLimits.MAX_ELEMENT_DEPTH + 1));
    factory.setProperty(JDK_ELEMENT_ATTRIBUTE_LIMIT, Integer.toString(XmlLimits.MAX_ATTRIBUTES));
    // Resolving an entity is never wanted; fail loudly should anything ever ask.
    factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
      throw new javax.xml.stream.XMLStreamException(
          "external entity '" + systemId + "' refused: Akoma Ntoso documents must not reference entities");
    });
    return factory;
  }

  /**
   * Returns a new schema factory with secure processing on and no external access. Schema documents it needs
   * (the bundled {@code xml.xsd}) must be supplied by a resource resolver.
   *
   * @return the JDK's built-in W3C XML Schema factory, hardened
   */
  public static SchemaFactory newSchemaFactory() {
    SchemaFactory factory = SchemaFactory.newDefaultInstance();
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    } catch (SAXException e) {
      throw new IllegalStateException("the JDK schema factory does not support secure processing", e);
    }
    return factory;
  }

  /**
   * Parses a trusted classpath XML resource (our bundled schemas) into a namespace-aware DOM, still refusing any
   * DOCTYPE.
   *
   * @param resource the resource
   * @return the document, with the resource URL as its document URI
   */
  public static Document parseTrustedResource(URL resource) {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      DocumentBuilder builder = factory.newDocumentBuilder();
      try (InputStream in = resource.openStream()) {
        Document document = builder.parse(in, resource.toExternalForm());
        document.setDocumentURI(resource.toExternalForm());
        return document;
      }
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("cannot parse bundled resource " + resource, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource " + resource, e);
    }
  }
}
