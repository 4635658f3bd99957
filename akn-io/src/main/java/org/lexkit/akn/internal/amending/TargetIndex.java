package org.lexkit.akn.internal.amending;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lexkit.akn.AknIri;
import org.lexkit.akn.Eid;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.ProvisionKind;

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
    BLOCK
  }

  /**
   * A place in the target.
   *
   * @param provision the provision
   * @param granularity how much of it
   * @param block the content block (0-based) for {@link Granularity#BLOCK}
   * @param range characters of that block, when the destination gives them
   */
  public record Place(ProvisionId provision, Granularity granularity, Optional<Integer> block,
      Optional<Destination.Characters> range) {
    /** Returns e.g. {@code art_1__para_1} or {@code block 1 of art_1__para_1, characters 29-36}. */
    public String describe() {
      return switch (granularity) {
        case PROVISION -> provision.value();
        case TEXT -> "the text of " + provision;
        case BLOCK -> "block " + (block.orElseThrow() + 1) + " of " + provision
            + range.map(r -> ", characters " + r.from() + "-" + r.to()).orElse("");
      };
    }
  }

  private static final Map<String, ProvisionKind> LDML_DE = ImmutableMap.<String, ProvisionKind>builder()
      .put("buch", ProvisionKind.BOOK).put("teil", ProvisionKind.PART).put("titel", ProvisionKind.TITLE)
      .put("untertitel", ProvisionKind.SUBTITLE).put("kapitel", ProvisionKind.CHAPTER)
      .put("unterkapitel", ProvisionKind.SUBCHAPTER).put("abschnitt", ProvisionKind.SECTION)
      .put("unterabschnitt", ProvisionKind.SUBSECTION).put("art", ProvisionKind.ARTICLE)
      .put("para", ProvisionKind.ARTICLE).put("abs", ProvisionKind.PARAGRAPH).buildOrThrow();
  private static final Map<String, String> NOT_IN_MODEL = ImmutableMap.of("untergl", "a list", "liste", "a list",
      "listenelem", "a list item", "intro", "a list's introduction", "schlusstext", "a list's closing words",
      "tabelle", "a table", "zitstruktur", "a quoted structure");
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
      if (place.granularity != Granularity.BLOCK) {
        throw new Refusal("destination '" + destination.href() + "' gives characters of " + place.describe()
            + ", not of one text block");
      }
      place = new Place(place.provision, Granularity.BLOCK, place.block, destination.range());
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
    return new Place(id.get(), Granularity.PROVISION, Optional.empty(), Optional.empty());
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
        if (granularity != Granularity.TEXT || n > node.content().size()) {
          throw new Refusal("destination '" + destination.href() + "' names text block " + n + " of " + where
              + ", which has " + node.content().size());
        }
        granularity = Granularity.BLOCK;
        block = Optional.of(n - 1);
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
    return new Place(id, granularity, block, Optional.empty());
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
