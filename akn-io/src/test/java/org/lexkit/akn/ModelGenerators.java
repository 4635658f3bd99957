package org.lexkit.akn;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generators of Lexkit documents in the shapes real constitutions have: sections of articles of paragraphs of
 * points, Roman, Arabic, hyphenated and Cyrillic-lettered numbers, headings, intros and wrap-ups, notes, repealed
 * placeholders, inline markup, rights with grounds and clauses, life-cycle events, and strings with the characters
 * that break naive XML writers ({@code & < > " '}, tabs, newlines, carriage returns, Cyrillic, astral characters).
 *
 * <p>Texts are canonical (no empty runs, never two runs in a row), the form every XML reader produces: the model
 * allows {@code Text.of(run("a"), run("b"))}, which any XML encoding reads back as one run "ab".
 */
final class ModelGenerators {
  private ModelGenerators() {}

  private static final String TEXT_CHARS = "abc xyz АБВ абв 123 &<>\"' \t\n\r.,;:—«»\uD835\uDD38";

  static int pick(RandomnessSource random, int from, int to) {
    return Generate.range(from, to).generate(random);
  }

  static <T> T pick(RandomnessSource random, List<T> values) {
    return values.get(pick(random, 0, values.size() - 1));
  }

  static String string(RandomnessSource random, int min, int max) {
    int length = pick(random, min, max);
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      char c = TEXT_CHARS.charAt(pick(random, 0, TEXT_CHARS.length() - 1));
      if (Character.isHighSurrogate(c)) {
        text.append(c).append('\uDD38');
      } else if (!Character.isLowSurrogate(c)) {
        text.append(c);
      }
    }
    return text.toString();
  }

  static String nonBlank(RandomnessSource random, int max) {
    return "x" + string(random, 0, max);
  }

  static Text text(RandomnessSource random, int depth) {
    List<Inline> parts = new ArrayList<>();
    int count = pick(random, 0, 4);
    boolean lastWasRun = false;
    for (int i = 0; i < count; i++) {
      if (!lastWasRun && pick(random, 0, 2) > 0) {
        parts.add(new Inline.Run(string(random, 1, 12)));
        lastWasRun = true;
      } else {
        parts.add(mark(random, depth));
        lastWasRun = false;
      }
    }
    return new Text(ImmutableList.copyOf(parts));
  }

  /** Schema-valid inline marks: the required attributes are present. */
  static Inline.Mark mark(RandomnessSource random, int depth) {
    String name = pick(random, List.of("b", "i", "u", "sup", "sub", "span", "ins", "del", "ref", "inline", "term"));
    Map<String, String> attributes = new LinkedHashMap<>();
    switch (name) {
      case "ref":
        attributes.put("href", "/akn/kz/act/1995-08-30/constitution/~art_" + pick(random, 1, 99));
        break;
      case "inline":
        attributes.put("name", "emphasis");
        break;
      case "term":
        attributes.put("refersTo", "#term_" + pick(random, 1, 3));
        break;
      default:
        if (pick(random, 0, 3) == 0) {
          attributes.put("class", string(random, 0, 6));
        }
    }
    Text children = depth > 0 ? text(random, depth - 1) : new Text(ImmutableList.of());
    return new Inline.Mark(name, ImmutableMap.copyOf(attributes), children.parts());
  }

  /** Schema-valid blocks of structure: a list of items, a table of cells, a container of paragraphs. */
  static Text block(RandomnessSource random) {
    switch (pick(random, 0, 2)) {
      case 0:
        return Text.block(element("blockList", repeat(random, 1, 3, () -> element("item", paragraphs(random)))));
      case 1:
        return Text.block(element("table", repeat(random, 1, 2,
            () -> element("tr", repeat(random, 1, 2, () -> element("td", paragraphs(random)))))));
      default:
        return Text.block(element("blockContainer", paragraphs(random)));
    }
  }

  private static List<Inline> paragraphs(RandomnessSource random) {
    return repeat(random, 1, 2, () -> element("p", text(random, 1).parts()));
  }

  private static Inline.Mark element(String name, List<? extends Inline> children) {
    return Inline.Mark.of(name, Map.of(), children);
  }

  private static List<Inline> repeat(RandomnessSource random, int min, int max,
      java.util.function.Supplier<Inline> one) {
    List<Inline> all = new ArrayList<>();
    for (int i = pick(random, min, max); i > 0; i--) {
      all.add(one.get());
    }
    return all;
  }

  private static final List<String> NUMBERS = List.of(
      "1", "2", "3", "3-1", "12a", "IV", "II", "а)", "б)", "(b)", "Статья 5", "Раздел II", "94-1", "1.2");

  static Provision provision(RandomnessSource random, ProvisionKind kind, int depth) {
    Optional<Num> num = pick(random, 0, 4) > 0 ? Optional.of(Num.of(pick(random, NUMBERS))) : Optional.empty();
    Optional<Text> heading = pick(random, 0, 2) == 0 ? Optional.of(text(random, 1)) : Optional.empty();
    List<Note> notes = new ArrayList<>();
    for (int i = pick(random, 0, 6) - 4; i > 0; i--) {
      notes.add(new Note(text(random, 1)));
    }
    if (pick(random, 0, 9) == 0) {
      return new Provision(kind, num, heading, ImmutableList.of(), ImmutableList.of(), ImmutableList.of(),
          ImmutableList.copyOf(notes), ProvisionStatus.REPEALED);
    }
    List<Text> content = new ArrayList<>();
    for (int i = pick(random, 0, 2); i > 0; i--) {
      content.add(pick(random, 0, 3) == 0 ? block(random) : text(random, 2));
    }
    List<Provision> children = depth > 0 ? children(random, depth - 1, pick(random, 0, 3)) : List.of();
    List<Text> wrapUp = new ArrayList<>();
    if (!children.isEmpty()) {
      for (int i = pick(random, 0, 3) - 2; i > 0; i--) {
        wrapUp.add(text(random, 1));
      }
    }
    return new Provision(kind, num, heading, ImmutableList.copyOf(content), ImmutableList.copyOf(children),
        ImmutableList.copyOf(wrapUp), ImmutableList.copyOf(notes), ProvisionStatus.IN_FORCE);
  }

  private static final List<ProvisionKind> KINDS = List.of(ProvisionKind.SECTION, ProvisionKind.CHAPTER,
      ProvisionKind.ARTICLE, ProvisionKind.PARAGRAPH, ProvisionKind.POINT, ProvisionKind.PART, ProvisionKind.ITEM,
      ProvisionKind.HCONTAINER, ProvisionKind.LIST, ProvisionKind.SUBPARAGRAPH, ProvisionKind.TITLE);

  /** Siblings with distinct id segments (a drawn child that would collide is left out). */
  static List<Provision> children(RandomnessSource random, int depth, int count) {
    List<Provision> children = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Provision candidate = provision(random, pick(random, KINDS), depth);
      List<Provision> attempt = new ArrayList<>(children);
      attempt.add(candidate);
      if (new HashSet<>(Provision.segmentsOf(attempt)).size() == attempt.size()) {
        children.add(candidate);
      }
    }
    return children;
  }

  static DocumentIdentity identity(RandomnessSource random) {
    LocalDate date = LocalDate.ofEpochDay(pick(random, -20_000, 20_000));
    return new DocumentIdentity(pick(random, List.of("kz", "za", "gb-ukm", "de", "it-45")),
        pick(random, List.of(DocumentType.values())), date,
        pick(random, List.of("constitution", "29", "1-ФКЗ", "act_5", "nn")),
        pick(random, List.of("rus", "kaz", "eng", "deu")), date.plusDays(pick(random, 0, 5000)));
  }

  static RestrictionGround ground(RandomnessSource random, List<ProvisionId> ids) {
    ProvisionId source = pick(random, ids);
    String wording = nonBlank(random, 20);
    return pick(random, 0, 2) == 0 ? RestrictionGround.unmapped(wording, source)
        : RestrictionGround.of(wording, source, pick(random, List.of(CanonicalGround.PUBLIC_ORDER,
            CanonicalGround.NATIONAL_SECURITY, CanonicalGround.PUBLIC_HEALTH, CanonicalGround.CONSTITUTIONAL_ORDER,
            CanonicalGround.parse("STATE_SECURITY"))));
  }

  static RightsCatalogue rights(RandomnessSource random, List<ProvisionId> existing) {
    List<ProvisionId> ids = new ArrayList<>(existing);
    ids.add(ProvisionId.parse("art_999")); // a reference to a provision the document lacks stays representable
    RightsCatalogue catalogue = RightsCatalogue.empty();
    for (int i = pick(random, 0, 3); i > 0; i--) {
      RightId id = RightId.parse(pick(random, List.of("peaceful-assembly", "speech", "life", "privacy", "vote2")));
      Holder holder = pick(random, List.of(Holder.EVERYONE, Holder.CITIZENS, Holder.group(nonBlank(random, 8))));
      List<ProvisionId> statedIn = new ArrayList<>();
      for (int j = pick(random, 1, 2); j > 0; j--) {
        statedIn.add(pick(random, ids));
      }
      boolean absolute = pick(random, 0, 4) == 0;
      List<RestrictionGround> grounds = new ArrayList<>();
      Set<String> keys = new HashSet<>();
      if (!absolute) {
        for (int j = pick(random, 0, 3); j > 0; j--) {
          RestrictionGround ground = ground(random, ids);
          if (keys.add(ground.key())) {
            grounds.add(ground);
          }
        }
      }
      Optional<String> topic = pick(random, 0, 1) == 0 ? Optional.of("assem") : Optional.empty();
      catalogue = catalogue.withRight(new Right(id, nonBlank(random, 20), topic, holder,
          ImmutableList.copyOf(statedIn), absolute, ImmutableList.copyOf(grounds)));
    }
    for (int i = pick(random, 0, 2); i > 0; i--) {
      catalogue = catalogue.withGeneralLimitation(
          GeneralLimitationClause.of(pick(random, ids), ground(random, ids), ground(random, ids)));
    }
    if (pick(random, 0, 2) == 0) {
      catalogue = catalogue.withProhibitedContent(
          ProhibitedContent.of(pick(random, ids), nonBlank(random, 15), nonBlank(random, 15)));
    }
    if (pick(random, 0, 2) == 0) {
      catalogue = catalogue.withNonRestrictable(NonRestrictableRights.of(pick(random, ids), pick(random, ids)));
    }
    return catalogue;
  }

  static Gen<LegalDocument> documents() {
    return random -> {
      DocumentIdentity identity = identity(random);
      List<Provision> top = children(random, 3, pick(random, 1, 4));
      if (top.isEmpty()) {
        top = List.of(Provision.of(ProvisionKind.ARTICLE, "1", "Text."));
      }
      Provision body = Provision.body(top);
      Optional<Preamble> preamble = Optional.empty();
      if (pick(random, 0, 1) == 0) {
        preamble = Optional.of(new Preamble(ImmutableList.of(text(random, 1), pick(random, 0, 1) == 0
            ? block(random) : text(random, 1))));
      }
      List<ProvisionId> ids = new ArrayList<>(body.descendants().keySet());
      List<LifecycleEvent> events = new ArrayList<>();
      for (int i = pick(random, 0, 3); i > 0; i--) {
        Optional<String> source = pick(random, List.of(Optional.<String>empty(),
            Optional.of("Закон РК от 21.05.2007 № 254-III"),
            Optional.of("/akn/kz/act/2007-05-21/254-III/rus@2007-05-21"), Optional.of(nonBlank(random, 10))));
        events.add(new LifecycleEvent(identity.date().plusDays(pick(random, 0, 900)),
            pick(random, List.of(LifecycleEvent.Type.values())), source));
      }
      return new LegalDocument(identity, nonBlank(random, 30), preamble, body, rights(random, ids),
          ImmutableList.copyOf(events));
    };
  }

  private static final List<ProvisionId> TARGETS = List.of(ProvisionId.parse("sec_ii__art_32"),
      ProvisionId.parse("art_5"), ProvisionId.parse("sec_ii__art_39__para_3__point_а"),
      ProvisionId.parse("chp_1__art_94-1"), ProvisionId.parse("hcontainer_2"));

  static AmendmentOperation operation(RandomnessSource random) {
    ProvisionId target = pick(random, TARGETS);
    RightId right = RightId.parse(pick(random, List.of("peaceful-assembly", "speech", "privacy")));
    switch (pick(random, 0, 9)) {
      case 9:
        return changeWords(random, target);
      case 0: {
        List<Text> blocks = new ArrayList<>();
        for (int i = pick(random, 0, 2); i > 0; i--) {
          blocks.add(text(random, 2));
        }
        return new SubstituteText(target, string(random, 0, 30), ImmutableList.copyOf(blocks));
      }
      case 1:
        return pick(random, 0, 3) == 0 ? SubstituteProvision.unquoted(target, provision(random, pick(random, KINDS), 2))
            : SubstituteProvision.of(target, string(random, 0, 30), provision(random, pick(random, KINDS), 2));
      case 2: {
        InsertionPoint at = pick(random, List.of(InsertionPoint.before(target), InsertionPoint.after(target),
            InsertionPoint.atEndOf(target), InsertionPoint.atEndOfBody()));
        return new InsertProvision(at, provision(random, pick(random, KINDS), 2), pick(random, 0, 3) == 0);
      }
      case 3: {
        RepealProvision.Mode mode = pick(random, List.of(RepealProvision.Mode.values()));
        return pick(random, 0, 2) == 0 ? RepealProvision.range(target, target.parent().map(p -> p.child("art_99"))
            .orElseGet(() -> ProvisionId.root("art_99")), mode) : new RepealProvision(target, mode);
      }
      case 4:
        return RenumberProvision.of(target, pick(random, NUMBERS));
      case 5:
        return AddRestrictionGround.of(right, ground(random, TARGETS));
      case 6:
        return RemoveRestrictionGround.of(right, ground(random, TARGETS));
      case 7: {
        RightsCatalogue one = RightsCatalogue.empty();
        while (one.rights().isEmpty()) {
          one = rights(random, TARGETS);
        }
        return AddRight.of(one.rights().values().iterator().next());
      }
      default:
        return RemoveRight.of(right);
    }
  }

  private static ChangeWords changeWords(RandomnessSource random, ProvisionId target) {
    ChangeWords.Edit edit = pick(random, List.of(ChangeWords.Edit.values()));
    String words = edit == ChangeWords.Edit.OMIT ? "" : nonBlank(random, 20);
    if (edit == ChangeWords.Edit.INSERT_AT_START || edit == ChangeWords.Edit.INSERT_AT_END) {
      return new ChangeWords(target, edit, Optional.empty(), words);
    }
    String quoted = nonBlank(random, 20);
    Words at = switch (pick(random, 0, 3)) {
      case 0 -> Words.only(quoted);
      case 1 -> Words.nth(quoted, pick(random, 1, 3));
      case 2 -> Words.everywhere(quoted);
      default -> Words.at(new Words.Range(pick(random, 0, 2), 3, pick(random, 3, 40)),
          pick(random, 0, 1) == 0 ? Optional.of(quoted) : Optional.empty());
    };
    return new ChangeWords(target, edit, Optional.of(at), words);
  }

  static Gen<Amendment> amendments() {
    return random -> {
      List<AmendmentOperation> operations = new ArrayList<>();
      for (int i = pick(random, 1, 4); i > 0; i--) {
        operations.add(operation(random));
      }
      AmendmentStatus status = pick(random, List.of(AmendmentStatus.values()));
      LocalDate base = LocalDate.ofEpochDay(pick(random, 0, 20_000));
      Optional<LocalDate> proposed = pick(random, 0, 1) == 0 ? Optional.of(base) : Optional.empty();
      Optional<LocalDate> adopted = status == AmendmentStatus.ADOPTED || pick(random, 0, 2) == 0
          ? Optional.of(base.plusDays(pick(random, 0, 90))) : Optional.empty();
      Optional<LocalDate> inForce = status == AmendmentStatus.IN_FORCE || pick(random, 0, 2) == 0
          ? Optional.of(base.plusDays(pick(random, -30, 200))) : Optional.empty();
      return new Amendment(AmendmentId.parse(pick(random, List.of("2022-142-VII", "51-VI", "proposal-2026-01-26",
          "Закон_254-III"))), nonBlank(random, 30), proposed, adopted, inForce, status,
          ImmutableList.copyOf(operations));
    };
  }
}
