package org.lexkit.akn.internal.xml;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.InputStream;
import java.io.Reader;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

/**
 * The bundled OASIS Akoma Ntoso 3.0 schema, compiled once per process, lazily and thread-safely (holder idiom), in
 * two forms:
 *
 * <ul>
 *   <li>{@link #official()}: the unmodified schema; the reference for "schema-valid".
 *   <li>{@link #structural()}: the same schema with its {@code xsd:unique} identity constraints removed from an
 *       in-memory copy (the bundled file is never edited). The JDK's validator evaluates each of those constraints,
 *       whose selector is {@code .//*}, in time quadratic in the document, about ten times slower than the rest of
 *       validation on a 1 MB act. Their meaning is re-implemented as one linear pass by
 *       {@code org.lexkit.akn.internal.read.IdChecker}, driven by {@link #identityConstraints()} so that it checks
 *       exactly what the schema declares. The copy also lacks the {@code [^\s]+} pattern of the type
 *       {@code noWhiteSpace} (the type of every {@code eId}, {@code wId} and {@code GUID}): the JDK runs its own regex
 *       engine for each of those values, which allocates and took a fifth of a strict read; IdChecker checks the same
 *       rule (at least one character, none of space, tab, CR, LF) by hand.
 * </ul>
 *
 * <p>Everything is resolved from the classpath: {@code xml.xsd} through a resource resolver; any other external
 * schema access is refused.
 */
public final class AknSchemas {
  /** The Akoma Ntoso 3.0 namespace. */
  public static final String AKN_NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

  private static final String XSD_NS = XMLConstants.W3C_XML_SCHEMA_NS_URI;
  private static final String AKN_XSD = "/org/lexkit/akn/schema/akomantoso30.xsd";
  private static final String XML_XSD = "/org/lexkit/akn/schema/xml.xsd";

  /** The simple types whose values are local references ({@code #eId}) by the schema's own documentation. */
  private static final ImmutableSet<String> REFERENCE_TYPES = ImmutableSet.of(
      "eIdRef", "wIdRef", "roleRef", "agentRef", "conceptRef", "referenceRef", "voteRef", "eventRefRef",
      "temporalGroupRef", "xsd:anyURI");

  private AknSchemas() {}

  /**
   * The identity constraints of the schema: for each element that declares them, the attributes whose values must
   * be unique among all its descendants.
   *
   * @param uniqueAttributesByScope element local name to attribute local names, e.g. {@code act -> [eId, GUID]}
   * @param referenceAttributes names of attributes whose type is a local reference ({@code href}, {@code refersTo},
   *     {@code source}, ...); values starting with {@code #} are checked to point to an existing id
   * @param noWhiteSpaceAttributes names of the attributes of type {@code noWhiteSpace} ({@code eId}, {@code wId},
   *     {@code GUID}), whose pattern {@code [^\s]+} {@link #structural()} leaves to the id checker
   */
  public record IdentityConstraints(
      ImmutableMap<String, ImmutableSet<String>> uniqueAttributesByScope,
      ImmutableSet<String> referenceAttributes,
      ImmutableSet<String> noWhiteSpaceAttributes) {}

  /** The simple type whose pattern the structural schema leaves to the id checker, and that pattern. */
  private static final String NO_WHITE_SPACE = "noWhiteSpace";
  private static final String NO_WHITE_SPACE_PATTERN = "[^\\s]+";

  private static final class Structural {
    static final IdentityConstraints CONSTRAINTS;
    static final Schema SCHEMA;

    static {
      Document xsd = SecureXml.parseTrustedResource(resource(AKN_XSD));
      CONSTRAINTS = readConstraints(xsd);
      removeIdentityConstraints(xsd);
      removeNoWhiteSpacePattern(xsd);
      SCHEMA = compile(xsd);
    }
  }

  private static final class Mixed {
    static final ImmutableSet<String> ELEMENTS = readMixedElements(SecureXml.parseTrustedResource(resource(AKN_XSD)));
  }

  private static final class Official {
    static final Schema SCHEMA = compile(SecureXml.parseTrustedResource(resource(AKN_XSD)));
  }

  private static final java.util.concurrent.atomic.AtomicBoolean BACKGROUND = new java.util.concurrent.atomic.AtomicBoolean();

  /**
   * Starts compiling {@link #structural()} on a daemon thread, once per process, so that a first validating read
   * overlaps it with the creation of the JAXB context (the two biggest start-up costs, both single-threaded)
   * instead of paying them one after the other. A caller that needs the schema before the thread is done simply
   * waits for it (class initialisation is synchronised by the JVM).
   */
  public static void compileInBackground() {
    if (BACKGROUND.compareAndSet(false, true)) {
      Thread thread = new Thread(AknSchemas::structural, "lexkit-akn-schema-compiler");
      thread.setDaemon(true);
      thread.start();
    }
  }

  /**
   * Returns the official schema, unmodified, compiled on first use. Slow on large documents (its identity
   * constraints are quadratic); use it to check {@link #structural()} plus the linear id check against.
   *
   * @return the compiled schema; thread-safe
   */
  public static Schema official() {
    return Official.SCHEMA;
  }

  /**
   * Returns the schema without its {@code xsd:unique} constraints, compiled on first use.
   *
   * @return the compiled schema; thread-safe
   */
  public static Schema structural() {
    return Structural.SCHEMA;
  }

  /**
   * Returns the identity constraints removed from {@link #structural()}, read from the bundled schema.
   *
   * @return the constraints
   */
  public static IdentityConstraints identityConstraints() {
    return Structural.CONSTRAINTS;
  }

  /**
   * Returns the local names of AKN elements whose content is mixed (text may appear between child elements) in at
   * least one of their declarations. The writer never indents inside them, because whitespace there is text.
   *
   * @return the names, read from the bundled schema on first use
   */
  public static ImmutableSet<String> mixedElements() {
    return Mixed.ELEMENTS;
  }

  private static ImmutableSet<String> readMixedElements(Document xsd) {
    Map<String, Element> namedTypes = new LinkedHashMap<>();
    for (Element type : children(xsd.getDocumentElement(), "complexType")) {
      namedTypes.put(type.getAttribute("name"), type);
    }
    ImmutableSet.Builder<String> mixed = ImmutableSet.builder();
    NodeList elements = xsd.getElementsByTagNameNS(XSD_NS, "element");
    for (int i = 0; i < elements.getLength(); i++) {
      Element element = (Element) elements.item(i);
      if (!element.hasAttribute("name")) {
        continue;
      }
      List<Element> anonymous = children(element, "complexType");
      Element type = anonymous.isEmpty() ? namedTypes.get(element.getAttribute("type")) : anonymous.get(0);
      if (type != null && isMixed(type)) {
        mixed.add(element.getAttribute("name"));
      }
    }
    return mixed.build();
  }

  private static boolean isMixed(Element complexType) {
    if ("true".equals(complexType.getAttribute("mixed"))) {
      return true;
    }
    for (Element content : children(complexType, "complexContent")) {
      if ("true".equals(content.getAttribute("mixed"))) {
        return true;
      }
    }
    return false;
  }

  private static URL resource(String name) {
    URL url = AknSchemas.class.getResource(name);
    if (url == null) {
      throw new IllegalStateException("bundled schema " + name + " is missing from the classpath");
    }
    return url;
  }

  private static Schema compile(Document xsd) {
    SchemaFactory factory = SecureXml.newSchemaFactory();
    factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
      if (XMLConstants.XML_NS_URI.equals(namespace) || (systemId != null && systemId.endsWith("xml.xsd"))) {
        URL url = resource(XML_XSD);
        return new ClasspathInput(url, publicId);
      }
      return null; // anything else stays unresolved and is refused by ACCESS_EXTERNAL_SCHEMA=""
    });
    try {
      return factory.newSchema(new DOMSource(xsd, xsd.getDocumentURI()));
    } catch (SAXException e) {
      throw new IllegalStateException("the bundled Akoma Ntoso schema does not compile", e);
    }
  }

  private static List<Element> children(Element parent, String localName) {
    List<Element> result = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && XSD_NS.equals(n.getNamespaceURI()) && localName.equals(n.getLocalName())) {
        result.add((Element) n);
      }
    }
    return result;
  }

  private static IdentityConstraints readConstraints(Document xsd) {
    Map<String, ImmutableSet.Builder<String>> scopes = new LinkedHashMap<>();
    NodeList uniques = xsd.getElementsByTagNameNS(XSD_NS, "unique");
    for (int i = 0; i < uniques.getLength(); i++) {
      Element unique = (Element) uniques.item(i);
      Element owner = (Element) unique.getParentNode();
      String selector = children(unique, "selector").get(0).getAttribute("xpath");
      List<Element> fields = children(unique, "field");
      String field = fields.get(0).getAttribute("xpath");
      // The linear checker implements exactly this shape; a schema with another shape must not be half-checked.
      if (!".//*".equals(selector) || fields.size() != 1 || !field.startsWith("@") || field.contains(":")) {
        throw new IllegalStateException("unsupported identity constraint '" + unique.getAttribute("name")
            + "': selector '" + selector + "', field '" + field + "'");
      }
      scopes.computeIfAbsent(owner.getAttribute("name"), k -> ImmutableSet.builder()).add(field.substring(1));
    }
    if (xsd.getElementsByTagNameNS(XSD_NS, "key").getLength() > 0
        || xsd.getElementsByTagNameNS(XSD_NS, "keyref").getLength() > 0) {
      throw new IllegalStateException("the schema has xsd:key/keyref constraints the linear checker ignores");
    }
    ImmutableMap.Builder<String, ImmutableSet<String>> byScope = ImmutableMap.builder();
    scopes.forEach((scope, attributes) -> byScope.put(scope, attributes.build()));

    ImmutableSet.Builder<String> references = ImmutableSet.builder();
    ImmutableSet.Builder<String> noWhiteSpace = ImmutableSet.builder();
    NodeList attributes = xsd.getElementsByTagNameNS(XSD_NS, "attribute");
    for (int i = 0; i < attributes.getLength(); i++) {
      Element attribute = (Element) attributes.item(i);
      if (!attribute.hasAttribute("name")) {
        continue;
      }
      if (isReferenceType(attribute)) {
        references.add(attribute.getAttribute("name"));
      }
      if (NO_WHITE_SPACE.equals(attribute.getAttribute("type"))) {
        noWhiteSpace.add(attribute.getAttribute("name"));
      }
    }
    return new IdentityConstraints(byScope.build(), references.build(), noWhiteSpace.build());
  }

  private static boolean isReferenceType(Element attribute) {
    if (REFERENCE_TYPES.contains(attribute.getAttribute("type"))) {
      return true;
    }
    // refersTo: an anonymous xsd:list of a reference type
    NodeList restrictions = attribute.getElementsByTagNameNS(XSD_NS, "restriction");
    for (int i = 0; i < restrictions.getLength(); i++) {
      if (REFERENCE_TYPES.contains(((Element) restrictions.item(i)).getAttribute("base"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Removes the pattern facet of {@code noWhiteSpace}, after checking that the schema has exactly the shape the id
   * checker re-implements: the type restricts {@code xsd:string} by that one pattern, attributes use it only by
   * name, and no other type derives from it. Anything else fails loudly rather than being half-checked.
   */
  private static void removeNoWhiteSpacePattern(Document xsd) {
    Element type = null;
    for (Element simpleType : children(xsd.getDocumentElement(), "simpleType")) {
      if (NO_WHITE_SPACE.equals(simpleType.getAttribute("name"))) {
        type = simpleType;
      }
    }
    List<Element> restrictions = type == null ? List.of() : children(type, "restriction");
    List<Element> patterns = restrictions.size() == 1 ? children(restrictions.get(0), "pattern") : List.of();
    boolean expectedShape = patterns.size() == 1
        && "xsd:string".equals(restrictions.get(0).getAttribute("base"))
        && NO_WHITE_SPACE_PATTERN.equals(patterns.get(0).getAttribute("value"))
        && countElementChildren(restrictions.get(0)) == 1;
    for (String derivation : List.of("restriction", "extension", "list", "union")) {
      NodeList uses = xsd.getElementsByTagNameNS(XSD_NS, derivation);
      for (int i = 0; i < uses.getLength(); i++) {
        Element use = (Element) uses.item(i);
        for (String reference : List.of("base", "itemType", "memberTypes")) {
          if (use.getAttribute(reference).matches("(.*\\s)?" + NO_WHITE_SPACE + "(\\s.*)?")) {
            expectedShape = false;
          }
        }
      }
    }
    if (!expectedShape) {
      throw new IllegalStateException("the schema's type " + NO_WHITE_SPACE + " is not the restriction of xsd:string"
          + " by the single pattern " + NO_WHITE_SPACE_PATTERN + " that the id checker re-implements");
    }
    restrictions.get(0).removeChild(patterns.get(0));
  }

  private static int countElementChildren(Element parent) {
    int count = 0;
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element) {
        count++;
      }
    }
    return count;
  }

  private static void removeIdentityConstraints(Document xsd) {
    NodeList uniques = xsd.getElementsByTagNameNS(XSD_NS, "unique");
    List<Node> toRemove = new ArrayList<>();
    for (int i = 0; i < uniques.getLength(); i++) {
      toRemove.add(uniques.item(i));
    }
    for (Node unique : toRemove) {
      unique.getParentNode().removeChild(unique);
    }
  }

  /** An {@link LSInput} over a classpath resource; only the byte stream and ids are used by the schema loader. */
  private static final class ClasspathInput implements LSInput {
    private final URL url;
    private @Nullable String publicId;

    ClasspathInput(URL url, @Nullable String publicId) {
      this.url = url;
      this.publicId = publicId;
    }

    @Override public @Nullable Reader getCharacterStream() { return null; }
    @Override public void setCharacterStream(@Nullable Reader characterStream) {}
    @Override public @Nullable InputStream getByteStream() {
      try {
        return url.openStream();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot read bundled " + url, e);
      }
    }
    @Override public void setByteStream(@Nullable InputStream byteStream) {}
    @Override public @Nullable String getStringData() { return null; }
    @Override public void setStringData(@Nullable String stringData) {}
    @Override public String getSystemId() { return url.toExternalForm(); }
    @Override public void setSystemId(@Nullable String systemId) {}
    @Override public @Nullable String getPublicId() { return publicId; }
    @Override public void setPublicId(@Nullable String publicId) { this.publicId = publicId; }
    @Override public @Nullable String getBaseURI() { return null; }
    @Override public void setBaseURI(@Nullable String baseUri) {}
    @Override public @Nullable String getEncoding() { return null; }
    @Override public void setEncoding(@Nullable String encoding) {}
    @Override public boolean getCertifiedText() { return false; }
    @Override public void setCertifiedText(boolean certifiedText) {}
  }
}
