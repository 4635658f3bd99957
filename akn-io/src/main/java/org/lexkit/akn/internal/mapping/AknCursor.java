package org.lexkit.akn.internal.mapping;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.lexkit.akn.AknProblem;
import org.lexkit.akn.MalformedAknException;
import org.lexkit.akn.MappingResult;
import org.lexkit.akn.SourceLocation;
import org.lexkit.akn.UnmappedContent;
import org.lexkit.akn.ValidationMode;
import org.lexkit.akn.internal.read.MigratingStreamReader;
import org.lexkit.akn.internal.read.ValidatingTap;
import org.lexkit.akn.internal.xml.XmlEventSource;

/**
 * The cursor the model readers ({@link AknToModel}, {@link AknToAmendment} and the {@link ProvisionReader} both use)
 * walk a document with: navigation over the {@link XmlEventSource}, attributes, locations, text, and the one list of
 * {@link UnmappedContent} every reader reports into. {@link #read} is the one funnel from bytes to a
 * {@link MappingResult}: reader chain, validation in the same pass, the malformed-XML message, closing.
 *
 * <p>One instance per read; not thread-safe.
 */
final class AknCursor {

  /** What a reader does with a document, given a cursor before its first event. */
  interface Grammar<T> {
    T read(AknCursor in) throws XMLStreamException;
  }

  private final XmlEventSource events;
  private final XMLStreamReader xml;
  private final List<UnmappedContent> unmapped = new ArrayList<>();

  private AknCursor(XmlEventSource events) {
    this.events = events;
    this.xml = events.reader();
  }

  /**
   * Reads a document from bytes with {@code grammar}, validating in the same pass unless {@code mode} is
   * {@link ValidationMode#NONE}.
   *
   * @param in the bytes; read to the end of the document, not closed
   * @param systemId the source name used in locations
   * @param mode how strictly to validate
   * @param problemLimit errors collected before the read stops
   * @param migrateNamespaces whether a root in an OASIS draft or LegalDocML.de namespace is read as AKN 3.0
   *     ({@link MigratingStreamReader}, the lossless reader's rule)
   * @param characterLimit the most characters the document may have
   * @param nodeLimit the most elements plus attributes the document may have
   * @param grammar what to read
   * @return the value, what was not mapped, and the validation warnings
   * @throws IOException if the stream fails
   * @throws org.lexkit.akn.AknReadException if the input is malformed, invalid or cannot be mapped
   */
  static <T> MappingResult<T> read(InputStream in, String systemId, ValidationMode mode, int problemLimit,
      boolean migrateNamespaces, long characterLimit, long nodeLimit, Grammar<T> grammar) throws IOException {
    // Migration is outermost: the tap and the readers see the migrated names.
    XmlEventSource events = XmlEventSource.open(in, systemId, characterLimit, nodeLimit,
        migrateNamespaces ? MigratingStreamReader::new : UnaryOperator.identity());
    try (events) {
      ValidatingTap validation = mode == ValidationMode.NONE ? null : new ValidatingTap(systemId, mode, problemLimit);
      if (validation != null) {
        events.tap(validation::event);
      }
      AknCursor cursor = new AknCursor(events);
      T value = grammar.read(cursor);
      ImmutableList<AknProblem> warnings = validation == null ? ImmutableList.of() : validation.finish();
      return new MappingResult<>(value, ImmutableList.copyOf(cursor.unmapped), warnings);
    } catch (XMLStreamException e) {
      throw events.malformed(e);
    }
  }

  /** The reader on the current event, for names, attributes and text; only the cursor moves it. */
  XMLStreamReader xml() {
    return xml;
  }

  /** Pulls the next event; comments and processing instructions inside the root are reported as trivia. */
  int next() throws XMLStreamException {
    int event = events.next();
    if (event == XMLStreamConstants.COMMENT && events.depth() > 0) {
      report(here(), "#comment", Optional.empty(), UnmappedContent.Kind.TRIVIA, "comment not represented");
    } else if (event == XMLStreamConstants.PROCESSING_INSTRUCTION) {
      report(here(), "#pi", Optional.empty(), UnmappedContent.Kind.TRIVIA,
          "processing instruction <?" + xml.getPITarget() + "?> not represented");
    }
    return event;
  }

  /** Moves to the first start tag of the document; fails at its end. */
  void toRoot() throws XMLStreamException {
    int event;
    do {
      event = next();
    } while (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_DOCUMENT);
  }

  /** Reads the rest of the document after the root (comments and processing instructions only). */
  void toEnd() throws XMLStreamException {
    while (next() != XMLStreamConstants.END_DOCUMENT) {
      // the epilogue
    }
  }

  /**
   * Moves to the next child start tag of the current element, or to its end tag. Character data in between must be
   * whitespace; other text is reported.
   *
   * @return true at a child's start tag, false at the current element's end tag
   */
  boolean nextChild(String parent) throws XMLStreamException {
    while (true) {
      int event = next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
      if (event == XMLStreamConstants.END_ELEMENT) {
        return false;
      }
      if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && !xml.isWhiteSpace()) {
        report(here(), parent, Optional.empty(), UnmappedContent.Kind.ELEMENT,
            "text directly inside <" + parent + "> is not represented: \"" + shorten(xml.getText().strip()) + "\"");
      }
      if (event == XMLStreamConstants.END_DOCUMENT) {
        throw new MalformedAknException(here(), "unexpected end of document inside <" + parent + ">", null);
      }
    }
  }

  /** Skips the current element and its subtree. */
  void skip() throws XMLStreamException {
    int level = 1;
    while (level > 0) {
      int event = next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        level++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        level--;
      }
    }
  }

  /** Reports the current element as not represented and skips it. */
  void unmappedElement(String detail) throws XMLStreamException {
    report(here(), xml.getLocalName(), attribute("eId"), UnmappedContent.Kind.ELEMENT, detail);
    skip();
  }

  /** Reports every attribute of the current start tag that is not in {@code known} (and not namespaced). */
  void unmappedAttributes(Set<String> known) {
    for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
      String namespace = xml.getAttributeNamespace(i);
      String name = xml.getAttributeLocalName(i);
      if ((namespace == null || namespace.isEmpty()) && known.contains(name)) {
        continue;
      }
      String prefix = xml.getAttributePrefix(i);
      String qName = prefix == null || prefix.isEmpty() ? name : prefix + ":" + name;
      report(here(), xml.getLocalName(), attribute("eId"), UnmappedContent.Kind.ATTRIBUTE,
          "attribute " + qName + "=\"" + shorten(xml.getAttributeValue(i)) + "\" not represented");
    }
  }

  /** Records what the model does not represent. */
  void report(SourceLocation at, String element, Optional<String> eId, UnmappedContent.Kind kind, String detail) {
    unmapped.add(new UnmappedContent(at, element, eId, kind, detail));
  }

  /** The reports so far, for a decoder that adds its findings at the end of the read. */
  List<UnmappedContent> reports() {
    return unmapped;
  }

  /** The attribute of the current start tag, without namespace. */
  Optional<String> attribute(String name) {
    return Optional.ofNullable(xml.getAttributeValue(null, name));
  }

  /** The local name of the current element. */
  String localName() {
    return xml.getLocalName();
  }

  SourceLocation here() {
    return events.here();
  }

  String systemId() {
    return events.systemId();
  }

  /** Whether the current element is in the Akoma Ntoso 3.0 namespace. */
  boolean isAkn() {
    return Vocabulary.AKN.equals(xml.getNamespaceURI());
  }

  /** Collects the character data of the current element's subtree; returns whether it contained elements. */
  boolean plainText(StringBuilder text) throws XMLStreamException {
    int level = 1;
    boolean markup = false;
    while (level > 0) {
      int event = next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        level++;
        markup = true;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        level--;
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE) {
        text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
      }
    }
    return markup;
  }

  /** The character data of the current element's subtree. */
  String plainText() throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    plainText(text);
    return text.toString();
  }

  /** Text cut to 60 characters for a message. */
  static String shorten(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "...";
  }
}
