package org.lexkit.rights.extraction;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.rights.GeneralLimitationClause;
import org.lexkit.core.rights.NonRestrictableRights;
import org.lexkit.core.rights.ProhibitedContent;
import org.lexkit.core.rights.RestrictionGround;
import org.lexkit.core.rights.Right;
import org.lexkit.rights.support.TextDocuments;

/**
 * A hand-checked annotation of one test document (see {@code gold/README.md}) and how an {@link Extraction} is
 * scored against it: every field becomes a set of facts, and precision and recall count the facts both sides share.
 */
final class GoldSet {
  /** The fields measured, in report order. */
  enum Field {
    RIGHTS_FOUND("rights found"),
    RIGHT_IDS("right ids"),
    HOLDER("holder"),
    GROUND_WORDING("grounds wording"),
    CANONICAL("canonical mapping"),
    GENERAL_CLAUSES("general clauses"),
    NON_RESTRICTABLE("non-restrictable"),
    PROHIBITED("prohibited items");

    final String label;

    Field(String label) {
      this.label = label;
    }
  }

  /** True positives, extracted and gold facts of one field. */
  record Count(int correct, int extracted, int gold) {
    Count plus(Count other) {
      return new Count(correct + other.correct, extracted + other.extracted, gold + other.gold);
    }

    double precision() {
      return extracted == 0 ? 1.0 : (double) correct / extracted;
    }

    double recall() {
      return gold == 0 ? 1.0 : (double) correct / gold;
    }
  }

  private record GoldRight(String slug, String provision, String scope) {}

  private static final Pattern DERIVED = Pattern.compile("right-(?:sec|art|chp|part|title|book|hcontainer)-.*");
  private static final CharMatcher EDGE = CharMatcher.anyOf(".,;: ");

  private final String name;
  private final List<GoldRight> rights = new ArrayList<>();
  private final Set<String> grounds = new LinkedHashSet<>();
  private final Set<String> canonical = new LinkedHashSet<>();
  private final Set<String> general = new LinkedHashSet<>();
  private final Set<String> nonRestrictable = new LinkedHashSet<>();
  private final Set<String> prohibited = new LinkedHashSet<>();

  private GoldSet(String name) {
    this.name = name;
  }

  static GoldSet load(String name) {
    GoldSet gold = new GoldSet(name);
    int number = 0;
    for (String line : TextDocuments.resourceLines("gold/" + name + ".gold.tsv")) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      String where = name + ".gold.tsv:" + number;
      switch (c[0]) {
        case "right" -> {
          check(c, 4, where);
          gold.rights.add(new GoldRight(c[1], c[2], c[3]));
        }
        case "ground" -> {
          check(c, 4, where);
          gold.grounds.add(c[1] + "|" + norm(c[2]));
          if (!c[3].equals("-")) {
            gold.canonical.add(c[1] + "|" + norm(c[2]) + "|" + c[3]);
          }
        }
        case "general" -> {
          check(c, 4, where);
          gold.general.add(c[1] + "|" + norm(c[2]));
          if (!c[3].equals("-")) {
            gold.canonical.add("general@" + c[1] + "|" + norm(c[2]) + "|" + c[3]);
          }
        }
        case "nonrestrictable" -> {
          check(c, 3, where);
          gold.nonRestrictable.add(c[1] + "|" + c[2]);
        }
        case "prohibited" -> {
          check(c, 3, where);
          gold.prohibited.add(c[1] + "|" + norm(c[2]));
        }
        default -> throw new IllegalArgumentException(where + ": unknown row " + c[0]);
      }
    }
    return gold;
  }

  String name() {
    return name;
  }

  private static void check(String[] cells, int count, String where) {
    if (cells.length != count) {
      throw new IllegalArgumentException(where + ": expected " + count + " cells, found " + cells.length);
    }
  }

  static String norm(String text) {
    return EDGE.trimFrom(CharMatcher.whitespace().trimAndCollapseFrom(text.toLowerCase(Locale.ROOT), ' '));
  }

  /** Scores {@code extraction} field by field. */
  ImmutableMap<Field, Count> score(Extraction extraction) {
    Map<String, String> slugOf = match(extraction);
    Set<String> goldSlugs = new LinkedHashSet<>();
    Set<String> goldHolders = new LinkedHashSet<>();
    rights.forEach(r -> {
      goldSlugs.add(r.slug());
      goldHolders.add(r.slug() + "|" + r.scope());
    });
    Set<String> found = new LinkedHashSet<>();
    Set<String> ids = new LinkedHashSet<>();
    Set<String> holders = new LinkedHashSet<>();
    Set<String> extractedGrounds = new LinkedHashSet<>();
    Set<String> extractedCanonical = new LinkedHashSet<>();
    for (Right r : extraction.catalogue().rights().values()) {
      String slug = slugOf.getOrDefault(r.id().value(), "unmatched:" + r.id());
      found.add(slug);
      ids.add(r.id().value());
      holders.add(slug + "|" + r.holder().scope());
      for (RestrictionGround g : r.grounds()) {
        extractedGrounds.add(slug + "|" + norm(g.wording()));
        g.canonical().ifPresent(c -> extractedCanonical.add(slug + "|" + norm(g.wording()) + "|" + c));
      }
    }
    Set<String> extractedGeneral = new LinkedHashSet<>();
    for (GeneralLimitationClause clause : extraction.catalogue().generalLimitations()) {
      for (RestrictionGround g : clause.grounds()) {
        extractedGeneral.add(clause.source() + "|" + norm(g.wording()));
        g.canonical().ifPresent(c ->
            extractedCanonical.add("general@" + clause.source() + "|" + norm(g.wording()) + "|" + c));
      }
    }
    Set<String> extractedNonRestrictable = new LinkedHashSet<>();
    for (NonRestrictableRights clause : extraction.catalogue().nonRestrictable()) {
      clause.provisions().forEach(p -> extractedNonRestrictable.add(clause.source() + "|" + reference(p)));
    }
    extraction.notes(ExtractionNote.Kind.UNRESOLVED_REFERENCE)
        .forEach(n -> extractedNonRestrictable.add(n.provision() + "|" + n.text()));
    Set<String> extractedProhibited = new LinkedHashSet<>();
    for (ProhibitedContent list : extraction.catalogue().prohibitedContent()) {
      list.items().forEach(item -> extractedProhibited.add(list.source() + "|" + norm(item)));
    }
    return ImmutableMap.<Field, Count>builder()
        .put(Field.RIGHTS_FOUND, count(found, goldSlugs))
        .put(Field.RIGHT_IDS, count(ids, goldSlugs))
        .put(Field.HOLDER, count(holders, goldHolders))
        .put(Field.GROUND_WORDING, count(extractedGrounds, grounds))
        .put(Field.CANONICAL, count(extractedCanonical, canonical))
        .put(Field.GENERAL_CLAUSES, count(extractedGeneral, general))
        .put(Field.NON_RESTRICTABLE, count(extractedNonRestrictable, nonRestrictable))
        .put(Field.PROHIBITED, count(extractedProhibited, prohibited))
        .buildOrThrow();
  }

  /** Facts in both, in {@code extracted} only, and in {@code gold} only, for the report of misses. */
  ImmutableList<String> differences(Extraction extraction) {
    Map<String, String> slugOf = match(extraction);
    List<String> out = new ArrayList<>();
    Set<String> goldSlugs = new HashSet<>();
    rights.forEach(r -> goldSlugs.add(r.slug()));
    for (Right r : extraction.catalogue().rights().values()) {
      String slug = slugOf.getOrDefault(r.id().value(), "unmatched:" + r.id());
      if (!goldSlugs.contains(slug)) {
        out.add("  extra right " + r.id() + " " + r.statedIn() + " '" + r.name() + "'");
      }
    }
    Set<String> matched = new HashSet<>(slugOf.values());
    for (GoldRight g : rights) {
      if (!matched.contains(g.slug())) {
        out.add("  missed right " + g.slug() + " " + g.provision());
      }
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * Pairs extracted rights with gold rights: by id; else, for a right whose id was derived from its provision
   * (no pattern recognised it), by a gold right first stated in one of its provisions.
   */
  private Map<String, String> match(Extraction extraction) {
    Map<String, String> slugOf = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    Set<String> goldSlugs = new HashSet<>();
    rights.forEach(r -> goldSlugs.add(r.slug()));
    for (Right r : extraction.catalogue().rights().values()) {
      if (goldSlugs.contains(r.id().value())) {
        slugOf.put(r.id().value(), r.id().value());
        taken.add(r.id().value());
      }
    }
    for (Right r : extraction.catalogue().rights().values()) {
      if (slugOf.containsKey(r.id().value()) || !DERIVED.matcher(r.id().value()).matches()) {
        continue;
      }
      Set<String> stated = new HashSet<>();
      r.statedIn().forEach(p -> stated.add(p.value()));
      Optional<GoldRight> g = rights.stream()
          .filter(gr -> !taken.contains(gr.slug()) && stated.contains(gr.provision())).findFirst();
      g.ifPresent(gr -> {
        slugOf.put(r.id().value(), gr.slug());
        taken.add(gr.slug());
      });
    }
    return slugOf;
  }

  private static String reference(ProvisionId id) {
    String article = null;
    String paragraph = null;
    for (String segment : id.segments()) {
      if (segment.startsWith("art_")) {
        article = segment.substring(4);
      } else if (segment.startsWith("para_") && article != null) {
        paragraph = segment.substring(5);
      }
    }
    return paragraph == null ? String.valueOf(article) : article + "." + paragraph;
  }

  private static Count count(Set<String> extracted, Set<String> gold) {
    int correct = 0;
    for (String fact : extracted) {
      if (gold.contains(fact)) {
        correct++;
      }
    }
    return new Count(correct, extracted.size(), gold.size());
  }
}
