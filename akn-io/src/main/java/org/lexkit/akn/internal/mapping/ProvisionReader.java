package org.lexkit.akn.internal.mapping;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.lexkit.akn.AknMappingException;
import org.lexkit.akn.SourceLocation;
import org.lexkit.akn.UnmappedContent;
import org.lexkit.core.provision.Note;
import org.lexkit.core.provision.Num;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.ProvisionKind;
import org.lexkit.core.provision.ProvisionStatus;
import org.lexkit.core.provision.Text;

/**
 * Reads provisions, their numbers, headings, blocks, inline marks and notes from the cursor: the mirror of
 * {@link ProvisionWriter}, used for a document's body ({@link AknToModel}) and for the quoted structures of an
 * amending act ({@link AknToAmendment}). It keeps the site of every provision it reads, in document order, so the ids
 * are derived and checked against the source's eIds in one pass at the end ({@link #finishIds}).
 *
 * <p>One instance per read; not thread-safe.
 */
final class ProvisionReader {
  private final AknCursor in;
  private final XMLStreamReader xml;

  private final List<Provision> top = new ArrayList<>();
  private final Level topLevel = new Level(null);

  private final InlineReader inlines;

  ProvisionReader(AknCursor in) {
    this.in = in;
    this.xml = in.xml();
    this.inlines = new InlineReader(in);
  }

  /** Reads the {@code <p>} whose start tag the cursor is on as a text block. */
  Text paragraph() throws XMLStreamException {
    return inlines.paragraph();
  }

  /**
   * Reads the children of the body-like element whose start tag the cursor is on ({@code <body>}, {@code <mainBody>},
   * {@code <debateBody>}, {@code <judgmentBody>}, {@code <collectionBody>}, ...) into the document's provision tree.
   */
  void readBody(String element) throws XMLStreamException {
    List<Text> loose = new ArrayList<>();
    while (in.nextChild(element)) {
      if (!looseBlock(loose)) {
        flush(loose, top, topLevel);
        readHierarchyChild(element, top, topLevel);
      }
    }
    flush(loose, top, topLevel);
  }

  /**
   * Reads the element whose start tag the cursor is on, a document's {@code <attachments>} or {@code <components>}
   * (its schedules and annexes), as a generic container after the body's provisions, so that their text is kept.
   */
  void readAppendix(String parent) throws XMLStreamException {
    readHierarchyChild(parent, top, topLevel);
  }

  /** The document's provision tree: what {@link #readBody} and {@link #readAppendix} read, in document order. */
  Provision body() {
    return build(ProvisionKind.BODY, Optional.empty(), Optional.empty(), ImmutableList.of(), top,
        ImmutableList.of(), ImmutableList.of(), ProvisionStatus.IN_FORCE, Optional.empty());
  }

  /**
   * Reads the current element into {@code loose} if it is a block (a paragraph, a block of structure, or an element
   * of running text such as a speech's {@code <from>}) where the model expects provisions.
   */
  private boolean looseBlock(List<Text> loose) throws XMLStreamException {
    if (block(loose)) {
      return true;
    }
    if (in.isAkn() && InlineReader.isMixed(xml.getLocalName()) && ProvisionKind.fromElement(xml.getLocalName()).isEmpty()) {
      in.report(in.here(), xml.getLocalName(), in.attribute("eId"), UnmappedContent.Kind.FLATTENED,
          "<" + xml.getLocalName() + "> read as a paragraph of text");
      loose.add(inlines.paragraph());
      return true;
    }
    return false;
  }

  /**
   * Keeps blocks that stand among provisions, where the model has no place for them, in document order: as the
   * content of an unnumbered generic container ({@code <hcontainer>}) at their place.
   */
  private void flush(List<Text> loose, List<Provision> children, Level level) {
    if (loose.isEmpty()) {
      return;
    }
    ChildSite site = new ChildSite(level.owner, in.here(), "hcontainer", Optional.empty(), List.of());
    sites.add(site);
    add(new Provision(ProvisionKind.HCONTAINER, Optional.empty(), Optional.empty(), ImmutableList.copyOf(loose),
        ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), ProvisionStatus.IN_FORCE), site, children, level);
    loose.clear();
  }

  /**
   * Reads the provision whose start tag the cursor is on (inside a quoted structure of an amending act), with the
   * same rules as a document's provisions.
   */
  Optional<Provision> quotedProvision() throws XMLStreamException {
    List<Provision> provisions = new ArrayList<>();
    readHierarchyChild("quotedStructure", provisions, new Level(null));
    return provisions.isEmpty() ? Optional.empty() : Optional.of(provisions.get(0));
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
    final Map<String, ChildSite> bySegment = new HashMap<>();
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

    /** Takes back the last {@link #nextUnnumbered}: that child was given a number. */
    void undoUnnumbered(ProvisionKind kind) {
      unnumbered[kind.ordinal()]--;
    }
  }

  /** Every provision read by this reader, in document order. */
  private final List<ChildSite> sites = new ArrayList<>();

  /** Reads the current start tag as a child provision if it is one, else reports it. */
  private void readHierarchyChild(String parent, List<Provision> children, Level level)
      throws XMLStreamException {
    String element = xml.getLocalName();
    if (!in.isAkn() || TEXTLESS.contains(element)) {
      in.unmappedElement("<" + element + "> inside <" + parent + "> is not represented");
      return;
    }
    Optional<ProvisionKind> kind = ProvisionKind.fromElement(element);
    if (kind.isEmpty() || kind.get() == ProvisionKind.BODY || kind.get() == ProvisionKind.ITEM) {
      // A debate's section, a speech, a judgment's part, a collection's component: its text is kept in a
      // generic container, the model's place for structure it has no name for.
      in.report(in.here(), element, in.attribute("eId"), UnmappedContent.Kind.FLATTENED,
          "<" + element + "> read as a generic container (written back as <hcontainer>)");
      readProvision(ProvisionKind.HCONTAINER, children, level);
      return;
    }
    ProvisionKind actual = kind.get();
    if (actual == ProvisionKind.HCONTAINER
        && in.attribute("name").orElse("").equals(Vocabulary.ITEM_CONTAINER_NAME)) {
      actual = ProvisionKind.ITEM;
    }
    readProvision(actual, children, level);
  }

  /** Elements that carry no text of the document: metadata and references to documents kept elsewhere. */
  private static final Set<String> TEXTLESS = Set.of("meta", "documentRef", "componentRef", "interstitial");

  private static final Set<String> PROVISION_ATTRIBUTES = Set.of("eId", "wId", "GUID", "status", "refersTo");
  private static final Set<String> HCONTAINER_ATTRIBUTES = Set.of("eId", "wId", "GUID", "status", "refersTo",
      "name");

  private void readProvision(ProvisionKind kind, List<Provision> siblings, Level level)
      throws XMLStreamException {
    String element = xml.getLocalName();
    SourceLocation at = in.here();
    Optional<String> eid = in.attribute("eId");
    String status = in.attribute("status").orElse("");
    ProvisionStatus provisionStatus = ProvisionStatus.IN_FORCE;
    if (status.equals(Vocabulary.REPEALED_STATUS)) {
      provisionStatus = ProvisionStatus.REPEALED;
    } else if (!status.isEmpty()) {
      in.report(at, element, eid, UnmappedContent.Kind.ATTRIBUTE,
          "status=\"" + status + "\" not represented");
    }
    if (kind == ProvisionKind.HCONTAINER && !element.equals("hcontainer")) {
      // a generic container, reported as such by the caller; its attributes belong to what it was
    } else if (element.equals("hcontainer")) {
      String name = in.attribute("name").orElse("");
      if (!name.equals(Vocabulary.HCONTAINER_NAME) && !name.equals(Vocabulary.ITEM_CONTAINER_NAME)) {
        in.report(at, element, eid, UnmappedContent.Kind.ATTRIBUTE,
            "name=\"" + name + "\" not represented (written back as name=\"hcontainer\")");
      }
      in.unmappedAttributes(HCONTAINER_ATTRIBUTES);
    } else {
      in.unmappedAttributes(PROVISION_ATTRIBUTES);
    }
    List<String> refersTo = refersTokens(in.attribute("refersTo").orElse(""));
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
    List<Text> loose = new ArrayList<>();
    while (in.nextChild(element)) {
      String child = xml.getLocalName();
      if (!in.isAkn()) {
        in.unmappedElement("element outside the AKN namespace not represented");
        continue;
      }
      switch (child) {
        case "num":
          num = readNum(notes);
          break;
        case "heading":
          heading = Optional.of(inlines.container(notes));
          break;
        case "subheading":
          Text subheading = inlines.container(notes);
          if (!subheading.parts().isEmpty()) {
            in.report(in.here(), child, Optional.empty(), UnmappedContent.Kind.FLATTENED,
                "subheading read as a paragraph of the content (the model has one heading per provision)");
            (children.isEmpty() ? content : loose).add(subheading);
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
          if (!looseBlock(children.isEmpty() ? content : loose)) {
            flush(loose, children, childLevel);
            readHierarchyChild(element, children, childLevel);
          }
      }
    }
    flush(loose, children, childLevel);
    if (provisionStatus == ProvisionStatus.REPEALED
        && (!content.isEmpty() || !children.isEmpty() || !wrapUp.isEmpty())) {
      in.report(at, element, eid, UnmappedContent.Kind.ELEMENT,
          "the text of a removed (repealed) provision is not represented; it is read as a repealed placeholder");
      content.clear();
      children.clear();
      for (ChildSite dropped : childSites) {
        dropped.token = null; // no segment: it and its descendants get no id
      }
      childSites.clear();
      wrapUp.clear();
    }
    add(build(kind, num, heading, content, children, wrapUp, notes, provisionStatus, Optional.of(at)), site,
        siblings, level);
  }

  /**
   * Adds a provision to its siblings with the id segment {@link Provision#segmentsOf} will give it, computed once
   * here. A segment an earlier sibling already has (two sections numbered 1, German "1. Buch" and "2. Buch" whose
   * last word is the same) would make the tree invalid: the number is then read with a suffix that makes it unique,
   * and that is reported where the provision is.
   */
  private void add(Provision provision, ChildSite site, List<Provision> siblings, Level level) {
    ProvisionKind kind = provision.kind();
    String token = provision.num().isPresent() ? provision.num().get().token() : level.nextUnnumbered(kind);
    ChildSite earlier = level.bySegment.get(ProvisionId.segment(kind, token));
    if (earlier != null) {
      if (provision.num().isEmpty()) {
        level.undoUnnumbered(kind);
      }
      String base = provision.num().map(Num::text).orElse(token);
      Num unique;
      int suffix = 1;
      do {
        unique = Num.of(withSuffix(base, ++suffix));
      } while (level.bySegment.containsKey(ProvisionId.segment(kind, unique.token())));
      in.report(site.at, site.element, site.eId, UnmappedContent.Kind.IDENTIFIER, "<" + site.element + ">"
          + provision.num().map(n -> " numbered \"" + n.text() + "\"").orElse("") + " has the id segment "
          + ProvisionId.segment(kind, token) + " of an earlier sibling (at " + earlier.at.describe() + "); read with"
          + " the number \"" + unique.text() + "\" so that ids stay unique");
      provision = provision.withNum(Optional.of(unique));
      token = unique.token();
    }
    siblings.add(provision);
    level.sites.add(site);
    level.bySegment.put(ProvisionId.segment(kind, token), site);
    site.prefix = kind.eIdPrefix();
    site.token = token;
  }

  /** "Статья 5." with suffix 2 is "Статья 5-2.": the suffix joins the last letter or digit, before punctuation. */
  private static String withSuffix(String number, int suffix) {
    int end = number.length();
    while (end > 0 && !Character.isLetterOrDigit(number.charAt(end - 1))) {
      end--;
    }
    return number.substring(0, end) + "-" + suffix + number.substring(end);
  }

  private Provision build(ProvisionKind kind, Optional<Num> num, Optional<Text> heading, List<Text> content,
      List<Provision> children, List<Text> wrapUp, List<Note> notes, ProvisionStatus status,
      Optional<SourceLocation> at) {
    try {
      return new Provision(kind, num, heading, ImmutableList.copyOf(content), ImmutableList.copyOf(children),
          ImmutableList.copyOf(wrapUp), ImmutableList.copyOf(notes), status);
    } catch (IllegalArgumentException e) {
      throw new AknMappingException(at.orElse(SourceLocation.unknownPosition(in.systemId())), e.getMessage(), e);
    }
  }

  private Optional<Num> readNum(List<Note> notes) throws XMLStreamException {
    SourceLocation at = in.here();
    Optional<String> eid = in.attribute("eId");
    StringBuilder text = new StringBuilder();
    boolean markup = false;
    while (true) {
      int event = in.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        break;
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (xml.getLocalName().equals("authorialNote")) {
          notes.add(inlines.note());
        } else {
          markup = true;
          in.plainText(text);
        }
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE) {
        text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
      }
    }
    if (markup) {
      in.report(at, "num", eid, UnmappedContent.Kind.FLATTENED,
          "markup in the number flattened to \"" + AknCursor.shorten(text.toString().strip()) + "\"");
    }
    String stripped = text.toString().strip();
    if (stripped.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Num.of(stripped));
    } catch (IllegalArgumentException e) {
      in.report(at, "num", eid, UnmappedContent.Kind.ELEMENT,
          "number \"" + AknCursor.shorten(stripped) + "\" has no letter or digit; the provision is read as unnumbered");
      return Optional.empty();
    }
  }

  private void readBlocks(String container, List<Text> blocks) throws XMLStreamException {
    while (in.nextChild(container)) {
      if (!block(blocks)) {
        in.unmappedElement("<" + xml.getLocalName() + "> in <" + container + "> not represented (the model keeps"
            + " paragraphs and AKN block elements)");
      }
    }
  }

  /**
   * Reads the block whose start tag the cursor is on, a paragraph or a block of structure such as a list or a
   * table, into {@code blocks}.
   *
   * @return false, without moving, if the element is no AKN block
   */
  boolean block(List<Text> blocks) throws XMLStreamException {
    if (!in.isAkn()) {
      return false;
    }
    String element = xml.getLocalName();
    if (element.equals("p")) {
      blocks.add(inlines.paragraph());
      return true;
    }
    if (Text.isBlockElement(element)) {
      blocks.add(Text.block(inlines.mark()));
      return true;
    }
    return false;
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
   * and reports eIds that differ from it, in that order; hands each provision's {@code refersTo} to {@code rights}
   * and returns every provision id when {@code collect}.
   */
  Set<ProvisionId> finishIds(boolean collect, @Nullable RightsDecoder rights) {
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
        in.report(site.at, site.element, site.eId, UnmappedContent.Kind.IDENTIFIER,
            "eId replaced by the derived id " + childId);
      }
      if (rights != null && !site.refersTo.isEmpty()) {
        rights.refersTo(ProvisionId.parse(childId), site.refersTo, site.at, site.element);
      }
    }
    return ids;
  }
}
