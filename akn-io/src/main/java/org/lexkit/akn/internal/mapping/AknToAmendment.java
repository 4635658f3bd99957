package org.lexkit.akn.internal.mapping;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.lexkit.akn.AknIri;
import org.lexkit.akn.AknMappingException;
import org.lexkit.akn.AknWriteException;
import org.lexkit.akn.AmendingAct;
import org.lexkit.akn.Eid;
import org.lexkit.akn.MappingResult;
import org.lexkit.akn.SourceLocation;
import org.lexkit.akn.UnmappedContent;
import org.lexkit.akn.ValidationMode;
import org.lexkit.akn.internal.amending.ModBody;
import org.lexkit.akn.internal.amending.OriginalOffsets;
import org.lexkit.akn.internal.amending.RealModifications;
import org.lexkit.akn.internal.amending.Refusal;
import org.lexkit.akn.internal.amending.TargetIndex;
import org.lexkit.core.amendment.AddRestrictionGround;
import org.lexkit.core.amendment.AddRight;
import org.lexkit.core.amendment.Amendment;
import org.lexkit.core.amendment.AmendmentId;
import org.lexkit.core.amendment.AmendmentOperation;
import org.lexkit.core.amendment.AmendmentStatus;
import org.lexkit.core.amendment.ChangeWords;
import org.lexkit.core.amendment.InsertProvision;
import org.lexkit.core.amendment.InsertionPoint;
import org.lexkit.core.amendment.RemoveRestrictionGround;
import org.lexkit.core.amendment.RemoveRight;
import org.lexkit.core.amendment.RenumberProvision;
import org.lexkit.core.amendment.RepealProvision;
import org.lexkit.core.amendment.SubstituteProvision;
import org.lexkit.core.amendment.SubstituteText;
import org.lexkit.core.amendment.Words;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.Num;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.Text;
import org.lexkit.core.rights.CanonicalGround;
import org.lexkit.core.rights.Holder;
import org.lexkit.core.rights.RestrictionGround;
import org.lexkit.core.rights.Right;
import org.lexkit.core.rights.RightId;

/**
 * Reads an Akoma Ntoso amending act into an {@link Amendment}, in one streaming pass: the active modifications and
 * keywords from the metadata, the quoted text and structures from the body's {@code <mod>}s. The encoding is the one
 * {@link AmendmentToAkn} writes; amending acts from other sources are read as far as they are expressible: each
 * modification the model cannot express (a destination that is no AKN IRI of a provision, a split or join, a
 * modification of force or efficacy, quoted content that is no provision) is reported as {@link UnmappedContent} and
 * left out, and the read fails only when no modification is left.
 *
 * <p>One instance per read; not thread-safe.
 */
public final class AknToAmendment {
  private record Keyword(SourceLocation at, String dictionary, String value, String showAs, Optional<String> href,
      List<String> refersTo) {}

  private record Modification(SourceLocation at, String element, String type, Optional<String> eid,
      List<String> sources, List<String> destinations, Optional<String> pos, Optional<String> upTo,
      List<Optional<String>> positions, List<Optional<String>> upTos, List<String> olds, List<String> news) {}

  /** What a quoted structure held: blocks of text, or provisions. */
  private record Quoted(List<Text> blocks, List<Provision> provisions) {
    /** The provision, when the structure holds exactly one (as Lexkit writes it). */
    Optional<Provision> provision() {
      return provisions.size() == 1 ? Optional.of(provisions.get(0)) : Optional.empty();
    }
  }

  /** A body {@code <mod>} being read: its prose with markers for the quoted parts, and what it refers to. */
  private static final class OpenMod {
    final String eid;
    final int level;
    final Optional<String> forRef;
    final StringBuilder prose = new StringBuilder();
    final List<String> quotedTextIds = new ArrayList<>();
    final List<String> quotedTexts = new ArrayList<>();
    final List<ImmutableList<Provision>> structures = new ArrayList<>();
    final List<String> refs = new ArrayList<>();
    final ImmutableList<String> intros;

    OpenMod(String eid, int level, Optional<String> forRef, ImmutableList<String> intros) {
      this.eid = eid;
      this.level = level;
      this.forRef = forRef;
      this.intros = intros;
    }
  }

  private final AknCursor in;
  private final XMLStreamReader xml;
  private final ProvisionReader provisions;

  private @Nullable String workNumber;
  private @Nullable String frbrNumber;
  private @Nullable String title;
  private Optional<LocalDate> proposed = Optional.empty();
  private Optional<LocalDate> adopted = Optional.empty();
  private Optional<LocalDate> inForce = Optional.empty();
  private final List<Keyword> keywords = new ArrayList<>();
  private final List<Modification> modifications = new ArrayList<>();
  private final Map<String, String> groundCodes = new HashMap<>();
  private final Map<String, String> quotedTexts = new HashMap<>();
  private final Map<String, Quoted> quotedStructures = new HashMap<>();
  private final Map<String, SourceLocation> mods = new HashMap<>();
  private final Map<String, ModBody> bodies = new HashMap<>();
  private final Map<String, String> refs = new HashMap<>();
  private final TargetIndex index;
  private SourceLocation root;

  private AknToAmendment(AknCursor in, TargetIndex index) {
    this.index = index;
    this.in = in;
    this.xml = in.xml();
    this.provisions = new ProvisionReader(in);
    this.root = SourceLocation.unknownPosition(in.systemId());
  }

  /**
   * Reads an amending act from bytes through the hardened StAX reader, validating in the same pass unless
   * {@code mode} is {@link ValidationMode#NONE}.
   *
   * @param in the bytes; read to the end, not closed
   * @param systemId the source name used in locations
   * @param mode how strictly to validate
   * @param problemLimit errors collected before the read stops
   * @param migrateNamespaces whether a root in an OASIS draft or LegalDocML.de namespace is read as AKN 3.0
   * @param characterLimit the most characters the document may have (the reader's limit)
   * @param nodeLimit the most elements plus attributes the document may have (the reader's limit)
   * @return the amending act, what was not mapped, and the validation warnings
   * @throws IOException if the stream fails
   * @throws org.lexkit.akn.AknReadException if the input is malformed, invalid, or has no expressible modification
   */
  public static MappingResult<AmendingAct> readStream(InputStream in, String systemId, ValidationMode mode,
      int problemLimit, boolean migrateNamespaces, long characterLimit, long nodeLimit) throws IOException {
    return readStream(in, systemId, mode, problemLimit, migrateNamespaces, characterLimit, nodeLimit,
        Optional.empty());
  }

  /**
   * Reads an amending act against the document it amends, which resolves destinations the act alone cannot: the
   * positional eIds of LegalDocML.de, ELI destinations, sentences; see {@link #readStream(InputStream, String,
   * ValidationMode, int, boolean, long, long)} for the rest.
   *
   * @param in the bytes; read to the end, not closed
   * @param systemId the source name used in locations
   * @param mode how strictly to validate
   * @param problemLimit errors collected before the read stops
   * @param migrateNamespaces whether other AKN namespaces are read as AKN 3.0
   * @param characterLimit the most characters the document may have
   * @param nodeLimit the most elements plus attributes the document may have
   * @param target the document the act amends, if known
   * @return the amending act, what was not mapped, and the validation warnings
   * @throws IOException if the stream fails
   * @throws org.lexkit.akn.AknReadException if the input is malformed, invalid, or has no expressible modification
   */
  public static MappingResult<AmendingAct> readStream(InputStream in, String systemId, ValidationMode mode,
      int problemLimit, boolean migrateNamespaces, long characterLimit, long nodeLimit,
      Optional<LegalDocument> target) throws IOException {
    TargetIndex index = new TargetIndex(target, target.map(t -> ModelToAkn.expressionIri(t.identity())));
    return AknCursor.read(in, systemId, mode, problemLimit, migrateNamespaces, characterLimit, nodeLimit,
        cursor -> new AknToAmendment(cursor, index).read());
  }

  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    for (String token : text.trim().split("\\s+")) {
      if (!token.isEmpty()) {
        tokens.add(token.startsWith("#") ? token.substring(1) : token);
      }
    }
    return tokens;
  }

  // ------------------------------------------------------------------------------------------------ document

  private AmendingAct read() throws XMLStreamException {
    in.toRoot();
    if (xml.getEventType() != XMLStreamConstants.START_ELEMENT || !xml.getLocalName().equals("akomaNtoso")
        || !Vocabulary.AKN.equals(xml.getNamespaceURI())) {
      throw new AknMappingException(in.here(), "expected <akomaNtoso> in the Akoma Ntoso 3.0 namespace (other"
          + " namespaces are read with namespace migration on)", null);
    }
    if (!in.nextChild("akomaNtoso")) {
      throw new AknMappingException(in.here(), "<akomaNtoso> contains no document", null);
    }
    root = in.here();
    String document = xml.getLocalName();
    while (in.nextChild(document)) {
      switch (xml.getLocalName()) {
        case "meta":
          readMeta();
          break;
        case "preface":
          readPreface();
          break;
        default:
          walk(); // body, mainBody, amendmentBody, ...: find the mods wherever they are
      }
    }
    in.toEnd(); // the rest of <akomaNtoso>: components are not read
    return assemble();
  }

  private void readMeta() throws XMLStreamException {
    while (in.nextChild("meta")) {
      switch (xml.getLocalName()) {
        case "identification":
          readIdentification();
          break;
        case "classification":
          while (in.nextChild("classification")) {
            if (xml.getLocalName().equals("keyword")) {
              keywords.add(new Keyword(in.here(), in.attribute("dictionary").orElse("").replaceFirst("^#", ""),
                  in.attribute("value").orElse(""), in.attribute("showAs").orElse(""), in.attribute("href"),
                  tokens(in.attribute("refersTo").orElse(""))));
            }
            in.skip();
          }
          break;
        case "lifecycle":
          while (in.nextChild("lifecycle")) {
            List<String> refersTo = tokens(in.attribute("refersTo").orElse(""));
            SourceLocation at = in.here();
            String date = in.attribute("date").orElse("");
            if (refersTo.contains("proposal")) {
              proposed = Optional.of(date(date, at));
            } else if (refersTo.contains("adoption")) {
              adopted = Optional.of(date(date, at));
            } else if (refersTo.contains("entryIntoForce")) {
              inForce = Optional.of(date(date, at));
            } else {
              in.report(at, "eventRef", in.attribute("eId"), UnmappedContent.Kind.ELEMENT,
                  "life-cycle event of the amending act not represented");
            }
            in.skip();
          }
          break;
        case "analysis":
          while (in.nextChild("analysis")) {
            if (xml.getLocalName().equals("activeModifications")) {
              while (in.nextChild("activeModifications")) {
                readModification();
              }
            } else {
              in.report(in.here(), xml.getLocalName(), in.attribute("eId"),
                  UnmappedContent.Kind.ELEMENT, "analysis not represented");
              in.skip();
            }
          }
          break;
        case "references":
          while (in.nextChild("references")) {
            String href = in.attribute("href").orElse("");
            if (xml.getLocalName().equals("TLCConcept") && href.startsWith(Vocabulary.CONCEPT_HREF + "ground.")) {
              groundCodes.put(in.attribute("eId").orElse(""),
                  href.substring((Vocabulary.CONCEPT_HREF + "ground.").length()));
            }
            in.skip();
          }
          break;
        default:
          in.skip();
      }
    }
  }

  private void readIdentification() throws XMLStreamException {
    while (in.nextChild("identification")) {
      String level = xml.getLocalName();
      boolean work = level.equals("FRBRWork");
      while (in.nextChild(level)) {
        if (work && xml.getLocalName().equals("FRBRuri")) {
          try {
            workNumber = AknIri.parse(in.attribute("value").orElse("")).number();
          } catch (IllegalArgumentException notAkn) {
            // the FRBRnumber below names it, or the read fails with a clear message
          }
        } else if (work && xml.getLocalName().equals("FRBRnumber")) {
          frbrNumber = in.attribute("value").orElse(null);
        } else if (work && xml.getLocalName().equals("FRBRname") && frbrNumber == null) {
          title = title == null ? in.attribute("value").orElse(null) : title;
        }
        in.skip();
      }
    }
  }

  private LocalDate date(String text, SourceLocation at) {
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeException e) {
      throw new AknMappingException(at, "date '" + text + "' is not a date (YYYY-MM-DD)", e);
    }
  }

  private void readModification() throws XMLStreamException {
    SourceLocation at = in.here();
    String element = xml.getLocalName();
    String type = in.attribute("type").orElse("");
    Optional<String> eid = in.attribute("eId");
    List<String> sources = new ArrayList<>();
    List<String> destinations = new ArrayList<>();
    Optional<String> pos = Optional.empty();
    Optional<String> upTo = Optional.empty();
    List<Optional<String>> positions = new ArrayList<>();
    List<Optional<String>> upTos = new ArrayList<>();
    List<String> olds = new ArrayList<>();
    List<String> news = new ArrayList<>();
    while (in.nextChild(element)) {
      String child = xml.getLocalName();
      Optional<String> href = in.attribute("href");
      switch (child) {
        case "source":
          href.ifPresent(sources::add);
          break;
        case "destination":
          if (href.isPresent()) {
            destinations.add(href.get());
            positions.add(in.attribute("pos"));
            upTos.add(in.attribute("upTo"));
          }
          pos = in.attribute("pos");
          upTo = in.attribute("upTo");
          break;
        case "old":
          href.ifPresent(olds::add);
          break;
        case "new":
          href.ifPresent(news::add);
          break;
        default:
          break;
      }
      in.skip();
    }
    modifications.add(new Modification(at, element, type, eid, sources, destinations, pos, upTo, positions, upTos,
        olds, news));
  }

  private void readPreface() throws XMLStreamException {
    while (true) {
      int event = in.next();
      if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("preface")) {
        return;
      }
      if (event == XMLStreamConstants.START_ELEMENT && (xml.getLocalName().equals("docTitle")
          || xml.getLocalName().equals("shortTitle") && title == null)) {
        title = in.plainText();
      }
    }
  }

  /**
   * Walks a subtree, reading every {@code <mod>} with its quoted text and structures, its prose and references, and
   * the introductions of the lists around it.
   */
  private void walk() throws XMLStreamException {
    int level = 1;
    java.util.ArrayDeque<OpenMod> open = new java.util.ArrayDeque<>();
    java.util.ArrayDeque<String[]> lists = new java.util.ArrayDeque<>(); // per open blockList: its introduction
    while (level > 0) {
      int event = in.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        if (!open.isEmpty() && open.peek().level == level) {
          finish(open.pop());
        } else if (xml.getLocalName().equals("blockList") && !lists.isEmpty()) {
          lists.pop();
        }
        level--;
      } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE) && !open.isEmpty()) {
        open.peek().prose.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        String element = xml.getLocalName();
        Optional<String> eid = in.attribute("eId");
        OpenMod mod = open.peek();
        if (element.equals("mod")) {
          level++;
          ImmutableList.Builder<String> intros = ImmutableList.builder();
          lists.forEach(intro -> {
            if (intro[0] != null) {
              intros.add(intro[0]);
            }
          });
          open.push(new OpenMod(eid.orElse(""), level, in.attribute("for").map(f -> f.replaceFirst("^#", "")),
              intros.build()));
          eid.ifPresent(e -> mods.put(e, in.here()));
        } else if (element.equals("quotedText")) {
          String text = in.plainText();
          eid.ifPresent(e -> quotedTexts.put(e, text));
          if (mod != null) {
            mod.prose.append("\u27e6q").append(mod.quotedTexts.size()).append('\u27e7');
            mod.quotedTextIds.add(eid.orElse(""));
            mod.quotedTexts.add(text);
          }
        } else if (element.equals("quotedStructure")) {
          Quoted quoted = quoted(eid.orElse(mod == null ? "qstr" : mod.eid + "__qstr"));
          eid.ifPresent(e -> quotedStructures.put(e, quoted));
          if (mod != null) {
            mod.prose.append("\u27e6s").append(mod.structures.size()).append('\u27e7');
            mod.structures.add(ImmutableList.copyOf(quoted.provisions));
          }
        } else if (element.equals("listIntroduction") && !lists.isEmpty()) {
          lists.peek()[0] = in.plainText();
        } else {
          if (element.equals("blockList")) {
            lists.push(new String[1]);
          } else if (element.equals("ref") || element.equals("rref")) {
            Optional<String> href = in.attribute("href").or(() -> in.attribute("from"));
            if (href.isPresent()) {
              eid.ifPresent(e -> refs.put(e, href.get()));
              if (mod != null) {
                mod.refs.add(href.get());
              }
            }
          }
          level++;
        }
      }
    }
  }

  private void finish(OpenMod mod) {
    List<String> refersTo = new ArrayList<>(mod.refs);
    mod.forRef.map(refs::get).ifPresent(refersTo::add);
    if (!mod.eid.isEmpty()) {
      bodies.put(mod.eid, new ModBody(mod.prose.toString(), ImmutableList.copyOf(mod.quotedTextIds),
          ImmutableList.copyOf(mod.quotedTexts), ImmutableList.copyOf(mod.structures),
          ImmutableList.copyOf(refersTo), mod.intros));
    }
  }

  private Quoted quoted(String eid) throws XMLStreamException {
    SourceLocation at = in.here();
    List<Text> blocks = new ArrayList<>();
    List<Provision> quoted = new ArrayList<>();
    while (in.nextChild("quotedStructure")) {
      if (xml.getLocalName().equals("p")) {
        blocks.add(provisions.paragraph());
      } else if (org.lexkit.core.provision.ProvisionKind.fromElement(xml.getLocalName()).isPresent()) {
        provisions.quotedProvision().ifPresent(quoted::add);
      } else {
        in.report(in.here(), xml.getLocalName(), in.attribute("eId"), UnmappedContent.Kind.ELEMENT,
            "quoted content not represented");
        in.skip();
      }
    }
    for (Provision provision : quoted) {
      checkWritable(eid, blocks, Optional.of(provision), at);
    }
    if (quoted.isEmpty()) {
      checkWritable(eid, blocks, Optional.empty(), at);
    }
    return new Quoted(blocks, quoted);
  }

  /**
   * Writes the quoted content as {@link AmendmentToAkn} will (to nowhere, under the same eId) and refuses it here,
   * located, if the writer would: the model derives the eIds of quoted provisions, and an inline mark keeps the eId
   * it was read with, so a valid act can hold a {@code <ref>} whose eId is the one derived for a provision that has
   * none of its own (docs/RELIABILITY.md, finding 26); read without validation, a mark can lack an attribute the
   * schema requires (finding 27).
   */
  private static void checkWritable(String eid, List<Text> blocks, Optional<Provision> provision,
      SourceLocation at) {
    XmlOut xml = new XmlOut(java.io.Writer.nullWriter(), 0);
    try {
      xml.start("quotedStructure").attribute("eId", eid);
      ProvisionWriter writer = new ProvisionWriter(xml, Map.of(), eid + "__");
      if (provision.isPresent()) { // written instead of the blocks, as AmendmentToAkn does
        writer.writeChildren(Provision.body(List.of(provision.get())), Optional.empty());
      } else {
        blocks.forEach(writer::paragraph);
      }
      xml.end();
    } catch (AknWriteException e) {
      throw new AknMappingException(at, "quoted structure " + eid + " cannot be written back as read: "
          + e.getMessage(), e);
    }
  }

  // ------------------------------------------------------------------------------------------------ assembly

  private AmendingAct assemble() {
    String id = workNumber != null ? workNumber : frbrNumber;
    if (id == null) {
      throw new AknMappingException(root, "cannot tell the amendment's id: neither an AKN FRBRuri nor an"
          + " <FRBRnumber> names the amending act", null);
    }
    List<AmendmentOperation> operations = new ArrayList<>();
    List<SourceLocation> locations = new ArrayList<>();
    Optional<AknIri> target = Optional.empty();
    int skipped = 0;
    for (Modification modification : modifications) {
      try {
        Located<List<AmendmentOperation>> operation = operation(modification);
        if (target.isPresent() && !target.get().equals(operation.target)) {
          throw new Inexpressible("it amends " + operation.target + ", not " + target.get()
              + " like the modifications before it");
        }
        target = Optional.of(operation.target);
        operations.addAll(operation.value);
        for (int i = 0; i < operation.value.size(); i++) {
          locations.add(modification.at);
        }
      } catch (Inexpressible e) {
        skipped++;
        in.report(modification.at, modification.element, modification.eid,
            UnmappedContent.Kind.ELEMENT, "<" + modification.element + " type=\"" + modification.type
                + "\"> not expressible as a Lexkit operation: " + e.getMessage());
      }
    }
    if (operations.isEmpty()) {
      if (modifications.isEmpty()) {
        throw new AknMappingException(root, "the act has no active modifications", null);
      }
      StringBuilder reasons = new StringBuilder();
      for (UnmappedContent u : in.reports()) {
        if (u.kind() == UnmappedContent.Kind.ELEMENT && u.detail().contains("not expressible")) {
          reasons.append("\n  ").append(u.describe());
        }
      }
      throw new AknMappingException(root, "none of its " + skipped + " active modifications is expressible as a"
          + " Lexkit operation:" + reasons, null);
    }
    if (index.target().isPresent()) {
      operations = OriginalOffsets.follow(index.target().get(), operations);
    }
    AmendmentStatus status = keyword(Optional.of("#" + Vocabulary.SOURCE), AmendmentToAkn.STATUS)
        .map(AknToAmendment::status)
        .orElseGet(() -> inForce.isPresent() ? AmendmentStatus.IN_FORCE
            : adopted.isPresent() ? AmendmentStatus.ADOPTED : AmendmentStatus.PROPOSED);
    try {
      Amendment amendment = new Amendment(AmendmentId.parse(id), title == null || title.isBlank() ? id : title,
          proposed, adopted, inForce, status, ImmutableList.copyOf(operations));
      return new AmendingAct(amendment, target.orElseThrow(), ImmutableList.copyOf(locations));
    } catch (IllegalArgumentException e) {
      throw new AknMappingException(root, "the amendment cannot be represented: " + e.getMessage(), e);
    }
  }

  /** The status a Lexkit status keyword names; a located refusal for any other name (it is text in the input). */
  private static AmendmentStatus status(Keyword keyword) {
    for (AmendmentStatus status : AmendmentStatus.values()) {
      if (status.name().equals(keyword.showAs)) {
        return status;
      }
    }
    throw new AknMappingException(keyword.at, "the status keyword's showAs=\"" + keyword.showAs + "\" is no "
        + "amendment status (expected one of " + java.util.Arrays.toString(AmendmentStatus.values()) + ")", null);
  }

  private Optional<Keyword> keyword(Optional<String> owner, String value) {
    String ownerId = owner.map(o -> o.replaceFirst("^#", "")).orElse("");
    return keywords.stream().filter(k -> k.value.equals(value) && !k.refersTo.isEmpty()
        && k.refersTo.get(0).equals(ownerId)).findFirst();
  }

  private List<Keyword> keywordsOf(String mod) {
    List<Keyword> of = new ArrayList<>();
    for (Keyword k : keywords) {
      if (!k.refersTo.isEmpty() && k.refersTo.get(0).equals(mod)) {
        of.add(k);
      }
    }
    return of;
  }

  private static final class Inexpressible extends Exception {
    private static final long serialVersionUID = 1L;

    Inexpressible(String message) {
      super(message, null, false, false);
    }
  }

  private record Located<T>(T value, AknIri target) {}

  private record Destination(AknIri expression, Optional<ProvisionId> provision) {}

  private Destination destination(String href) throws Inexpressible {
    AknIri iri;
    try {
      iri = AknIri.parse(href);
    } catch (IllegalArgumentException e) {
      throw new Inexpressible("destination '" + href + "' is not an AKN IRI");
    }
    if (iri.expression().isEmpty()) {
      throw new Inexpressible("destination '" + href + "' names a work, not the expression it amends");
    }
    if (iri.component().isPresent() || iri.portion().map(p -> p.last().isPresent()).orElse(false)) {
      throw new Inexpressible("destination '" + href + "' names a component or a range of provisions");
    }
    Optional<ProvisionId> provision = Optional.empty();
    if (iri.portion().isPresent()) {
      Eid eid = iri.portion().get().first();
      provision = eid.toProvisionId();
      if (provision.isEmpty()) {
        throw new Inexpressible("destination '" + href + "' names " + eid + ", which is no provision");
      }
    }
    return new Destination(iri.toExpression(), provision);
  }

  private Located<List<AmendmentOperation>> operation(Modification m) throws Inexpressible {
    if (m.sources.size() != 1 || !m.sources.get(0).startsWith("#")) {
      throw new Inexpressible("expected one source naming a <mod> of this act, found " + m.sources);
    }
    String mod = m.sources.get(0).substring(1);
    if (!mods.containsKey(mod)) {
      throw new Inexpressible("its source #" + mod + " is no <mod> of this act");
    }
    List<Keyword> facts = keywordsOf(mod);
    Optional<String> lexkit = facts.stream().filter(k -> k.value.equals(AmendmentToAkn.OPERATION))
        .map(k -> k.showAs).findFirst();
    if (lexkit.isEmpty()) {
      return real(m, mod);
    }
    if (m.destinations.size() != 1) {
      throw new Inexpressible("expected one destination, found " + m.destinations.size() + ": "
          + m.destinations);
    }
    Destination destination = destination(m.destinations.get(0));
    String kind = lexkit.get();
    AmendmentOperation operation;
    try {
      operation = build(kind, m, destination, facts);
    } catch (IllegalArgumentException e) {
      throw new Inexpressible(e.getMessage());
    }
    return new Located<>(List.of(operation), destination.expression);
  }

  /** A modification of a real act, not written by Lexkit: read from its metadata, body mod and the target. */
  private Located<List<AmendmentOperation>> real(Modification m, String mod) throws Inexpressible {
    ModBody body = bodies.get(mod);
    if (body == null) {
      throw new Inexpressible("its source #" + mod + " is no <mod> with text in this act's body");
    }
    List<RealModifications.Target> targets = new ArrayList<>();
    for (int i = 0; i < m.destinations.size(); i++) {
      targets.add(new RealModifications.Target(m.destinations.get(i), m.positions.get(i), m.upTos.get(i)));
    }
    try {
      RealModifications.Read read = RealModifications.read(
          new RealModifications.Facts(m.element, m.type, targets, m.olds, m.news), body, index);
      for (String note : read.notes()) {
        in.report(m.at, m.element, m.eid, UnmappedContent.Kind.ATTRIBUTE, note);
      }
      return new Located<>(read.operations(), read.target());
    } catch (Refusal e) {
      throw new Inexpressible(e.getMessage());
    }
  }

  private ProvisionId target(Destination destination) throws Inexpressible {
    return destination.provision.orElseThrow(() -> new Inexpressible("its destination names no provision"));
  }

  private String quotedText(List<String> hrefs, String what) throws Inexpressible {
    for (String href : hrefs) {
      String text = quotedTexts.get(href.replaceFirst("^#", ""));
      if (text != null) {
        return text;
      }
    }
    throw new Inexpressible("no <quotedText> gives the " + what + " (" + hrefs + ")");
  }

  private Quoted quotedStructure(List<String> hrefs) throws Inexpressible {
    for (String href : hrefs) {
      Quoted quoted = quotedStructures.get(href.replaceFirst("^#", ""));
      if (quoted != null) {
        return quoted;
      }
    }
    throw new Inexpressible("no <quotedStructure> gives the new content (" + hrefs + ")");
  }

  private AmendmentOperation build(String kind, Modification m, Destination destination, List<Keyword> facts)
      throws Inexpressible {
    switch (kind) {
      case "substituteText":
        return new SubstituteText(target(destination), quotedText(m.olds, "old text"),
            m.news.isEmpty() ? ImmutableList.of() : ImmutableList.copyOf(quotedStructure(m.news).blocks));
      case "changeWords": {
        ChangeWords.Edit edit = fact(facts, ChangeWordsCodec.EDIT).flatMap(ChangeWordsCodec::edit)
            .orElseThrow(() -> new Inexpressible("no '" + ChangeWordsCodec.EDIT + "' keyword names the edit"));
        boolean anchored = edit != ChangeWords.Edit.INSERT_AT_START && edit != ChangeWords.Edit.INSERT_AT_END;
        Optional<String> old = m.olds.isEmpty() ? Optional.empty() : Optional.of(quotedText(m.olds, "words"));
        Optional<Words> at = anchored ? Optional.of(ChangeWordsCodec.words(old,
            fact(facts, ChangeWordsCodec.OCCURRENCE), fact(facts, ChangeWordsCodec.RANGE))) : Optional.empty();
        return new ChangeWords(target(destination), edit, at,
            edit == ChangeWords.Edit.OMIT ? "" : quotedText(m.news, "new words"));
      }
      case "substituteProvision":
        return new SubstituteProvision(target(destination),
            m.olds.isEmpty() ? Optional.empty() : Optional.of(quotedText(m.olds, "old text")),
            quotedStructure(m.news).provision().orElseThrow(() -> new Inexpressible("the new content is no provision")));
      case "insertProvision": {
        Provision provision = quotedStructure(m.news).provision()
            .orElseThrow(() -> new Inexpressible("the inserted content is no provision"));
        String pos = m.pos.orElse("end");
        InsertionPoint at;
        if (pos.equals("before")) {
          at = InsertionPoint.before(target(destination));
        } else if (pos.equals("after")) {
          at = InsertionPoint.after(target(destination));
        } else if (pos.equals("end") || pos.equals("inside")) {
          at = destination.provision.map(InsertionPoint::atEndOf).orElseGet(InsertionPoint::atEndOfBody);
        } else {
          throw new Inexpressible("insertion position '" + pos + "' is not before, after or end");
        }
        return new InsertProvision(at, provision, fact(facts, AmendmentToAkn.RENUMBER_FOLLOWING).isPresent());
      }
      case "repealProvision": {
        Optional<Keyword> mode = facts.stream().filter(k -> k.value.equals(AmendmentToAkn.REPEAL_MODE)).findFirst();
        if (mode.isEmpty()) {
          in.report(m.at, m.element, m.eid, UnmappedContent.Kind.ATTRIBUTE,
              "the act does not say whether the repealed provision leaves a placeholder; read as removed");
        }
        Optional<ProvisionId> last = Optional.empty();
        if (m.upTo.isPresent()) {
          last = Optional.of(target(destination(m.upTo.get())));
        }
        return new RepealProvision(target(destination), mode.map(k -> k.showAs.equals("placeholder"))
            .orElse(false) ? RepealProvision.Mode.PLACEHOLDER : RepealProvision.Mode.REMOVE, last);
      }
      case "renumberProvision":
        return new RenumberProvision(target(destination), Num.of(quotedText(m.news, "new number")));
      case "addRestrictionGround":
        return new AddRestrictionGround(right(facts), ground(facts));
      case "removeRestrictionGround":
        return new RemoveRestrictionGround(right(facts), ground(facts));
      case "removeRight":
        return new RemoveRight(right(facts));
      case "addRight":
        return new AddRight(newRight(facts));
      default:
        throw new Inexpressible(kind.contains(":") ? kind + " has no Lexkit operation"
            : "unknown operation '" + kind + "'");
    }
  }

  private static Optional<String> fact(List<Keyword> facts, String value) {
    return facts.stream().filter(k -> k.value.equals(value)).map(k -> k.showAs).findFirst();
  }

  private RightId right(List<Keyword> facts) throws Inexpressible {
    for (Keyword k : facts) {
      if (k.value.equals(AmendmentToAkn.RIGHT)) {
        return RightId.parse(k.showAs);
      }
    }
    throw new Inexpressible("no 'right' keyword names the right");
  }

  private RestrictionGround ground(Keyword k) throws Inexpressible {
    Optional<CanonicalGround> canonical = Optional.empty();
    if (k.refersTo.size() > 1) {
      String code = groundCodes.get(k.refersTo.get(1));
      if (code == null) {
        throw new Inexpressible("ground refers to #" + k.refersTo.get(1) + ", which is no canonical ground concept");
      }
      canonical = Optional.of(CanonicalGround.parse(code));
    }
    return new RestrictionGround(k.showAs, provisionOf(k), canonical);
  }

  private RestrictionGround ground(List<Keyword> facts) throws Inexpressible {
    for (Keyword k : facts) {
      if (k.value.equals(Vocabulary.GROUND)) {
        return ground(k);
      }
    }
    throw new Inexpressible("no 'ground' keyword gives the ground");
  }

  private ProvisionId provisionOf(Keyword k) throws Inexpressible {
    String href = k.href.orElseThrow(() -> new Inexpressible("keyword '" + k.value + "' names no provision"));
    return target(destination(href));
  }

  private Right newRight(List<Keyword> facts) throws Inexpressible {
    RightId id = right(facts);
    String name = null;
    Holder holder = null;
    Optional<String> topic = Optional.empty();
    boolean absolute = false;
    List<ProvisionId> statedIn = new ArrayList<>();
    List<RestrictionGround> grounds = new ArrayList<>();
    for (Keyword k : facts) {
      switch (k.value) {
        case AmendmentToAkn.NAME:
          name = k.showAs;
          break;
        case Vocabulary.HOLDER_EVERYONE:
          holder = Holder.EVERYONE;
          break;
        case Vocabulary.HOLDER_CITIZENS:
          holder = Holder.CITIZENS;
          break;
        case Vocabulary.HOLDER_GROUP:
          holder = Holder.group(k.showAs);
          break;
        case Vocabulary.TOPIC:
          topic = Optional.of(k.showAs);
          break;
        case Vocabulary.ABSOLUTE:
          absolute = true;
          break;
        case Vocabulary.STATED_IN:
          statedIn.add(provisionOf(k));
          break;
        case Vocabulary.GROUND:
          grounds.add(ground(k));
          break;
        default:
          break;
      }
    }
    if (name == null || holder == null) {
      throw new Inexpressible("the added right " + id + " lacks a 'name' or 'holder:*' keyword");
    }
    return new Right(id, name, topic, holder, ImmutableList.copyOf(statedIn), absolute,
        ImmutableList.copyOf(grounds));
  }
}
