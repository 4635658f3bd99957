package org.lexkit.akn.testing;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMultiset;
import com.google.common.collect.Multiset;
import com.google.common.collect.Sets;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The "nothing lost" oracle: what an XML document contains, counted independently of akn-io (the JDK's own StAX
 * parser on the raw bytes). Elements and attributes are counted by {@code {namespace}localName}; attribute values
 * are kept as a multiset; text is the exact sequence of significant text; comments and processing instructions are
 * kept in order. Two censuses are equal when nothing was lost, added or changed, whatever the prefixes, attribute
 * order, indentation and XML declaration.
 *
 * <p>Significant text: every text node (CDATA included, adjacent nodes coalesced) of an element that has at least
 * one text node with a non-whitespace character (mixed content in practice), whitespace and all; the
 * whitespace-only text of other elements is indentation, which a writer may change, and is not counted.
 *
 * <p>Immutable and thread-safe.
 *
 * @param elements element names and their counts
 * @param attributes attribute names and their counts (namespace declarations are not attributes)
 * @param attributeValues {@code {ns}name=value} and their counts
 * @param text the significant text of each mixed element, in the order the elements end
 * @param comments comment contents in document order
 * @param processingInstructions {@code target data} of each processing instruction in document order
 */
public record XmlCensus(
    ImmutableSortedMultiset<String> elements,
    ImmutableSortedMultiset<String> attributes,
    ImmutableSortedMultiset<String> attributeValues,
    String text,
    ImmutableList<String> comments,
    ImmutableList<String> processingInstructions) {

  /** Rejects nulls. */
  public XmlCensus {
    checkNotNull(elements, "elements");
    checkNotNull(attributes, "attributes");
    checkNotNull(attributeValues, "attributeValues");
    checkNotNull(text, "text");
    checkNotNull(comments, "comments");
    checkNotNull(processingInstructions, "processingInstructions");
  }

  /**
   * Takes the census of a document.
   *
   * @param xml the document's bytes (encoding detected by the JDK parser)
   * @return the census
   * @throws IllegalArgumentException if the JDK parser finds the bytes not well-formed
   */
  public static XmlCensus of(byte[] xml) {
    return of(xml, ImmutableMap.of());
  }

  /**
   * Takes the census of a document, counting names in {@code renamedNamespaces}' keys under its values: the census
   * of a document read with namespace migration, as it should be written.
   *
   * @param xml the document's bytes
   * @param renamedNamespaces namespace URIs to count as another
   * @return the census
   * @throws IllegalArgumentException if the JDK parser finds the bytes not well-formed
   */
  public static XmlCensus of(byte[] xml, Map<String, String> renamedNamespaces) {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    Multiset<String> elements = HashMultiset.create();
    Multiset<String> attributes = HashMultiset.create();
    Multiset<String> values = HashMultiset.create();
    StringBuilder text = new StringBuilder();
    List<String> comments = new ArrayList<>();
    List<String> instructions = new ArrayList<>();
    Deque<List<String>> openTexts = new ArrayDeque<>();
    try {
      XMLStreamReader r = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
      while (r.hasNext()) {
        switch (r.next()) {
          case XMLStreamConstants.START_ELEMENT:
            elements.add(name(r.getNamespaceURI(), r.getLocalName(), renamedNamespaces));
            for (int i = 0; i < r.getAttributeCount(); i++) {
              String attribute = name(r.getAttributeNamespace(i), r.getAttributeLocalName(i), renamedNamespaces);
              attributes.add(attribute);
              values.add(attribute + "=" + r.getAttributeValue(i));
            }
            openTexts.push(new ArrayList<>());
            break;
          case XMLStreamConstants.END_ELEMENT:
            List<String> texts = openTexts.pop();
            if (texts.stream().anyMatch(t -> !t.isBlank())) {
              texts.forEach(text::append);
              text.append('\u0000'); // a boundary, so text cannot silently move between elements
            }
            break;
          case XMLStreamConstants.CHARACTERS:
          case XMLStreamConstants.CDATA:
          case XMLStreamConstants.SPACE:
            if (!openTexts.isEmpty()) {
              openTexts.peek().add(r.getText());
            }
            break;
          case XMLStreamConstants.COMMENT:
            comments.add(r.getText());
            break;
          case XMLStreamConstants.PROCESSING_INSTRUCTION:
            instructions.add(r.getPITarget() + " " + (r.getPIData() == null ? "" : r.getPIData()));
            break;
          default:
            break;
        }
      }
    } catch (XMLStreamException e) {
      throw new IllegalArgumentException("the JDK parser finds the document not well-formed: " + e.getMessage(), e);
    }
    return new XmlCensus(ImmutableSortedMultiset.copyOf(elements), ImmutableSortedMultiset.copyOf(attributes),
        ImmutableSortedMultiset.copyOf(values), text.toString(), ImmutableList.copyOf(comments),
        ImmutableList.copyOf(instructions));
  }

  private static String name(String namespace, String localName, Map<String, String> renamed) {
    String ns = namespace == null ? "" : namespace;
    return "{" + renamed.getOrDefault(ns, ns) + "}" + localName;
  }

  /** Returns the number of elements. */
  public int elementCount() {
    return elements.size();
  }

  /** Returns the number of attributes. */
  public int attributeCount() {
    return attributes.size();
  }

  /** Returns the number of significant text characters (boundaries excluded). */
  public long textCharacters() {
    return text.chars().filter(c -> c != 0).count();
  }

  /**
   * Describes how {@code actual} differs from this census, the expected one.
   *
   * @param actual the census of the output
   * @return one line per difference; empty when nothing was lost, added or changed
   */
  public ImmutableList<String> differences(XmlCensus actual) {
    ImmutableList.Builder<String> found = ImmutableList.builder();
    compareCounts("element", elements, actual.elements, found);
    compareCounts("attribute", attributes, actual.attributes, found);
    if (attributes.equals(actual.attributes)) { // values only matter when the attributes themselves agree
      compareCounts("attribute value", attributeValues, actual.attributeValues, found);
    }
    if (!text.equals(actual.text)) {
      int at = 0;
      while (at < Math.min(text.length(), actual.text.length()) && text.charAt(at) == actual.text.charAt(at)) {
        at++;
      }
      found.add(String.format(Locale.ROOT, "text: %d significant characters expected, %d found; first difference"
          + " at %d: expected '%s', found '%s'", textCharacters(), actual.textCharacters(), at,
          excerpt(text, at), excerpt(actual.text, at)));
    }
    if (!comments.equals(actual.comments)) {
      found.add("comments: " + comments.size() + " expected, " + actual.comments.size() + " found, or their text"
          + " differs");
    }
    if (!processingInstructions.equals(actual.processingInstructions)) {
      found.add("processing instructions: expected " + processingInstructions + ", found "
          + actual.processingInstructions);
    }
    return found.build();
  }

  private static void compareCounts(String what, Multiset<String> expected, Multiset<String> actual,
      ImmutableList.Builder<String> found) {
    for (String key : new TreeSet<>(Sets.union(expected.elementSet(), actual.elementSet()))) {
      if (expected.count(key) != actual.count(key)) {
        found.add(what + " " + shorten(key) + ": " + expected.count(key) + " expected, " + actual.count(key)
            + " found");
      }
    }
  }

  private static String excerpt(String text, int at) {
    return shorten(text.substring(at, Math.min(text.length(), at + 40)).replace('\u0000', '|'));
  }

  private static String shorten(String s) {
    return s.length() <= 120 ? s : s.substring(0, 120) + "...";
  }
}
