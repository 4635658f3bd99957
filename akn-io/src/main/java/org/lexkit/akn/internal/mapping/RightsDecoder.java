package org.lexkit.akn.internal.mapping;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lexkit.akn.AknMappingException;
import org.lexkit.akn.SourceLocation;
import org.lexkit.akn.UnmappedContent;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.rights.CanonicalGround;
import org.lexkit.core.rights.GeneralLimitationClause;
import org.lexkit.core.rights.Holder;
import org.lexkit.core.rights.NonRestrictableRights;
import org.lexkit.core.rights.ProhibitedContent;
import org.lexkit.core.rights.RestrictionGround;
import org.lexkit.core.rights.Right;
import org.lexkit.core.rights.RightId;
import org.lexkit.core.rights.RightsCatalogue;

/**
 * Rebuilds a {@link RightsCatalogue} from the concepts, keywords and {@code refersTo} attributes that
 * {@link ModelToAkn} writes (see {@link Vocabulary} for the encoding). Facts are collected while the document streams
 * by and decoded at the end, because the keywords come before the concepts they refer to.
 */
class RightsDecoder {
  private enum ConceptKind { DICTIONARY, RIGHT, GROUND, LIMITATION, PROHIBITED, NON_RESTRICTABLE }

  private record Concept(ConceptKind kind, String key, String showAs, SourceLocation at) {}

  private record Keyword(SourceLocation at, String value, String showAs, Optional<String> href, List<String> refersTo) {}

  private record Referral(ProvisionId provision, List<String> tokens, SourceLocation at, String element) {}

  private final Map<String, Concept> concepts = new LinkedHashMap<>();
  private final List<Keyword> keywords = new ArrayList<>();
  private final List<Referral> referrals = new ArrayList<>();

  void concept(SourceLocation at, String eid, String hrefSuffix, String showAs) {
    ConceptKind kind;
    String key;
    if (hrefSuffix.startsWith("right.")) {
      kind = ConceptKind.RIGHT;
      key = hrefSuffix.substring("right.".length());
    } else if (hrefSuffix.startsWith("ground.")) {
      kind = ConceptKind.GROUND;
      key = hrefSuffix.substring("ground.".length());
    } else if (hrefSuffix.equals("generalLimitation")) {
      kind = ConceptKind.LIMITATION;
      key = eid;
    } else if (hrefSuffix.equals("prohibitedContent")) {
      kind = ConceptKind.PROHIBITED;
      key = eid;
    } else if (hrefSuffix.equals("nonRestrictable")) {
      kind = ConceptKind.NON_RESTRICTABLE;
      key = eid;
    } else if (hrefSuffix.equals("rights")) {
      kind = ConceptKind.DICTIONARY;
      key = eid;
    } else {
      throw new AknMappingException(at, "TLCConcept " + eid + " has the Lexkit href prefix but an unknown concept '"
          + hrefSuffix + "'", null);
    }
    concepts.put(eid, new Concept(kind, key, showAs, at));
  }

  void keyword(SourceLocation at, String value, String showAs, Optional<String> href, String refersTo) {
    List<String> tokens = new ArrayList<>();
    for (String token : refersTo.trim().split("\\s+")) {
      if (!token.isEmpty()) {
        tokens.add(token.startsWith("#") ? token.substring(1) : token);
      }
    }
    keywords.add(new Keyword(at, value, showAs, href, tokens));
  }

  /** Whether any concept, keyword or reference was seen (else there is nothing to decode). */
  boolean hasFacts() {
    return !concepts.isEmpty() || !keywords.isEmpty() || !referrals.isEmpty();
  }

  void refersTo(ProvisionId provision, List<String> tokens, SourceLocation at, String element) {
    if (!tokens.isEmpty()) {
      referrals.add(new Referral(provision, tokens, at, element));
    }
  }

  /** Builds the catalogue; reports refersTo tokens that are not Lexkit's and disagreements with the keywords. */
  RightsCatalogue decode(List<UnmappedContent> report, Set<ProvisionId> existing) {
    Map<String, RightBuilder> rights = new LinkedHashMap<>();
    Map<String, ListBuilder> lists = new LinkedHashMap<>();
    concepts.forEach((eid, concept) -> {
      if (concept.kind == ConceptKind.RIGHT) {
        rights.put(eid, new RightBuilder(eid, concept));
      } else if (concept.kind == ConceptKind.LIMITATION || concept.kind == ConceptKind.PROHIBITED
          || concept.kind == ConceptKind.NON_RESTRICTABLE) {
        lists.put(eid, new ListBuilder(concept));
      }
    });
    for (Keyword keyword : keywords) {
      if (keyword.refersTo.isEmpty()) {
        throw new AknMappingException(keyword.at, "keyword '" + keyword.value + "' refers to no concept", null);
      }
      String owner = keyword.refersTo.get(0);
      RightBuilder right = rights.get(owner);
      ListBuilder list = lists.get(owner);
      if (right == null && list == null) {
        throw new AknMappingException(keyword.at, "keyword '" + keyword.value + "' refers to #" + owner
            + ", which is no right, clause or list concept in <references>", null);
      }
      if (right != null) {
        right.add(keyword, this);
      } else {
        list.add(keyword, this);
      }
    }
    Map<String, Set<ProvisionId>> referredBy = new LinkedHashMap<>();
    for (Referral referral : referrals) {
      for (String token : referral.tokens) {
        String eid = token.startsWith("#") ? token.substring(1) : token;
        Concept concept = concepts.get(eid);
        if (concept == null || concept.kind == ConceptKind.GROUND || concept.kind == ConceptKind.DICTIONARY) {
          report.add(new UnmappedContent(referral.at, referral.element, Optional.of(referral.provision.value()),
              UnmappedContent.Kind.ATTRIBUTE, "refersTo token " + token + " not represented"));
          continue;
        }
        referredBy.computeIfAbsent(eid, e -> new LinkedHashSet<>()).add(referral.provision);
      }
    }

    RightsCatalogue catalogue = RightsCatalogue.empty();
    for (RightBuilder right : rights.values()) {
      Set<ProvisionId> referring = referredBy.getOrDefault(right.eid, Set.of());
      if (right.statedIn.isEmpty()) {
        right.statedIn.addAll(referring);
      } else if (!referring.equals(present(right.statedIn, existing))) {
        report.add(new UnmappedContent(right.concept.at, "TLCConcept", Optional.of(right.eid),
            UnmappedContent.Kind.ATTRIBUTE, "provisions referring to #" + right.eid + " " + referring
                + " disagree with its statedIn keywords " + right.statedIn + "; the keywords are kept"));
      }
      catalogue = catalogue.withRight(right.build());
    }
    for (Map.Entry<String, ListBuilder> entry : lists.entrySet()) {
      ListBuilder list = entry.getValue();
      Set<ProvisionId> referring = referredBy.getOrDefault(entry.getKey(), Set.of());
      if (list.source.isPresent() && !referring.equals(present(List.of(list.source.get()), existing))) {
        report.add(new UnmappedContent(list.concept.at, "TLCConcept", Optional.of(entry.getKey()),
            UnmappedContent.Kind.ATTRIBUTE, "provisions referring to #" + entry.getKey() + " " + referring
                + " disagree with its source keyword " + list.source.get() + "; the keyword is kept"));
      }
      if (list.source.isEmpty() && referring.size() == 1) {
        list.source = Optional.of(referring.iterator().next());
      }
      catalogue = list.addTo(catalogue, entry.getKey());
    }
    return catalogue;
  }

  /** The provisions of {@code ids} that the document has: only those can carry {@code refersTo}. */
  private static Set<ProvisionId> present(List<ProvisionId> ids, Set<ProvisionId> existing) {
    Set<ProvisionId> present = new LinkedHashSet<>();
    for (ProvisionId id : ids) {
      if (existing.contains(id)) {
        present.add(id);
      }
    }
    return present;
  }

  private ProvisionId provision(Keyword keyword) {
    String href = keyword.href.orElseThrow(() -> new AknMappingException(keyword.at, "keyword '" + keyword.value
        + "' needs an href=\"#eId\" naming a provision", null));
    if (!href.startsWith("#")) {
      throw new AknMappingException(keyword.at, "keyword '" + keyword.value + "' href '" + href
          + "' should be a local reference #eId", null);
    }
    try {
      return ProvisionId.parse(href.substring(1));
    } catch (IllegalArgumentException e) {
      throw new AknMappingException(keyword.at, "keyword '" + keyword.value + "': " + e.getMessage(), e);
    }
  }

  private RestrictionGround ground(Keyword keyword) {
    Optional<CanonicalGround> canonical = Optional.empty();
    if (keyword.refersTo.size() > 1) {
      Concept concept = concepts.get(keyword.refersTo.get(1));
      if (concept == null || concept.kind != ConceptKind.GROUND) {
        throw new AknMappingException(keyword.at, "ground keyword refers to #" + keyword.refersTo.get(1)
            + ", which is no canonical ground concept", null);
      }
      try {
        canonical = Optional.of(CanonicalGround.parse(concept.key));
      } catch (IllegalArgumentException e) {
        throw new AknMappingException(concept.at, e.getMessage(), e);
      }
    }
    try {
      return new RestrictionGround(keyword.showAs, provision(keyword), canonical);
    } catch (IllegalArgumentException e) {
      throw new AknMappingException(keyword.at, "ground keyword: " + e.getMessage(), e);
    }
  }

  private static final class RightBuilder {
    final String eid;
    final Concept concept;
    Optional<Holder> holder = Optional.empty();
    Optional<String> topic = Optional.empty();
    boolean absolute;
    final List<ProvisionId> statedIn = new ArrayList<>();
    final List<RestrictionGround> grounds = new ArrayList<>();
    SourceLocation lastAt;

    RightBuilder(String eid, Concept concept) {
      this.eid = eid;
      this.concept = concept;
      this.lastAt = concept.at;
    }

    void add(Keyword keyword, RightsDecoder decoder) {
      lastAt = keyword.at;
      try {
        switch (keyword.value) {
          case Vocabulary.HOLDER_EVERYONE:
            holder = Optional.of(Holder.EVERYONE);
            break;
          case Vocabulary.HOLDER_CITIZENS:
            holder = Optional.of(Holder.CITIZENS);
            break;
          case Vocabulary.HOLDER_GROUP:
            holder = Optional.of(Holder.group(keyword.showAs));
            break;
          case Vocabulary.TOPIC:
            topic = Optional.of(keyword.showAs);
            break;
          case Vocabulary.ABSOLUTE:
            absolute = true;
            break;
          case Vocabulary.STATED_IN:
            statedIn.add(decoder.provision(keyword));
            break;
          case Vocabulary.GROUND:
            grounds.add(decoder.ground(keyword));
            break;
          default:
            throw new AknMappingException(keyword.at, "keyword '" + keyword.value + "' is not a property of a right"
                + " (expected holder:*, topic, absolute, statedIn or ground)", null);
        }
      } catch (IllegalArgumentException e) {
        throw new AknMappingException(keyword.at, "right " + eid + ": " + e.getMessage(), e);
      }
    }

    Right build() {
      if (holder.isEmpty()) {
        throw new AknMappingException(concept.at, "right " + eid + " has no holder keyword (holder:everyone,"
            + " holder:citizens or holder:group)", null);
      }
      try {
        return new Right(RightId.parse(eid.substring(Vocabulary.RIGHT_PREFIX.length())), concept.showAs, topic,
            holder.get(), ImmutableList.copyOf(statedIn), absolute, ImmutableList.copyOf(grounds));
      } catch (IllegalArgumentException e) {
        throw new AknMappingException(statedIn.isEmpty() ? concept.at : lastAt, "right " + eid + " cannot be"
            + " represented: " + e.getMessage(), e);
      }
    }
  }

  private static final class ListBuilder {
    final Concept concept;
    Optional<ProvisionId> source = Optional.empty();
    final List<RestrictionGround> grounds = new ArrayList<>();
    final List<String> items = new ArrayList<>();
    final List<ProvisionId> provisions = new ArrayList<>();

    ListBuilder(Concept concept) {
      this.concept = concept;
    }

    void add(Keyword keyword, RightsDecoder decoder) {
      String expected = concept.kind == ConceptKind.LIMITATION ? Vocabulary.GENERAL_LIMITATION
          : concept.kind == ConceptKind.PROHIBITED ? Vocabulary.PROHIBITED_CONTENT : Vocabulary.NON_RESTRICTABLE;
      if (keyword.value.equals(expected)) {
        source = Optional.of(decoder.provision(keyword));
      } else if (concept.kind == ConceptKind.LIMITATION && keyword.value.equals(Vocabulary.GROUND)) {
        grounds.add(decoder.ground(keyword));
      } else if (concept.kind == ConceptKind.PROHIBITED && keyword.value.equals(Vocabulary.ITEM)) {
        items.add(keyword.showAs);
      } else if (concept.kind == ConceptKind.NON_RESTRICTABLE && keyword.value.equals(Vocabulary.PROTECTS)) {
        provisions.add(decoder.provision(keyword));
      } else {
        throw new AknMappingException(keyword.at, "keyword '" + keyword.value + "' does not belong to "
            + concept.kind.name().toLowerCase(java.util.Locale.ROOT) + " concept", null);
      }
    }

    RightsCatalogue addTo(RightsCatalogue catalogue, String eid) {
      if (source.isEmpty()) {
        throw new AknMappingException(concept.at, eid + " has no source: expected a keyword naming its provision",
            null);
      }
      try {
        switch (concept.kind) {
          case LIMITATION:
            return catalogue.withGeneralLimitation(new GeneralLimitationClause(source.get(),
                ImmutableList.copyOf(grounds)));
          case PROHIBITED:
            return catalogue.withProhibitedContent(new ProhibitedContent(source.get(), ImmutableList.copyOf(items)));
          default:
            return catalogue.withNonRestrictable(new NonRestrictableRights(source.get(),
                ImmutableSet.copyOf(provisions)));
        }
      } catch (IllegalArgumentException e) {
        throw new AknMappingException(concept.at, eid + " cannot be represented: " + e.getMessage(), e);
      }
    }
  }
}
