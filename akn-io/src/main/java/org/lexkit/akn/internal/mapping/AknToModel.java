package org.lexkit.akn.internal.mapping;

import com.google.common.collect.ImmutableList;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.lexkit.akn.AknIri;
import org.lexkit.akn.MappingResult;
import org.lexkit.akn.ValidationMode;
import org.lexkit.akn.AknMappingException;
import org.lexkit.akn.SourceLocation;
import org.lexkit.akn.UnmappedContent;
import org.lexkit.core.document.DocumentIdentity;
import org.lexkit.core.document.DocumentType;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.document.LifecycleEvent;
import org.lexkit.core.document.Preamble;
import org.lexkit.core.provision.Provision;
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
  private final AknCursor in;
  private final XMLStreamReader xml;
  private final ProvisionReader provisions;

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
  private boolean titleFromShortTitle;
  private Optional<Preamble> preamble = Optional.empty();
  private final List<PendingEvent> events = new ArrayList<>();
  private final Map<String, String> referenceShowAs = new HashMap<>();
  private final RightsDecoder rights = new RightsDecoder();

  /** The date of a document that gives none: the first day of the proleptic calendar, never a real law's date. */
  private static final LocalDate UNKNOWN_DATE = LocalDate.of(1, 1, 1);

  private record PendingEvent(LocalDate date, LifecycleEvent.Type type, String source, SourceLocation at) {}

  private AknToModel(AknCursor in) {
    this.in = in;
    this.xml = in.xml();
    this.provisions = new ProvisionReader(in);
    this.identificationAt = SourceLocation.unknownPosition(in.systemId());
  }

  /**
   * Reads a document from bytes through the hardened event source, validating in the same pass unless {@code mode}
   * is {@link ValidationMode#NONE}.
   *
   * @param in the bytes; read to the end of the document, not closed
   * @param systemId the source name used in locations
   * @param mode how strictly to validate
   * @param problemLimit errors collected before the read stops
   * @param migrateNamespaces whether a root in an OASIS draft or LegalDocML.de namespace is read as AKN 3.0
   * @param characterLimit the most characters the document may have (the reader's limit)
   * @param nodeLimit the most elements plus attributes the document may have (the reader's limit)
   * @return the document, what was not mapped, and the validation warnings
   * @throws IOException if the stream fails
   * @throws org.lexkit.akn.AknReadException if the input is malformed, invalid or cannot be mapped
   */
  public static MappingResult<LegalDocument> readStream(InputStream in, String systemId, ValidationMode mode,
      int problemLimit, boolean migrateNamespaces, long characterLimit, long nodeLimit) throws IOException {
    return AknCursor.read(in, systemId, mode, problemLimit, migrateNamespaces, characterLimit, nodeLimit,
        cursor -> new AknToModel(cursor).readRoot());
  }

  // ------------------------------------------------------------------------------------------------ document

  private LegalDocument readRoot() throws XMLStreamException {
    in.toRoot();
    boolean root = xml.getEventType() == XMLStreamConstants.START_ELEMENT;
    if (!root || !in.isAkn() || !xml.getLocalName().equals("akomaNtoso")) {
      throw new AknMappingException(in.here(), "expected <akomaNtoso> in the Akoma Ntoso 3.0 namespace "
          + Vocabulary.AKN + ", found " + (root
              ? "<" + xml.getLocalName() + "> in " + (xml.getNamespaceURI() == null ? "no namespace"
                  : xml.getNamespaceURI()) : "no element"), null);
    }
    SourceLocation rootAt = in.here();
    SourceLocation documentAt = null;
    while (in.nextChild("akomaNtoso")) {
      if (documentAt != null && in.isAkn() && xml.getLocalName().equals("components")) {
        provisions.readAppendix("akomaNtoso"); // the components a collection's body refers to
      } else if (documentAt == null && in.isAkn()) {
        SourceLocation at = in.here();
        String element = xml.getLocalName();
        Optional<String> name = in.attribute("name");
        documentElement = element;
        documentName = name.orElse("");
        if (Vocabulary.documentType(element, documentName, Optional.empty()).isEmpty()
            && !element.equals("act")) {
          in.report(at, element, in.attribute("eId"), UnmappedContent.Kind.FLATTENED, "<" + element + "> read as a"
              + " document of type " + DocumentType.OTHER + " (written back as <doc>): its body's sections, speeches"
              + " or components become the provision tree");
        }
        documentAt = at;
        readDocument(at);
      } else {
        in.unmappedElement("only the first document inside <akomaNtoso> is mapped");
      }
    }
    in.toEnd();
    if (documentAt == null) {
      throw new AknMappingException(rootAt, "<akomaNtoso> contains no document", null);
    }
    return assemble(documentAt);
  }

  private static final Set<String> DOCUMENT_ATTRIBUTES = Set.of("name", "contains");

  private void readDocument(SourceLocation at) throws XMLStreamException {
    // Until an <identification> is seen, what it lacks is reported at the document's start tag (a fuzz finding:
    // a document without one was refused with no line at all).
    identificationAt = at;
    String element = documentElement;
    in.unmappedAttributes(DOCUMENT_ATTRIBUTES);
    while (in.nextChild(element)) {
      if (!in.isAkn()) {
        in.unmappedElement("element outside the AKN namespace not represented");
        continue;
      }
      switch (xml.getLocalName()) {
        case "meta":
          readMeta();
          break;
        case "preface":
        case "header": // a judgment's
          readPreface(xml.getLocalName());
          break;
        case "preamble":
          readPreamble();
          break;
        case "body":
        case "mainBody":
        case "debateBody":
        case "judgmentBody":
        case "collectionBody":
        case "portionBody":
        case "amendmentBody":
          provisions.readBody(xml.getLocalName());
          break;
        case "attachments":
        case "components":
          provisions.readAppendix(element);
          break;
        default:
          in.unmappedElement("<" + xml.getLocalName() + "> is not represented in the model");
      }
    }
  }

  private LegalDocument assemble(SourceLocation at) {
    DocumentType type = Vocabulary.documentType(documentElement, documentName, subtype).orElse(DocumentType.OTHER);
    if (!Vocabulary.documentName(type).equals(documentName)) {
      in.report(at, documentElement, Optional.empty(), UnmappedContent.Kind.ATTRIBUTE,
          "name=\"" + documentName + "\" read as document type " + type + " (written back as name=\""
              + Vocabulary.documentName(type) + "\")");
    }
    DocumentIdentity identity = identity(type);
    String documentTitle = title != null ? title : fallbackTitle;
    if (documentTitle == null || documentTitle.isBlank()) {
      documentTitle = identity.name();
      in.report(at, documentElement, Optional.empty(), UnmappedContent.Kind.FLATTENED, "the document has no title"
          + " (no <docTitle>, <shortTitle> or <longTitle> in the <preface>, no <FRBRname>); its name "
          + identity.name() + " is used as the title");
    }
    List<LifecycleEvent> lifecycle = new ArrayList<>();
    for (PendingEvent event : events) {
      String source = event.source.startsWith("#") ? event.source.substring(1) : event.source;
      Optional<String> text = source.equals(Vocabulary.SOURCE) ? Optional.empty()
          : Optional.ofNullable(referenceShowAs.get(source)).or(() -> Optional.of(event.source));
      lifecycle.add(new LifecycleEvent(event.date, event.type, text.filter(s -> !s.isBlank())));
    }
    Provision body = provisions.body();
    RightsCatalogue catalogue = rights.decode(in.reports(), provisions.finishIds(rights.hasFacts(), rights));
    return new LegalDocument(identity, documentTitle, preamble, body, catalogue, ImmutableList.copyOf(lifecycle));
  }

  /**
   * The identity from what the identification said, read leniently: codes in other spellings are read as the model
   * spells them ({@link FrbrCodes}), a missing date is the other date, a missing name comes from the next source
   * that has one; each such reading is reported where the source said it.
   */
  private DocumentIdentity identity(DocumentType type) {
    SourceLocation at = identificationAt;
    if (workDate == null && versionDate == null) {
      in.report(at, "FRBRdate", Optional.empty(), UnmappedContent.Kind.IDENTIFIER, "<identification> gives neither"
          + " the work's nor the expression's date; read as " + UNKNOWN_DATE + ", the model's unknown date");
      workDate = UNKNOWN_DATE;
    }
    LocalDate work = workDate != null ? workDate : versionDate;
    LocalDate version = versionDate != null ? versionDate : work;
    if (work != UNKNOWN_DATE && (workDate == null || versionDate == null)) {
      in.report(at, "FRBRdate", Optional.empty(), UnmappedContent.Kind.IDENTIFIER, "the "
          + (workDate == null ? "work's" : "expression's") + " <FRBRdate> is missing; read as the "
          + (workDate == null ? "expression's" : "work's") + " date " + work);
    } else if (version.isBefore(work)) {
      in.report(at, "FRBRdate", Optional.empty(), UnmappedContent.Kind.IDENTIFIER, "the expression's date " + version
          + " is before the work's date " + work + "; read as the work's date");
      version = work;
    }
    String countryCode = code(country == null ? null : FrbrCodes.country(country), "FRBRcountry",
        FrbrCodes.UNKNOWN_COUNTRY);
    String languageCode = code(language == null ? null : FrbrCodes.language(language), "FRBRlanguage",
        FrbrCodes.UNKNOWN_LANGUAGE);
    String name = null;
    for (String candidate : java.util.Arrays.asList(workName, frbrNumber, frbrName, documentName, documentElement)) {
      Optional<FrbrCodes.Reading> reading = candidate == null ? Optional.empty() : FrbrCodes.name(candidate);
      if (reading.isPresent()) {
        name = reading.get().value();
        if (candidate != workName || reading.get().change().isPresent()) {
          in.report(at, "identification", Optional.empty(), UnmappedContent.Kind.IDENTIFIER, "the work's name is"
              + " read as " + name + (workName == null && frbrNumber == null && frbrName == null
                  ? " (neither an AKN FRBRuri, nor <FRBRnumber>, nor <FRBRname> gives one)" : ""));
        }
        break;
      }
    }
    return new DocumentIdentity(countryCode, type, work, name, languageCode, version);
  }

  private String code(FrbrCodes.@Nullable Reading reading, String element, String unknown) {
    if (reading == null) {
      in.report(identificationAt, element, Optional.empty(), UnmappedContent.Kind.IDENTIFIER,
          "<" + element + "> is missing; read as " + unknown);
      return unknown;
    }
    reading.change().ifPresent(change -> in.report(identificationAt, element, Optional.empty(),
        UnmappedContent.Kind.IDENTIFIER, "<" + element + "> " + change));
    return reading.value();
  }

  // ------------------------------------------------------------------------------------------------ meta

  private void readMeta() throws XMLStreamException {
    while (in.nextChild("meta")) {
      if (!in.isAkn()) {
        in.unmappedElement("metadata outside the AKN namespace not represented");
        continue;
      }
      switch (xml.getLocalName()) {
        case "identification":
          identificationAt = in.here();
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
        case "analysis":
          if (in.attribute("source").orElse("").equals("#" + Vocabulary.SOURCE)) {
            in.skip(); // an amending act's modifications as Lexkit wrote them; readAmendment reads them
          } else {
            in.unmappedElement("<analysis> metadata is not represented in the model");
          }
          break;
        default:
          in.unmappedElement("<" + xml.getLocalName() + "> metadata is not represented in the model");
      }
    }
  }

  private void readIdentification() throws XMLStreamException {
    while (in.nextChild("identification")) {
      String level = xml.getLocalName();
      if (!level.equals("FRBRWork") && !level.equals("FRBRExpression")) {
        if (!level.equals("FRBRManifestation")) {
          in.unmappedElement("<" + level + "> not represented");
        } else {
          in.skip(); // regenerated from the identity when writing
        }
        continue;
      }
      boolean work = level.equals("FRBRWork");
      while (in.nextChild(level)) {
        String name = xml.getLocalName();
        SourceLocation at = in.here();
        switch (name) {
          case "FRBRuri":
            String uri = in.attribute("value").orElse("");
            try {
              AknIri iri = AknIri.parse(uri);
              if (work) {
                workName = iri.number();
              }
            } catch (IllegalArgumentException notAkn) {
              in.report(at, name, Optional.empty(), UnmappedContent.Kind.IDENTIFIER,
                  "FRBRuri \"" + AknCursor.shorten(uri) + "\" is not an AKN IRI; Lexkit writes its own from the identity");
            }
            in.skip();
            break;
          case "FRBRdate":
            LocalDate date = date(in.attribute("date").orElse(""), at, name);
            if (work) {
              workDate = date;
            } else {
              versionDate = date;
            }
            in.skip();
            break;
          case "FRBRcountry":
            country = in.attribute("value").orElse(null);
            in.skip();
            break;
          case "FRBRlanguage":
            if (language == null) {
              language = in.attribute("language").orElse(null);
            } else {
              in.report(at, name, Optional.empty(), UnmappedContent.Kind.ELEMENT,
                  "only the first <FRBRlanguage> is represented");
            }
            in.skip();
            break;
          case "FRBRnumber":
            frbrNumber = in.attribute("value").orElse(null);
            in.skip();
            break;
          case "FRBRname":
            frbrName = in.attribute("value").orElse(null);
            if (fallbackTitle == null) {
              fallbackTitle = frbrName;
            }
            in.skip();
            break;
          case "FRBRsubtype":
            subtype = in.attribute("value");
            in.skip();
            break;
          case "FRBRthis":
          case "FRBRauthor":
            in.skip(); // regenerated from the identity
            break;
          default:
            in.unmappedElement("<" + name + "> not represented");
        }
      }
    }
  }

  /** The date an attribute gives, or null (reported) if it gives none. */
  private @Nullable LocalDate date(String text, SourceLocation at, String element) {
    try {
      if (text.matches("[0-9]{4}")) {
        in.report(at, element, Optional.empty(), UnmappedContent.Kind.FLATTENED,
            "year-only date " + text + " read as " + text + "-01-01");
        return LocalDate.of(Integer.parseInt(text), 1, 1);
      }
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeException e) {
      in.report(at, element, Optional.empty(), UnmappedContent.Kind.IDENTIFIER,
          "date '" + AknCursor.shorten(text) + "' is not a date (YYYY-MM-DD) and is left out");
      return null;
    }
  }

  private void readLifecycle() throws XMLStreamException {
    while (in.nextChild("lifecycle")) {
      if (!xml.getLocalName().equals("eventRef")) {
        in.unmappedElement("<" + xml.getLocalName() + "> not represented");
        continue;
      }
      SourceLocation at = in.here();
      LocalDate date = date(in.attribute("date").orElse(""), at, "eventRef");
      if (date == null) {
        in.skip(); // reported: an event without a date has no place in the life cycle
        continue;
      }
      String type = in.attribute("type").orElse("amendment");
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
      in.unmappedAttributes(Set.of("eId", "date", "source", "type", "wId", "GUID"));
      events.add(new PendingEvent(date, eventType, in.attribute("source").orElse("#" + Vocabulary.SOURCE), at));
      in.skip();
    }
  }

  private void readClassification() throws XMLStreamException {
    while (in.nextChild("classification")) {
      if (xml.getLocalName().equals("keyword")
          && in.attribute("dictionary").orElse("").equals("#" + Vocabulary.DICTIONARY)) {
        rights.keyword(in.here(), in.attribute("value").orElse(""), in.attribute("showAs").orElse(""),
            in.attribute("href"), in.attribute("refersTo").orElse(""));
        in.skip();
      } else {
        in.unmappedElement("classification not represented (only keywords of the #" + Vocabulary.DICTIONARY
            + " dictionary are)");
      }
    }
  }

  private void readReferences() throws XMLStreamException {
    while (in.nextChild("references")) {
      String element = xml.getLocalName();
      Optional<String> eid = in.attribute("eId");
      String href = in.attribute("href").orElse("");
      String showAs = in.attribute("showAs").orElse("");
      eid.ifPresent(e -> referenceShowAs.put(e, showAs));
      if (element.equals("TLCConcept") && href.startsWith(Vocabulary.CONCEPT_HREF) && eid.isPresent()) {
        rights.concept(in.here(), eid.get(), href.substring(Vocabulary.CONCEPT_HREF.length()), showAs);
        in.skip();
      } else if (element.equals("TLCOrganization") && eid.equals(Optional.of(Vocabulary.SOURCE))
          || element.equals("activeRef") && eid.equals(Optional.of(Vocabulary.AMENDING_ACT_REF))) {
        in.skip(); // what Lexkit writes about itself and about the amending act it wrote
      } else if (element.equals("passiveRef") && eid.map(e -> e.startsWith(Vocabulary.EVENT_SOURCE_PREFIX))
          .orElse(false)) {
        in.skip(); // a life-cycle event's source; read through referenceShowAs
      } else {
        in.unmappedElement("reference not represented");
      }
    }
  }

  // ------------------------------------------------------------------------------------------------ front matter

  private void readPreface(String preface) throws XMLStreamException {
    while (in.nextChild(preface)) {
      String element = xml.getLocalName();
      if (element.equals("longTitle")) {
        SourceLocation at = in.here();
        StringBuilder text = new StringBuilder();
        in.plainText(text);
        if (fallbackTitle == null || frbrName != null && fallbackTitle.equals(frbrName)) {
          fallbackTitle = text.toString().strip();
        }
        if (title == null) {
          in.report(at, element, Optional.empty(), UnmappedContent.Kind.FLATTENED,
              "long title kept only as the document's title when there is no <docTitle> or <shortTitle>");
        } else {
          in.report(at, element, Optional.empty(), UnmappedContent.Kind.ELEMENT,
              "long title not represented (the title is the <docTitle>)");
        }
      } else if (element.equals("p") || element.equals("container") || element.equals("block")) {
        readPrefaceBlock(element);
      } else {
        in.unmappedElement("<" + element + "> in the preface not represented");
      }
    }
  }

  /** A preface block: its {@code docTitle} or {@code shortTitle} is the title; anything else is reported. */
  private void readPrefaceBlock(String parent) throws XMLStreamException {
    while (true) {
      int event = in.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        return;
      }
      if (event == XMLStreamConstants.CHARACTERS && !xml.isWhiteSpace()) {
        in.report(in.here(), parent, Optional.empty(), UnmappedContent.Kind.ELEMENT,
            "preface text \"" + AknCursor.shorten(xml.getText().strip()) + "\" not represented");
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        String element = xml.getLocalName();
        if ((element.equals("docTitle") || element.equals("shortTitle")) && (title == null
            || element.equals("docTitle") && titleFromShortTitle)) {
          SourceLocation at = in.here();
          Optional<String> eid = in.attribute("eId");
          StringBuilder text = new StringBuilder();
          boolean flat = in.plainText(text);
          title = text.toString();
          titleFromShortTitle = element.equals("shortTitle");
          if (flat) {
            in.report(at, element, eid, UnmappedContent.Kind.FLATTENED,
                "markup in the title flattened to plain text");
          }
        } else if (element.equals("p") || element.equals("container") || element.equals("block")) {
          readPrefaceBlock(element);
        } else {
          in.unmappedElement("<" + element + "> in the preface not represented");
        }
      }
    }
  }

  private void readPreamble() throws XMLStreamException {
    List<Text> blocks = new ArrayList<>();
    readPreambleBlocks("preamble", blocks);
    if (blocks.isEmpty()) {
      in.report(in.here(), "preamble", Optional.empty(), UnmappedContent.Kind.ELEMENT,
          "a preamble without paragraphs is not represented");
    } else {
      preamble = Optional.of(new Preamble(ImmutableList.copyOf(blocks)));
    }
  }

  private void readPreambleBlocks(String parent, List<Text> blocks) throws XMLStreamException {
    while (in.nextChild(parent)) {
      String element = xml.getLocalName();
      if (provisions.block(blocks)) {
        continue;
      }
      if (element.equals("formula") || element.equals("recitals") || element.equals("recital")
          || element.equals("citations") || element.equals("citation") || element.equals("container")) {
        in.report(in.here(), element, in.attribute("eId"), UnmappedContent.Kind.FLATTENED,
            "container flattened: its paragraphs are kept as preamble blocks");
        readPreambleBlocks(element, blocks);
      } else {
        in.unmappedElement("<" + element + "> in the preamble not represented");
      }
    }
  }
}
