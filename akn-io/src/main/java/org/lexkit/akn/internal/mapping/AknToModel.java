package org.lexkit.akn.internal.mapping;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.lexkit.akn.AknIri;
import org.lexkit.akn.AknProblem;
import org.lexkit.akn.MappingResult;
import org.lexkit.akn.ValidationMode;
import org.lexkit.akn.internal.read.MigratingStreamReader;
import org.lexkit.akn.internal.read.ValidatingTap;
import org.lexkit.akn.internal.xml.AknSchemas;
import org.lexkit.akn.internal.xml.GuardedXmlReader;
import org.lexkit.akn.internal.xml.NodeCountingReader;
import org.lexkit.akn.internal.xml.SecureXml;
import org.lexkit.akn.AknMappingException;
import org.lexkit.akn.MalformedAknException;
import org.lexkit.akn.SourceLocation;
import org.lexkit.akn.UnmappedContent;
import org.lexkit.akn.internal.xml.XmlLimits;
import org.lexkit.core.document.DocumentIdentity;
import org.lexkit.core.document.DocumentType;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.document.LifecycleEvent;
import org.lexkit.core.document.Preamble;
import org.lexkit.core.provision.Inline;
import org.lexkit.core.provision.Note;
import org.lexkit.core.provision.Num;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.ProvisionKind;
import org.lexkit.core.provision.ProvisionStatus;
import org.lexkit.core.provision.Text;
import org.lexkit.core.rights.RightsCatalogue;

/**
 * Reads an Akoma Ntoso act, bill or doc into a {@link LegalDocument} in one streaming pass over a StAX reader:
 * recursive descent, one method per element family, no intermediate tree. Everything the model has no place for is
 * skipped and reported as {@link UnmappedContent} with its location; valid AKN that the model cannot represent at
 * all (two sibling articles with the same number, a missing FRBR date) fails with an {@link AknMappingException}.
 *
 * <p>The reader is positioned before the root; it is consumed to the end of the document. One instance per read;
 * not thread-safe.
 */
public final class AknToModel {

  /** Called after every event the mapping pulls, so a validator can see the same stream. */
  public interface Tap {
    /**
     * Sees the event the reader is positioned on.
     *
     * @param xml the reader, positioned on the event; must not be moved
     */
    void event(XMLStreamReader xml);
  }

  /**
   * The outcome of a read.
   *
   * @param document the document
   * @param unmapped what the model does not represent
   */
  public record Result(LegalDocument document, ImmutableList<UnmappedContent> unmapped) {}

  private final XMLStreamReader xml;
  private final String systemId;
  private final @Nullable Tap tap;
  private final List<UnmappedContent> unmapped = new ArrayList<>();
  private int depth;

  // identification
  private String documentElement = "";
  private String documentName = "";
  private @Nullable String country;
  private @Nullable LocalDate workDate;
  private @Nullable String workName;
  private @Nullable String frbrNumber;
  private @Nullable String frbrName;
  private Optional<String> subtype = Optional.empty();
  private @Nullable String language;
  private @Nullable LocalDate versionDate;
  private SourceLocation identificationAt;

  private @Nullable String title;
  private @Nullable String fallbackTitle;
  private Optional<Preamble> preamble = Optional.empty();
  private Provision body = Provision.body(ImmutableList.of());
  private final List<PendingEvent> events = new ArrayList<>();
  private final Map<String, String> referenceShowAs = new HashMap<>();
  private final RightsReader rights = new RightsReader();

  private record PendingEvent(LocalDate date, LifecycleEvent.Type type, String source, SourceLocation at) {}

  private AknToModel(XMLStreamReader xml, String systemId, @Nullable Tap tap) {
    this.xml = xml;
    this.systemId = systemId;
    this.tap = tap;
    this.identificationAt = SourceLocation.unknownPosition(systemId);
  }

  /**
   * Reads a document.
   *
   * @param xml a reader positioned before the root element (from the hardened factory)
   * @param systemId the source name used in locations
   * @param tap sees every event, or null
   * @return the document and what was not mapped
   * @throws XMLStreamException if the XML is not well-formed
   * @throws AknMappingException if the document is valid AKN the model cannot represent
   * @throws MalformedAknException if the input is hostile (a DTD, an entity reference, absurd nesting)
   */
  public static Result read(XMLStreamReader xml, String systemId, @Nullable Tap tap) throws XMLStreamException {
    AknToModel reader = new AknToModel(xml, systemId, tap);
    LegalDocument document = reader.readRoot();
    return new Result(document, ImmutableList.copyOf(reader.unmapped));
  }

  /**
   * Reads a document from bytes through the hardened StAX reader, validating in the same pass unless {@code mode}
   * is {@link ValidationMode#NONE}.
   *
   * @param in the bytes; read to the end of the document, not closed
   * @param systemId the source name used in locations
   * @param mode how strictly to validate
   * @param problemLimit errors collected before the read stops
   * @param migrateNamespaces whether a root in an OASIS draft or LegalDocML.de namespace is read as AKN 3.0
   *     ({@link MigratingStreamReader}, the lossless reader's rule)
   * @param characterLimit the most characters the document may have (the reader's limit)
   * @param nodeLimit the most elements plus attributes the document may have (the reader's limit)
   * @return the document, what was not mapped, and the validation warnings
   * @throws IOException if the stream fails
   * @throws org.lexkit.akn.AknReadException if the input is malformed, invalid or cannot be mapped
   */
  public static MappingResult<LegalDocument> readStream(InputStream in, String systemId, ValidationMode mode,
      int problemLimit, boolean migrateNamespaces, long characterLimit, long nodeLimit) throws IOException {
    GuardedXmlReader input = GuardedXmlReader.open(in, systemId, characterLimit);
    ValidatingTap validation = mode == ValidationMode.NONE ? null : new ValidatingTap(systemId, mode, problemLimit);
    XMLStreamReader xml = null;
    try {
      xml = new NodeCountingReader(SecureXml.newInputFactory().createXMLStreamReader(systemId, input), systemId,
          nodeLimit);
      if (migrateNamespaces) {
        xml = new MigratingStreamReader(xml); // outermost: the tap and the mapper see the migrated names
      }
      if (validation != null) {
        validation.event(xml); // START_DOCUMENT
      }
      Result result = read(xml, systemId, validation == null ? null : validation::event);
      ImmutableList<AknProblem> warnings = validation == null ? ImmutableList.of() : validation.finish();
      return new MappingResult<>(result.document(), result.unmapped(), warnings);
    } catch (XMLStreamException e) {
      MalformedAknException refusal = input.refusal();
      if (refusal != null) {
        throw refusal;
      }
      Location location = e.getLocation();
      String message = STAX_PREFIX.matcher(e.getMessage() == null ? "" : e.getMessage()).replaceFirst("").trim();
      throw new MalformedAknException(location == null ? SourceLocation.unknownPosition(systemId)
          : SourceLocation.of(systemId, location.getLineNumber(), location.getColumnNumber()),
          "not well-formed XML: " + message, e);
    } finally {
      if (xml != null) {
        try {
          xml.close();
        } catch (XMLStreamException e) {
          // The outcome is decided; nothing was left to read.
        }
      }
    }
  }

  private static final java.util.regex.Pattern STAX_PREFIX = java.util.regex.Pattern.compile(
      "^ParseError at \\[row,col\\]:\\[-?\\d+,-?\\d+\\]\\s*Message:\\s*", java.util.regex.Pattern.DOTALL);

  /**
   * Reads the provision whose start tag the reader is on (inside a quoted structure of an amending act), with the
   * same rules as a document's provisions.
   */
  static Optional<Provision> quotedProvision(XMLStreamReader xml, String systemId, @Nullable Tap tap,
      List<UnmappedContent> report) throws XMLStreamException {
    AknToModel reader = new AknToModel(xml, systemId, tap);
    List<Provision> provisions = new ArrayList<>();
    reader.readHierarchyChild("quotedStructure", provisions, new Level(null));
    report.addAll(reader.unmapped);
    return provisions.isEmpty() ? Optional.empty() : Optional.of(provisions.get(0));
  }

  /** Reads the {@code <p>} whose start tag the reader is on as a text block. */
  static Text quotedParagraph(XMLStreamReader xml, String systemId, @Nullable Tap tap,
      List<UnmappedContent> report) throws XMLStreamException {
    AknToModel reader = new AknToModel(xml, systemId, tap);
    Text text = reader.paragraph();
    report.addAll(reader.unmapped);
    return text;
  }

  // ------------------------------------------------------------------------------------------------ stream

  private int next() throws XMLStreamException {
    int event = xml.next();
    if (tap != null) {
      tap.event(xml);
    }
    switch (event) {
      case XMLStreamConstants.START_ELEMENT:
        if (++depth > XmlLimits.MAX_ELEMENT_DEPTH) {
          throw new MalformedAknException(here(), "elements are nested deeper than " + XmlLimits.MAX_ELEMENT_DEPTH
              + " levels; refused as hostile", null);
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
      case XMLStreamConstants.COMMENT:
        if (depth > 0) {
          unmapped.add(new UnmappedContent(here(), "#comment", Optional.empty(), UnmappedContent.Kind.TRIVIA,
              "comment not represented"));
        }
        break;
      case XMLStreamConstants.PROCESSING_INSTRUCTION:
        unmapped.add(new UnmappedContent(here(), "#pi", Optional.empty(), UnmappedContent.Kind.TRIVIA,
            "processing instruction <?" + xml.getPITarget() + "?> not represented"));
        break;
      default:
        break;
    }
    return event;
  }

  /**
   * Moves to the next child start tag of the current element, or to its end tag. Character data in between must be
   * whitespace; other text is reported.
   *
   * @return true at a child's start tag, false at the current element's end tag
   */
  private boolean nextChild(String parent) throws XMLStreamException {
    while (true) {
      int event = next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
      if (event == XMLStreamConstants.END_ELEMENT) {
        return false;
      }
      if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && !xml.isWhiteSpace()) {
        unmapped.add(new UnmappedContent(here(), parent, Optional.empty(), UnmappedContent.Kind.ELEMENT,
            "text directly inside <" + parent + "> is not represented: \"" + shorten(xml.getText().strip()) + "\""));
      }
      if (event == XMLStreamConstants.END_DOCUMENT) {
        throw new MalformedAknException(here(), "unexpected end of document inside <" + parent + ">", null);
      }
    }
  }

  /** Skips the current element and its subtree. */
  private void skip() throws XMLStreamException {
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
  private void unmappedElement(String detail) throws XMLStreamException {
    unmapped.add(new UnmappedContent(here(), xml.getLocalName(), attribute("eId"), UnmappedContent.Kind.ELEMENT,
        detail));
    skip();
  }

  private void unmappedAttributes(Set<String> known) {
    for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
      String namespace = xml.getAttributeNamespace(i);
      String name = xml.getAttributeLocalName(i);
      if ((namespace == null || namespace.isEmpty()) && known.contains(name)) {
        continue;
      }
      String prefix = xml.getAttributePrefix(i);
      String qName = prefix == null || prefix.isEmpty() ? name : prefix + ":" + name;
      unmapped.add(new UnmappedContent(here(), xml.getLocalName(), attribute("eId"), UnmappedContent.Kind.ATTRIBUTE,
          "attribute " + qName + "=\"" + shorten(xml.getAttributeValue(i)) + "\" not represented"));
    }
  }

  private Optional<String> attribute(String name) {
    return Optional.ofNullable(xml.getAttributeValue(null, name));
  }

  private SourceLocation here() {
    return SourceLocation.of(systemId, xml.getLocation().getLineNumber(), xml.getLocation().getColumnNumber());
  }

  private boolean isAkn() {
    return Vocabulary.AKN.equals(xml.getNamespaceURI());
  }

  private static String shorten(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "...";
  }

  // ------------------------------------------------------------------------------------------------ document

  private LegalDocument readRoot() throws XMLStreamException {
    int event;
    do {
      event = next();
    } while (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_DOCUMENT);
    if (event != XMLStreamConstants.START_ELEMENT || !isAkn() || !xml.getLocalName().equals("akomaNtoso")) {
      throw new AknMappingException(here(), "expected <akomaNtoso> in the Akoma Ntoso 3.0 namespace " + Vocabulary.AKN
          + ", found " + (event == XMLStreamConstants.START_ELEMENT
              ? "<" + xml.getLocalName() + "> in " + (xml.getNamespaceURI() == null ? "no namespace"
                  : xml.getNamespaceURI()) : "no element"), null);
    }
    SourceLocation rootAt = here();
    LegalDocument document = null;
    while (nextChild("akomaNtoso")) {
      if (document == null && isAkn()) {
        SourceLocation at = here();
        String element = xml.getLocalName();
        Optional<String> name = attribute("name");
        documentElement = element;
        documentName = name.orElse("");
        if (Vocabulary.documentType(element, documentName, Optional.empty()).isEmpty()
            && !element.equals("act")) {
          throw new AknMappingException(at, "<" + element + "> documents are not mapped to the Lexkit model;"
              + " expected <act>, <bill> or <doc> (the lossless AknDocument reads every document type)", null);
        }
        document = readDocument(at);
      } else {
        unmappedElement("only the first document inside <akomaNtoso> is mapped");
      }
    }
    while (next() != XMLStreamConstants.END_DOCUMENT) {
      // epilogue: comments and processing instructions only
    }
    if (document == null) {
      throw new AknMappingException(rootAt, "<akomaNtoso> contains no document", null);
    }
    return document;
  }

  private static final Set<String> DOCUMENT_ATTRIBUTES = Set.of("name", "contains");

  private LegalDocument readDocument(SourceLocation at) throws XMLStreamException {
    // Until an <identification> is seen, what it lacks is reported at the document's start tag (a fuzz finding:
    // a document without one was refused with no line at all).
    identificationAt = at;
    String element = documentElement;
    unmappedAttributes(DOCUMENT_ATTRIBUTES);
    while (nextChild(element)) {
      if (!isAkn()) {
        unmappedElement("element outside the AKN namespace not represented");
        continue;
      }
      switch (xml.getLocalName()) {
        case "meta":
          readMeta();
          break;
        case "preface":
          readPreface();
          break;
        case "preamble":
          readPreamble();
          break;
        case "body":
        case "mainBody":
          readBody();
          break;
        default:
          unmappedElement("<" + xml.getLocalName() + "> is not represented in the model");
      }
    }
    return assemble(at);
  }

  private LegalDocument assemble(SourceLocation at) {
    if (country == null || workDate == null || language == null || versionDate == null) {
      throw new AknMappingException(identificationAt, "<identification> lacks "
          + (country == null ? "<FRBRcountry>" : workDate == null ? "the work's <FRBRdate>"
              : language == null ? "<FRBRlanguage>" : "the expression's <FRBRdate>")
          + "; the model needs country, work date, language and version date", null);
    }
    String name = workName != null ? workName : frbrNumber != null ? frbrNumber : frbrName;
    if (name == null) {
      throw new AknMappingException(identificationAt, "cannot tell the work's name: neither an AKN FRBRuri, nor"
          + " <FRBRnumber>, nor <FRBRname> gives one", null);
    }
    DocumentType type = Vocabulary.documentType(documentElement, documentName, subtype).orElse(DocumentType.ACT);
    if (!Vocabulary.documentName(type).equals(documentName)) {
      unmapped.add(new UnmappedContent(at, documentElement, Optional.empty(), UnmappedContent.Kind.ATTRIBUTE,
          "name=\"" + documentName + "\" read as document type " + type + " (written back as name=\""
              + Vocabulary.documentName(type) + "\")"));
    }
    DocumentIdentity identity;
    try {
      identity = new DocumentIdentity(country.toLowerCase(Locale.ROOT), type, workDate, name, language, versionDate);
    } catch (IllegalArgumentException e) {
      throw new AknMappingException(identificationAt, "the FRBR identification does not fit the model: "
          + e.getMessage(), e);
    }
    String documentTitle = title != null ? title : fallbackTitle;
    if (documentTitle == null || documentTitle.isBlank()) {
      throw new AknMappingException(at, "the document has no title: expected a <docTitle>, <shortTitle> or"
          + " <longTitle> in the <preface>, or an <FRBRname>", null);
    }
    List<LifecycleEvent> lifecycle = new ArrayList<>();
    for (PendingEvent event : events) {
      String source = event.source.startsWith("#") ? event.source.substring(1) : event.source;
      Optional<String> text = source.equals(Vocabulary.SOURCE) ? Optional.empty()
          : Optional.ofNullable(referenceShowAs.get(source)).or(() -> Optional.of(event.source));
      lifecycle.add(new LifecycleEvent(event.date, event.type, text.filter(s -> !s.isBlank())));
    }
    RightsCatalogue catalogue = rights.build(unmapped);
    return new LegalDocument(identity, documentTitle, preamble, body, catalogue, ImmutableList.copyOf(lifecycle));
  }

  // ------------------------------------------------------------------------------------------------ meta

  private void readMeta() throws XMLStreamException {
    while (nextChild("meta")) {
      if (!isAkn()) {
        unmappedElement("metadata outside the AKN namespace not represented");
        continue;
      }
      switch (xml.getLocalName()) {
        case "identification":
          identificationAt = here();
          readIdentification();
          break;
        case "lifecycle":
          readLifecycle();
          break;
        case "classification":
          readClassification();
          break;
        case "references":
          readReferences();
          break;
        default:
          unmappedElement("<" + xml.getLocalName() + "> metadata is not represented in the model");
      }
    }
  }

  private void readIdentification() throws XMLStreamException {
    while (nextChild("identification")) {
      String level = xml.getLocalName();
      if (!level.equals("FRBRWork") && !level.equals("FRBRExpression")) {
        if (!level.equals("FRBRManifestation")) {
          unmappedElement("<" + level + "> not represented");
        } else {
          skip(); // regenerated from the identity when writing
        }
        continue;
      }
      boolean work = level.equals("FRBRWork");
      while (nextChild(level)) {
        String name = xml.getLocalName();
        SourceLocation at = here();
        switch (name) {
          case "FRBRuri":
            String uri = attribute("value").orElse("");
            try {
              AknIri iri = AknIri.parse(uri);
              if (work) {
                workName = iri.number();
              }
            } catch (IllegalArgumentException notAkn) {
              unmapped.add(new UnmappedContent(at, name, Optional.empty(), UnmappedContent.Kind.IDENTIFIER,
                  "FRBRuri \"" + shorten(uri) + "\" is not an AKN IRI; Lexkit writes its own from the identity"));
            }
            skip();
            break;
          case "FRBRdate":
            LocalDate date = date(attribute("date").orElse(""), at, name);
            if (work) {
              workDate = date;
            } else {
              versionDate = date;
            }
            skip();
            break;
          case "FRBRcountry":
            country = attribute("value").orElse(null);
            skip();
            break;
          case "FRBRlanguage":
            if (language == null) {
              language = attribute("language").orElse(null);
            } else {
              unmapped.add(new UnmappedContent(at, name, Optional.empty(), UnmappedContent.Kind.ELEMENT,
                  "only the first <FRBRlanguage> is represented"));
            }
            skip();
            break;
          case "FRBRnumber":
            frbrNumber = attribute("value").orElse(null);
            skip();
            break;
          case "FRBRname":
            frbrName = attribute("value").orElse(null);
            if (fallbackTitle == null) {
              fallbackTitle = frbrName;
            }
            skip();
            break;
          case "FRBRsubtype":
            subtype = attribute("value");
            skip();
            break;
          case "FRBRthis":
          case "FRBRauthor":
            skip(); // regenerated from the identity
            break;
          default:
            unmappedElement("<" + name + "> not represented");
        }
      }
    }
  }

  private LocalDate date(String text, SourceLocation at, String element) {
    try {
      if (text.matches("[0-9]{4}")) {
        unmapped.add(new UnmappedContent(at, element, Optional.empty(), UnmappedContent.Kind.FLATTENED,
            "year-only date " + text + " read as " + text + "-01-01"));
        return LocalDate.of(Integer.parseInt(text), 1, 1);
      }
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeException e) {
      throw new AknMappingException(at, "<" + element + "> date '" + text + "' is not a date (YYYY-MM-DD)", e);
    }
  }

  private void readLifecycle() throws XMLStreamException {
    while (nextChild("lifecycle")) {
      if (!xml.getLocalName().equals("eventRef")) {
        unmappedElement("<" + xml.getLocalName() + "> not represented");
        continue;
      }
      SourceLocation at = here();
      LocalDate date = date(attribute("date").orElse(""), at, "eventRef");
      String type = attribute("type").orElse("amendment");
      LifecycleEvent.Type eventType;
      switch (type) {
        case "generation":
          eventType = LifecycleEvent.Type.GENERATION;
          break;
        case "repeal":
          eventType = LifecycleEvent.Type.REPEAL;
          break;
        default:
          eventType = LifecycleEvent.Type.AMENDMENT;
      }
      unmappedAttributes(Set.of("eId", "date", "source", "type", "wId", "GUID"));
      events.add(new PendingEvent(date, eventType, attribute("source").orElse("#" + Vocabulary.SOURCE), at));
      skip();
    }
  }

  private void readClassification() throws XMLStreamException {
    while (nextChild("classification")) {
      if (xml.getLocalName().equals("keyword")
          && attribute("dictionary").orElse("").equals("#" + Vocabulary.DICTIONARY)) {
        rights.keyword(here(), attribute("value").orElse(""), attribute("showAs").orElse(""),
            attribute("href"), attribute("refersTo").orElse(""));
        skip();
      } else {
        unmappedElement("classification not represented (only keywords of the #" + Vocabulary.DICTIONARY
            + " dictionary are)");
      }
    }
  }

  private void readReferences() throws XMLStreamException {
    while (nextChild("references")) {
      String element = xml.getLocalName();
      Optional<String> eid = attribute("eId");
      String href = attribute("href").orElse("");
      String showAs = attribute("showAs").orElse("");
      eid.ifPresent(e -> referenceShowAs.put(e, showAs));
      if (element.equals("TLCConcept") && href.startsWith(Vocabulary.CONCEPT_HREF) && eid.isPresent()) {
        rights.concept(here(), eid.get(), href.substring(Vocabulary.CONCEPT_HREF.length()), showAs);
        skip();
      } else if (element.equals("TLCOrganization") && eid.equals(Optional.of(Vocabulary.SOURCE))) {
        skip();
      } else if (element.equals("passiveRef") && eid.map(e -> e.startsWith(Vocabulary.EVENT_SOURCE_PREFIX))
          .orElse(false)) {
        skip(); // a life-cycle event's source; read through referenceShowAs
      } else {
        unmappedElement("reference not represented");
      }
    }
  }

  // ------------------------------------------------------------------------------------------------ front matter

  private void readPreface() throws XMLStreamException {
    while (nextChild("preface")) {
      String element = xml.getLocalName();
      if (element.equals("longTitle")) {
        SourceLocation at = here();
        StringBuilder text = new StringBuilder();
        plainText(text);
        if (fallbackTitle == null || frbrName != null && fallbackTitle.equals(frbrName)) {
          fallbackTitle = text.toString().strip();
        }
        if (title == null) {
          unmapped.add(new UnmappedContent(at, element, Optional.empty(), UnmappedContent.Kind.FLATTENED,
              "long title kept only as the document's title when there is no <docTitle> or <shortTitle>"));
        } else {
          unmapped.add(new UnmappedContent(at, element, Optional.empty(), UnmappedContent.Kind.ELEMENT,
              "long title not represented (the title is the <docTitle>)"));
        }
      } else if (element.equals("p") || element.equals("container") || element.equals("block")) {
        readPrefaceBlock(element);
      } else {
        unmappedElement("<" + element + "> in the preface not represented");
      }
    }
  }

  /** A preface block: its {@code docTitle} or {@code shortTitle} is the title; anything else is reported. */
  private void readPrefaceBlock(String parent) throws XMLStreamException {
    while (true) {
      int event = next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        return;
      }
      if (event == XMLStreamConstants.CHARACTERS && !xml.isWhiteSpace()) {
        unmapped.add(new UnmappedContent(here(), parent, Optional.empty(), UnmappedContent.Kind.ELEMENT,
            "preface text \"" + shorten(xml.getText().strip()) + "\" not represented"));
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        String element = xml.getLocalName();
        if ((element.equals("docTitle") || element.equals("shortTitle")) && (title == null
            || element.equals("docTitle") && titleFromShortTitle)) {
          SourceLocation at = here();
          Optional<String> eid = attribute("eId");
          StringBuilder text = new StringBuilder();
          boolean flat = plainText(text);
          title = text.toString();
          titleFromShortTitle = element.equals("shortTitle");
          if (flat) {
            unmapped.add(new UnmappedContent(at, element, eid, UnmappedContent.Kind.FLATTENED,
                "markup in the title flattened to plain text"));
          }
        } else if (element.equals("p") || element.equals("container") || element.equals("block")) {
          readPrefaceBlock(element);
        } else {
          unmappedElement("<" + element + "> in the preface not represented");
        }
      }
    }
  }

  private boolean titleFromShortTitle;

  /** Collects the character data of the current element's subtree; returns whether it contained elements. */
  private boolean plainText(StringBuilder text) throws XMLStreamException {
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

  private void readPreamble() throws XMLStreamException {
    List<Text> blocks = new ArrayList<>();
    readPreambleBlocks("preamble", blocks);
    if (blocks.isEmpty()) {
      unmapped.add(new UnmappedContent(here(), "preamble", Optional.empty(), UnmappedContent.Kind.ELEMENT,
          "a preamble without paragraphs is not represented"));
    } else {
      preamble = Optional.of(new Preamble(ImmutableList.copyOf(blocks)));
    }
  }

  private void readPreambleBlocks(String parent, List<Text> blocks) throws XMLStreamException {
    while (nextChild(parent)) {
      String element = xml.getLocalName();
      if (element.equals("p")) {
        blocks.add(paragraph());
      } else if (element.equals("formula") || element.equals("recitals") || element.equals("recital")
          || element.equals("citations") || element.equals("citation") || element.equals("container")) {
        unmapped.add(new UnmappedContent(here(), element, attribute("eId"), UnmappedContent.Kind.FLATTENED,
            "container flattened: its paragraphs are kept as preamble blocks"));
        readPreambleBlocks(element, blocks);
      } else {
        unmappedElement("<" + element + "> in the preamble not represented");
      }
    }
  }

  // ------------------------------------------------------------------------------------------------ body

  private void readBody() throws XMLStreamException {
    List<Provision> children = new ArrayList<>();
    Level level = new Level(null);
    while (nextChild("body")) {
      readHierarchyChild("body", children, level);
    }
    body = build(ProvisionKind.BODY, Optional.empty(), Optional.empty(), ImmutableList.of(), children,
        level.sites, ImmutableList.of(), ImmutableList.of(), ProvisionStatus.IN_FORCE, Optional.empty());
  }

  /**
   * Where a provision was read, for messages and eId checks, and what its id segment is once it is built. One per
   * provision, kept in {@link #sites} in document order, which is the pre-order of the finished tree: the ids are
   * derived from these at the end in one pass over that list, so the tree is not walked again and no sibling's
   * segment is computed a second time.
   */
  private static final class ChildSite {
    final @Nullable ChildSite parent; // null at the top of the body (or of a quoted structure)
    final SourceLocation at;
    final String element;
    final Optional<String> eId;
    final List<String> refersTo;
    /** Set once the provision is built and kept; null while it is being read or if its parent dropped it. */
    @Nullable String prefix;
    @Nullable String token;
    /** Its derived id, set by {@link #finishIds}. */
    @Nullable String id;

    ChildSite(@Nullable ChildSite parent, SourceLocation at, String element, Optional<String> eId,
        List<String> refersTo) {
      this.parent = parent;
      this.at = at;
      this.element = element;
      this.eId = eId;
      this.refersTo = refersTo;
    }
  }

  /** The provisions read so far under one parent: their sites and the count of unnumbered ones per kind. */
  private static final class Level {
    final @Nullable ChildSite owner;
    final List<ChildSite> sites = new ArrayList<>();
    private int @Nullable [] unnumbered; // per kind ordinal, made on demand as in Provision.segmentsOf

    Level(@Nullable ChildSite owner) {
      this.owner = owner;
    }

    /** Returns the token of the next unnumbered child of {@code kind}: "1", "2", ... as the model numbers them. */
    String nextUnnumbered(ProvisionKind kind) {
      if (unnumbered == null) {
        unnumbered = new int[ProvisionKind.values().length];
      }
      return Integer.toString(++unnumbered[kind.ordinal()]);
    }
  }

  /** Every provision read by this reader, in document order. */
  private final List<ChildSite> sites = new ArrayList<>();

  /** Reads the current start tag as a child provision if it is one, else reports it. */
  private void readHierarchyChild(String parent, List<Provision> children, Level level)
      throws XMLStreamException {
    String element = xml.getLocalName();
    Optional<ProvisionKind> kind = isAkn() ? ProvisionKind.fromElement(element) : Optional.empty();
    if (kind.isEmpty() || kind.get() == ProvisionKind.BODY || kind.get() == ProvisionKind.ITEM) {
      unmappedElement("<" + element + "> inside <" + parent + "> is not a provision");
      return;
    }
    ProvisionKind actual = kind.get();
    if (actual == ProvisionKind.HCONTAINER
        && attribute("name").orElse("").equals(Vocabulary.ITEM_CONTAINER_NAME)) {
      actual = ProvisionKind.ITEM;
    }
    readProvision(actual, children, level);
  }

  private static final Set<String> PROVISION_ATTRIBUTES = Set.of("eId", "wId", "GUID", "status", "refersTo");
  private static final Set<String> HCONTAINER_ATTRIBUTES = Set.of("eId", "wId", "GUID", "status", "refersTo",
      "name");

  private void readProvision(ProvisionKind kind, List<Provision> siblings, Level level)
      throws XMLStreamException {
    String element = xml.getLocalName();
    SourceLocation at = here();
    Optional<String> eid = attribute("eId");
    String status = attribute("status").orElse("");
    ProvisionStatus provisionStatus = ProvisionStatus.IN_FORCE;
    if (status.equals(Vocabulary.REPEALED_STATUS)) {
      provisionStatus = ProvisionStatus.REPEALED;
    } else if (!status.isEmpty()) {
      unmapped.add(new UnmappedContent(at, element, eid, UnmappedContent.Kind.ATTRIBUTE,
          "status=\"" + status + "\" not represented"));
    }
    if (element.equals("hcontainer")) {
      String name = attribute("name").orElse("");
      if (!name.equals(Vocabulary.HCONTAINER_NAME) && !name.equals(Vocabulary.ITEM_CONTAINER_NAME)) {
        unmapped.add(new UnmappedContent(at, element, eid, UnmappedContent.Kind.ATTRIBUTE,
            "name=\"" + name + "\" not represented (written back as name=\"hcontainer\")"));
      }
      unmappedAttributes(HCONTAINER_ATTRIBUTES);
    } else {
      unmappedAttributes(PROVISION_ATTRIBUTES);
    }
    List<String> refersTo = refersTokens(attribute("refersTo").orElse(""));
    ChildSite site = new ChildSite(level.owner, at, element, eid, refersTo);
    sites.add(site);

    Optional<Num> num = Optional.empty();
    Optional<Text> heading = Optional.empty();
    List<Text> content = new ArrayList<>();
    List<Text> wrapUp = new ArrayList<>();
    List<Note> notes = new ArrayList<>();
    List<Provision> children = new ArrayList<>();
    Level childLevel = new Level(site);
    List<ChildSite> childSites = childLevel.sites;
    while (nextChild(element)) {
      String child = xml.getLocalName();
      if (!isAkn()) {
        unmappedElement("element outside the AKN namespace not represented");
        continue;
      }
      switch (child) {
        case "num":
          num = readNum(notes);
          break;
        case "heading":
          heading = Optional.of(readInlineContainer(notes));
          break;
        case "subheading":
          Text subheading = readInlineContainer(notes);
          if (!subheading.parts().isEmpty()) {
            unmapped.add(new UnmappedContent(here(), child, Optional.empty(), UnmappedContent.Kind.ELEMENT,
                "subheading text not represented"));
          }
          break;
        case "intro":
        case "content":
          readBlocks(child, content);
          break;
        case "wrapUp":
          readBlocks(child, wrapUp);
          break;
        default:
          readHierarchyChild(element, children, childLevel);
      }
    }
    if (provisionStatus == ProvisionStatus.REPEALED
        && (!content.isEmpty() || !children.isEmpty() || !wrapUp.isEmpty())) {
      unmapped.add(new UnmappedContent(at, element, eid, UnmappedContent.Kind.ELEMENT,
          "the text of a removed (repealed) provision is not represented; it is read as a repealed placeholder"));
      content.clear();
      children.clear();
      for (ChildSite dropped : childSites) {
        dropped.token = null; // no segment: it and its descendants get no id
      }
      childSites.clear();
      wrapUp.clear();
    }
    siblings.add(build(kind, num, heading, content, children, childSites, wrapUp, notes, provisionStatus,
        Optional.of(at)));
    level.sites.add(site);
    // The segment Provision.segmentsOf gives this child among its siblings, computed once here.
    site.prefix = kind.eIdPrefix();
    site.token = num.isPresent() ? num.get().token() : level.nextUnnumbered(kind);
  }

  private Provision build(ProvisionKind kind, Optional<Num> num, Optional<Text> heading, List<Text> content,
      List<Provision> children, List<ChildSite> childSites, List<Text> wrapUp, List<Note> notes,
      ProvisionStatus status, Optional<SourceLocation> at) {
    Provision provision;
    try {
      provision = new Provision(kind, num, heading, ImmutableList.copyOf(content), ImmutableList.copyOf(children),
          ImmutableList.copyOf(wrapUp), ImmutableList.copyOf(notes), status);
    } catch (IllegalArgumentException e) {
      throw duplicate(children, childSites, at, e);
    }
    return provision;
  }

  /** Locates the sibling whose id collides with an earlier one (the only way children can be invalid). */
  private AknMappingException duplicate(List<Provision> children, List<ChildSite> childSites,
      Optional<SourceLocation> at, IllegalArgumentException cause) {
    ImmutableList<String> segments = Provision.segmentsOf(children);
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < segments.size(); i++) {
      Integer earlier = first.putIfAbsent(segments.get(i), i);
      if (earlier != null) {
        ChildSite site = childSites.get(i);
        return new AknMappingException(site.at, "<" + site.element + "> has the id segment " + segments.get(i)
            + " of an earlier sibling (at " + childSites.get(earlier).at.describe() + "); the model needs numbers"
            + " that are unique among siblings", cause);
      }
    }
    return new AknMappingException(at.orElse(SourceLocation.unknownPosition(systemId)), cause.getMessage(), cause);
  }

  private Optional<Num> readNum(List<Note> notes) throws XMLStreamException {
    SourceLocation at = here();
    Optional<String> eid = attribute("eId");
    StringBuilder text = new StringBuilder();
    boolean markup = false;
    while (true) {
      int event = next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        break;
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (xml.getLocalName().equals("authorialNote")) {
          notes.add(readNote());
        } else {
          markup = true;
          plainText(text);
        }
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE) {
        text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
      }
    }
    if (markup) {
      unmapped.add(new UnmappedContent(at, "num", eid, UnmappedContent.Kind.FLATTENED,
          "markup in the number flattened to \"" + shorten(text.toString().strip()) + "\""));
    }
    String stripped = text.toString().strip();
    if (stripped.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Num.of(stripped));
    } catch (IllegalArgumentException e) {
      unmapped.add(new UnmappedContent(at, "num", eid, UnmappedContent.Kind.ELEMENT,
          "number \"" + shorten(stripped) + "\" has no letter or digit; the provision is read as unnumbered"));
      return Optional.empty();
    }
  }

  private Note readNote() throws XMLStreamException {
    SourceLocation at = here();
    Optional<String> eid = attribute("eId");
    List<Inline> parts = new ArrayList<>();
    int blocks = 0;
    while (nextChild("authorialNote")) {
      if (xml.getLocalName().equals("p")) {
        if (blocks++ > 0) {
          parts.add(new Inline.Run("\n"));
        }
        parts.addAll(paragraph().parts());
      } else {
        unmappedElement("<" + xml.getLocalName() + "> in a note not represented");
      }
    }
    if (blocks > 1) {
      unmapped.add(new UnmappedContent(at, "authorialNote", eid, UnmappedContent.Kind.FLATTENED,
          blocks + " paragraphs of a note joined by newlines"));
    }
    return new Note(new Text(merge(parts)));
  }

  /** Reads a heading-like inline container; its authorial notes go to {@code notes}. */
  private Text readInlineContainer(List<Note> notes) throws XMLStreamException {
    List<Inline> parts = new ArrayList<>();
    readInlines(parts, notes);
    return new Text(ImmutableList.copyOf(parts));
  }

  private void readBlocks(String container, List<Text> blocks) throws XMLStreamException {
    while (nextChild(container)) {
      if (xml.getLocalName().equals("p") && isAkn()) {
        blocks.add(paragraph());
      } else {
        unmappedElement("block <" + xml.getLocalName() + "> not represented (the model keeps paragraphs of text)");
      }
    }
  }

  private static final Set<String> P_ATTRIBUTES = Set.of("eId", "wId", "GUID");

  private Text paragraph() throws XMLStreamException {
    unmappedAttributes(P_ATTRIBUTES);
    List<Inline> parts = new ArrayList<>();
    readInlines(parts, null);
    return new Text(ImmutableList.copyOf(parts));
  }

  /**
   * Reads mixed content up to the current element's end tag: text becomes runs (adjacent text events merged),
   * elements become marks, recursively. With {@code notes}, authorial notes at this level become notes.
   */
  private void readInlines(List<Inline> parts, @Nullable List<Note> notes) throws XMLStreamException {
    readInlines(parts, notes, false);
  }

  /**
   * As {@link #readInlines(List, List)}; with {@code elementOnly}, whitespace-only runs are dropped, since inside an
   * element whose schema content is elements only (a quoted structure, a clause quoted in a mod) whitespace is
   * layout, not text.
   */
  private void readInlines(List<Inline> parts, @Nullable List<Note> notes, boolean elementOnly)
      throws XMLStreamException {
    // A run of text is nearly always one text event; it becomes a String directly, and a builder is made only when
    // a second event continues the run (saves a builder and a copy per run).
    String text = null;
    StringBuilder run = null;
    while (true) {
      int event = next();
      if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE) {
        if (text == null && run == null) {
          text = xml.getText();
        } else {
          if (run == null) {
            run = new StringBuilder(text.length() + xml.getTextLength()).append(text);
            text = null;
          }
          run.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
        }
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        // Text on both sides of an element that becomes no mark stays one run, as it will be when written.
        if (notes != null && xml.getLocalName().equals("authorialNote") && isAkn()) {
          notes.add(readNote());
        } else if (!isAkn()) {
          unmappedElement("inline element outside the AKN namespace not represented");
        } else {
          if (text != null || run != null) {
            addRun(parts, text != null ? text : run.toString(), elementOnly);
            text = null;
            run = null;
          }
          parts.add(mark());
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        if (text != null || run != null) {
          addRun(parts, text != null ? text : run.toString(), elementOnly);
        }
        return;
      }
    }
  }

  private static void addRun(List<Inline> parts, String run, boolean elementOnly) {
    // isBlank is Character.isWhitespace over the code points, the rule for layout in element-only content.
    if (elementOnly && run.isBlank()) {
      return;
    }
    parts.add(new Inline.Run(run));
  }

  private static final Set<String> MIXED = AknSchemas.mixedElements();

  private Inline.Mark mark() throws XMLStreamException {
    String name = xml.getLocalName();
    Map<String, String> attributes = new LinkedHashMap<>();
    for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
      String namespace = xml.getAttributeNamespace(i);
      String local = xml.getAttributeLocalName(i);
      if (namespace == null || namespace.isEmpty()) {
        attributes.put(local, xml.getAttributeValue(i));
      } else if (namespace.equals(javax.xml.XMLConstants.XML_NS_URI)) {
        attributes.put("xml:" + local, xml.getAttributeValue(i));
      } else {
        unmapped.add(new UnmappedContent(here(), name, attribute("eId"), UnmappedContent.Kind.ATTRIBUTE,
            "attribute {" + namespace + "}" + local + " not represented"));
      }
    }
    List<Inline> children = new ArrayList<>();
    readInlines(children, null, !MIXED.contains(name));
    return new Inline.Mark(name, ImmutableMap.copyOf(attributes), ImmutableList.copyOf(children));
  }

  private static ImmutableList<Inline> merge(List<Inline> parts) {
    ImmutableList.Builder<Inline> merged = ImmutableList.builder();
    StringBuilder run = null;
    for (Inline part : parts) {
      if (part instanceof Inline.Run) {
        if (run == null) {
          run = new StringBuilder();
        }
        run.append(((Inline.Run) part).text());
      } else {
        if (run != null) {
          merged.add(new Inline.Run(run.toString()));
          run = null;
        }
        merged.add(part);
      }
    }
    if (run != null) {
      merged.add(new Inline.Run(run.toString()));
    }
    return merged.build();
  }

  /**
   * Splits a {@code refersTo} value at whitespace (the characters of regex {@code \\s}). Called for every provision,
   * mostly on empty values, so it avoids {@link String#split}, which compiles a pattern per call.
   */
  private static List<String> refersTokens(String refersTo) {
    if (refersTo.isEmpty()) {
      return List.of();
    }
    List<String> tokens = new ArrayList<>(2);
    int start = -1;
    for (int i = 0, n = refersTo.length(); i <= n; i++) {
      boolean space = i == n || isRegexSpace(refersTo.charAt(i));
      if (space && start >= 0) {
        tokens.add(refersTo.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return tokens;
  }

  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  // ------------------------------------------------------------------------------------------------ ids and rights

  /**
   * Returns {@code parent + "__" + prefix + "_" + token} (or without the parent at the top): the source's own eId
   * when it already reads so, which saves building the string for every provision of a document that follows the
   * naming convention.
   */
  private static String derivedId(@Nullable String parent, String prefix, String token, Optional<String> eId) {
    int start = parent == null ? 0 : parent.length() + 2;
    if (eId.isPresent()) {
      String given = eId.get();
      if (given.length() == start + prefix.length() + 1 + token.length() && given.endsWith(token)
          && given.startsWith(prefix, start) && given.charAt(start + prefix.length()) == '_'
          && (parent == null || given.startsWith(parent) && given.startsWith("__", parent.length()))) {
        return given;
      }
    }
    String segment = prefix + "_" + token; // as ProvisionId.segment builds it
    return parent == null ? segment : parent + "__" + segment;
  }

  /**
   * Derives every provision's id from the sites in document order (a parent's id is known before its children's)
   * and reports eIds that differ from it, in that order; returns every provision id when {@code collect}.
   */
  Set<ProvisionId> finishIds(boolean collect) {
    Set<ProvisionId> ids = new HashSet<>();
    for (ChildSite site : sites) {
      ChildSite parent = site.parent;
      if (site.token == null || site.prefix == null || parent != null && parent.id == null) {
        continue; // dropped with a repealed ancestor: not in the tree
      }
      String childId = derivedId(parent == null ? null : parent.id, site.prefix, site.token, site.eId);
      site.id = childId;
      if (collect) {
        ids.add(ProvisionId.parse(childId));
      }
      if (site.eId.isPresent() && !site.eId.get().equals(childId)) {
        unmapped.add(new UnmappedContent(site.at, site.element, site.eId, UnmappedContent.Kind.IDENTIFIER,
            "eId replaced by the derived id " + childId));
      }
      if (!site.refersTo.isEmpty()) {
        rights.refersTo(ProvisionId.parse(childId), site.refersTo, site.at, site.element);
      }
    }
    return ids;
  }

  /** Collects the rights vocabulary while streaming and builds the catalogue at the end. */
  private final class RightsReader extends RightsDecoder {
    RightsCatalogue build(List<UnmappedContent> report) {
      return decode(report, finishIds(hasFacts()));
    }
  }
}
