package org.lexkit.akn.internal.amending;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lexkit.akn.AknIri;
import org.lexkit.akn.Eid;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.Inline;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.ProvisionKind;
import org.lexkit.core.provision.Text;

/**
 * Finds what a {@link Destination} names in the target document: a provision, its text, or one block of its text,
 * never anything larger than named. AKN eIds are the model's ids; LegalDocML.de eIds are walked segment by segment:
 * {@code art-2} (the older scheme) and {@code art-n2} are the second article by position, {@code art-z2} the
 * article numbered 2, {@code inhalt-1} the provision's text, {@code text-1} its first block. A segment the model has
 * no element for (a list, a list item, a table) is refused with that reason: applying the change to the enclosing
 * provision would widen it.
 */
public final class TargetIndex {
  /** How much of a provision a destination names. */
  public enum Granularity {
    /** The provision with everything below it. */
    PROVISION,
    /** The provision's own text (all its content blocks). */
    TEXT,
    /** One block of the provision's text. */
    BLOCK,
    /**
     * An element inside a block of structure: a list, a list item, its introduction or one of its paragraphs; its
     * characters in the block are the place's range.
     */
    ELEMENT
  }

  /**
   * A place in the target.
   *
   * @param provision the provision
   * @param granularity how much of it
   * @param block the content block (0-based) for {@link Granularity#BLOCK} and {@link Granularity#ELEMENT}
   * @param range characters of that block: those the destination gives, or the element's
   * @param element what the element is, e.g. "list item 3", for {@link Granularity#ELEMENT}
   * @param item the number of the innermost list item on the way, as printed (e.g. "9."), if any
   */
  public record Place(ProvisionId provision, Granularity granularity, Optional<Integer> block,
      Optional<Destination.Characters> range, Optional<String> element, Optional<String> item) {
    /** Returns e.g. {@code art_1__para_1} or {@code block 1 of art_1__para_1, characters 29-36}. */
    public String describe() {
      return switch (granularity) {
        case PROVISION -> provision.value();
        case TEXT -> "the text of " + provision;
        case BLOCK -> "block " + (block.orElseThrow() + 1) + " of " + provision
            + range.map(r -> ", characters " + r.from() + "-" + r.to()).orElse("");
        case ELEMENT -> element.orElseThrow() + " in block " + (block.orElseThrow() + 1) + " of " + provision;
      };
    }
  }

  private static final Map<String, ProvisionKind> LDML_DE = ImmutableMap.<String, ProvisionKind>builder()
      .put("buch", ProvisionKind.BOOK).put("teil", ProvisionKind.PART).put("titel", ProvisionKind.TITLE)
      .put("untertitel", ProvisionKind.SUBTITLE).put("kapitel", ProvisionKind.CHAPTER)
      .put("unterkapitel", ProvisionKind.SUBCHAPTER).put("abschnitt", ProvisionKind.SECTION)
      .put("unterabschnitt", ProvisionKind.SUBSECTION).put("art", ProvisionKind.ARTICLE)
      .put("para", ProvisionKind.ARTICLE).put("abs", ProvisionKind.PARAGRAPH).buildOrThrow();
  /** LegalDocML.de eId names of the elements inside a block of structure, and the AKN elements each may be. */
  private static final Map<String, List<String>> IN_BLOCK = ImmutableMap.of(
      "untergl", List.of("blockList", "list", "ul", "ol"), "liste", List.of("blockList", "list", "ul", "ol"),
      "listenelem", List.of("item", "point", "indent", "li"), "intro", List.of("listIntroduction", "intro"),
      "schlusstext", List.of("listWrapUp", "wrapUp"), "text", List.of("p"));
  private static final Map<String, String> IN_BLOCK_NAMES = ImmutableMap.of("untergl", "list", "liste", "list",
      "listenelem", "list item", "intro", "list introduction", "schlusstext", "list closing words", "text",
      "paragraph");
  private static final Map<String, String> NOT_IN_MODEL = ImmutableMap.of("tabelle", "a table", "zitstruktur",
      "a quoted structure");
  private static final Pattern SEGMENT = Pattern.compile("(\\p{L}+)-(z|n)?(\\w*)");

  private final Optional<LegalDocument> target;
  private final Optional<AknIri> targetIri;

  /**
   * Returns the index of {@code target}, or one that resolves AKN eIds syntactically when there is none.
   *
   * @param target the document the act amends, if the caller has it
   * @param targetIri its expression IRI, present when {@code target} is
   */
  public TargetIndex(Optional<LegalDocument> target, Optional<AknIri> targetIri) {
    this.target = target;
    this.targetIri = targetIri;
  }

  /** Returns the target's expression IRI, if there is a target. */
  public Optional<AknIri> targetIri() {
    return targetIri;
  }

  /** Returns the target document, if there is one. */
  public Optional<LegalDocument> target() {
    return target;
  }

  /**
   * Resolves a destination.
   *
   * @param destination an AKN or ELI destination naming an element
   * @return where it is
   * @throws Refusal if it names nothing in the target, or something the model does not hold
   */
  public Place resolve(Destination destination) throws Refusal {
    String eid = destination.eid().orElseThrow(() -> new Refusal("destination '" + destination.href()
        + "' names the whole document, not a provision in it"));
    Place place = destination.form() == Destination.Form.ELI ? walk(destination, eid) : akn(destination, eid);
    if (destination.range().isPresent()) {
      Destination.Characters given = destination.range().get();
      if (place.granularity == Granularity.ELEMENT) {
        // The act counts in the element's normalised text; the block keeps the text as the target wrote it.
        String text = blockText(place).substring(place.range.get().from(), place.range.get().to());
        int start = place.range.get().from();
        return new Place(place.provision, Granularity.ELEMENT, place.block, Optional.of(new Destination.Characters(
            start + raw(text, given.from()), start + raw(text, given.to()))), place.element, place.item);
      }
      if (place.granularity != Granularity.BLOCK) {
        throw new Refusal("destination '" + destination.href() + "' gives characters of " + place.describe()
            + ", not of one text block");
      }
      String text = blockText(place);
      place = new Place(place.provision, Granularity.BLOCK, place.block, Optional.of(
          new Destination.Characters(raw(text, given.from()), raw(text, given.to()))), Optional.empty(), Optional.empty());
    }
    return place;
  }

  private Place akn(Destination destination, String eid) throws Refusal {
    Optional<ProvisionId> id;
    try {
      id = Eid.parse(eid).toProvisionId();
    } catch (IllegalArgumentException e) {
      throw new Refusal("destination '" + destination.href() + "' has no valid eId: " + e.getMessage());
    }
    if (id.isEmpty()) {
      throw new Refusal("destination '" + destination.href() + "' names " + eid + ", which is no provision");
    }
    if (target.isPresent() && target.get().provision(id.get()).isEmpty()) {
      throw new Refusal("the target has no provision " + id.get() + " (destination '" + destination.href() + "')");
    }
    return new Place(id.get(), Granularity.PROVISION, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  private String blockText(Place place) {
    return target.orElseThrow().provision(place.provision).orElseThrow().content().get(place.block.orElseThrow())
        .plain();
  }

  /** The index in {@code raw} of the character at {@code normalized} in its whitespace-normalised form. */
  static int raw(String raw, int normalized) {
    int n = 0;
    int i = 0;
    while (i < raw.length() && Character.isWhitespace(raw.charAt(i))) {
      i++;
    }
    while (i < raw.length() && n < normalized) {
      if (Character.isWhitespace(raw.charAt(i))) {
        while (i < raw.length() && Character.isWhitespace(raw.charAt(i))) {
          i++;
        }
        n++; // a run of whitespace counts as one space
      } else {
        i++;
        n++;
      }
    }
    return i;
  }

  private Place walk(Destination destination, String eid) throws Refusal {
    LegalDocument document = target.orElseThrow(() -> new Refusal("destination '" + destination.href()
        + "' is a LegalDocML.de eId, found by position in the target document; read the act with its target"));
    Provision node = document.body();
    ProvisionId id = null;
    Granularity granularity = Granularity.PROVISION;
    Optional<Integer> block = Optional.empty();
    for (String segment : eid.split("_")) {
      Matcher m = SEGMENT.matcher(segment);
      if (!m.matches()) {
        throw new Refusal("destination '" + destination.href() + "': '" + segment + "' is no eId segment");
      }
      String name = m.group(1).toLowerCase(Locale.ROOT);
      String where = id == null ? "the body" : id.value();
      if (granularity != Granularity.PROVISION && !(granularity == Granularity.TEXT && name.equals("text"))) {
        throw new Refusal("destination '" + destination.href() + "' goes on below " + segment + " inside the text of "
            + where);
      }
      if (name.equals("hauptteil")) {
        continue;
      }
      if (IN_BLOCK.containsKey(name) && !(name.equals("text") && granularity == Granularity.TEXT)) {
        return inBlock(destination, document, id, node, eid, segment);
      }
      if (NOT_IN_MODEL.containsKey(name)) {
        throw new Refusal("destination '" + destination.href() + "' names " + NOT_IN_MODEL.get(name) + " ("
            + segment + ") in " + where + ", which the model does not hold; refused rather than applied to the"
            + " whole " + (id == null ? "document" : node.kind().element()));
      }
      if (name.equals("inhalt")) {
        granularity = Granularity.TEXT;
        continue;
      }
      if (name.equals("text")) {
        int n = ordinal(m, destination, segment);
        int index = nth(node.content(), n, false);
        if (index < 0) {
          throw new Refusal("destination '" + destination.href() + "' names text block " + n + " of " + where
              + ", which has fewer");
        }
        granularity = Granularity.BLOCK;
        block = Optional.of(index);
        continue;
      }
      ProvisionKind kind = LDML_DE.get(name);
      if (kind == null) {
        throw new Refusal("destination '" + destination.href() + "': no provision kind is known for '" + name + "'");
      }
      int index = child(node, kind, m, destination, segment);
      if (index < 0) {
        throw new Refusal("the target has no " + kind.element() + " " + segment + " in " + where
            + " (destination '" + destination.href() + "')");
      }
      String childSegment = node.childSegments().get(index);
      id = id == null ? ProvisionId.root(childSegment) : id.child(childSegment);
      node = node.children().get(index);
    }
    if (id == null) {
      throw new Refusal("destination '" + destination.href() + "' names the whole body, not a provision in it");
    }
    return new Place(id, granularity, block, Optional.empty(), Optional.empty(), Optional.empty());
  }

  private static boolean ownText(Inline.Mark mark) {
    for (Inline child : mark.children()) {
      if (child instanceof Inline.Run run && !run.text().isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** The index of the {@code n}-th block of structure (or of running text) among {@code content}, or -1. */
  private static int nth(List<Text> content, int n, boolean structure) {
    int seen = 0;
    for (int i = 0; i < content.size(); i++) {
      if (content.get(i).block().isPresent() == structure && ++seen == n) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Walks the rest of {@code eid} inside a block of structure of {@code node}: a list ({@code untergl-1}), then
   * its items, introduction, paragraphs and nested lists, each the n-th element of its kind; {@code inhalt} is the
   * item's content, which the model keeps as the item itself.
   */
  private Place inBlock(Destination destination, LegalDocument document, @org.jspecify.annotations.Nullable
      ProvisionId id, Provision node, String eid, String first) throws Refusal {
    if (id == null) {
      throw new Refusal("destination '" + destination.href() + "' names " + first + " outside any provision");
    }
    String[] segments = eid.substring(eid.indexOf(first)).split("_");
    Matcher m = SEGMENT.matcher(segments[0]);
    if (!m.matches() || !List.of("untergl", "liste").contains(m.group(1).toLowerCase(Locale.ROOT))) {
      throw new Refusal("destination '" + destination.href() + "' names " + first + " of " + id
          + " outside a list, which the model does not hold");
    }
    int n = ordinal(m, destination, segments[0]);
    int block = nth(node.content(), n, true);
    if (block < 0 || !IN_BLOCK.get("untergl").contains(node.content().get(block).block().get().name())) {
      throw new Refusal("the target has no list " + segments[0] + " in " + id + " (destination '"
          + destination.href() + "')");
    }
    Inline.Mark mark = node.content().get(block).block().get();
    int start = 0;
    Optional<String> item = Optional.empty();
    StringBuilder element = new StringBuilder("list " + n);
    for (int s = 1; s < segments.length; s++) {
      Matcher seg = SEGMENT.matcher(segments[s]);
      String name = seg.matches() ? seg.group(1).toLowerCase(Locale.ROOT) : "";
      if (name.equals("inhalt")) {
        continue;
      }
      List<String> kinds = IN_BLOCK.get(name);
      if (kinds == null) {
        throw new Refusal("destination '" + destination.href() + "': '" + segments[s] + "' is not read inside a"
            + " list");
      }
      int wanted = ordinal(seg, destination, segments[s]);
      int seen = 0;
      int offset = start;
      Inline.Mark found = null;
      for (Inline child : mark.children()) {
        if (child instanceof Inline.Mark inner && kinds.contains(inner.name()) && ++seen == wanted) {
          found = inner;
          break;
        }
        offset += child.plainText().length();
      }
      if (found == null && name.equals("text") && wanted == 1 && ownText(mark)) {
        continue; // an introduction or item whose text is its own, with no paragraph around it
      }
      if (found == null) {
        throw new Refusal("the target has no " + IN_BLOCK_NAMES.get(name) + " " + wanted + " in " + element
            + " of " + id + " (destination '" + destination.href() + "')");
      }
      mark = found;
      start = offset;
      if (name.equals("listenelem")) {
        item = number(found);
      }
      element.append(", ").append(IN_BLOCK_NAMES.get(name)).append(' ').append(wanted);
    }
    return new Place(id, Granularity.ELEMENT, Optional.of(block), Optional.of(new Destination.Characters(start,
        start + mark.plainText().length())), Optional.of(element.toString()), item);
  }

  private static Optional<String> number(Inline.Mark item) {
    for (Inline child : item.children()) {
      if (child instanceof Inline.Mark num && num.name().equals("num")) {
        return Optional.of(Text.normalize(num.plainText()));
      }
    }
    return Optional.empty();
  }

  /** The index among {@code node}'s children of the one {@code m} names (by position, or by number with 'z'). */
  private static int child(Provision node, ProvisionKind kind, Matcher m, Destination destination, String segment)
      throws Refusal {
    boolean byNumber = "z".equals(m.group(2));
    int wanted = byNumber ? 0 : ordinal(m, destination, segment);
    int seen = 0;
    for (int i = 0; i < node.children().size(); i++) {
      Provision child = node.children().get(i);
      if (child.kind() != kind) {
        continue;
      }
      seen++;
      if (byNumber ? child.num().map(n -> n.token().equalsIgnoreCase(m.group(3))).orElse(m.group(3).isEmpty())
          : seen == wanted) {
        return i;
      }
    }
    return -1;
  }

  private static int ordinal(Matcher m, Destination destination, String segment) throws Refusal {
    try {
      int n = Integer.parseInt(m.group(3));
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new Refusal("destination '" + destination.href() + "': '" + segment + "' has no position");
  }
}
