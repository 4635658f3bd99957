package org.lexkit.core.amendment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
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

/**
 * Amendment application fuzzing: random sequences of every kind of operation, aimed mostly at provisions and
 * rights that exist (so that they often apply) and sometimes at ones that do not, with stale expected texts,
 * colliding numbers, repealed targets and odd text, applied to random documents. Whatever happens:
 *
 * <ul>
 *   <li>{@link Amendment#apply} returns; no exception escapes (every failure is an {@link AmendmentConflictException}
 *       turned into a problem), and each operation applied alone either applies or throws exactly that;
 *   <li>a refusal returns the very document it was given, with exactly one {@link AmendmentProblem} that names the
 *       first operation that does not apply (its index, the operation itself, and a target the operation mentions),
 *       and every operation before it does apply;
 *   <li>an application gives a valid tree: unique, well-formed, findable ids, and equals applying the operations
 *       one by one;
 *   <li>the input is untouched: deep-equal to a structural copy taken before (no shared mutable state).
 * </ul>
 *
 * <p>Self-contained: the generators are private to this class (core's shared generators live on another branch).
 * Each case is built from one random {@code long}, so a failure is reproduced from the seed QuickTheories prints.
 */
class AmendmentFuzzTest {
  private static final long SEED = 20261128L;
  private static final int EXAMPLES = Integer.getInteger("lexkit.examples", 1000);

  @Test
  void apply_randomSequences_applyOrRefuseWithLocatedProblem_inputUntouched() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
      Case c = Case.generate(seed);
      LegalDocument copy = deepCopy(c.document);
      String before = c.document.toString();

      AmendmentResult result = c.amendment.apply(c.document);

      assertThat(c.document).as("input after apply, seed %s", seed).isEqualTo(copy);
      assertThat(c.document.toString()).isEqualTo(before);
      if (result.isApplied()) {
        assertValid(result.document());
        assertThat(result.document()).isEqualTo(fold(c.document, c.amendment.operations()));
      } else {
        assertLocatedRefusal(c, result);
      }
      assertEachStep(c);
    });
  }

  /**
   * The operations one by one, each on the last version that applied: applyTo may only throw an
   * AmendmentConflictException whose problem names the operation and one of its targets; an IllegalArgumentException
   * from a model invariant would escape Amendment.apply as a crash (it did, for an inserted BODY).
   */
  private static void assertEachStep(Case c) {
    LegalDocument current = c.document;
    for (AmendmentOperation operation : c.amendment.operations()) {
      try {
        current = operation.applyTo(current);
        assertValid(current);
      } catch (AmendmentConflictException e) {
        assertThat(e.problem().operation()).isSameAs(operation);
        assertThat(acceptableTargets(operation)).as("targets of %s", operation).contains(e.problem().target());
        assertThat(e.getMessage()).contains(e.problem().target()).contains(operation.verb());
      }
    }
  }

  @Test
  void construction_operationThatCanNeverApply_rejected() {
    // A BODY is the root of every tree; an operation that would put one below it can never apply, so it is the
    // caller's mistake, refused when the operation is built rather than crashing apply (found by this fuzzer).
    Provision body = Provision.body(List.of(Provision.of(ProvisionKind.ARTICLE, "1", "x")));
    assertThatThrownBy(() -> InsertProvision.of(InsertionPoint.atEndOfBody(), body))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("body");
    assertThatThrownBy(() -> SubstituteProvision.of(ProvisionId.parse("art_1"), "1 x", body))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("body");
  }

  // ------------------------------------------------------------------------------------------------ oracles

  private static LegalDocument fold(LegalDocument document, List<AmendmentOperation> operations) {
    LegalDocument current = document;
    for (AmendmentOperation operation : operations) {
      current = operation.applyTo(current);
    }
    return current;
  }

  private static void assertValid(LegalDocument document) {
    ImmutableMap<ProvisionId, Provision> all = document.provisions(); // throws on a duplicate id
    int i = 0;
    for (Map.Entry<ProvisionId, Provision> entry : all.entrySet()) {
      assertThat(ProvisionId.parse(entry.getKey().value())).isEqualTo(entry.getKey());
      if (all.size() <= 40 || i++ % 7 == 0) { // a lookup costs O(depth x siblings): sample large trees
        assertThat(document.provision(entry.getKey())).containsSame(entry.getValue());
      }
    }
  }

  private static void assertLocatedRefusal(Case c, AmendmentResult result) {
    assertThat(result.document()).isSameAs(c.document);
    assertThat(result.problems()).hasSize(1);
    AmendmentProblem problem = result.problems().get(0);
    int index = problem.operationIndex();
    assertThat(index).isBetween(0, c.amendment.operations().size() - 1);
    AmendmentOperation failing = c.amendment.operations().get(index);
    assertThat(problem.operation()).isSameAs(failing);
    assertThat(problem.target()).isNotBlank();
    assertThat(acceptableTargets(failing)).as("targets of %s", failing).contains(problem.target());
    assertThat(problem.expected()).isNotBlank();
    assertThat(problem.found()).isNotBlank();
    // The first failing operation is the one named: all before it apply, it does not.
    LegalDocument prefix = fold(c.document, c.amendment.operations().subList(0, index));
    assertThatThrownBy(() -> failing.applyTo(prefix)).isInstanceOf(AmendmentConflictException.class);
    assertThatThrownBy(result::orElseThrow).isInstanceOf(AmendmentConflictException.class)
        .hasMessageStartingWith("amendment " + c.amendment.id() + ", operation " + (index + 1) + " ("
            + failing.verb() + ") on " + problem.target() + ": expected ");
  }

  /** Every id an operation mentions, or derives (an inserted provision's id, a renumbered id). */
  private static Set<String> acceptableTargets(AmendmentOperation operation) {
    return operation.accept(new AmendmentOperation.Visitor<Set<String>>() {
      @Override
      public Set<String> visit(SubstituteText op) {
        return Set.of(op.target().value());
      }

      @Override
      public Set<String> visit(ChangeWords op) {
        return Set.of(op.target().value());
      }

      @Override
      public Set<String> visit(SubstituteProvision op) {
        return Set.of(op.target().value());
      }

      @Override
      public Set<String> visit(InsertProvision op) {
        Set<String> targets = new TreeSet<>();
        op.at().anchor().ifPresent(a -> targets.add(a.value()));
        op.at().container().ifPresent(a -> targets.add(a.value()));
        Optional<ProvisionId> container = op.at().container();
        for (int position = 1; position <= 64; position++) { // the inserted provision's id, numbered or not
          String token = op.provision().num().map(Num::token).orElse(Integer.toString(position));
          String segment = ProvisionId.segment(op.provision().kind(), token);
          targets.add(container.map(p -> p.child(segment)).orElseGet(() -> ProvisionId.root(segment)).value());
        }
        return targets;
      }

      @Override
      public Set<String> visit(RepealProvision op) {
        return Set.of(op.target().value());
      }

      @Override
      public Set<String> visit(RenumberProvision op) {
        return ImmutableSet.of(op.target().value(), op.renumberedId().value()); // may be equal
      }

      @Override
      public Set<String> visit(AddRestrictionGround op) {
        return Set.of(op.right().value());
      }

      @Override
      public Set<String> visit(RemoveRestrictionGround op) {
        return Set.of(op.right().value());
      }

      @Override
      public Set<String> visit(AddRight op) {
        return Set.of(op.right().id().value());
      }

      @Override
      public Set<String> visit(RemoveRight op) {
        return Set.of(op.right().value());
      }
    });
  }

  // ------------------------------------------------------------------------------------------------ deep copy

  /** A structural copy: new records and new strings all the way down, equal but sharing nothing. */
  static LegalDocument deepCopy(LegalDocument d) {
    return new LegalDocument(
        new DocumentIdentity(str(d.identity().country()), d.identity().type(), d.identity().date(),
            str(d.identity().name()), str(d.identity().language()), d.identity().versionDate()),
        str(d.title()), d.preamble().map(p -> new Preamble(copyTexts(p.blocks()))), copy(d.body()),
        copy(d.rights()), ImmutableList.copyOf(d.lifecycle().stream()
            .map(e -> new LifecycleEvent(e.date(), e.type(), e.source().map(AmendmentFuzzTest::str))).toList()));
  }

  private static Provision copy(Provision p) {
    return new Provision(p.kind(), p.num().map(n -> new Num(str(n.text()))), p.heading().map(AmendmentFuzzTest::copy),
        copyTexts(p.content()), ImmutableList.copyOf(p.children().stream().map(AmendmentFuzzTest::copy).toList()),
        copyTexts(p.wrapUp()), ImmutableList.copyOf(p.notes().stream().map(n -> new Note(copy(n.text()))).toList()),
        p.status());
  }

  private static ImmutableList<Text> copyTexts(List<Text> texts) {
    return ImmutableList.copyOf(texts.stream().map(AmendmentFuzzTest::copy).toList());
  }

  private static Text copy(Text t) {
    return new Text(ImmutableList.copyOf(t.parts().stream().map(AmendmentFuzzTest::copy).toList()));
  }

  private static Inline copy(Inline inline) {
    if (inline instanceof Inline.Run) {
      return new Inline.Run(str(((Inline.Run) inline).text()));
    }
    Inline.Mark mark = (Inline.Mark) inline;
    Map<String, String> attributes = new LinkedHashMap<>();
    mark.attributes().forEach((k, v) -> attributes.put(str(k), str(v)));
    return new Inline.Mark(str(mark.name()), ImmutableMap.copyOf(attributes),
        ImmutableList.copyOf(mark.children().stream().map(AmendmentFuzzTest::copy).toList()));
  }

  private static RightsCatalogue copy(RightsCatalogue c) {
    Map<RightId, Right> rights = new LinkedHashMap<>();
    c.rights().forEach((id, r) -> rights.put(new RightId(str(id.value())), copy(r)));
    return new RightsCatalogue(ImmutableMap.copyOf(rights),
        ImmutableList.copyOf(c.generalLimitations().stream().map(g -> new GeneralLimitationClause(copy(g.source()),
            ImmutableList.copyOf(g.grounds().stream().map(AmendmentFuzzTest::copy).toList()))).toList()),
        ImmutableList.copyOf(c.prohibitedContent().stream().map(p -> new ProhibitedContent(copy(p.source()),
            ImmutableList.copyOf(p.items().stream().map(AmendmentFuzzTest::str).toList()))).toList()),
        ImmutableList.copyOf(c.nonRestrictable().stream().map(n -> new NonRestrictableRights(copy(n.source()),
            ImmutableSet.copyOf(n.provisions().stream().map(AmendmentFuzzTest::copy).toList()))).toList()));
  }

  private static Right copy(Right r) {
    return new Right(new RightId(str(r.id().value())), str(r.name()), r.topic().map(AmendmentFuzzTest::str),
        r.holder().group().isPresent() ? Holder.group(str(r.holder().group().get())) : r.holder(),
        ImmutableList.copyOf(r.statedIn().stream().map(AmendmentFuzzTest::copy).toList()), r.absolute(),
        ImmutableList.copyOf(r.grounds().stream().map(AmendmentFuzzTest::copy).toList()));
  }

  private static RestrictionGround copy(RestrictionGround g) {
    return new RestrictionGround(str(g.wording()), copy(g.source()),
        g.canonical().map(c -> new CanonicalGround(str(c.code()))));
  }

  private static ProvisionId copy(ProvisionId id) {
    return new ProvisionId(str(id.value()));
  }

  @SuppressWarnings("StringCopy") // the point is a distinct instance
  private static String str(String s) {
    return new String(s.toCharArray());
  }

  // ------------------------------------------------------------------------------------------------ generators

  /** One generated case: a document and an amendment of 1 to 8 operations, all from one seed. */
  private static final class Case {
    final LegalDocument document;
    final Amendment amendment;

    private Case(LegalDocument document, Amendment amendment) {
      this.document = document;
      this.amendment = amendment;
    }

    static Case generate(long seed) {
      Generator g = new Generator(new SplittableRandom(seed));
      LegalDocument document = g.document();
      List<AmendmentOperation> operations = new ArrayList<>();
      LegalDocument evolving = document; // aim later operations at what earlier ones created, when they applied
      int count = 1 + g.random.nextInt(8);
      while (operations.size() < count) {
        AmendmentOperation operation = g.operation(evolving);
        operations.add(operation);
        try {
          evolving = operation.applyTo(evolving);
        } catch (AmendmentConflictException | IllegalArgumentException e) {
          // keep aiming at the last good version; the oracles decide whether the failure was proper
        }
      }
      return new Case(document, new Amendment(AmendmentId.parse("fuzz-" + Long.toHexString(seed)), "Fuzz",
          Optional.empty(), Optional.empty(), Optional.empty(), AmendmentStatus.PROPOSED,
          ImmutableList.copyOf(operations)));
    }
  }

  /** Builds random documents and operations from one random source. */
  private static final class Generator {
    private static final ProvisionKind[] CONTAINERS = {
      ProvisionKind.PART, ProvisionKind.SECTION, ProvisionKind.CHAPTER, ProvisionKind.TITLE, ProvisionKind.HCONTAINER};
    private static final ProvisionKind[] LEAVES = {
      ProvisionKind.ARTICLE, ProvisionKind.PARAGRAPH, ProvisionKind.POINT, ProvisionKind.SUBPARAGRAPH,
      ProvisionKind.HCONTAINER, ProvisionKind.ITEM};
    private static final String[] NUMBERS = {
      "1", "2", "3", "4", "5", "10", "12a", "83-1", "IV", "ix", "(b)", "а)", "в", "Статья 7.", "1.2", "v", "x"};
    private static final String[] WORDS = {
      "Республика", "Казахстан", "граждане", "вправе", "мирно", "собираться", "the", "Republic", "law", "may",
      "restrict", "\u200f", "\t", "  ", "\u00a0", "x&y", "<p>", "", "شرط", "\ud83d\udcdc"};
    private static final String[] GROUNDS = {
      "в интересах национальной безопасности", "public order", "public health", "защиты нравственности", "other"};

    final SplittableRandom random;

    Generator(SplittableRandom random) {
      this.random = random;
    }

    private <T> T pick(T[] values) {
      return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
      return values.get(random.nextInt(values.size()));
    }

    String words() {
      int n = random.nextInt(6);
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < n; i++) {
        text.append(i == 0 ? "" : " ").append(pick(WORDS));
      }
      return random.nextInt(40) == 0 ? text.toString().repeat(20) : text.toString();
    }

    Text text() {
      if (random.nextInt(4) == 0) {
        return Text.of(new Inline.Run(words()), Inline.Mark.of("term", Map.of("refersTo", "#t"),
            List.of(new Inline.Run(words()))), new Inline.Run(words()));
      }
      return Text.of(words());
    }

    ImmutableList<Text> texts(int max) {
      List<Text> texts = new ArrayList<>();
      int n = random.nextInt(max + 1);
      for (int i = 0; i < n; i++) {
        texts.add(text());
      }
      return ImmutableList.copyOf(texts);
    }

    Optional<Num> num(ProvisionKind kind) {
      boolean unnumberable = kind == ProvisionKind.HCONTAINER || kind == ProvisionKind.PARAGRAPH;
      return unnumberable && random.nextInt(3) == 0 ? Optional.empty() : Optional.of(Num.of(pick(NUMBERS)));
    }

    Provision provision(int depth) {
      boolean container = depth < 2 && random.nextInt(3) > 0; // at most a few hundred provisions: fast cases
      ProvisionKind kind = container ? pick(CONTAINERS) : pick(LEAVES);
      List<Provision> children = new ArrayList<>();
      if (container) {
        int n = random.nextInt(5);
        for (int i = 0; i < n; i++) {
          children.add(provision(depth + 1));
        }
      }
      Provision p = new Provision(kind, num(kind), random.nextInt(3) == 0 ? Optional.of(text()) : Optional.empty(),
          texts(container ? 1 : 3), distinct(children), random.nextInt(5) == 0 ? texts(1) : ImmutableList.of(),
          random.nextInt(6) == 0 ? ImmutableList.of(Note.of(words())) : ImmutableList.of(), ProvisionStatus.IN_FORCE);
      return random.nextInt(12) == 0 ? p.asRepealed() : p;
    }

    /** Keeps the first of each id segment: siblings must not collide. */
    static ImmutableList<Provision> distinct(List<Provision> siblings) {
      List<Provision> kept = new ArrayList<>();
      for (Provision candidate : siblings) {
        List<Provision> trial = new ArrayList<>(kept);
        trial.add(candidate);
        if (ImmutableSet.copyOf(Provision.segmentsOf(trial)).size() == trial.size()) {
          kept.add(candidate);
        }
      }
      return ImmutableList.copyOf(kept);
    }

    LegalDocument document() {
      List<Provision> top = new ArrayList<>();
      int n = 1 + random.nextInt(6);
      for (int i = 0; i < n; i++) {
        top.add(provision(0));
      }
      Provision body = Provision.body(distinct(top));
      List<ProvisionId> ids = body.descendants().keySet().asList();
      List<Right> rights = new ArrayList<>();
      int r = ids.isEmpty() ? 0 : random.nextInt(5);
      for (int i = 0; i < r; i++) {
        rights.add(right(ids, "right-" + (i + 1)));
      }
      Map<RightId, Right> byId = new LinkedHashMap<>();
      rights.forEach(right -> byId.putIfAbsent(right.id(), right));
      RightsCatalogue catalogue = new RightsCatalogue(ImmutableMap.copyOf(byId),
          ids.isEmpty() || random.nextBoolean() ? ImmutableList.of()
              : ImmutableList.of(GeneralLimitationClause.of(pick(ids), ground(ids))),
          ImmutableList.of(), ImmutableList.of());
      return new LegalDocument(
          DocumentIdentity.of("kz", DocumentType.CONSTITUTION, LocalDate.of(1995, 8, 30), "constitution", "rus"),
          "Конституция", random.nextInt(3) == 0 ? Optional.of(Preamble.of("Мы, народ Казахстана")) : Optional.empty(),
          body, catalogue, ImmutableList.of());
    }

    RestrictionGround ground(List<ProvisionId> ids) {
      ProvisionId source = ids.isEmpty() ? ProvisionId.parse("art_1") : pick(ids);
      return random.nextBoolean()
          ? RestrictionGround.of(pick(GROUNDS), source, pick(new CanonicalGround[] {CanonicalGround.PUBLIC_ORDER,
              CanonicalGround.NATIONAL_SECURITY, CanonicalGround.PUBLIC_HEALTH, CanonicalGround.CONSTITUTIONAL_ORDER}))
          : RestrictionGround.unmapped(pick(GROUNDS), source);
    }

    Right right(List<ProvisionId> ids, String id) {
      ProvisionId statedIn = ids.isEmpty() ? ProvisionId.parse("art_1") : pick(ids);
      if (random.nextInt(4) == 0) {
        return Right.absolute(RightId.parse(id), "freedom " + id, Holder.EVERYONE, statedIn);
      }
      Map<String, RestrictionGround> grounds = new LinkedHashMap<>();
      int n = random.nextInt(3);
      for (int i = 0; i < n; i++) {
        RestrictionGround g = ground(ids);
        grounds.putIfAbsent(g.key(), g);
      }
      return new Right(RightId.parse(id), "freedom " + id, Optional.empty(),
          random.nextBoolean() ? Holder.CITIZENS : Holder.group("children"), ImmutableList.of(statedIn), false,
          ImmutableList.copyOf(grounds.values()));
    }

    /** An existing id (mostly) or one that is not in the document. */
    ProvisionId target(LegalDocument document) {
      List<ProvisionId> ids = document.provisions().keySet().asList();
      if (ids.isEmpty() || random.nextInt(5) == 0) {
        return ProvisionId.parse(pick(new String[] {"art_999", "sec_1__art_1", "hcontainer_7", "chp_x__para_2",
            "art_1__para_1__point_b"}));
      }
      return pick(ids);
    }

    RightId rightId(LegalDocument document) {
      List<RightId> ids = document.rights().rights().keySet().asList();
      return ids.isEmpty() || random.nextInt(4) == 0 ? RightId.parse("right-" + (1 + random.nextInt(6)))
          : pick(ids);
    }

    AmendmentOperation operation(LegalDocument document) {
      List<ProvisionId> ids = document.provisions().keySet().asList();
      switch (random.nextInt(9)) {
        case 0: {
          ProvisionId target = target(document);
          String expected = document.provision(target).filter(p -> random.nextInt(3) > 0)
              .map(SubstituteText::contentText).orElseGet(this::words);
          return new SubstituteText(target, expected, texts(2));
        }
        case 1: {
          ProvisionId target = target(document);
          Optional<Provision> old = document.provision(target);
          String expected = old.filter(p -> random.nextInt(3) > 0).map(Provision::plainText).orElseGet(this::words);
          Provision replacement = random.nextInt(40) == 0 ? Provision.body(List.of(provision(2))) : provision(1);
          if (old.isPresent() && random.nextInt(3) > 0) {
            replacement = new Provision(old.get().kind(), old.get().num(), replacement.heading(),
                replacement.content(), replacement.children(), replacement.wrapUp(), replacement.notes(),
                ProvisionStatus.IN_FORCE);
          }
          try {
            return new SubstituteProvision(target, Optional.of(expected), replacement);
          } catch (IllegalArgumentException refusedWhenBuilt) {
            return new SubstituteProvision(target, Optional.of(expected), provision(1));
          }
        }
        case 2: {
          InsertionPoint at;
          switch (random.nextInt(4)) {
            case 0:
              at = InsertionPoint.atEndOfBody();
              break;
            case 1:
              at = InsertionPoint.atEndOf(target(document));
              break;
            case 2:
              at = InsertionPoint.before(target(document));
              break;
            default:
              at = InsertionPoint.after(target(document));
          }
          if (random.nextInt(40) == 0) { // a whole document body where a provision belongs
            try {
              return new InsertProvision(at, Provision.body(List.of(provision(2))));
            } catch (IllegalArgumentException refusedWhenBuilt) {
              // documented: an operation that can never apply is refused when built
            }
          }
          return new InsertProvision(at, provision(1 + random.nextInt(2)));
        }
        case 3:
          return new RepealProvision(target(document), random.nextBoolean()
              ? RepealProvision.Mode.REMOVE : RepealProvision.Mode.PLACEHOLDER);
        case 4:
          return new RenumberProvision(target(document), Num.of(pick(NUMBERS)));
        case 5:
          return new AddRestrictionGround(rightId(document), ground(ids));
        case 6: {
          RightId right = rightId(document);
          Optional<Right> existing = document.rights().right(right);
          return new RemoveRestrictionGround(right, existing.filter(r -> !r.grounds().isEmpty() && random.nextBoolean())
              .map(r -> pick(r.grounds())).orElseGet(() -> ground(ids)));
        }
        case 7:
          return new AddRight(right(ids, rightId(document).value()));
        default:
          return new RemoveRight(rightId(document));
      }
    }
  }
}
