package org.lexkit.akn.internal.write;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableSet;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.MarshalException;
import jakarta.xml.bind.Marshaller;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.dom.DOMResult;
import org.jspecify.annotations.Nullable;
import org.lexkit.akn.AknWriteException;
import org.lexkit.akn.internal.AknJaxb;
import org.lexkit.akn.internal.JaxbDocument;
import org.lexkit.akn.internal.Trivia;
import org.lexkit.akn.internal.xml.AknSchemas;
import org.lexkit.akn.internal.xml.XmlEscaper;
import org.lexkit.akn.internal.xml.XmlLimits;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Writes a JAXB tree as Akoma Ntoso XML, putting back what JAXB does not hold: comments and processing instructions
 * at their original places (by element ordinal and text offset), attributes such as {@code xsi:schemaLocation}, and
 * the author's namespace prefixes (AKN as the default namespace otherwise).
 *
 * <p>JAXB marshals into a DOM; this class then serialises the DOM itself, because it needs control that no JDK
 * serialiser gives: prefixes, comment placement, escaping of {@code \r}, tab and newline in attributes (so they
 * survive re-parsing), refusing characters XML 1.0 cannot carry, and indenting only where whitespace is
 * insignificant (never inside mixed-content elements). Output is UTF-8 with an XML declaration.
 *
 * <p>One instance per write; not thread-safe.
 */
public final class AknSerializer {
  private static final String XMLNS = XMLConstants.XMLNS_ATTRIBUTE_NS_URI;
  private static final String XML = XMLConstants.XML_NS_URI;

  private final int indent;
  private final Writer out;
  private final Map<Integer, List<Trivia.Node>> nodesByParent = new HashMap<>();
  private final Map<Integer, List<Trivia.Attribute>> attributesByElement = new HashMap<>();
  private final Map<String, String> elementPrefix = new HashMap<>(); // uri -> prefix for elements
  private final Map<String, String> attributePrefix = new HashMap<>(); // uri -> non-empty prefix for attributes
  private final Map<String, String> declarations = new LinkedHashMap<>(); // prefix -> uri, declared on the root
  private final ArrayDeque<String> defaultNamespace = new ArrayDeque<>();
  private final @Nullable ImmutableSet<String> mixedElements;
  private int nextOrdinal;

  private AknSerializer(int indent, Writer out) {
    this.indent = indent;
    this.out = out;
    this.mixedElements = indent > 0 ? AknSchemas.mixedElements() : null;
  }

  /**
   * Writes a document.
   *
   * @param content the tree and its trivia
   * @param indent spaces per nesting level, 0 for no added whitespace
   * @param stream where to write UTF-8 bytes; flushed, not closed
   * @throws IOException if the stream fails
   * @throws AknWriteException if the tree cannot be expressed as XML
   */
  public static void write(JaxbDocument content, int indent, OutputStream stream) throws IOException {
    Document dom = marshal(content);
    Writer writer = new BufferedWriter(new OutputStreamWriter(stream,
        UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)), 64 * 1024);
    AknSerializer serializer = new AknSerializer(indent, writer);
    serializer.index(content.trivia());
    serializer.planNamespaces(dom.getDocumentElement(), content);
    serializer.writeDocument(dom.getDocumentElement());
    writer.flush();
  }

  private static Document marshal(JaxbDocument content) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
      factory.setNamespaceAware(true);
      Document dom = factory.newDocumentBuilder().newDocument();
      Marshaller marshaller = AknJaxb.context().createMarshaller();
      List<String> problems = new ArrayList<>();
      marshaller.setEventHandler(event -> {
        problems.add(event.getMessage());
        return true;
      });
      marshaller.marshal(content.root(), new DOMResult(dom));
      if (!problems.isEmpty()) {
        throw new AknWriteException("the document cannot be written: " + String.join("; ", problems), null);
      }
      return dom;
    } catch (MarshalException e) {
      throw new AknWriteException("the document cannot be written: " + e.getMessage(), e);
    } catch (JAXBException e) {
      throw new IllegalStateException("cannot create a JAXB marshaller", e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK cannot create a DOM", e);
    }
  }

  private void index(Trivia trivia) {
    for (Trivia.Node node : trivia.nodes()) {
      nodesByParent.computeIfAbsent(node.parentOrdinal(), k -> new ArrayList<>()).add(node);
    }
    for (Trivia.Attribute attribute : trivia.attributes()) {
      attributesByElement.computeIfAbsent(attribute.elementOrdinal(), k -> new ArrayList<>()).add(attribute);
    }
  }

  /** Chooses one prefix per namespace, preferring the input's, and declares them all on the root. */
  private void planNamespaces(Element root, JaxbDocument content) {
    Set<String> used = new LinkedHashSet<>();
    Set<String> usedByAttributes = new LinkedHashSet<>();
    collectNamespaces(root, used, usedByAttributes, 0);
    for (Trivia.Attribute attribute : content.trivia().attributes()) {
      usedByAttributes.add(attribute.namespace());
    }
    // The input's declarations, all of them (unused ones too: they are part of what the author wrote).
    for (Map.Entry<String, String> binding : content.trivia().prefixes().entrySet()) {
      String prefix = binding.getKey();
      String uri = binding.getValue();
      if (uri.isEmpty() || prefix.equals("xml") || declarations.containsKey(prefix)) {
        continue;
      }
      declarations.put(prefix, uri);
      elementPrefix.putIfAbsent(uri, prefix);
      if (!prefix.isEmpty()) {
        attributePrefix.putIfAbsent(uri, prefix);
      }
    }
    if (!elementPrefix.containsKey(AknSchemas.AKN_NAMESPACE)) {
      String prefix = declarations.containsKey("") ? freshPrefix("akn") : "";
      declarations.put(prefix, AknSchemas.AKN_NAMESPACE);
      elementPrefix.put(AknSchemas.AKN_NAMESPACE, prefix);
    }
    for (String uri : used) {
      if (!elementPrefix.containsKey(uri)) {
        String prefix = freshPrefix("ns");
        declarations.put(prefix, uri);
        elementPrefix.put(uri, prefix);
        attributePrefix.putIfAbsent(uri, prefix);
      }
    }
    for (String uri : usedByAttributes) {
      if (!attributePrefix.containsKey(uri)) {
        String preferred = uri.equals(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI) ? "xsi" : "ns";
        String prefix = declarations.containsKey(preferred) ? freshPrefix(preferred) : preferred;
        declarations.put(prefix, uri);
        attributePrefix.put(uri, prefix);
      }
    }
  }

  private String freshPrefix(String base) {
    for (int i = 1; ; i++) {
      String candidate = base + i;
      if (!declarations.containsKey(candidate)) {
        return candidate;
      }
    }
  }

  private static void collectNamespaces(Element element, Set<String> used, Set<String> usedByAttributes,
      int depth) {
    if (depth > XmlLimits.MAX_ELEMENT_DEPTH) {
      throw new AknWriteException("elements are nested deeper than " + XmlLimits.MAX_ELEMENT_DEPTH
          + " levels; Akoma Ntoso readers (this one included) refuse such documents", null);
    }
    String uri = element.getNamespaceURI();
    if (uri != null && !uri.isEmpty()) {
      used.add(uri);
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      String attributeUri = attributes.item(i).getNamespaceURI();
      if (attributeUri != null && !attributeUri.isEmpty() && !attributeUri.equals(XMLNS)
          && !attributeUri.equals(XML)) {
        usedByAttributes.add(attributeUri);
      }
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element) {
        collectNamespaces((Element) child, used, usedByAttributes, depth + 1);
      }
    }
  }

  private void writeDocument(Element root) throws IOException {
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    List<Trivia.Node> documentLevel = nodesByParent.getOrDefault(-1, List.of());
    for (Trivia.Node node : documentLevel) {
      if (node.precedingElements() == 0) {
        writeTrivia(node);
        out.write('\n');
      }
    }
    defaultNamespace.push("");
    writeElement(root, 0, true);
    out.write('\n');
    for (Trivia.Node node : documentLevel) {
      if (node.precedingElements() > 0) {
        writeTrivia(node);
        out.write('\n');
      }
    }
  }

  private void writeElement(Element element, int depth, boolean isRoot) throws IOException {
    int ordinal = nextOrdinal++;
    String uri = element.getNamespaceURI() == null ? "" : element.getNamespaceURI();
    String prefix = uri.isEmpty() ? "" : elementPrefix.get(uri);
    String name = prefix.isEmpty() ? element.getLocalName() : prefix + ":" + element.getLocalName();
    out.write('<');
    out.write(name);
    String inheritedDefault = defaultNamespace.peek();
    if (isRoot) {
      for (Map.Entry<String, String> declaration : declarations.entrySet()) {
        out.write(declaration.getKey().isEmpty() ? " xmlns=\"" : " xmlns:" + declaration.getKey() + "=\"");
        writeEscaped(declaration.getValue(), true, name);
        out.write('"');
      }
      inheritedDefault = declarations.getOrDefault("", "");
    }
    String childDefault = inheritedDefault;
    if (prefix.isEmpty() && !uri.equals(inheritedDefault)) {
      // An unprefixed element whose namespace differs from the default in scope (e.g. a no-namespace element in
      // foreign content under an AKN default): redeclare the default here.
      out.write(" xmlns=\"");
      writeEscaped(uri, true, name);
      out.write('"');
      childDefault = uri;
    }
    defaultNamespace.push(childDefault);
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      String attributeUri = attribute.getNamespaceURI();
      if (XMLNS.equals(attributeUri)) {
        continue;
      }
      writeAttribute(attributeUri, attribute.getLocalName() == null ? attribute.getName()
          : attribute.getLocalName(), attribute.getValue(), name);
    }
    for (Trivia.Attribute extra : attributesByElement.getOrDefault(ordinal, List.of())) {
      if (!element.hasAttributeNS(extra.namespace(), extra.localName())) {
        writeAttribute(extra.namespace(), extra.localName(), extra.value(), name);
      }
    }

    List<Trivia.Node> trivia = nodesByParent.getOrDefault(ordinal, List.of());
    Node first = element.getFirstChild();
    if (first == null && trivia.isEmpty()) {
      out.write("/>");
    } else {
      out.write('>');
      boolean indentChildren = indent > 0 && !hasText(element) && mixedElements != null
          && AknSchemas.AKN_NAMESPACE.equals(uri) && !mixedElements.contains(element.getLocalName());
      writeChildren(element, trivia, depth, indentChildren);
      if (indentChildren) {
        newline(depth);
      }
      out.write("</");
      out.write(name);
      out.write('>');
    }
    defaultNamespace.pop();
  }

  private void writeChildren(Element element, List<Trivia.Node> trivia, int depth, boolean indentChildren)
      throws IOException {
    int pending = 0; // index of the next trivia node to write
    int elements = 0;
    int run = 0; // characters of text since the last child element
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      switch (child.getNodeType()) {
        case Node.ELEMENT_NODE:
          while (pending < trivia.size() && trivia.get(pending).precedingElements() <= elements) {
            writeChildTrivia(trivia.get(pending++), depth, indentChildren);
          }
          if (indentChildren) {
            newline(depth + 1);
          }
          writeElement((Element) child, depth + 1, false);
          elements++;
          run = 0;
          break;
        case Node.TEXT_NODE:
        case Node.CDATA_SECTION_NODE:
          String text = child.getNodeValue();
          int position = 0;
          while (pending < trivia.size()) {
            Trivia.Node next = trivia.get(pending);
            int at = next.precedingElements() < elements ? 0 : next.textOffset() - run;
            if (next.precedingElements() > elements || at >= text.length()) {
              break;
            }
            at = Math.max(at, position);
            writeEscaped(text.substring(position, at), false, element.getTagName());
            position = at;
            writeTrivia(next);
            pending++;
          }
          writeEscaped(text.substring(position), false, element.getTagName());
          run += text.length();
          break;
        case Node.COMMENT_NODE:
          writeTrivia(new Trivia.Node(Trivia.Kind.COMMENT, "", child.getNodeValue(), 0, 0, 0));
          break;
        case Node.PROCESSING_INSTRUCTION_NODE:
          writeTrivia(new Trivia.Node(Trivia.Kind.PROCESSING_INSTRUCTION, child.getNodeName(),
              child.getNodeValue(), 0, 0, 0));
          break;
        default:
          break;
      }
    }
    while (pending < trivia.size()) {
      writeChildTrivia(trivia.get(pending++), depth, indentChildren);
    }
  }

  private void writeChildTrivia(Trivia.Node node, int depth, boolean indentChildren) throws IOException {
    if (indentChildren) {
      newline(depth + 1);
    }
    writeTrivia(node);
  }

  private static boolean hasText(Element element) {
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      short type = child.getNodeType();
      if (type == Node.TEXT_NODE || type == Node.CDATA_SECTION_NODE) {
        return true;
      }
    }
    return false;
  }

  private void writeAttribute(@Nullable String uri, String localName, String value, String elementName)
      throws IOException {
    out.write(' ');
    if (uri != null && !uri.isEmpty()) {
      out.write(XML.equals(uri) ? "xml" : attributePrefix.get(uri));
      out.write(':');
    }
    out.write(localName);
    out.write("=\"");
    writeEscaped(value, true, elementName);
    out.write('"');
  }

  private void writeTrivia(Trivia.Node node) throws IOException {
    if (node.kind() == Trivia.Kind.COMMENT) {
      String data = node.data();
      if (data.contains("--") || data.endsWith("-")) {
        throw new AknWriteException("a comment cannot contain '--' or end with '-': '" + data + "'", null);
      }
      checkCharacters(data, "a comment");
      out.write("<!--");
      out.write(data);
      out.write("-->");
    } else {
      String data = node.data();
      if (data.contains("?>")) {
        throw new AknWriteException("a processing instruction cannot contain '?>': '" + data + "'", null);
      }
      checkCharacters(data, "a processing instruction");
      out.write("<?");
      out.write(node.target());
      if (!data.isEmpty()) {
        out.write(' ');
        out.write(data);
      }
      out.write("?>");
    }
  }

  private void newline(int depth) throws IOException {
    out.write('\n');
    for (int i = 0, n = depth * indent; i < n; i++) {
      out.write(' ');
    }
  }

  private void writeEscaped(String text, boolean attribute, String elementName) throws IOException {
    XmlEscaper.write(out, text, attribute, (index, c) -> invalidCharacter(c, elementName));
  }

  private static void checkCharacters(String text, String what) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF) {
        throw new AknWriteException(what + " contains character U+" + String.format(java.util.Locale.ROOT, "%04X",
            (int) c) + ", which XML 1.0 cannot represent", null);
      }
    }
  }

  private static AknWriteException invalidCharacter(char c, String elementName) {
    return new AknWriteException("<" + elementName + "> contains character U+"
        + String.format(java.util.Locale.ROOT, "%04X", (int) c)
        + ", which XML 1.0 cannot represent (not even as a character reference)", null);
  }
}
