package org.lexkit.akn.internal.mapping;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.Optional;
import org.lexkit.core.document.DocumentType;
import org.lexkit.core.provision.ProvisionKind;
import org.lexkit.core.rights.CanonicalGround;
import org.lexkit.core.rights.RightId;

/**
 * The names both mapping directions agree on: how document types, provision kinds, rights concepts and keywords are
 * spelled in Akoma Ntoso. Kept in one place so that {@link ModelToAkn} writes exactly what {@link AknToModel} reads.
 *
 * <p><b>Rights encoding.</b> The catalogue is stated twice, once for AKN tools and once exactly:
 *
 * <ul>
 *   <li>{@code <references>} has one {@code <TLCConcept>} per right ({@code eId="right_peaceful-assembly"}, {@code
 *       showAs} the right's name, {@code href="/akn/ontology/concept/lexkit.right.peaceful-assembly"}), per
 *       canonical ground used ({@code ground_public-order}, {@code href=".../lexkit.ground.PUBLIC_ORDER"}) and per
 *       general limitation clause, prohibited-content list and non-restrictable list ({@code limitation_1},
 *       {@code prohibited_1}, {@code nonrestrictable_1});
 *   <li>every provision that states a right or is the source of such a clause or list carries {@code refersTo} to
 *       those concepts, in catalogue order;
 *   <li>{@code <classification>} has one {@code <keyword dictionary="#lexkitRights">} per fact, in catalogue order:
 *       {@code holder:everyone|holder:citizens|holder:group} (group name in {@code showAs}), {@code topic},
 *       {@code absolute}, {@code statedIn} and {@code ground} for a right ({@code refersTo="#right_..."});
 *       {@code generalLimitation} then its {@code ground}s, {@code prohibitedContent} then its {@code item}s,
 *       {@code nonRestrictable} then the provisions it {@code protects}. A provision is named by {@code href="#eId"},
 *       a ground's wording is its {@code showAs}, a canonical ground is the second {@code refersTo} token.
 * </ul>
 *
 * <p>The keywords are authoritative when reading; provisions' {@code refersTo} are checked against them.
 */
final class Vocabulary {
  private Vocabulary() {}

  static final String AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

  /** The eId of the {@code TLCOrganization} that is the {@code source} of everything Lexkit writes. */
  static final String SOURCE = "lexkit";
  /** The eId of the reference an amending act Lexkit writes makes to itself ({@code <activeRef>}). */
  static final String AMENDING_ACT_REF = "amendingAct";
  static final String SOURCE_HREF = "/akn/ontology/organization/lexkit";
  static final String DICTIONARY = "lexkitRights";
  static final String DICTIONARY_HREF = "/akn/ontology/concept/lexkit.rights";
  static final String CONCEPT_HREF = "/akn/ontology/concept/lexkit.";

  static final String RIGHT_PREFIX = "right_";
  static final String GROUND_PREFIX = "ground_";
  static final String LIMITATION_PREFIX = "limitation_";
  static final String PROHIBITED_PREFIX = "prohibited_";
  static final String NON_RESTRICTABLE_PREFIX = "nonrestrictable_";
  static final String EVENT_SOURCE_PREFIX = "src_";

  // keyword values
  static final String HOLDER_EVERYONE = "holder:everyone";
  static final String HOLDER_CITIZENS = "holder:citizens";
  static final String HOLDER_GROUP = "holder:group";
  static final String TOPIC = "topic";
  static final String ABSOLUTE = "absolute";
  static final String STATED_IN = "statedIn";
  static final String GROUND = "ground";
  static final String GENERAL_LIMITATION = "generalLimitation";
  static final String PROHIBITED_CONTENT = "prohibitedContent";
  static final String ITEM = "item";
  static final String NON_RESTRICTABLE = "nonRestrictable";
  static final String PROTECTS = "protects";

  /** The {@code hcontainer name} under which kinds that AKN has no hierarchy element for are written. */
  static final String ITEM_CONTAINER_NAME = "item";
  static final String HCONTAINER_NAME = "hcontainer";

  /** The AKN {@code status} value for a repealed placeholder (AKN 3.0's statusType has no "repealed"). */
  static final String REPEALED_STATUS = "removed";

  /** Inline elements (the schema's {@code inlineCM} group) a {@link org.lexkit.core.provision.Inline.Mark} may be. */
  static final ImmutableSet<String> INLINE_ELEMENTS = ImmutableSet.of(
      "a", "abbr", "affectedDocument", "argument", "authorialNote", "b", "br", "change", "concept", "courtType",
      "date", "decoration", "def", "del", "docAuthority", "docCommittee", "docDate", "docIntroducer",
      "docJurisdiction", "docNumber", "docProponent", "docPurpose", "docStage", "docStatus", "docTitle", "docType",
      "docketNumber", "embeddedStructure", "embeddedText", "entity", "eol", "eop", "event", "fillIn", "i", "img",
      "inline", "ins", "judge", "lawyer", "legislature", "location", "marker", "mmod", "mod", "mref",
      "neutralCitation", "noteRef", "object", "omissis", "opinion", "organization", "outcome", "party", "person",
      "placeholder", "process", "quantity", "recordedTime", "ref", "relatedDocument", "remark", "rmod", "role",
      "rref", "session", "shortTitle", "signature", "span", "sub", "subFlow", "sup", "term", "time", "u", "vote");

  /**
   * The attributes the schema requires of an inline element (its type's and attribute groups' {@code
   * use="required"} attributes in akomantoso30.xsd), for the elements of {@link #INLINE_ELEMENTS} that require
   * any. A mark read in {@code NONE} may lack them; the writer refuses such a mark rather than write invalid AKN.
   */
  static final ImmutableMap<String, ImmutableList<String>> REQUIRED_INLINE_ATTRIBUTES =
      ImmutableMap.<String, ImmutableList<String>>builder()
          .put("a", ImmutableList.of("href")).put("affectedDocument", ImmutableList.of("href"))
          .put("concept", ImmutableList.of("refersTo")).put("date", ImmutableList.of("date"))
          .put("docDate", ImmutableList.of("date")).put("entity", ImmutableList.of("name", "refersTo"))
          .put("event", ImmutableList.of("refersTo")).put("img", ImmutableList.of("src"))
          .put("inline", ImmutableList.of("name")).put("judge", ImmutableList.of("refersTo"))
          .put("lawyer", ImmutableList.of("refersTo")).put("location", ImmutableList.of("refersTo"))
          .put("marker", ImmutableList.of("name")).put("noteRef", ImmutableList.of("href"))
          .put("object", ImmutableList.of("refersTo")).put("opinion", ImmutableList.of("by"))
          .put("organization", ImmutableList.of("refersTo")).put("party", ImmutableList.of("refersTo"))
          .put("person", ImmutableList.of("refersTo")).put("process", ImmutableList.of("refersTo"))
          .put("quantity", ImmutableList.of("refersTo")).put("recordedTime", ImmutableList.of("time"))
          .put("ref", ImmutableList.of("href")).put("relatedDocument", ImmutableList.of("href"))
          .put("rmod", ImmutableList.of("from", "upTo")).put("role", ImmutableList.of("refersTo"))
          .put("rref", ImmutableList.of("from", "upTo")).put("subFlow", ImmutableList.of("name"))
          .put("term", ImmutableList.of("refersTo")).put("time", ImmutableList.of("time"))
          .put("vote", ImmutableList.of("by"))
          .build();

  private static final ImmutableMap<DocumentType, String> TYPE_NAMES = ImmutableMap.<DocumentType, String>builder()
      .put(DocumentType.CONSTITUTION, "constitution")
      .put(DocumentType.ACT, "act")
      .put(DocumentType.CODE, "code")
      .put(DocumentType.DECREE, "decree")
      .put(DocumentType.REGULATION, "regulation")
      .put(DocumentType.BILL, "bill")
      .put(DocumentType.OTHER, "other")
      .buildOrThrow();

  /**
   * Returns the AKN document element for a type: {@code bill} for bills, {@code doc} for other texts, {@code act}
   * for everything enacted. The type itself is the element's {@code name} attribute (so a constitution is
   * {@code <act name="constitution">}, which keeps the naming convention's IRI free of a subtype).
   */
  static String documentElement(DocumentType type) {
    return type == DocumentType.BILL ? "bill" : type == DocumentType.OTHER ? "doc" : "act";
  }

  static String documentName(DocumentType type) {
    return TYPE_NAMES.get(type);
  }

  /**
   * Reads a document type from the document element and its {@code name} (and an {@code FRBRsubtype}, which wins
   * when it names a constitution).
   */
  static Optional<DocumentType> documentType(String element, String name, Optional<String> subtype) {
    if (subtype.map(s -> s.equalsIgnoreCase("constitution")).orElse(false) || name.equalsIgnoreCase("constitution")) {
      return element.equals("act") ? Optional.of(DocumentType.CONSTITUTION) : Optional.empty();
    }
    switch (element) {
      case "act":
        String lower = name.toLowerCase(Locale.ROOT);
        return Optional.of(lower.equals("code") ? DocumentType.CODE : lower.equals("decree") ? DocumentType.DECREE
            : lower.equals("regulation") ? DocumentType.REGULATION : DocumentType.ACT);
      case "bill":
        return Optional.of(DocumentType.BILL);
      case "doc":
        return Optional.of(DocumentType.OTHER);
      default:
        return Optional.empty();
    }
  }

  /** Returns the element a provision kind is written as. */
  static String element(ProvisionKind kind) {
    return kind == ProvisionKind.ITEM ? "hcontainer" : kind.element();
  }

  static String rightEid(RightId id) {
    return RIGHT_PREFIX + id.value();
  }

  static String groundEid(CanonicalGround ground) {
    return GROUND_PREFIX + ground.code().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static String groundHref(CanonicalGround ground) {
    return CONCEPT_HREF + "ground." + ground.code();
  }

  static String rightHref(RightId id) {
    return CONCEPT_HREF + "right." + id.value();
  }
}
