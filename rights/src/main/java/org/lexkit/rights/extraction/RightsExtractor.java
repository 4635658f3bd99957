package org.lexkit.rights.extraction;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.ProvisionKind;
import org.lexkit.core.provision.Text;
import org.lexkit.core.rights.GeneralLimitationClause;
import org.lexkit.core.rights.Holder;
import org.lexkit.core.rights.NonRestrictableRights;
import org.lexkit.core.rights.ProhibitedContent;
import org.lexkit.core.rights.RestrictionGround;
import org.lexkit.core.rights.Right;
import org.lexkit.core.rights.RightId;
import org.lexkit.core.rights.RightsCatalogue;
import org.lexkit.rights.extraction.LanguageRules.Formula;
import org.lexkit.rights.extraction.LanguageRules.Kind;
import org.lexkit.rights.extraction.LanguageRules.LimitationKind;
import org.lexkit.rights.extraction.LanguageRules.Strength;
import org.lexkit.rights.extraction.LanguageRules.Trigger;

/**
 * Finds, in the text of a {@link LegalDocument}, the rights it guarantees and the grounds on which they may be
 * restricted, in Russian ({@code rus}) and English ({@code eng}), chosen by the document's language.
 *
 * <p>What it finds, sentence by sentence:
 * <ul>
 *   <li><b>rights</b> stated by the formulas of the language's rules ("Everyone shall have the right to ...",
 *       «Граждане ... вправе ...», «... гарантируется», «Никто не должен подвергаться пыткам», «Жилище
 *       неприкосновенно»), named by the bundled right patterns, so the same right gets the same id in every
 *       version ({@code peaceful-assembly}, {@code freedom-of-speech}); a right no pattern names gets an id derived
 *       from its provision and an {@link ExtractionNote.Kind#UNRECOGNISED_RIGHT} note. A statement that names no
 *       holder («Свобода слова гарантируется») is read as granting the right to everyone; a right stated several
 *       times is held by everyone if any statement grants it to everyone, else by the holder of its first statement;
 *   <li><b>limitation clauses</b> ("may be restricted by law in the interests of A, B and C", «не должны посягать
 *       на ...»): their ground list is split into items, each mapped through the {@link GroundVocabulary}, and
 *       attached to the rights the clause names, or the rights of the paragraph it cites, or those of its own
 *       provision or article;
 *   <li><b>general limitation clauses</b>, whose subject is all rights and freedoms (KZ 1995 art. 39(1));
 *   <li><b>non-restrictable lists</b> (KZ 1995 art. 39(3)), their references resolved to provisions of the
 *       document;
 *   <li><b>bans</b> on propaganda (KZ 1995 art. 20(3)).
 * </ul>
 * Nothing is guessed: unknown wordings stay unmapped, and every doubt becomes a note. The result is deterministic
 * for a given document, vocabulary and version of the bundled rules.
 *
 * <pre>{@code
 * Extraction found = RightsExtractor.create().extract(constitution);
 * LegalDocument annotated = found.applyTo(constitution);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class RightsExtractor {
  private static final RightsExtractor STANDARD = new RightsExtractor(GroundVocabulary.standard());
  private static final int MAX_NAME = 160;
  private static final int MAX_MEANING_CUTS = 6;

  private final GroundVocabulary vocabulary;

  private RightsExtractor(GroundVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** {@return an extractor with the {@linkplain GroundVocabulary#standard() standard vocabulary}} */
  public static RightsExtractor create() {
    return STANDARD;
  }

  /**
   * Returns an extractor that maps ground wordings through {@code vocabulary}.
   *
   * @param vocabulary the vocabulary to use
   * @return the extractor
   */
  public RightsExtractor withVocabulary(GroundVocabulary vocabulary) {
    checkNotNull(vocabulary, "vocabulary");
    return vocabulary == this.vocabulary ? this : new RightsExtractor(vocabulary);
  }

  /** {@return the vocabulary ground wordings are mapped through} */
  public GroundVocabulary vocabulary() {
    return vocabulary;
  }

  /** {@return the languages extraction has rules for, as ISO 639-2 codes: [eng, rus]} */
  public static ImmutableList<String> supportedLanguages() {
    return LanguageRules.supported();
  }

  /**
   * Extracts what {@code document} says about rights. The document's own rights catalogue is ignored and left
   * untouched.
   *
   * @param document a document in a supported language
   * @return the catalogue found and the notes to review
   * @throws IllegalArgumentException if the document's language is not supported
   */
  public Extraction extract(LegalDocument document) {
    checkNotNull(document, "document");
    return new Run(document, LanguageRules.forLanguage(document.identity().language()), vocabulary).extract();
  }

  // ------------------------------------------------------------------------------------------ one extraction

  /** A right as one statement states it. The id is empty when no pattern recognised the right. */
  private record Draft(Optional<RightId> id, String name, Optional<String> topic, Holder holder) {}

  private record Statement(RightId id, Draft draft, ProvisionId provision, ProvisionId scope) {}

  private record Clause(
      ProvisionId provision, ProvisionId scope, LimitationKind kind, String subject, String sentence,
      String unitText, String list) {}

  /** The state of one call to {@link #extract}; not shared. */
  private static final class Run {
    private final LegalDocument document;
    private final LanguageRules rules;
    private final GroundVocabulary vocabulary;
    private final String language;
    private final ListSplitter splitter;
    private final References references;
    private final ImmutableMap<ProvisionId, Provision> provisions;

    private final List<Statement> statements = new ArrayList<>();
    private final List<Clause> clauses = new ArrayList<>();
    private final List<Clause> unanalysed = new ArrayList<>();
    private final List<ExtractionNote> notes = new ArrayList<>();
    private final List<NonRestrictableRights> nonRestrictable = new ArrayList<>();
    private final List<ProhibitedContent> prohibited = new ArrayList<>();
    private final Map<ProvisionId, Integer> derivedCount = new HashMap<>();
    private final Set<RightId> usedIds = new HashSet<>();

    Run(LegalDocument document, LanguageRules rules, GroundVocabulary vocabulary) {
      this.document = document;
      this.rules = rules;
      this.vocabulary = vocabulary;
      this.language = rules.language;
      this.splitter = new ListSplitter(rules);
      this.references = new References(rules);
      this.provisions = document.provisions();
    }

    Extraction extract() {
      provisions.forEach((id, provision) -> {
        if (!provision.isRepealed()) {
          String text = ownText(provision);
          if (!text.isBlank()) {
            scan(id, provision, text);
          }
        }
      });
      Map<RightId, Builder> rights = buildRights();
      List<GeneralLimitationClause> general = new ArrayList<>();
      for (Clause clause : clauses) {
        attach(clause, rights, general);
      }
      Set<RightId> notAnalysed = new LinkedHashSet<>();
      for (Clause clause : unanalysed) {
        notAnalysed.addAll(unanalysed(clause, rights));
      }
      ImmutableMap.Builder<RightId, Right> built = ImmutableMap.builder();
      rights.forEach((id, b) -> built.put(id, b.build()));
      RightsCatalogue catalogue =
          new RightsCatalogue(built.buildOrThrow(), ImmutableList.copyOf(general), ImmutableList.copyOf(prohibited),
              ImmutableList.copyOf(nonRestrictable));
      return new Extraction(catalogue, ImmutableList.copyOf(notes), ImmutableSet.copyOf(notAnalysed));
    }

    private static String ownText(Provision provision) {
      List<String> blocks = new ArrayList<>();
      provision.content().stream().map(Text::plain).forEach(blocks::add);
      provision.wrapUp().stream().map(Text::plain).forEach(blocks::add);
      return String.join("\n", blocks);
    }

    // -------------------------------------------------------------------------------- pass 1: sentences

    private void scan(ProvisionId id, Provision provision, String text) {
      ProvisionId scope = scopeOf(id);
      List<String> sentences = Sentences.split(text);
      String stem = sentences.isEmpty() ? "" : sentences.get(sentences.size() - 1);
      Matcher stemEnd = rules.pattern("stem-end").matcher(stem);
      boolean introducesPoints = !provision.children().isEmpty() && stemEnd.find();
      for (String sentence : sentences) {
        if (introducesPoints && sentence == stem) {
          stem(id, scope, provision, text, stem, stemEnd.start());
          continue;
        }
        if (rules.pattern("non-restrictable").matcher(sentence).find()) {
          nonRestrictable(id, sentence);
          continue;
        }
        Matcher ban = rules.pattern("prohibition").matcher(sentence);
        if (ban.find()) {
          ImmutableList<String> items = splitter.bans(ban.group("list"));
          if (!items.isEmpty()) {
            prohibited.add(new ProhibitedContent(id, items));
          }
          continue;
        }
        if (limitation(id, scope, provision, sentence, text)) {
          continue;
        }
        for (Draft draft : rightsIn(sentence)) {
          RightId rightId = draft.id().orElseGet(() -> derivedId(id));
          statements.add(new Statement(rightId, draft, id, scope));
        }
      }
    }

    /**
     * Reads a stem whose points complete it ("Everyone has the right—", "..., which includes—", "the following
     * rights, subject to public order and morality:"): the stem as a sentence of its own (a limitation it states
     * applies to the rights of its points), then each point as the stem's continuation. Only rights the patterns
     * recognise count, so the stem alone ("has the right of access to—") states no right of its own.
     */
    private void stem(ProvisionId id, ProvisionId scope, Provision provision, String text, String stem, int end) {
      if (!limitation(id, scope, provision, stem, text)) {
        recognisedRights(stem, id, scope);
      }
      String head = stem.substring(0, end).strip();
      ImmutableList<String> segments = provision.childSegments();
      for (int i = 0; i < segments.size(); i++) {
        Provision point = provision.children().get(i);
        String item = point.plainTextWithoutNumbers().strip();
        if (!point.isRepealed() && !item.isEmpty()) {
          recognisedRights(head + " " + item, id.child(segments.get(i)), scope);
        }
      }
    }

    private void recognisedRights(String sentence, ProvisionId id, ProvisionId scope) {
      for (Draft draft : rightsIn(sentence)) {
        if (draft.id().isPresent()) {
          statements.add(new Statement(draft.id().get(), draft, id, scope));
        }
      }
    }

    /** Returns the nearest article containing (or being) {@code id}, else its top-level provision. */
    private ProvisionId scopeOf(ProvisionId id) {
      for (Optional<ProvisionId> at = Optional.of(id); at.isPresent(); at = at.get().parent()) {
        Provision p = provisions.get(at.get());
        if (p != null && p.kind() == ProvisionKind.ARTICLE) {
          return at.get();
        }
      }
      return ProvisionId.root(id.segments().get(0));
    }

    private boolean limitation(
        ProvisionId id, ProvisionId scope, Provision provision, String sentence, String unitText) {
      Trigger found = null;
      int at = Integer.MAX_VALUE;
      for (Trigger trigger : rules.limitations) {
        Matcher m = trigger.pattern().matcher(sentence);
        if (m.find() && m.start() < at) {
          found = trigger;
          at = m.start();
        }
      }
      if (found == null) {
        if (rules.pattern("limitation-cue").matcher(sentence).find()) {
          unanalysed.add(new Clause(id, scope, LimitationKind.AUTHORISATION, sentence, sentence, unitText, ""));
        }
        return false;
      }
      Matcher introducer = rules.pattern("introducer").matcher(sentence);
      String list;
      if (introducer.find(at)) {
        list = sentence.substring(introducer.end());
      } else if (introducer.find(0) && introducer.end() <= at) {
        // "..., in the interests of A or B, reasonable restrictions on ...": the list ends where the trigger starts.
        list = sentence.substring(introducer.end(), at);
      } else {
        // A limitation whose purposes no rule reads ("by law", "reasonable and justifiable in an open and
        // democratic society"): its rights are not analysed, never taken as unrestricted.
        unanalysed.add(new Clause(id, scope, found.kind(), sentence.substring(0, at), sentence, unitText, ""));
        return false;
      }
      Matcher listEnd = rules.pattern("list-end").matcher(list);
      if (listEnd.find()) {
        list = list.substring(0, listEnd.start());
      }
      if (Wording.item(list).isEmpty() && !provision.children().isEmpty()) {
        // "... are necessary:" followed by the grounds as points (a), (b).
        List<String> items = new ArrayList<>();
        provision.children().forEach(child -> items.add(child.plainTextWithoutNumbers().strip()));
        list = String.join("; ", items);
      }
      // The subject reaches the introducer: "Any restriction of a fundamental right must be justified by ..." names
      // what it restricts inside the trigger.
      int subjectEnd = Math.max(at, Math.min(sentence.length(), sentence.indexOf(list) < 0 ? at
          : sentence.indexOf(list)));
      clauses.add(new Clause(id, scope, found.kind(), sentence.substring(0, subjectEnd), sentence, unitText, list));
      return true;
    }

    private List<Draft> rightsIn(String sentence) {
      Map<String, Draft> drafts = new LinkedHashMap<>();
      boolean settled = false;
      for (Formula formula : rules.formulas) {
        if (formula.kind() == Kind.ANYWHERE) {
          Matcher m = formula.pattern().matcher(sentence);
          while (m.find()) {
            Optional<Holder> holder = holderOf(formula, m);
            if (holder.isPresent()) {
              // Not cut at object-end: "shall make no law ...; or abridging ...; or ..." is one list.
              addAll(drafts, fromObject(m.group("object"), holder.get(), Strength.WEAK, false));
            }
          }
        } else if (!settled) {
          Matcher m = formula.pattern().matcher(sentence);
          if (m.find()) {
            List<Draft> found = apply(formula, m);
            addAll(drafts, found);
            settled = !found.isEmpty();
          }
        }
      }
      return new ArrayList<>(drafts.values());
    }

    private static void addAll(Map<String, Draft> drafts, List<Draft> found) {
      for (Draft draft : found) {
        String key = draft.id().map(RightId::value).orElse("?" + drafts.size());
        drafts.putIfAbsent(key, draft);
      }
    }

    private Optional<Holder> holderOf(Formula formula, Matcher m) {
      if (LanguageRules.hasGroup(formula.pattern(), "holder") && m.group("holder") != null) {
        return rules.holder(m.group("holder"));
      }
      return Optional.of(Holder.EVERYONE);
    }

    private List<Draft> apply(Formula formula, Matcher m) {
      switch (formula.kind()) {
        case HOLDER_LED -> {
          Optional<Holder> holder = holderOf(formula, m);
          if (holder.isEmpty()) {
            return List.of();  // «Президент вправе ...»: a power of an organ, not a right
          }
          List<Draft> drafts = new ArrayList<>();
          for (String part : rules.pattern("object-split").split(m.group("object"))) {
            drafts.addAll(fromObject(part, holder.get(), formula.strength(), true));
          }
          return drafts;
        }
        case PASSIVE -> {
          String pre = Wording.item(m.group("pre"));
          String post = m.group("post");
          if (pre.isEmpty() || rules.pattern("holder-strip").matcher(pre.toLowerCase(Locale.ROOT)).lookingAt()) {
            return fromObject(post, Holder.EVERYONE, formula.strength(), true);
          }
          Optional<Holder> dative = rules.holder(pre);
          return dative.isPresent()
              ? fromObject(post, dative.get(), formula.strength(), true)
              : fromObject(pre, Holder.EVERYONE, formula.strength(), true);
        }
        default -> {
          Optional<Holder> holder = holderOf(formula, m);
          return holder.isEmpty()
              ? List.of()
              : fromObject(m.group("object"), holder.get(), formula.strength(), true);
        }
      }
    }

    private List<Draft> fromObject(String object, Holder holder, Strength strength, boolean cutAtEnd) {
      String text = object;
      Matcher end = rules.pattern("object-end").matcher(text);
      if (cutAtEnd && end.find()) {
        text = text.substring(0, end.start());
      }
      text = Wording.item(text);
      if (text.isEmpty()) {
        return List.of();
      }
      ImmutableList<RightPatterns.Match> matches = RightPatterns.STANDARD.recognise(text, language);
      if (!matches.isEmpty()) {
        return matches.stream()
            .map(match -> new Draft(Optional.of(match.entry().id()), match.entry().name(), match.entry().topic(),
                holder))
            .toList();
      }
      if (RightPatterns.STANDARD.isGeneric(text, language)) {
        return List.of();
      }
      boolean states = strength == Strength.STRONG
          || (strength == Strength.RIGHTISH && rules.pattern("rightish").matcher(text).find());
      if (!states) {
        return List.of();
      }
      String name = text.length() <= MAX_NAME ? text : text.substring(0, MAX_NAME).strip() + "…";
      return List.of(new Draft(Optional.empty(), name, Optional.empty(), holder));
    }

    private RightId derivedId(ProvisionId provision) {
      int n = derivedCount.merge(provision, 1, Integer::sum);
      String base = "right-" + slug(provision.value());
      if (base.length() > 56) {
        base = base.substring(0, 47).replaceAll("-+$", "")
            + "-" + Integer.toHexString(provision.value().hashCode());
      }
      String candidate = n == 1 ? base : base + "-" + n;
      while (!usedIds.add(RightId.parse(candidate))) {
        candidate = candidate + "-x";
      }
      return RightId.parse(candidate);
    }

    // ------------------------------------------------------------------------------ pass 2: rights

    /** Collects statements into rights, in the order of their first statement. */
    private Map<RightId, Builder> buildRights() {
      Map<RightId, Builder> rights = new LinkedHashMap<>();
      for (Statement s : statements) {
        Builder b = rights.computeIfAbsent(s.id(), id -> new Builder(id, s.draft()));
        b.statedIn.add(s.provision());
        // The text grants the right to everyone if any statement does; otherwise the first statement's holder.
        if (s.draft().holder().equals(Holder.EVERYONE)) {
          b.holder = Holder.EVERYONE;
        }
        if (s.draft().id().isEmpty() && b.statedIn.size() == 1) {
          notes.add(new ExtractionNote(ExtractionNote.Kind.UNRECOGNISED_RIGHT, s.provision(), s.draft().name(),
              "no right pattern recognises this statement; the right was given the id " + s.id()));
        }
      }
      return rights;
    }

    private static final class Builder {
      final RightId id;
      final String name;
      final Optional<String> topic;
      Holder holder;
      final Set<ProvisionId> statedIn = new LinkedHashSet<>();
      final Map<String, RestrictionGround> grounds = new LinkedHashMap<>();

      Builder(RightId id, Draft first) {
        this.id = id;
        this.name = first.name();
        this.topic = first.topic();
        this.holder = first.holder();
      }

      Right build() {
        return new Right(id, name, topic, holder, ImmutableList.copyOf(statedIn), false,
            ImmutableList.copyOf(grounds.values()));
      }
    }

    // ------------------------------------------------------------------------------ pass 3: clauses

    private void attach(Clause clause, Map<RightId, Builder> rights, List<GeneralLimitationClause> general) {
      ImmutableList<String> items =
          splitter.grounds(clause.list(), w -> vocabulary.exact(w, language).isPresent());
      List<RestrictionGround> grounds = new ArrayList<>();
      for (String item : items) {
        if (rules.pattern("legal-basis").matcher(item).find()) {
          continue;  // "the provisions of general laws": the legal basis a restriction needs, not a purpose
        }
        Optional<List<String>> parts = byMeaning(item);
        if (parts.isEmpty()) {
          grounds.add(new RestrictionGround(item, clause.provision(), Optional.empty()));
        }
        for (String part : parts.orElse(List.of())) {
          grounds.add(vocabulary.ground(part, clause.provision(), language));
        }
      }
      if (grounds.isEmpty()) {
        return;
      }
      List<RightId> named = RightPatterns.STANDARD.recognise(clause.subject(), language).stream()
          .map(m -> m.entry().id()).distinct().toList();
      boolean generic = named.isEmpty() && rules.pattern("generic-subject").matcher(clause.subject()).find();
      if (generic) {
        if (clause.kind() == LimitationKind.AUTHORISATION) {
          Map<String, RestrictionGround> unique = new LinkedHashMap<>();
          grounds.forEach(g -> addGround(unique, g, "the general limitation clause"));
          reportUnmapped(unique.values());
          general.add(new GeneralLimitationClause(clause.provision(), ImmutableList.copyOf(unique.values())));
        } else {
          notes.add(new ExtractionNote(ExtractionNote.Kind.DUTY_CLAUSE, clause.provision(), clause.sentence(),
              "the exercise of all rights must not infringe on " + describe(grounds)
                  + "; a duty, not a general limitation clause, so it was not recorded as one"));
        }
        return;
      }
      List<RightId> targets = bind(clause, named, rights);
      if (targets.isEmpty()) {
        notes.add(new ExtractionNote(ExtractionNote.Kind.UNBOUND_LIMITATION, clause.provision(), clause.sentence(),
            "the clause names no right and its article states none; grounds " + describe(grounds)
                + " were not attached"));
        return;
      }
      if (targets.size() > 1 && rules.pattern("singular-reference").matcher(clause.sentence()).find()) {
        notes.add(new ExtractionNote(ExtractionNote.Kind.UNCERTAIN_BINDING, clause.provision(), clause.sentence(),
            "the clause refers to one right but its article states " + targets + "; attached to all of them"));
      }
      for (RightId target : targets) {
        Builder b = rights.get(target);
        grounds.forEach(g -> addGround(b.grounds, g, "right " + target));
      }
      reportUnmapped(grounds);
    }

    /**
     * Splits an item the vocabulary does not know whole at its conjunctions when the parts carry different meanings
     * ("public order and morality", "the rights and reputation of others"); parts of one meaning keep it whole ("the
     * sovereignty and integrity of India", "decency or morality"). Returns empty when some part has no meaning in any
     * cut and some part of more than one word has none («государственной безопасности и сохранения лунного
     * ландшафта»): the item is then not understood, and its known words must not lend it a meaning.
     */
    private Optional<List<String>> byMeaning(String item) {
      List<int[]> cuts = new ArrayList<>();
      Matcher m = rules.pattern("conjunction").matcher(item);
      while (m.find() && cuts.size() < MAX_MEANING_CUTS) {
        cuts.add(new int[] {m.start(), m.end()});
      }
      if (cuts.isEmpty() || vocabulary.exact(item, language).isPresent()) {
        return Optional.of(List.of(item));
      }
      // The partition whose parts all have a meaning and carry the most distinct grounds, with the fewest parts.
      List<String> best = null;
      int bestGrounds = 0;
      boolean bareWordsOnly = true;  // every part without a meaning is one word: "personas o bienes", "fines o ..."
      for (int mask = 1; mask < (1 << cuts.size()); mask++) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < cuts.size(); i++) {
          if ((mask & (1 << i)) != 0) {
            parts.add(Wording.item(item.substring(from, cuts.get(i)[0])));
            from = cuts.get(i)[1];
          }
        }
        parts.add(Wording.item(item.substring(from)));
        Set<Object> meanings = new HashSet<>();
        boolean all = true;
        for (String part : parts) {
          Optional<?> canonical = vocabulary.canonical(part, language);
          all &= canonical.isPresent();
          canonical.ifPresent(meanings::add);
          if (canonical.isEmpty() && mask == (1 << cuts.size()) - 1 && part.strip().contains(" ")) {
            bareWordsOnly = false;
          }
        }
        if (all && (best == null || meanings.size() > bestGrounds
            || (meanings.size() == bestGrounds && parts.size() < best.size()))) {
          best = parts;
          bestGrounds = meanings.size();
        }
      }
      if (best == null) {
        return bareWordsOnly && vocabulary.canonical(item, language).isPresent()
            ? Optional.of(List.of(item)) : Optional.empty();
      }
      return Optional.of(bestGrounds == 1 ? List.of(item) : best);
    }

    /** Reports a limitation whose grounds were not understood and returns the rights it leaves not analysed. */
    private List<RightId> unanalysed(Clause clause, Map<RightId, Builder> rights) {
      List<RightId> named = RightPatterns.STANDARD.recognise(clause.subject(), language).stream()
          .map(m -> m.entry().id()).distinct().toList();
      boolean generic = named.isEmpty() && rules.pattern("generic-subject").matcher(clause.subject()).find();
      List<RightId> targets = generic ? List.copyOf(rights.keySet()) : bind(clause, named, rights);
      notes.add(new ExtractionNote(ExtractionNote.Kind.UNANALYSED_LIMITATION, clause.provision(), clause.sentence(),
          "the sentence limits " + (generic ? "all rights" : targets.isEmpty() ? "no right found in its article"
              : "rights " + targets) + " but its grounds were not understood; "
              + (targets.isEmpty() ? "nothing was marked" : "they are not analysed against treaty lists")));
      return targets;
    }

    private void addGround(Map<String, RestrictionGround> grounds, RestrictionGround ground, String owner) {
      RestrictionGround previous = grounds.putIfAbsent(ground.key(), ground);
      if (previous != null && !previous.equals(ground)) {
        notes.add(new ExtractionNote(ExtractionNote.Kind.DUPLICATE_GROUND, ground.source(), ground.wording(),
            owner + " already has this ground as '" + previous.wording() + "' (" + previous.source()
                + "); the first wording was kept"));
      }
    }

    private void reportUnmapped(Iterable<RestrictionGround> grounds) {
      for (RestrictionGround g : grounds) {
        if (g.canonical().isEmpty()) {
          notes.add(new ExtractionNote(ExtractionNote.Kind.UNMAPPED_GROUND, g.source(), g.wording(),
              "the vocabulary has no such wording for '" + language
                  + "'; the ground was kept without a canonical meaning"));
        }
      }
    }

    private static String describe(List<RestrictionGround> grounds) {
      List<String> parts = new ArrayList<>();
      for (RestrictionGround g : grounds) {
        parts.add("'" + g.wording() + "' (" + g.canonical().map(Object::toString).orElse("unmapped") + ")");
      }
      return String.join(", ", parts);
    }

    /**
     * Returns the rights a clause restricts: those its subject names; else those of the paragraph it cites ("the
     * rights provided for in paragraph 2 of this article"); else those stated in its own provision; else those
     * stated anywhere in its article.
     */
    private List<RightId> bind(Clause clause, List<RightId> named, Map<RightId, Builder> rights) {
      List<RightId> stated = named.stream().filter(rights::containsKey).toList();
      if (!stated.isEmpty()) {
        return stated;
      }
      Matcher item = rules.pattern("item-reference").matcher(clause.subject());
      if (item.find()) {
        String token = item.group("n").toLowerCase(Locale.ROOT);
        List<RightId> inItem = idsWhere(s -> s.scope().equals(clause.scope()) && isPoint(s.provision(), token));
        if (!inItem.isEmpty()) {
          return inItem;
        }
      }
      Matcher cited = rules.pattern("paragraph-reference").matcher(clause.unitText());
      if (cited.find()) {
        Optional<ProvisionId> paragraph = child(clause.scope(), cited.group("n"));
        if (paragraph.isPresent()) {
          List<RightId> inParagraph = idsWhere(s -> paragraph.get().contains(s.provision()));
          if (!inParagraph.isEmpty()) {
            return inParagraph;
          }
        }
      }
      List<RightId> own = idsWhere(s -> s.provision().equals(clause.provision()));
      return own.isEmpty() ? idsWhere(s -> s.scope().equals(clause.scope())) : own;
    }

    private boolean isPoint(ProvisionId id, String token) {
      Provision p = provisions.get(id);
      return p != null && p.kind() == ProvisionKind.POINT && p.num().isPresent()
          && p.num().get().token().equals(token);
    }

    private List<RightId> idsWhere(java.util.function.Predicate<Statement> test) {
      return statements.stream().filter(test).map(Statement::id).distinct().toList();
    }

    private Optional<ProvisionId> child(ProvisionId parent, String token) {
      Provision p = provisions.get(parent);
      if (p == null) {
        return Optional.empty();
      }
      ImmutableList<String> segments = p.childSegments();
      for (int i = 0; i < segments.size(); i++) {
        Provision c = p.children().get(i);
        if (c.kind() == ProvisionKind.PARAGRAPH && c.num().isPresent() && c.num().get().token().equals(token)) {
          return Optional.of(parent.child(segments.get(i)));
        }
      }
      return Optional.empty();
    }

    // ------------------------------------------------------------------------ non-restrictable lists

    private void nonRestrictable(ProvisionId id, String sentence) {
      List<ProvisionId> resolved = new ArrayList<>();
      ImmutableList<References.Reference> refs = references.parse(sentence);
      for (References.Reference ref : refs) {
        Optional<ProvisionId> target = resolve(ref);
        if (target.isPresent()) {
          if (!resolved.contains(target.get())) {
            resolved.add(target.get());
          }
        } else {
          notes.add(new ExtractionNote(ExtractionNote.Kind.UNRESOLVED_REFERENCE, id, ref.toString(),
              "the non-restrictable list refers to article " + ref.article()
                  + ref.paragraph().map(p -> " paragraph " + p).orElse("")
                  + ", which this document does not have; it was left out"));
        }
      }
      if (!resolved.isEmpty()) {
        nonRestrictable.add(new NonRestrictableRights(id, ImmutableSet.copyOf(resolved)));
      } else if (refs.isEmpty()) {
        notes.add(new ExtractionNote(ExtractionNote.Kind.UNRESOLVED_REFERENCE, id, sentence,
            "the sentence says some rights may never be restricted but names no article"));
      }
    }

    private Optional<ProvisionId> resolve(References.Reference ref) {
      @Nullable ProvisionId article = null;
      for (Map.Entry<ProvisionId, Provision> e : provisions.entrySet()) {
        Provision p = e.getValue();
        if (p.kind() == ProvisionKind.ARTICLE && p.num().isPresent()
            && p.num().get().token().equals(ref.article().toLowerCase(Locale.ROOT))) {
          article = e.getKey();
          break;
        }
      }
      if (article == null) {
        return Optional.empty();
      }
      return ref.paragraph().isPresent() ? child(article, ref.paragraph().get()) : Optional.of(article);
    }
  }

  private static String slug(String value) {
    StringBuilder out = new StringBuilder();
    for (char c : value.toLowerCase(Locale.ROOT).toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out.append(c);
      } else {
        int i = CYRILLIC.indexOf(c);
        out.append(i >= 0 ? LATIN[i] : "-");
      }
    }
    return out.toString().replaceAll("-+", "-").replaceAll("^-|-$", "");
  }

  private static final String CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
  private static final String[] LATIN = {"a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n",
      "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};
}
