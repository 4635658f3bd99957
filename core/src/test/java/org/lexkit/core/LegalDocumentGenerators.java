package org.lexkit.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lexkit.core.amendment.AddRestrictionGround;
import org.lexkit.core.amendment.AddRight;
import org.lexkit.core.amendment.Amendment;
import org.lexkit.core.amendment.AmendmentId;
import org.lexkit.core.amendment.AmendmentOperation;
import org.lexkit.core.amendment.ChangeWords;
import org.lexkit.core.amendment.AmendmentStatus;
import org.lexkit.core.amendment.InsertProvision;
import org.lexkit.core.amendment.InsertionPoint;
import org.lexkit.core.amendment.RemoveRestrictionGround;
import org.lexkit.core.amendment.RemoveRight;
import org.lexkit.core.amendment.RenumberProvision;
import org.lexkit.core.amendment.RepealProvision;
import org.lexkit.core.amendment.SubstituteProvision;
import org.lexkit.core.amendment.SubstituteText;
import org.lexkit.core.amendment.Words;
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
import org.lexkit.core.rights.CanonicalGround;
import org.lexkit.core.rights.GeneralLimitationClause;
import org.lexkit.core.rights.Holder;
import org.lexkit.core.rights.NonRestrictableRights;
import org.lexkit.core.rights.ProhibitedContent;
import org.lexkit.core.rights.RestrictionGround;
import org.lexkit.core.rights.Right;
import org.lexkit.core.rights.RightId;
import org.lexkit.core.rights.RightsCatalogue;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * The one place core's property tests get their data from: realistic legal documents, operations and amendments
 * valid for a given document, deliberately invalid ones, and dated histories.
 *
 * <p>Documents look like real constitutions and codes: articles numbered 1, 2, 3 with the occasional "3-1" or
 * "12a" inserted later, grouped flat or in sections (Roman or Arabic numbers, "Раздел II") and chapters, with
 * paragraphs ("1.") and points ("1)", "а)", "(b)"), headings, notes, wrap-up text, repealed placeholders,
 * unnumbered hcontainers (whose ids are positional), rights stated in real articles with restriction grounds and a
 * general limitation clause. Sizes are skewed: most documents have up to 30 articles, a few up to 500, so the suite
 * stays fast while large trees are still exercised.
 *
 * <p>Everything is drawn from QuickTheories' {@link RandomnessSource}, so failures shrink and seeds reproduce.
 */
public final class LegalDocumentGenerators {
  private LegalDocumentGenerators() {}

  // ================================================================ scenario values

  /** A document and one operation valid for it. */
  public record WithOperation(LegalDocument document, AmendmentOperation operation) {
    @Override
    public String toString() {
      return Trees.outline(document) + "\noperation: " + operation;
    }
  }

  /** A document and two operations, each valid for it. */
  public record WithTwoOperations(LegalDocument document, AmendmentOperation first, AmendmentOperation second) {
    @Override
    public String toString() {
      return Trees.outline(document) + "\nfirst: " + first + "\nsecond: " + second;
    }
  }

  /** A document and a sequence of operations, each valid for the result of the ones before it. */
  public record WithSequence(LegalDocument document, ImmutableList<AmendmentOperation> operations) {
    @Override
    public String toString() {
      return Trees.outline(document) + "\noperations:\n  "
          + operations.stream().map(Object::toString).collect(Collectors.joining("\n  "));
    }
  }

  /**
   * An amendment whose operation at {@code failingIndex} cannot apply: the ones before it apply in order, the one
   * at the index does not fit what they produce.
   *
   * @param document the document to amend
   * @param amendment the amendment
   * @param failingIndex the index of the operation that must fail
   * @param expectedTarget the target the problem must name (a provision eId or right id)
   */
  public record WithFailingAmendment(
      LegalDocument document, Amendment amendment, int failingIndex, String expectedTarget) {
    @Override
    public String toString() {
      return Trees.outline(document) + "\namendment: " + amendment.operations() + "\nfailing: " + failingIndex
          + " on " + expectedTarget;
    }
  }

  /**
   * An invalid operation for a document and the target its problem must name.
   *
   * @param operation the operation
   * @param expectedTarget the provision eId or right id the problem names
   * @param reason what is wrong, for failure messages
   */
  public record Invalid(AmendmentOperation operation, String expectedTarget, String reason) {}

  /** An original document and amendments in the order given to a history. */
  public record WithAmendments(LegalDocument original, ImmutableList<Amendment> amendments) {
    @Override
    public String toString() {
      return Trees.outline(original) + "\namendments:\n  " + amendments.stream()
          .map(a -> a.id() + " " + a.status() + " adopted " + a.adopted().map(LocalDate::toString).orElse("-")
              + " in force " + a.inForce().map(LocalDate::toString).orElse("-") + ": " + a.operations())
          .collect(Collectors.joining("\n  "));
    }
  }

  // ================================================================ public generators

  /** Returns realistic documents of 1 to 500 articles (most up to 30). */
  public static Gen<LegalDocument> documents() {
    return gen(LegalDocumentGenerators::document).describedAs(Trees::outline);
  }

  /** Returns realistic documents with between {@code min} and {@code max} articles. */
  public static Gen<LegalDocument> documents(int min, int max) {
    return gen(r -> document(r, r.between(min, max))).describedAs(Trees::outline);
  }

  /** Returns documents with one operation that applies to them. */
  public static Gen<WithOperation> documentsWithOperation() {
    return gen(r -> {
      LegalDocument document = document(r);
      return new WithOperation(document, validOperation(r, document));
    });
  }

  /** Returns documents with two operations, each valid for the document as it is. */
  public static Gen<WithTwoOperations> documentsWithTwoOperations() {
    return gen(r -> {
      LegalDocument document = document(r, r.between(3, 60));
      return new WithTwoOperations(document, validOperation(r, document), validOperation(r, document));
    });
  }

  /**
   * Returns documents with two operations, each valid for the document as it is, whose
   * {@linkplain Footprint#isDisjointFrom footprints are disjoint}.
   */
  public static Gen<WithTwoOperations> documentsWithDisjointOperations() {
    return gen(r -> {
      LegalDocument document = document(r, r.between(3, 60));
      AmendmentOperation first = validOperation(r, document);
      Footprint reach = Footprint.of(document, first);
      for (int attempt = 0; attempt < 30; attempt++) {
        AmendmentOperation second = validOperation(r, document);
        if (reach.isDisjointFrom(Footprint.of(document, second))) {
          return new WithTwoOperations(document, first, second);
        }
      }
      // A right no document has is disjoint from everything.
      AmendmentOperation second = AddRight.of(Right.of(RightId.parse("fallback-right"), "fallback",
          Holder.EVERYONE, ProvisionId.parse("art_1")));
      return new WithTwoOperations(document, first, second);
    });
  }

  /** Returns documents with an insertion of a fresh provision that applies to them. */
  public static Gen<WithOperation> documentsWithInsertion() {
    return gen(r -> {
      LegalDocument document = document(r);
      for (int attempt = 0; attempt < 20; attempt++) {
        Optional<AmendmentOperation> insert = insert(r, document);
        if (insert.isPresent()) {
          return new WithOperation(document, insert.get());
        }
      }
      return new WithOperation(document, InsertProvision.of(InsertionPoint.atEndOfBody(), article(r, "9999")));
    });
  }

  /**
   * Returns documents with a substitution (of text, or of a whole provision) whose expected old text is stale:
   * it differs from the provision's current text even after whitespace normalisation.
   */
  public static Gen<WithOperation> documentsWithStaleSubstitution() {
    return gen(r -> {
      LegalDocument document = document(r);
      List<ProvisionId> targets = document.provisions().entrySet().stream()
          .filter(e -> !e.getValue().isRepealed()).map(Map.Entry::getKey).toList();
      if (targets.isEmpty()) { // every article repealed: a new one at the end is in force
        document = InsertProvision.of(InsertionPoint.atEndOfBody(), Provision.of(ProvisionKind.ARTICLE, "9999",
            text(r, 3, 10))).applyTo(document);
        targets = List.of(ProvisionId.parse("art_9999"));
      }
      ProvisionId target = r.pick(targets);
      Provision old = document.provision(target).orElseThrow();
      AmendmentOperation operation = r.chance(50)
          ? SubstituteProvision.of(target, stale(r, old.plainText()), old)
          : SubstituteText.of(target, stale(r, Trees.contentText(old)), text(r, 3, 10));
      return new WithOperation(document, operation);
    });
  }

  /**
   * Returns documents with 1 to 4 arbitrary operations: targets, anchors and numbers drawn with no regard to
   * validity (existing or made-up ids, small numbers that often collide, unnumbered insertions that shift
   * positional ids), for the robustness law: an amendment either applies or is refused, never anything else.
   */
  public static Gen<WithSequence> documentsWithArbitraryOperations() {
    return gen(r -> {
      LegalDocument document = document(r, r.between(1, 15));
      if (r.chance(40)) { // numbered and unnumbered blocks side by side: positional ids that can collide
        List<Provision> top = new ArrayList<>(document.body().children());
        top.removeIf(p -> p.kind() == ProvisionKind.HCONTAINER);
        top.add(0, unnumberedBlock(r));
        top.add(1, numbered(ProvisionKind.HCONTAINER, "2", Optional.empty(), ImmutableList.of()));
        document = document.withBody(Provision.body(top));
      }
      ImmutableList.Builder<AmendmentOperation> operations = ImmutableList.builder();
      for (int i = r.between(1, 4); i > 0; i--) {
        operations.add(arbitraryOperation(r, document));
      }
      return new WithSequence(document, operations.build());
    });
  }

  private static AmendmentOperation arbitraryOperation(Rnd r, LegalDocument document) {
    List<ProvisionId> ids = document.provisions().keySet().asList();
    List<ProvisionId> top = document.body().childSegments().stream().map(ProvisionId::root).toList();
    ProvisionId target = !top.isEmpty() && r.chance(40) ? r.pick(top) // where positional ids live
        : !ids.isEmpty() && r.chance(80) ? r.pick(ids)
        : ProvisionId.parse(r.pick(ImmutableList.of("art_1", "hcontainer_1", "hcontainer_2", "art_2__para_1",
            "sec_i__art_3")));
    Provision existing = document.provision(target).orElse(null);
    String number = r.pick(ImmutableList.of("1", "2", "3", "1.", "a", "I", "2-1"));
    ProvisionKind kind = existing != null && r.chance(50) ? existing.kind() // like its neighbours
        : r.pick(ImmutableList.of(ProvisionKind.ARTICLE, ProvisionKind.PARAGRAPH, ProvisionKind.HCONTAINER,
            ProvisionKind.POINT));
    Provision fresh = r.chance(40) ? Provision.unnumbered(kind, text(r, 1, 5))
        : Provision.of(kind, number, text(r, 1, 5));
    List<Right> rights = document.rights().rights().values().asList();
    RightId right = !rights.isEmpty() && r.chance(70) ? r.pick(rights).id() : RightId.parse("privacy");
    return switch (r.between(0, 9)) {
      case 0 -> SubstituteText.of(target, existing != null && r.chance(60) ? Trees.contentText(existing) : "x",
          text(r, 1, 5));
      case 1 -> SubstituteProvision.of(target, existing != null && r.chance(60) ? existing.plainText() : "x",
          existing != null && r.chance(50) ? fresh.withNum(existing.num()) : fresh);
      case 2, 3 -> InsertProvision.of(switch (r.between(0, 3)) {
        case 0 -> InsertionPoint.before(target);
        case 1 -> InsertionPoint.after(target);
        case 2 -> InsertionPoint.atEndOf(target);
        default -> InsertionPoint.atEndOfBody();
      }, fresh);
      case 4 -> r.chance(50) ? RepealProvision.removing(target) : RepealProvision.leavingPlaceholder(target);
      case 5, 6 -> RenumberProvision.of(target, number);
      case 7 -> AddRestrictionGround.of(right, ground(r, target));
      case 8 -> RemoveRestrictionGround.of(right, ground(r, target));
      default -> r.chance(50) ? RemoveRight.of(right) : AddRight.of(right(r, right, target));
    };
  }

  /** Returns documents with a sequence of 1 to 6 operations, each valid after the ones before it. */
  public static Gen<WithSequence> documentsWithSequence() {
    return gen(r -> {
      LegalDocument document = document(r);
      return new WithSequence(document, validSequence(r, document, r.between(1, 6)));
    });
  }

  /** Returns amendments that fail at a known operation, with valid operations before and possibly after it. */
  public static Gen<WithFailingAmendment> failingAmendments() {
    return gen(r -> {
      LegalDocument document = document(r);
      ImmutableList<AmendmentOperation> prefix = validSequence(r, document, r.between(0, 3));
      LegalDocument current = document;
      for (AmendmentOperation operation : prefix) {
        current = operation.applyTo(current);
      }
      Invalid invalid = invalidOperation(r, current);
      List<AmendmentOperation> operations = new ArrayList<>(prefix);
      operations.add(invalid.operation());
      // Operations after the failing one are never reached; they may be anything.
      for (int i = r.between(0, 2); i > 0; i--) {
        operations.add(r.chance(50) ? validOperation(r, current) : invalidOperation(r, current).operation());
      }
      Amendment amendment = new Amendment(AmendmentId.parse("test-" + r.between(1, 999)), "Test amendment",
          Optional.empty(), Optional.empty(), Optional.empty(), AmendmentStatus.PROPOSED,
          ImmutableList.copyOf(operations));
      return new WithFailingAmendment(document, amendment, prefix.size(), invalid.expectedTarget());
    });
  }

  /**
   * Returns histories whose participating amendments each apply to the version before them, with same-day
   * amendments, retroactive ones (adopted after they took effect; adoption dates never go backwards along the
   * application order, so every earlier state of knowledge is a prefix), and proposed and rejected amendments
   * whose operations are often invalid (they must never apply).
   */
  public static Gen<WithAmendments> histories() {
    return gen(r -> {
      DrawnHistory drawn = drawHistory(r);
      return new WithAmendments(drawn.original(), interleave(r, drawn.applied(), drawn.never()));
    });
  }

  /**
   * Returns histories as {@link #histories()} whose last amendment (in the given order) takes effect after all
   * the others and does not fit the version it applies to.
   */
  public static Gen<WithAmendments> failingHistories() {
    return gen(r -> {
      DrawnHistory drawn = drawHistory(r);
      LocalDate effective = drawn.lastEffective().plusDays(r.between(0, 400));
      Amendment culprit = new Amendment(AmendmentId.parse("culprit"), "The amendment that does not fit",
          Optional.empty(), Optional.of(effective), Optional.of(effective), AmendmentStatus.IN_FORCE,
          ImmutableList.of(invalidOperation(r, drawn.latest()).operation()));
      return new WithAmendments(drawn.original(), ImmutableList.<Amendment>builder()
          .addAll(interleave(r, drawn.applied(), drawn.never())).add(culprit).build());
    });
  }

  private record DrawnHistory(LegalDocument original, List<Amendment> applied, List<Amendment> never,
      LegalDocument latest, LocalDate lastEffective) {}

  private static DrawnHistory drawHistory(Rnd r) {
    LegalDocument original = document(r, r.between(1, 40));
    int count = r.between(0, 6);
    List<Amendment> applied = new ArrayList<>();
    LegalDocument current = original;
    LocalDate effective = original.identity().versionDate();
    LocalDate lastAdopted = effective.minusYears(1);
    for (int i = 0; i < count; i++) {
      effective = r.chance(25) ? effective : effective.plusDays(r.between(1, 900));
      ImmutableList<AmendmentOperation> operations = validSequence(r, current, r.between(1, 3));
      for (AmendmentOperation operation : operations) {
        current = operation.applyTo(current);
      }
      // Some amendments only have an adoption date, which is then their effective date.
      boolean adoptedOnly = r.chance(20) && !effective.isBefore(lastAdopted);
      LocalDate adopted = adoptedOnly ? effective
          : r.chance(20) ? effective.plusDays(r.between(1, 200)) // retroactive
          : effective.minusDays(r.between(0, 60));
      if (adopted.isBefore(lastAdopted)) {
        adopted = lastAdopted; // knowledge only grows along the application order (see histories())
      }
      lastAdopted = adopted;
      Optional<LocalDate> proposed =
          r.chance(30) ? Optional.of(adopted.minusDays(r.between(0, 90))) : Optional.empty();
      applied.add(adoptedOnly
          ? new Amendment(AmendmentId.parse("law-" + (i + 1)), "Amending law " + (i + 1), proposed,
              Optional.of(adopted), Optional.empty(), AmendmentStatus.ADOPTED, operations)
          : new Amendment(AmendmentId.parse("law-" + (i + 1)), "Amending law " + (i + 1), proposed,
              Optional.of(adopted), Optional.of(effective), AmendmentStatus.IN_FORCE, operations));
    }
    List<Amendment> never = new ArrayList<>();
    for (int i = r.between(0, 3); i > 0; i--) {
      LocalDate proposed = original.identity().versionDate().plusDays(r.between(0, 4000));
      AmendmentOperation operation = r.chance(60) ? invalidOperation(r, current).operation()
          : validOperation(r, current);
      Amendment amendment = Amendment.of(AmendmentId.parse("bill-" + (i + 1)), "Bill " + (i + 1), operation)
          .proposedOn(proposed);
      never.add(r.chance(50) ? amendment.rejected() : amendment);
    }
    return new DrawnHistory(original, applied, never, current, effective);
  }

  /**
   * Returns histories of amendments that do not depend on each other (each touches its own provision or its own
   * right's ground, checked against the original), so that any subset applies in any order; their adoption dates
   * are arbitrary, retroactive ones included. These exercise the bitemporal states that are not prefixes.
   */
  public static Gen<WithAmendments> independentHistories() {
    return gen(r -> {
      LegalDocument original = document(r, r.between(3, 40));
      List<AmendmentOperation> operations = independentOperations(r, original, r.between(1, 7));
      List<Amendment> amendments = new ArrayList<>();
      LocalDate start = original.identity().versionDate();
      for (int i = 0; i < operations.size(); i++) {
        LocalDate effective = start.plusDays(r.between(0, 3000));
        LocalDate adopted = r.chance(30) ? effective.plusDays(r.between(1, 400))
            : effective.minusDays(r.between(0, 100));
        amendments.add(new Amendment(AmendmentId.parse("law-" + (i + 1)), "Amending law " + (i + 1),
            Optional.empty(), Optional.of(adopted), Optional.of(effective), AmendmentStatus.IN_FORCE,
            ImmutableList.of(operations.get(i))));
      }
      return new WithAmendments(original, ImmutableList.copyOf(amendments));
    });
  }

  /** Returns invalid operations for {@code document}, each with the target its problem must name. */
  public static Gen<Invalid> invalidOperations(LegalDocument document) {
    return gen(r -> invalidOperation(r, document));
  }

  /** Returns provision numbers as printed in real texts: "12", "3-1", "12a", "IV", "(b)", "а)", "Статья 5.". */
  public static Gen<Num> nums() {
    return gen(r -> Num.of(numText(r)));
  }

  /** Wraps an imperative generator so that every draw goes through QuickTheories' randomness source. */
  public static <T> Gen<T> gen(Function<Rnd, T> body) {
    return in -> body.apply(new Rnd(in));
  }

  // ================================================================ randomness

  /**
   * Draws from a QuickTheories randomness source, so that failures shrink toward small choices; or, for the bulk
   * of a large document, from a seeded generator drawn from it once ({@link #detached()}), because QuickTheories
   * records every draw and a 500-article document takes tens of thousands.
   */
  public static final class Rnd {
    private final @Nullable RandomnessSource in;
    private final @Nullable SplittableRandom seeded;

    Rnd(RandomnessSource in) {
      this.in = in;
      this.seeded = null;
    }

    private Rnd(SplittableRandom seeded) {
      this.in = null;
      this.seeded = seeded;
    }

    /** Returns an int in {@code [min, max]}. */
    public int between(int min, int max) {
      return seeded != null ? (int) seeded.nextLong(min, (long) max + 1) : (int) in.next(Constraint.between(min, max));
    }

    /** Returns true with the given probability in percent. */
    public boolean chance(int percent) {
      return between(0, 99) >= 100 - percent;
    }

    /** Returns an element of a non-empty list. */
    public <T> T pick(List<T> items) {
      return items.get(between(0, items.size() - 1));
    }

    /** Returns a generator seeded by one draw from this one. */
    Rnd detached() {
      return new Rnd(new SplittableRandom(between(0, Integer.MAX_VALUE)));
    }
  }

  // ================================================================ documents

  private static final ImmutableList<String> WORDS = ImmutableList.of(
      "граждане", "Республики", "Казахстан", "вправе", "мирно", "без", "оружия", "собираться", "законом", "права",
      "свободы", "человека", "гражданина", "могут", "быть", "ограничены", "в", "интересах", "государственной",
      "безопасности", "общественного", "порядка", "охраны", "здоровья", "каждый", "имеет", "право", "на",
      "the", "right", "of", "citizens", "to", "assemble", "peacefully", "may", "be", "restricted", "by", "law",
      "in", "interests", "public", "order", "health", "state", "shall", "guarantee", "everyone", "freedom");

  private static final ImmutableMap<CanonicalGround, ImmutableList<String>> WORDINGS = ImmutableMap.of(
      CanonicalGround.NATIONAL_SECURITY, ImmutableList.of("государственной безопасности", "national security"),
      CanonicalGround.PUBLIC_ORDER, ImmutableList.of("общественного порядка", "public order"),
      CanonicalGround.PUBLIC_HEALTH, ImmutableList.of("охраны здоровья", "health of citizens"),
      CanonicalGround.PUBLIC_MORALS, ImmutableList.of("нравственности населения", "morality of society"),
      CanonicalGround.RIGHTS_OF_OTHERS, ImmutableList.of("защиты прав и свобод других лиц", "rights of others"),
      CanonicalGround.CONSTITUTIONAL_ORDER, ImmutableList.of("защиты конституционного строя",
          "foundations of the constitutional order"),
      CanonicalGround.PUBLIC_SAFETY, ImmutableList.of("public safety"),
      CanonicalGround.TERRITORIAL_INTEGRITY, ImmutableList.of("territorial integrity"));

  private static final ImmutableList<String> UNMAPPED =
      ImmutableList.of("в интересах обороны", "traditional values", "защиты исторического наследия");

  private static final ImmutableList<String> RIGHT_IDS = ImmutableList.of("peaceful-assembly", "freedom-of-speech",
      "association", "privacy", "life", "religion", "movement", "property", "education", "fair-trial", "vote",
      "petition");

  private static LegalDocument document(Rnd r) {
    // Small draws mean small documents, so that QuickTheories shrinks a failure toward a short text.
    int bucket = r.between(0, 99);
    int size = bucket < 80 ? r.between(1, 30) : bucket < 97 ? r.between(31, 120) : r.between(121, 500);
    return document(r, size);
  }

  /** Mutable state while one document is drawn. */
  private static final class Drawing {
    final Rnd r;
    int nextArticle = 1;

    Drawing(Rnd r) {
      this.r = r;
    }
  }

  static LegalDocument document(Rnd random, int articles) {
    Rnd r = articles > 40 ? random.detached() : random; // see Rnd
    Drawing d = new Drawing(r);
    List<Provision> top = new ArrayList<>();
    int structure = r.between(0, 9); // 0-3 flat, 4-6 sections, 7-8 sections with chapters, 9 chapters
    boolean roman = r.chance(60);
    String sectionWord = r.chance(50) ? "" : r.chance(50) ? "Раздел " : "Section ";
    if (structure <= 3) {
      top.addAll(articles(d, articles));
    } else {
      int groups = Math.max(1, Math.min(articles, r.between(1, 9)));
      int[] split = split(r, articles, groups);
      for (int g = 0; g < groups; g++) {
        String num = sectionWord + (roman ? roman(g + 1) : Integer.toString(g + 1));
        List<Provision> members = new ArrayList<>();
        if (structure >= 7 && structure <= 8 && split[g] >= 2) {
          int chapters = Math.min(split[g], r.between(1, 4));
          int[] chapterSplit = split(r, split[g], chapters);
          for (int c = 0; c < chapters; c++) {
            members.add(numbered(ProvisionKind.CHAPTER, (r.chance(50) ? "Глава " : "") + (c + 1),
                optionalHeading(r, 60), articles(d, chapterSplit[c])));
          }
        } else {
          members.addAll(articles(d, split[g]));
        }
        if (r.chance(20)) {
          members.add(r.between(0, members.size()), unnumberedBlock(r));
        }
        ProvisionKind kind = structure == 9 ? ProvisionKind.CHAPTER : ProvisionKind.SECTION;
        top.add(numbered(kind, structure == 9 ? Integer.toString(g + 1) : num, optionalHeading(r, 70), members));
      }
    }
    for (int i = r.chance(25) ? r.between(1, 3) : 0; i > 0; i--) {
      top.add(r.between(0, top.size()), unnumberedBlock(r)); // e.g. transitional provisions without a number
    }
    LegalDocument document = new LegalDocument(identity(r), r.chance(70) ? "Конституция Республики Казахстан"
        : "Constitution of the Republic", r.chance(30) ? Optional.of(Preamble.of(text(r, 10, 30))) : Optional.empty(),
        Provision.body(top), RightsCatalogue.empty(),
        r.chance(50) ? ImmutableList.of(LifecycleEvent.of(LocalDate.of(1995, 8, 30),
            LifecycleEvent.Type.GENERATION, "referendum")) : ImmutableList.of());
    return document.withRights(rights(r, document));
  }

  private static DocumentIdentity identity(Rnd r) {
    return r.chance(80)
        ? DocumentIdentity.of("kz", DocumentType.CONSTITUTION, LocalDate.of(1995, 8, 30), "constitution", "rus")
        : DocumentIdentity.of(r.pick(ImmutableList.of("za", "de", "kz-ast")), r.pick(ImmutableList.of(
            DocumentType.ACT, DocumentType.CODE, DocumentType.CONSTITUTION)), LocalDate.of(2000 + r.between(0, 20),
            r.between(1, 12), r.between(1, 28)), "act-" + r.between(1, 300), r.pick(ImmutableList.of("eng", "deu")));
  }

  private static int[] split(Rnd r, int total, int parts) {
    int[] sizes = new int[parts];
    for (int i = 0; i < total; i++) {
      sizes[i < parts ? i : r.between(0, parts - 1)]++;
    }
    return sizes;
  }

  private static List<Provision> articles(Drawing d, int count) {
    List<Provision> articles = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int n = d.nextArticle++;
      articles.add(article(d.r, articleNum(d.r, Integer.toString(n))));
      if (d.r.chance(5)) { // an article inserted later between n and n+1
        articles.add(article(d.r, articleNum(d.r, n + (d.r.chance(70) ? "-1" : "a"))));
      }
    }
    return articles;
  }

  private static String articleNum(Rnd r, String number) {
    return switch (r.between(0, 5)) {
      case 0 -> "Статья " + number;
      case 1 -> number + ".";
      case 2 -> "Article " + number;
      default -> number;
    };
  }

  static Provision article(Rnd r, String num) {
    Optional<Text> heading = optionalHeading(r, 30);
    ImmutableList<Note> notes = r.chance(10)
        ? ImmutableList.of(Note.of("Сноска. Статья " + num + " с изменениями, внесенными законом РК от 21.05.2007"))
        : ImmutableList.of();
    if (r.chance(6)) {
      return new Provision(ProvisionKind.ARTICLE, Optional.of(Num.of(num)), heading, ImmutableList.of(),
          ImmutableList.of(), ImmutableList.of(), notes, ProvisionStatus.REPEALED);
    }
    if (r.chance(40)) {
      return new Provision(ProvisionKind.ARTICLE, Optional.of(Num.of(num)), heading, texts(r, r.between(1, 2)),
          ImmutableList.of(), ImmutableList.of(), notes, ProvisionStatus.IN_FORCE);
    }
    List<Provision> paragraphs = new ArrayList<>();
    if (r.chance(10)) {
      paragraphs.add(Provision.unnumbered(ProvisionKind.PARAGRAPH, text(r, 5, 25)));
    } else {
      int count = r.between(1, 6);
      for (int p = 1; p <= count; p++) {
        paragraphs.add(paragraph(r, p + "."));
        if (r.chance(4)) {
          paragraphs.add(paragraph(r, p + "-1."));
        }
      }
    }
    return new Provision(ProvisionKind.ARTICLE, Optional.of(Num.of(num)), heading,
        r.chance(10) ? texts(r, 1) : ImmutableList.of(), ImmutableList.copyOf(paragraphs), ImmutableList.of(), notes,
        ProvisionStatus.IN_FORCE);
  }

  private static Provision paragraph(Rnd r, String num) {
    if (r.chance(5)) {
      return new Provision(ProvisionKind.PARAGRAPH, Optional.of(Num.of(num)), Optional.empty(), ImmutableList.of(),
          ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), ProvisionStatus.REPEALED);
    }
    if (r.chance(80)) {
      return new Provision(ProvisionKind.PARAGRAPH, Optional.of(Num.of(num)), Optional.empty(),
          texts(r, r.chance(90) ? 1 : 2), ImmutableList.of(), ImmutableList.of(), ImmutableList.of(),
          ProvisionStatus.IN_FORCE);
    }
    int style = r.between(0, 2);
    int count = r.between(1, 6);
    List<Provision> points = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      String pointNum = switch (style) {
        case 0 -> i + ")";
        case 1 -> "абвгдежзик".charAt(i - 1) + ")";
        default -> "(" + (char) ('a' + i - 1) + ")";
      };
      points.add(Provision.of(ProvisionKind.POINT, pointNum, text(r, 3, 15)));
    }
    return new Provision(ProvisionKind.PARAGRAPH, Optional.of(Num.of(num)), Optional.empty(), texts(r, 1), ImmutableList.copyOf(points),
        r.chance(30) ? texts(r, 1) : ImmutableList.of(), ImmutableList.of(), ProvisionStatus.IN_FORCE);
  }

  private static Provision unnumberedBlock(Rnd r) {
    return new Provision(ProvisionKind.HCONTAINER, Optional.empty(), optionalHeading(r, 50), texts(r, 1),
        ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), ProvisionStatus.IN_FORCE);
  }

  private static Provision numbered(
      ProvisionKind kind, String num, Optional<Text> heading, List<Provision> children) {
    return new Provision(kind, Optional.of(Num.of(num)), heading, ImmutableList.of(), ImmutableList.copyOf(children), ImmutableList.of(),
        ImmutableList.of(), ProvisionStatus.IN_FORCE);
  }

  private static Optional<Text> optionalHeading(Rnd r, int percent) {
    return r.chance(percent) ? Optional.of(Text.of(text(r, 1, 5))) : Optional.empty();
  }

  private static ImmutableList<Text> texts(Rnd r, int blocks) {
    ImmutableList.Builder<Text> texts = ImmutableList.builder();
    for (int i = 0; i < blocks; i++) {
      texts.add(r.chance(5) ? markedUp(r) : Text.of(text(r, 3, 30)));
    }
    return texts.build();
  }

  private static Text markedUp(Rnd r) {
    return Text.of(new Inline.Run(text(r, 1, 8) + " "),
        Inline.Mark.of("term", Map.of("refersTo", "#freedomOfAssembly"),
            ImmutableList.of(new Inline.Run(text(r, 1, 3)))),
        new Inline.Run(" " + text(r, 1, 8)));
  }

  /** Returns 'min' to 'max' words; now and then with the doubled spaces and line breaks of texts taken from PDFs. */
  static String text(Rnd r, int min, int max) {
    int count = r.between(min, max);
    boolean messy = r.chance(5);
    // One draw seeds the words: wording never matters to a law, and a draw per word made generation slow.
    SplittableRandom words = new SplittableRandom(r.between(0, Integer.MAX_VALUE));
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        text.append(messy && words.nextInt(5) == 0 ? (words.nextBoolean() ? "  " : "\n") : " ");
      }
      text.append(WORDS.get(words.nextInt(WORDS.size())));
    }
    return text.toString();
  }

  private static String roman(int n) {
    String[] tens = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
    String[] ones = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
    return tens[(n / 10) % 10] + ones[n % 10];
  }

  private static String numText(Rnd r) {
    int n = r.between(1, 400);
    return switch (r.between(0, 7)) {
      case 0 -> n + "-" + r.between(1, 9);
      case 1 -> n + Character.toString("abc".charAt(r.between(0, 2)));
      case 2 -> roman(r.between(1, 99));
      case 3 -> "(" + (char) ('a' + r.between(0, 25)) + ")";
      case 4 -> "абвгдежзиклмн".charAt(r.between(0, 12)) + ")";
      case 5 -> "Статья " + n + ".";
      case 6 -> n + "." + r.between(1, 9);
      default -> Integer.toString(n);
    };
  }

  // ================================================================ rights

  private static RightsCatalogue rights(Rnd r, LegalDocument document) {
    List<ProvisionId> articles = inForce(document, ProvisionKind.ARTICLE);
    if (articles.isEmpty()) {
      return RightsCatalogue.empty();
    }
    Map<RightId, Right> rights = new LinkedHashMap<>();
    for (int i = r.between(0, 6); i > 0; i--) {
      RightId id = RightId.parse(r.pick(RIGHT_IDS));
      if (!rights.containsKey(id)) {
        rights.put(id, right(r, id, r.pick(articles)));
      }
    }
    List<GeneralLimitationClause> general = new ArrayList<>();
    if (r.chance(70)) {
      ProvisionId source = r.pick(articles);
      general.add(new GeneralLimitationClause(source, grounds(r, source, r.between(1, 5))));
    }
    List<NonRestrictableRights> nonRestrictable = new ArrayList<>();
    if (r.chance(20)) {
      ProvisionId source = r.pick(articles);
      nonRestrictable.add(NonRestrictableRights.of(source, r.pick(articles), r.pick(articles)));
    }
    List<ProhibitedContent> prohibited = new ArrayList<>();
    if (r.chance(20)) {
      prohibited.add(ProhibitedContent.of(r.pick(articles), "пропаганда войны", "культ жестокости и насилия"));
    }
    return new RightsCatalogue(ImmutableMap.copyOf(rights), ImmutableList.copyOf(general),
        ImmutableList.copyOf(prohibited), ImmutableList.copyOf(nonRestrictable));
  }

  private static Right right(Rnd r, RightId id, ProvisionId statedIn) {
    Holder holder = r.chance(50) ? Holder.EVERYONE : r.chance(70) ? Holder.CITIZENS : Holder.group("children");
    boolean absolute = r.chance(15);
    return new Right(id, id.value().replace('-', ' '), r.chance(30) ? Optional.of("assem") : Optional.empty(),
        holder, ImmutableList.of(statedIn), absolute,
        absolute ? ImmutableList.of() : grounds(r, statedIn, r.between(0, 4)));
  }

  private static ImmutableList<RestrictionGround> grounds(Rnd r, ProvisionId source, int count) {
    Map<String, RestrictionGround> grounds = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      RestrictionGround ground = ground(r, source);
      grounds.putIfAbsent(ground.key(), ground);
    }
    return ImmutableList.copyOf(grounds.values());
  }

  private static RestrictionGround ground(Rnd r, ProvisionId source) {
    if (r.chance(10)) {
      return RestrictionGround.unmapped(r.pick(UNMAPPED), source);
    }
    CanonicalGround canonical = r.pick(WORDINGS.keySet().asList());
    return RestrictionGround.of(r.pick(WORDINGS.get(canonical)), source, canonical);
  }

  // ================================================================ valid operations

  /** Returns a sequence of operations, each valid for the result of applying the ones before it. */
  static ImmutableList<AmendmentOperation> validSequence(Rnd r, LegalDocument document, int length) {
    ImmutableList.Builder<AmendmentOperation> operations = ImmutableList.builder();
    LegalDocument current = document;
    for (int i = 0; i < length; i++) {
      AmendmentOperation operation = validOperation(r, current);
      operations.add(operation);
      current = operation.applyTo(current);
    }
    return operations.build();
  }

  /**
   * Returns an operation that applies to {@code document}. Validity is by construction (targets are picked among
   * the provisions and rights that exist, numbers are fresh among the siblings), not by trying the operation.
   */
  public static AmendmentOperation validOperation(Rnd r, LegalDocument document) {
    for (int attempt = 0; attempt < 20; attempt++) {
      Optional<AmendmentOperation> operation = switch (r.between(0, 14)) {
        case 0, 1 -> substituteText(r, document);
        case 13, 14 -> changeWords(r, document);
        case 2 -> substituteProvision(r, document);
        case 3, 4 -> insert(r, document);
        case 5, 6 -> repeal(r, document);
        case 7, 8 -> renumber(r, document);
        case 9 -> addGround(r, document);
        case 10 -> removeGround(r, document);
        case 11 -> addRight(r, document);
        default -> removeRight(r, document);
      };
      if (operation.isPresent()) {
        return operation.get();
      }
    }
    // Every document can take a new article at the end of its body.
    return InsertProvision.of(InsertionPoint.atEndOfBody(), article(r, "9999"));
  }

  private static Optional<AmendmentOperation> substituteText(Rnd r, LegalDocument document) {
    List<ProvisionId> targets = inForce(document, ProvisionKind.ARTICLE, ProvisionKind.PARAGRAPH,
        ProvisionKind.POINT, ProvisionKind.HCONTAINER);
    if (targets.isEmpty()) {
      return Optional.empty();
    }
    ProvisionId target = r.pick(targets);
    String old = Trees.contentText(document.provision(target).orElseThrow());
    String expected = r.chance(20) ? "  " + old.replace(" ", " \n ") + " " : old; // whitespace does not matter
    String replacement = r.chance(5) ? old : text(r, 3, 25);
    return Optional.of(SubstituteText.of(target, expected, replacement));
  }

  /** A word-level change on a whole word of some provision's text, which therefore exists. */
  private static Optional<AmendmentOperation> changeWords(Rnd r, LegalDocument document) {
    List<ProvisionId> targets = inForce(document, ProvisionKind.ARTICLE, ProvisionKind.PARAGRAPH,
        ProvisionKind.POINT, ProvisionKind.HCONTAINER).stream()
        .filter(id -> !document.provision(id).orElseThrow().content().isEmpty()).toList();
    if (targets.isEmpty()) {
      return Optional.empty();
    }
    ProvisionId target = r.pick(targets);
    List<String> words = new ArrayList<>();
    for (String word : Trees.contentText(document.provision(target).orElseThrow()).split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    String fresh = text(r, 1, 3);
    if (words.isEmpty() || r.chance(10)) {
      return Optional.of(ChangeWords.insertAtEdge(target, r.chance(50), fresh));
    }
    String word = r.pick(words);
    Words first = r.chance(50) ? Words.nth(word, 1) : Words.everywhere(word);
    return Optional.of(switch (r.between(0, 3)) {
      case 0 -> ChangeWords.replace(target, first, fresh);
      case 1 -> ChangeWords.omit(target, first);
      case 2 -> ChangeWords.insertBefore(target, first, fresh);
      default -> ChangeWords.insertAfter(target, first, fresh);
    });
  }

  private static Optional<AmendmentOperation> substituteProvision(Rnd r, LegalDocument document) {
    List<ProvisionId> targets = inForce(document, ProvisionKind.ARTICLE, ProvisionKind.PARAGRAPH,
        ProvisionKind.POINT);
    if (targets.isEmpty()) {
      return Optional.empty();
    }
    ProvisionId target = r.pick(targets);
    Provision old = document.provision(target).orElseThrow();
    Provision fresh = switch (old.kind()) {
      case ARTICLE -> article(r, old.num().orElseThrow().text()).withNum(old.num());
      case PARAGRAPH -> paragraph(r, "1.").withNum(old.num());
      default -> Provision.of(ProvisionKind.POINT, "1)", text(r, 3, 15)).withNum(old.num());
    };
    return Optional.of(SubstituteProvision.of(target, old.plainText(), fresh));
  }

  private static Optional<AmendmentOperation> insert(Rnd r, LegalDocument document) {
    int kind = r.between(0, 2);
    if (kind == 0) { // a new article next to an existing one, "5-1" after article 5
      List<ProvisionId> articles = all(document, ProvisionKind.ARTICLE);
      if (articles.isEmpty()) {
        return Optional.empty();
      }
      ProvisionId anchor = r.pick(articles);
      Provision anchored = document.provision(anchor).orElseThrow();
      String token = anchored.num().orElseThrow().token();
      Provision container = document.container(anchor.parent()).orElseThrow();
      for (String candidate : List.of(token + "-1", token + "-2", token + "-3", token + "b", token + "-1-1")) {
        if (!container.childSegments().contains(ProvisionId.segment(ProvisionKind.ARTICLE, Num.of(candidate).token()))) {
          InsertionPoint at = r.chance(70) ? InsertionPoint.after(anchor) : InsertionPoint.before(anchor);
          return Optional.of(InsertProvision.of(at, article(r, articleNum(r, candidate))));
        }
      }
      return Optional.empty();
    }
    if (kind == 1) { // a new paragraph at the end of an article, numbered or not
      List<ProvisionId> articles = inForce(document, ProvisionKind.ARTICLE);
      if (articles.isEmpty()) {
        return Optional.empty();
      }
      ProvisionId article = r.pick(articles);
      Provision container = document.provision(article).orElseThrow();
      Provision paragraph = r.chance(20) ? Provision.unnumbered(ProvisionKind.PARAGRAPH, text(r, 3, 20))
          : paragraph(r, (container.children().size() + 1 + r.between(0, 3)) + ".");
      return fits(container, container.children().size(), paragraph)
          ? Optional.of(InsertProvision.of(InsertionPoint.atEndOf(article), paragraph)) : Optional.empty();
    }
    // an unnumbered block (or a numbered section) among the top-level provisions or inside a section
    List<ProvisionId> containers = inForce(document, ProvisionKind.SECTION, ProvisionKind.CHAPTER);
    Optional<ProvisionId> containerId = containers.isEmpty() || r.chance(40) ? Optional.empty()
        : Optional.of(r.pick(containers));
    Provision container = document.container(containerId).orElseThrow();
    Provision block = r.chance(80) ? unnumberedBlock(r)
        : numbered(ProvisionKind.HCONTAINER, Integer.toString(r.between(1, 5)), Optional.empty(),
            ImmutableList.of(Provision.of(ProvisionKind.ARTICLE, Integer.toString(900 + r.between(0, 99)),
                text(r, 3, 10))));
    if (container.children().isEmpty() || r.chance(20)) {
      return fits(container, container.children().size(), block)
          ? Optional.of(InsertProvision.of(containerId.map(InsertionPoint::atEndOf)
              .orElseGet(InsertionPoint::atEndOfBody), block)) : Optional.empty();
    }
    int index = r.between(0, container.children().size() - 1);
    ProvisionId anchor = Trees.child(containerId, container.childSegments().get(index));
    boolean after = r.chance(50);
    return fits(container, index + (after ? 1 : 0), block)
        ? Optional.of(InsertProvision.of(after ? InsertionPoint.after(anchor) : InsertionPoint.before(anchor), block))
        : Optional.empty();
  }

  /** Returns whether inserting {@code provision} at {@code index} keeps every sibling id unique. */
  private static boolean fits(Provision container, int index, Provision provision) {
    List<Provision> children = new ArrayList<>(container.children());
    children.add(index, provision);
    List<String> segments = Provision.segmentsOf(children);
    return new TreeSet<>(segments).size() == segments.size();
  }

  private static Optional<AmendmentOperation> repeal(Rnd r, LegalDocument document) {
    List<ProvisionId> ids = document.provisions().keySet().asList();
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    ProvisionId target = r.pick(ids);
    return Optional.of(r.chance(50) ? RepealProvision.leavingPlaceholder(target) : RepealProvision.removing(target));
  }

  private static Optional<AmendmentOperation> renumber(Rnd r, LegalDocument document) {
    List<ProvisionId> ids = document.provisions().keySet().asList();
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    ProvisionId target = r.pick(ids);
    Provision provision = document.provision(target).orElseThrow();
    Provision container = document.container(target.parent()).orElseThrow();
    int index = container.childSegments().indexOf(target.lastSegment());
    String token = provision.num().map(Num::token).orElse("1");
    List<String> candidates = List.of(token + "-1", Integer.toString(100 + r.between(0, 900)), token + "a",
        "Статья " + token + ".", token);
    String candidate = candidates.get(r.between(0, candidates.size() - 1));
    List<Provision> children = new ArrayList<>(container.children());
    children.set(index, provision.withNum(Optional.of(Num.of(candidate))));
    List<String> segments = Provision.segmentsOf(children);
    return new TreeSet<>(segments).size() == segments.size()
        ? Optional.of(RenumberProvision.of(target, candidate)) : Optional.empty();
  }

  private static Optional<AmendmentOperation> addGround(Rnd r, LegalDocument document) {
    List<Right> rights = document.rights().rights().values().stream().filter(right -> !right.absolute()).toList();
    if (rights.isEmpty()) {
      return Optional.empty();
    }
    Right right = r.pick(rights);
    RestrictionGround ground = ground(r, right.statedIn().get(0));
    return right.ground(ground).isPresent() ? Optional.empty()
        : Optional.of(AddRestrictionGround.of(right.id(), ground));
  }

  private static Optional<AmendmentOperation> removeGround(Rnd r, LegalDocument document) {
    List<Right> rights = document.rights().rights().values().stream().filter(right -> !right.grounds().isEmpty())
        .toList();
    if (rights.isEmpty()) {
      return Optional.empty();
    }
    Right right = r.pick(rights);
    RestrictionGround ground = r.pick(right.grounds());
    // A canonical ground is matched by key: the amending act may word it differently.
    RestrictionGround named = ground.canonical().isPresent() && r.chance(30)
        ? RestrictionGround.of("иначе сформулированное основание", ground.source(), ground.canonical().get())
        : ground;
    return Optional.of(RemoveRestrictionGround.of(right.id(), named));
  }

  private static Optional<AmendmentOperation> addRight(Rnd r, LegalDocument document) {
    List<ProvisionId> articles = inForce(document, ProvisionKind.ARTICLE);
    RightId id = RightId.parse(r.pick(RIGHT_IDS) + "-" + r.between(2, 9));
    if (articles.isEmpty() || document.rights().right(id).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(AddRight.of(right(r, id, r.pick(articles))));
  }

  private static Optional<AmendmentOperation> removeRight(Rnd r, LegalDocument document) {
    List<RightId> ids = document.rights().rights().keySet().asList();
    return ids.isEmpty() ? Optional.empty() : Optional.of(RemoveRight.of(r.pick(ids)));
  }

  /**
   * Returns up to {@code count} operations valid for {@code document} in any subset and order: text substitutions
   * and placeholder repeals of provisions none of which contains another, and additions of grounds to different
   * rights.
   */
  private static List<AmendmentOperation> independentOperations(Rnd r, LegalDocument document, int count) {
    List<AmendmentOperation> operations = new ArrayList<>();
    List<ProvisionId> taken = new ArrayList<>();
    Set<RightId> rightsTaken = new TreeSet<>();
    for (int attempt = 0; attempt < count * 4 && operations.size() < count; attempt++) {
      if (r.chance(25)) {
        Optional<AmendmentOperation> ground = addGround(r, document);
        if (ground.isPresent() && rightsTaken.add(((AddRestrictionGround) ground.get()).right())) {
          operations.add(ground.get());
        }
        continue;
      }
      ProvisionId target = r.pick(inForceOrAll(document));
      if (taken.stream().anyMatch(t -> t.contains(target) || target.contains(t))) {
        continue;
      }
      taken.add(target);
      Provision provision = document.provision(target).orElseThrow();
      operations.add(r.chance(70) && !provision.isRepealed()
          ? SubstituteText.of(target, Trees.contentText(provision), text(r, 3, 20))
          : RepealProvision.leavingPlaceholder(target));
    }
    if (operations.isEmpty()) {
      ProvisionId target = document.provisions().keySet().asList().get(0);
      operations.add(RepealProvision.leavingPlaceholder(target));
    }
    return operations;
  }

  private static List<ProvisionId> inForceOrAll(LegalDocument document) {
    List<ProvisionId> ids = inForce(document, ProvisionKind.ARTICLE, ProvisionKind.PARAGRAPH, ProvisionKind.POINT);
    return ids.isEmpty() ? document.provisions().keySet().asList() : ids;
  }

  // ================================================================ invalid operations

  /** Returns an operation that cannot apply to {@code document}, with the target its problem names. */
  public static Invalid invalidOperation(Rnd r, LegalDocument document) {
    for (int attempt = 0; attempt < 20; attempt++) {
      Optional<Invalid> invalid = switch (r.between(0, 9)) {
        case 0 -> Optional.of(missingTarget(r, document));
        case 1 -> staleText(r, document);
        case 2 -> staleProvision(r, document);
        case 3 -> repealedTarget(r, document);
        case 4 -> renumberCollision(r, document);
        case 5 -> insertCollision(r, document);
        case 6 -> absoluteGround(r, document);
        case 7 -> duplicateGround(r, document);
        case 8 -> missingRight(r, document);
        default -> wrongReplacement(r, document);
      };
      if (invalid.isPresent()) {
        return invalid.get();
      }
    }
    return missingTarget(r, document);
  }

  private static Invalid missingTarget(Rnd r, LegalDocument document) {
    List<ProvisionId> ids = document.provisions().keySet().asList();
    ProvisionId missing = ids.isEmpty() || r.chance(40) ? ProvisionId.parse("art_" + (5000 + r.between(0, 999)))
        : r.pick(ids).child("para_" + (700 + r.between(0, 99)));
    AmendmentOperation operation = switch (r.between(0, 5)) {
      case 0 -> SubstituteText.of(missing, "old", "new");
      case 1 -> SubstituteProvision.of(missing, "old", Provision.of(ProvisionKind.PARAGRAPH, "1.", "new"));
      case 2 -> RepealProvision.removing(missing);
      case 3 -> RenumberProvision.of(missing, "77");
      case 4 -> InsertProvision.of(InsertionPoint.after(missing), Provision.of(ProvisionKind.PARAGRAPH, "88.", "x"));
      default -> InsertProvision.of(InsertionPoint.atEndOf(missing), Provision.of(ProvisionKind.POINT, "9)", "x"));
    };
    return new Invalid(operation, missing.value(), "missing target");
  }

  private static Optional<Invalid> staleText(Rnd r, LegalDocument document) {
    List<ProvisionId> targets = inForce(document, ProvisionKind.ARTICLE, ProvisionKind.PARAGRAPH,
        ProvisionKind.POINT);
    if (targets.isEmpty()) {
      return Optional.empty();
    }
    ProvisionId target = r.pick(targets);
    String stale = stale(r, Trees.contentText(document.provision(target).orElseThrow()));
    return Optional.of(new Invalid(SubstituteText.of(target, stale, "new text"), target.value(), "stale text"));
  }

  private static Optional<Invalid> staleProvision(Rnd r, LegalDocument document) {
    List<ProvisionId> targets = inForce(document, ProvisionKind.ARTICLE, ProvisionKind.PARAGRAPH);
    if (targets.isEmpty()) {
      return Optional.empty();
    }
    ProvisionId target = r.pick(targets);
    Provision old = document.provision(target).orElseThrow();
    return Optional.of(new Invalid(SubstituteProvision.of(target, stale(r, old.plainText()), old), target.value(),
        "stale subtree text"));
  }

  /** Returns text that differs from {@code text} after whitespace normalisation. */
  static String stale(Rnd r, String text) {
    String normalized = Text.normalize(text);
    String stale = switch (r.between(0, 2)) {
      case 0 -> normalized + " " + r.pick(WORDS);
      case 1 -> normalized.isEmpty() ? "прежний текст" : normalized.substring(0, normalized.length() - 1);
      default -> normalized.toUpperCase(Locale.ROOT) + "!";
    };
    return Text.normalize(stale).equals(normalized) ? stale + " x" : stale;
  }

  private static Optional<Invalid> repealedTarget(Rnd r, LegalDocument document) {
    List<ProvisionId> repealed = document.provisions().entrySet().stream().filter(e -> e.getValue().isRepealed())
        .map(Map.Entry::getKey).toList();
    if (repealed.isEmpty()) {
      return Optional.empty();
    }
    ProvisionId target = r.pick(repealed);
    return Optional.of(new Invalid(SubstituteText.of(target, "", "revived text"), target.value(),
        "substitution in a repealed placeholder"));
  }

  private static Optional<Invalid> renumberCollision(Rnd r, LegalDocument document) {
    for (Map.Entry<ProvisionId, Provision> entry : shuffledNumbered(r, document)) {
      ProvisionId target = entry.getKey();
      Provision container = document.container(target.parent()).orElseThrow();
      String kindPrefix = target.lastSegment().substring(0, target.lastSegment().indexOf('_') + 1);
      for (int i = 0; i < container.children().size(); i++) {
        Provision sibling = container.children().get(i);
        String segment = container.childSegments().get(i);
        if (segment.startsWith(kindPrefix) && !segment.equals(target.lastSegment()) && sibling.num().isPresent()) {
          return Optional.of(new Invalid(RenumberProvision.of(target, sibling.num().get().text()), target.value(),
              "number collision"));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Invalid> insertCollision(Rnd r, LegalDocument document) {
    for (Map.Entry<ProvisionId, Provision> entry : shuffledNumbered(r, document)) {
      ProvisionId existing = entry.getKey();
      Provision twin = new Provision(entry.getValue().kind(), entry.getValue().num(), Optional.empty(),
          ImmutableList.of(Text.of("a second provision with the same number")), ImmutableList.of(),
          ImmutableList.of(), ImmutableList.of(), ProvisionStatus.IN_FORCE);
      InsertionPoint at = r.chance(50) ? InsertionPoint.after(existing) : InsertionPoint.before(existing);
      return Optional.of(new Invalid(InsertProvision.of(at, twin), existing.value(), "insert collision"));
    }
    return Optional.empty();
  }

  private static List<Map.Entry<ProvisionId, Provision>> shuffledNumbered(Rnd r, LegalDocument document) {
    List<Map.Entry<ProvisionId, Provision>> numbered = new ArrayList<>(document.provisions().entrySet().stream()
        .filter(e -> e.getValue().num().isPresent()).toList());
    if (numbered.isEmpty()) {
      return numbered;
    }
    int start = r.between(0, numbered.size() - 1);
    List<Map.Entry<ProvisionId, Provision>> rotated = new ArrayList<>(numbered.subList(start, numbered.size()));
    rotated.addAll(numbered.subList(0, start));
    return rotated;
  }

  private static Optional<Invalid> absoluteGround(Rnd r, LegalDocument document) {
    List<Right> absolute = document.rights().rights().values().stream().filter(Right::absolute).toList();
    if (absolute.isEmpty()) {
      return Optional.empty();
    }
    Right right = r.pick(absolute);
    return Optional.of(new Invalid(AddRestrictionGround.of(right.id(), ground(r, right.statedIn().get(0))),
        right.id().value(), "ground for an absolute right"));
  }

  private static Optional<Invalid> duplicateGround(Rnd r, LegalDocument document) {
    List<Right> rights = document.rights().rights().values().stream().filter(x -> !x.grounds().isEmpty()).toList();
    if (rights.isEmpty()) {
      return Optional.empty();
    }
    Right right = r.pick(rights);
    return Optional.of(new Invalid(AddRestrictionGround.of(right.id(), r.pick(right.grounds())), right.id().value(),
        "duplicate ground"));
  }

  private static Optional<Invalid> missingRight(Rnd r, LegalDocument document) {
    RightId missing = RightId.parse("no-such-right-" + r.between(1, 99));
    if (r.chance(50) || document.rights().rights().isEmpty()) {
      return Optional.of(new Invalid(RemoveRight.of(missing), missing.value(), "missing right"));
    }
    Right right = r.pick(document.rights().rights().values().asList());
    RestrictionGround absent = RestrictionGround.unmapped("основание, которого нет", right.statedIn().get(0));
    return right.ground(absent).isPresent() ? Optional.empty()
        : Optional.of(new Invalid(RemoveRestrictionGround.of(right.id(), absent), right.id().value(),
            "missing ground"));
  }

  private static Optional<Invalid> wrongReplacement(Rnd r, LegalDocument document) {
    List<ProvisionId> targets = inForce(document, ProvisionKind.ARTICLE);
    if (targets.isEmpty()) {
      return Optional.empty();
    }
    ProvisionId target = r.pick(targets);
    Provision old = document.provision(target).orElseThrow();
    Provision other = r.chance(50) ? Provision.of(ProvisionKind.PARAGRAPH, old.num().orElseThrow().text(), "x")
        : old.withNum(Optional.of(Num.of(old.num().orElseThrow().token() + "-9")));
    return Optional.of(new Invalid(SubstituteProvision.of(target, old.plainText(), other), target.value(),
        "replacement with another kind or number"));
  }

  // ================================================================ helpers

  /** Returns the ids of in-force provisions of the given kinds, in document order. */
  static List<ProvisionId> inForce(LegalDocument document, ProvisionKind... kinds) {
    Set<ProvisionKind> wanted = Set.of(kinds);
    return document.provisions().entrySet().stream()
        .filter(e -> wanted.contains(e.getValue().kind()) && !e.getValue().isRepealed()).map(Map.Entry::getKey)
        .toList();
  }

  private static List<ProvisionId> all(LegalDocument document, ProvisionKind kind) {
    return document.provisions().entrySet().stream().filter(e -> e.getValue().kind() == kind)
        .map(Map.Entry::getKey).toList();
  }

  /** Shuffles amendments, keeping the given order of those that take effect on the same day. */
  private static ImmutableList<Amendment> interleave(Rnd r, List<Amendment> applied, List<Amendment> never) {
    List<Amendment> all = new ArrayList<>(applied);
    for (Amendment amendment : never) {
      all.add(r.between(0, all.size()), amendment);
    }
    for (int i = all.size() - 1; i > 0; i--) { // Fisher-Yates
      int j = r.between(0, i);
      Amendment a = all.get(i);
      all.set(i, all.get(j));
      all.set(j, a);
    }
    // Restore the order within each same-day group: the positions the group occupies get its members in order.
    Map<LocalDate, List<Amendment>> groups = new LinkedHashMap<>();
    applied.forEach(a -> groups.computeIfAbsent(a.effectiveDate().orElseThrow(), k -> new ArrayList<>()).add(a));
    Map<LocalDate, Integer> next = new LinkedHashMap<>();
    for (int i = 0; i < all.size(); i++) {
      Optional<LocalDate> day = all.get(i).effectiveDate();
      if (day.isPresent()) {
        int k = next.merge(day.get(), 1, Integer::sum) - 1;
        all.set(i, groups.get(day.get()).get(k));
      }
    }
    return ImmutableList.copyOf(all);
  }
}
