package org.lexkit.examples.kazakhstan;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lexkit.core.amendment.Amendment;
import org.lexkit.core.comparison.Comparison;
import org.lexkit.core.document.DocumentIdentity;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.Text;
import org.lexkit.core.rights.CanonicalGround;
import org.lexkit.core.rights.GeneralLimitationClause;
import org.lexkit.core.rights.RestrictionGround;
import org.lexkit.core.rights.Right;
import org.lexkit.core.rights.RightId;
import org.lexkit.core.rights.RightsCatalogue;
import org.lexkit.rights.standards.Finding;
import org.lexkit.rights.standards.StandardsCheck;
import org.lexkit.rights.standards.StandardsReport;
import org.lexkit.rights.standards.TreatyClause;

/**
 * What the Kazakhstan story found, as data the renderers ({@link TextReport}, {@link HtmlReport},
 * {@link JsonReport}) lay out: for chosen rights, in each version of the constitution, the grounds on which the
 * right may be restricted, which of them are new compared with the first version, and which of them an
 * international limitation clause does not permit; the general limitation clause of each version; where each
 * version bans censorship; the proposal as an amendment; and the texts of every article cited.
 *
 * <p>Rights are matched across versions by {@link RightId}, never by article number, so a right keeps its row when
 * its article is renumbered (speech: 1995 art. 20, 2026 art. 23). A right's grounds in a version are its
 * <em>effective</em> grounds ({@link RightsCatalogue#effectiveGrounds}): those its own article states, then those
 * of the general limitation clause. Compared with the first version, a ground is {@link Novelty#NEW} when the
 * right could not be restricted on it before at all, and {@link Novelty#NOW_IN_ARTICLE} when the general clause
 * already allowed it and the right's own article now names it too.
 *
 * <p>Invariants: at least one version; every map keyed by version key has only keys of {@link #versions()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param versions the versions compared, the first being the baseline
 * @param clauses the treaty clauses that govern the chosen rights, binding ones first
 * @param rights one row per chosen right, in the order chosen
 * @param general each version's general limitation clause(s), by version key
 * @param censorship where each version bans censorship, by version key; a version without such a ban is absent
 * @param proposal the proposal, as it was expressed and applied
 * @param texts the text of every article the report cites, by version key, in document order
 */
public record KazakhstanReport(
    ImmutableList<Version> versions,
    ImmutableList<Clause> clauses,
    ImmutableList<RightRow> rights,
    ImmutableMap<String, GeneralCell> general,
    ImmutableMap<String, Quote> censorship,
    ProposalSummary proposal,
    ImmutableMap<String, ImmutableList<ArticleText>> texts) {

  /** Sentences that ban censorship: 1995 «Цензура запрещается.», 2026 «Цензура запрещена.». */
  private static final Pattern CENSORSHIP_BAN =
      Pattern.compile("[^.]*\\bЦензура\\s+запрещ\\p{L}*[^.]*\\.?", Pattern.UNICODE_CHARACTER_CLASS);

  /** English names for the rights the story follows; other rights keep the name extraction gave them. */
  private static final ImmutableMap<String, String> ENGLISH_NAMES = ImmutableMap.of(
      "freedom-of-speech", "Freedom of speech",
      "freedom-of-information", "Freedom to receive and impart information",
      "peaceful-assembly", "Freedom of peaceful assembly",
      "freedom-of-association", "Freedom of association");

  /** Checks the invariants and copies the collections. */
  public KazakhstanReport {
    versions = ImmutableList.copyOf(versions);
    clauses = ImmutableList.copyOf(clauses);
    rights = ImmutableList.copyOf(rights);
    general = ImmutableMap.copyOf(general);
    censorship = ImmutableMap.copyOf(censorship);
    checkNotNull(proposal, "proposal");
    texts = ImmutableMap.copyOf(texts);
    checkArgument(!versions.isEmpty(), "a report needs at least one version");
    Set<String> keys = new LinkedHashSet<>();
    versions.forEach(v -> checkArgument(keys.add(v.key()), "two versions share the key %s", v.key()));
    for (Map<String, ?> byVersion : List.of(general, censorship, texts)) {
      checkArgument(keys.containsAll(byVersion.keySet()), "unknown version keys in %s", byVersion.keySet());
    }
  }

  /**
   * Gathers the findings.
   *
   * @param versions the versions to compare, each annotated with its rights; the first is the baseline
   * @param rights the rights to report on, in order
   * @param binding the check against the instruments binding on the state
   * @param comparator the check against instruments used only for comparison (e.g. the ECHR for Kazakhstan)
   * @param proposal the proposal as applied
   * @return the report
   */
  public static KazakhstanReport of(List<Snapshot> versions, List<RightId> rights, StandardsCheck binding,
      StandardsCheck comparator, ProposalSummary proposal) {
    checkArgument(!versions.isEmpty(), "a report needs at least one version");
    checkNotNull(binding, "binding");
    checkNotNull(comparator, "comparator");
    Snapshot baseline = versions.get(0);
    Map<String, Comparison> comparisons = new LinkedHashMap<>();
    Map<String, StandardsReport> bindingFindings = new LinkedHashMap<>();
    Map<String, StandardsReport> comparatorFindings = new LinkedHashMap<>();
    for (Snapshot v : versions) {
      comparisons.put(v.key(), Comparison.of(baseline.document(), v.document()));
      bindingFindings.put(v.key(), binding.check(v.document()));
      comparatorFindings.put(v.key(), comparator.check(v.document()));
    }

    ImmutableList.Builder<RightRow> rows = ImmutableList.builder();
    Set<TreatyClause> governing = new LinkedHashSet<>();
    for (RightId id : rights) {
      ImmutableMap.Builder<String, RightCell> cells = ImmutableMap.builder();
      String name = ENGLISH_NAMES.get(id.value());
      for (Snapshot v : versions) {
        Optional<Right> right = v.document().rights().right(id);
        if (right.isEmpty()) {
          continue;
        }
        if (name == null) {
          name = right.get().name();
        }
        binding.applicableClauses(right.get()).forEach(governing::add);
        comparator.applicableClauses(right.get()).forEach(governing::add);
        cells.put(v.key(), cell(v, baseline, right.get(), comparisons.get(v.key()),
            bindingFindings.get(v.key()), comparatorFindings.get(v.key()), binding, comparator));
      }
      rows.add(new RightRow(id, name == null ? id.value() : name, cells.buildOrThrow()));
    }

    ImmutableMap.Builder<String, GeneralCell> general = ImmutableMap.builder();
    ImmutableMap.Builder<String, Quote> censorship = ImmutableMap.builder();
    ImmutableMap.Builder<String, ImmutableList<ArticleText>> texts = ImmutableMap.builder();
    for (Snapshot v : versions) {
      RightsCatalogue catalogue = v.document().rights();
      if (!catalogue.generalLimitations().isEmpty()) {
        general.put(v.key(), generalCell(v, baseline, comparisons.get(v.key())));
      }
      Optional<Quote> ban = censorshipBan(v.document());
      ban.ifPresent(q -> censorship.put(v.key(), q));
      texts.put(v.key(), texts(v, baseline, rights, ban, comparisons.get(v.key())));
    }

    List<Clause> clauses = new ArrayList<>();
    for (TreatyClause clause : governing) {
      boolean isBinding = binding.instruments().stream().anyMatch(i -> i.code().equals(clause.instrument()));
      Optional<LocalDate> since = (isBinding ? binding : comparator).instruments().stream()
          .filter(i -> i.code().equals(clause.instrument())).findFirst()
          .flatMap(i -> i.boundSince(baseline.document().identity().country()));
      clauses.add(new Clause(clause.citation(), clause.instrument(), isBinding, since,
          clause.permitted().stream().map(CanonicalGround::code).collect(ImmutableList.toImmutableList())));
    }
    clauses.sort((a, b) -> Boolean.compare(b.binding(), a.binding())); // stable: binding first, else file order

    return new KazakhstanReport(ImmutableList.copyOf(versions.stream().map(Snapshot::version).toList()),
        ImmutableList.copyOf(clauses), rows.build(), general.buildOrThrow(), censorship.buildOrThrow(), proposal,
        texts.buildOrThrow());
  }

  /**
   * Returns the row of a right.
   *
   * @param id the right's id
   * @return its row
   * @throws IllegalArgumentException if the report does not follow that right
   */
  public RightRow right(RightId id) {
    return rights.stream().filter(r -> r.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("the report does not follow " + id));
  }

  /** Returns the reader's name of a canonical ground: {@code CONSTITUTIONAL_ORDER} is "constitutional order". */
  static String label(String groundKey) {
    return groundKey.startsWith("wording:") ? "\"" + groundKey.substring("wording:".length()) + "\""
        : groundKey.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  // ----------------------------------------------------------------------------------------- gathering

  private static RightCell cell(Snapshot v, Snapshot baseline, Right right, Comparison comparison,
      StandardsReport bindingReport, StandardsReport comparatorReport, StandardsCheck binding,
      StandardsCheck comparator) {
    RightsCatalogue catalogue = v.document().rights();
    boolean isBaseline = v == baseline;
    Optional<Right> before = baseline.document().rights().right(right.id());
    Set<String> ownBefore = new LinkedHashSet<>();
    Set<String> effectiveBefore = new LinkedHashSet<>();
    before.ifPresent(b -> {
      b.grounds().forEach(g -> ownBefore.add(g.key()));
      baseline.document().rights().effectiveGrounds(b.id()).forEach(g -> effectiveBefore.add(g.key()));
    });

    ImmutableList.Builder<GroundCell> grounds = ImmutableList.builder();
    Set<String> effectiveNow = new LinkedHashSet<>();
    for (RestrictionGround ground : catalogue.effectiveGrounds(right.id())) {
      effectiveNow.add(ground.key());
      Origin origin = right.ground(ground).isPresent() ? Origin.OWN : Origin.GENERAL;
      Novelty novelty = isBaseline ? Novelty.UNCHANGED
          : !effectiveBefore.contains(ground.key()) ? Novelty.NEW
          : origin == Origin.OWN && !ownBefore.contains(ground.key()) ? Novelty.NOW_IN_ARTICLE
          : Novelty.UNCHANGED;
      grounds.add(new GroundCell(ground.key(), ground.canonical(), ground.wording(), ground.source(),
          Citations.of(v.document(), ground.source()), origin, novelty,
          notPermitted(bindingReport, right.id(), ground), notPermitted(comparatorReport, right.id(), ground),
          ground.canonical().isEmpty()));
    }
    ImmutableList<String> dropped = isBaseline ? ImmutableList.of()
        : effectiveBefore.stream().filter(k -> !effectiveNow.contains(k)).collect(ImmutableList.toImmutableList());
    ImmutableList<String> governedBy = ImmutableList.<String>builder()
        .addAll(binding.applicableClauses(right).stream().map(TreatyClause::citation).toList())
        .addAll(comparator.applicableClauses(right).stream().map(TreatyClause::citation).toList())
        .build();
    return new RightCell(
        right.name(),
        right.statedIn().stream().map(id -> Citations.of(v.document(), id))
            .collect(ImmutableList.toImmutableList()),
        right.statedIn(),
        right.holder().toString(),
        catalogue.isNeverRestrictable(right),
        grounds.build(),
        keys(comparison.groundsGained(right.id())),
        keys(comparison.groundsLost(right.id())),
        dropped,
        governedBy);
  }

  private static ImmutableList<String> notPermitted(StandardsReport report, RightId right, RestrictionGround ground) {
    return report.findings(right).stream()
        .filter(f -> f.verdict() == Finding.Verdict.NOT_PERMITTED && f.ground().key().equals(ground.key()))
        .map(f -> f.clause().citation()).distinct().collect(ImmutableList.toImmutableList());
  }

  private static GeneralCell generalCell(Snapshot v, Snapshot baseline, Comparison comparison) {
    Set<String> before = new LinkedHashSet<>();
    baseline.document().rights().generalLimitations().forEach(c -> c.grounds().forEach(g -> before.add(g.key())));
    ImmutableList.Builder<GroundCell> grounds = ImmutableList.builder();
    Set<String> seen = new LinkedHashSet<>();
    List<String> citations = new ArrayList<>();
    List<ProvisionId> sources = new ArrayList<>();
    for (GeneralLimitationClause clause : v.document().rights().generalLimitations()) {
      citations.add(Citations.of(v.document(), clause.source()));
      sources.add(clause.source());
      for (RestrictionGround g : clause.grounds()) {
        if (seen.add(g.key())) {
          Novelty novelty = v == baseline || before.contains(g.key()) ? Novelty.UNCHANGED : Novelty.NEW;
          // Treaty verdicts depend on the right; they are given per right, not here.
          grounds.add(new GroundCell(g.key(), g.canonical(), g.wording(), g.source(),
              Citations.of(v.document(), g.source()), Origin.GENERAL, novelty, ImmutableList.of(), ImmutableList.of(),
              g.canonical().isEmpty()));
        }
      }
    }
    return new GeneralCell(ImmutableList.copyOf(citations), ImmutableList.copyOf(sources), grounds.build(),
        keys(comparison.generalGroundsGained()), keys(comparison.generalGroundsLost()));
  }

  private static Optional<Quote> censorshipBan(LegalDocument document) {
    for (Map.Entry<ProvisionId, Provision> e : document.provisions().entrySet()) {
      for (Text block : e.getValue().content()) {
        Matcher m = CENSORSHIP_BAN.matcher(block.plain());
        if (m.find()) {
          return Optional.of(new Quote(e.getKey(), Citations.of(document, e.getKey()), m.group().strip()));
        }
      }
    }
    return Optional.empty();
  }

  /** The articles the report cites in one version: rights, ground sources, general clauses, the ban, changes. */
  private static ImmutableList<ArticleText> texts(Snapshot v, Snapshot baseline, List<RightId> rights,
      Optional<Quote> ban, Comparison comparison) {
    LegalDocument document = v.document();
    Set<ProvisionId> cited = new LinkedHashSet<>();
    for (RightId id : rights) {
      document.rights().right(id).ifPresent(r -> {
        cited.addAll(r.statedIn());
        document.rights().effectiveGrounds(id).forEach(g -> cited.add(g.source()));
      });
    }
    document.rights().generalLimitations().forEach(c -> cited.add(c.source()));
    ban.ifPresent(q -> cited.add(q.provision()));
    // Provision changes mean something only between versions of the same work (2026 is a new constitution).
    Set<ProvisionId> amended = new LinkedHashSet<>();
    if (v != baseline && sameWork(baseline.document().identity(), document.identity())) {
      comparison.added().forEach(change -> amended.add(change.id()));
      comparison.changed().forEach(change -> amended.add(change.id()));
      cited.addAll(amended);
    }
    Set<ProvisionId> articles = new LinkedHashSet<>();
    cited.forEach(id -> articles.add(Citations.article(document, id)));

    ImmutableList.Builder<ArticleText> out = ImmutableList.builder();
    for (Map.Entry<ProvisionId, Provision> e : document.provisions().entrySet()) {
      if (!articles.contains(e.getKey())) {
        continue;
      }
      ProvisionId article = e.getKey();
      Provision provision = e.getValue();
      String title = provision.num().map(n -> n.text()).orElse("")
          + provision.heading().map(h -> " " + h.plain()).orElse("");
      ImmutableList.Builder<Block> blocks = ImmutableList.builder();
      document.provisions().forEach((id, p) -> {
        if (article.contains(id) && !(p.content().isEmpty() && p.wrapUp().isEmpty())) {
          StringBuilder text = new StringBuilder();
          p.content().forEach(t -> text.append(text.length() == 0 ? "" : "\n").append(t.plain()));
          p.wrapUp().forEach(t -> text.append(text.length() == 0 ? "" : "\n").append(t.plain()));
          boolean isAmended = amended.stream().anyMatch(a -> a.contains(id));
          String num = id.equals(article) ? "" : p.num().map(n -> n.text()).orElse("");
          blocks.add(new Block(id, Citations.of(document, id), num, text.toString(), isAmended));
        }
      });
      out.add(new ArticleText(article, Citations.of(document, article), title.strip(), blocks.build()));
    }
    return out.build();
  }

  private static boolean sameWork(DocumentIdentity a, DocumentIdentity b) {
    return a.country().equals(b.country()) && a.type() == b.type() && a.date().equals(b.date())
        && a.name().equals(b.name());
  }

  private static ImmutableList<String> keys(List<RestrictionGround> grounds) {
    return grounds.stream().map(RestrictionGround::key).collect(ImmutableList.toImmutableList());
  }

  // ----------------------------------------------------------------------------------------- the parts

  /**
   * One version to compare, as given to {@link #of}.
   *
   * @param key a short stable key used in anchors and JSON, e.g. {@code 1995}
   * @param label what a reader calls it
   * @param status where it stands, e.g. "in force 1995-2026", "proposal"
   * @param date the date it speaks for
   * @param document the version, annotated with its rights
   */
  public record Snapshot(String key, String label, String status, LocalDate date, LegalDocument document) {
    /** Rejects nulls and blank keys. */
    public Snapshot {
      checkNotNull(key, "key");
      checkNotNull(label, "label");
      checkNotNull(status, "status");
      checkNotNull(date, "date");
      checkNotNull(document, "document");
      checkArgument(key.matches("[a-z0-9-]+"), "version key must be lower-case letters, digits and '-': '%s'", key);
    }

    Version version() {
      return new Version(key, label, status, date, document.title());
    }
  }

  /**
   * A version as the report shows it.
   *
   * @param key short stable key, e.g. {@code 1995}, {@code proposal}, {@code 2026}
   * @param label what a reader calls it
   * @param status where it stands
   * @param date the date it speaks for
   * @param title the document's title
   */
  public record Version(String key, String label, String status, LocalDate date, String title) {
    /** Rejects nulls. */
    public Version {
      checkNotNull(key, "key");
      checkNotNull(label, "label");
      checkNotNull(status, "status");
      checkNotNull(date, "date");
      checkNotNull(title, "title");
    }
  }

  /**
   * A treaty limitation clause that governs at least one of the rights reported.
   *
   * @param citation e.g. "ICCPR art. 21"
   * @param instrument e.g. {@code ICCPR}
   * @param binding whether the state is bound by it (else it is a comparator)
   * @param boundSince since when the state is bound, if it is
   * @param permitted the canonical grounds its closed list permits
   */
  public record Clause(
      String citation, String instrument, boolean binding, Optional<LocalDate> boundSince,
      ImmutableList<String> permitted) {
    /** Copies the list. */
    public Clause {
      checkNotNull(citation, "citation");
      checkNotNull(instrument, "instrument");
      checkNotNull(boundSince, "boundSince");
      permitted = ImmutableList.copyOf(permitted);
    }
  }

  /**
   * One right across the versions.
   *
   * @param id the right's id, the same in every version
   * @param name its English name
   * @param cells the right in each version that has it, by version key, in version order
   */
  public record RightRow(RightId id, String name, ImmutableMap<String, RightCell> cells) {
    /** Copies the map. */
    public RightRow {
      checkNotNull(id, "id");
      checkNotNull(name, "name");
      cells = ImmutableMap.copyOf(cells);
    }

    /**
     * Returns the right in one version.
     *
     * @param versionKey e.g. {@code 2026}
     * @return the cell, or empty when that version does not state the right
     */
    public Optional<RightCell> in(String versionKey) {
      return Optional.ofNullable(cells.get(versionKey));
    }
  }

  /**
   * A right in one version.
   *
   * @param name the name the text gives it (as extracted)
   * @param articles the citations of the provisions that state it, e.g. "art. 20(1)", one per {@code statedIn}
   * @param statedIn the ids of those provisions
   * @param holder who holds it
   * @param neverRestrictable whether the text says it may never be restricted
   * @param grounds its effective grounds: its own, then the general clause's
   * @param gained the canonical keys its own article gained compared with the baseline
   * @param lost the canonical keys its own article lost compared with the baseline
   * @param dropped keys that were effective grounds in the baseline and no longer are
   * @param governedBy the treaty clauses that govern it, binding ones first
   */
  public record RightCell(
      String name, ImmutableList<String> articles, ImmutableList<ProvisionId> statedIn, String holder,
      boolean neverRestrictable, ImmutableList<GroundCell> grounds, ImmutableList<String> gained,
      ImmutableList<String> lost, ImmutableList<String> dropped, ImmutableList<String> governedBy) {
    /** Copies the lists. */
    public RightCell {
      checkNotNull(name, "name");
      articles = ImmutableList.copyOf(articles);
      statedIn = ImmutableList.copyOf(statedIn);
      checkArgument(articles.size() == statedIn.size(), "one citation per stating provision: %s, %s", articles,
          statedIn);
      checkNotNull(holder, "holder");
      grounds = ImmutableList.copyOf(grounds);
      gained = ImmutableList.copyOf(gained);
      lost = ImmutableList.copyOf(lost);
      dropped = ImmutableList.copyOf(dropped);
      governedBy = ImmutableList.copyOf(governedBy);
    }

    /** Returns the keys of its effective grounds, in order. */
    public ImmutableList<String> groundKeys() {
      return grounds.stream().map(GroundCell::key).collect(ImmutableList.toImmutableList());
    }

    /** Returns the keys of the grounds a binding treaty clause does not permit. */
    public ImmutableSet<String> flagged() {
      return grounds.stream().filter(g -> !g.notPermittedBy().isEmpty()).map(GroundCell::key)
          .collect(ImmutableSet.toImmutableSet());
    }
  }

  /** Where a right's ground comes from. */
  public enum Origin {
    /** The right's own article. */
    OWN,
    /** The general limitation clause, which applies to all rights. */
    GENERAL
  }

  /** How a ground compares with the baseline version. */
  public enum Novelty {
    /** The right could be restricted on this ground in the baseline too, by the same route. */
    UNCHANGED,
    /** The right could not be restricted on this ground in the baseline at all. */
    NEW,
    /** The baseline allowed it only through the general clause; now the right's own article names it. */
    NOW_IN_ARTICLE
  }

  /**
   * One restriction ground of a right (or of a general clause) in one version.
   *
   * @param key the canonical code, e.g. {@code CONSTITUTIONAL_ORDER}, or {@code wording:...} when unmapped
   * @param canonical the canonical ground, if the wording is mapped
   * @param wording the text's words
   * @param source the provision that states it
   * @param sourceCitation that provision's citation, e.g. "art. 39(1)"
   * @param origin own article or general clause
   * @param novelty compared with the baseline
   * @param notPermittedBy the binding treaty clauses whose closed list lacks it
   * @param notInComparator the comparator clauses whose closed list lacks it
   * @param uncheckable whether the wording has no canonical meaning, so no treaty list could be consulted
   */
  public record GroundCell(
      String key, Optional<CanonicalGround> canonical, String wording, ProvisionId source, String sourceCitation,
      Origin origin, Novelty novelty, ImmutableList<String> notPermittedBy, ImmutableList<String> notInComparator,
      boolean uncheckable) {
    /** Copies the lists. */
    public GroundCell {
      checkNotNull(key, "key");
      checkNotNull(canonical, "canonical");
      checkNotNull(wording, "wording");
      checkNotNull(source, "source");
      checkNotNull(sourceCitation, "sourceCitation");
      checkNotNull(origin, "origin");
      checkNotNull(novelty, "novelty");
      notPermittedBy = ImmutableList.copyOf(notPermittedBy);
      notInComparator = ImmutableList.copyOf(notInComparator);
    }
  }

  /**
   * The general limitation clause(s) of one version.
   *
   * @param citations where they are, e.g. "art. 39(1)"
   * @param sources their provision ids
   * @param grounds their grounds, without repeats
   * @param gained keys gained compared with the baseline
   * @param lost keys lost compared with the baseline
   */
  public record GeneralCell(
      ImmutableList<String> citations, ImmutableList<ProvisionId> sources, ImmutableList<GroundCell> grounds,
      ImmutableList<String> gained, ImmutableList<String> lost) {
    /** Copies the lists. */
    public GeneralCell {
      citations = ImmutableList.copyOf(citations);
      sources = ImmutableList.copyOf(sources);
      grounds = ImmutableList.copyOf(grounds);
      gained = ImmutableList.copyOf(gained);
      lost = ImmutableList.copyOf(lost);
    }
  }

  /**
   * A sentence quoted from a provision.
   *
   * @param provision where
   * @param citation e.g. "art. 23(5)"
   * @param sentence the words, verbatim
   */
  public record Quote(ProvisionId provision, String citation, String sentence) {
    /** Rejects nulls. */
    public Quote {
      checkNotNull(provision, "provision");
      checkNotNull(citation, "citation");
      checkNotNull(sentence, "sentence");
    }
  }

  /**
   * The proposal as the story expressed it.
   *
   * @param id the amendment's id
   * @param title its title
   * @param proposed when it was proposed
   * @param status its status (a proposal: {@code PROPOSED})
   * @param operations one line per operation, in order
   * @param explanations why it is expressed as it is, one paragraph each (e.g. the refused first attempt)
   */
  public record ProposalSummary(
      String id, String title, LocalDate proposed, String status, ImmutableList<String> operations,
      ImmutableList<String> explanations) {
    /** Copies the lists. */
    public ProposalSummary {
      checkNotNull(id, "id");
      checkNotNull(title, "title");
      checkNotNull(proposed, "proposed");
      checkNotNull(status, "status");
      operations = ImmutableList.copyOf(operations);
      explanations = ImmutableList.copyOf(explanations);
    }

    /**
     * Returns the summary of an amendment.
     *
     * @param amendment a proposed amendment with a proposal date
     * @param explanations why it is expressed as it is
     * @return the summary
     */
    public static ProposalSummary of(Amendment amendment, List<String> explanations) {
      return new ProposalSummary(amendment.id().value(), amendment.title(),
          amendment.proposed().orElseThrow(() -> new IllegalArgumentException(
              "amendment " + amendment.id() + " has no proposal date")),
          amendment.status().name(),
          amendment.operations().stream().map(Operations::describe).collect(ImmutableList.toImmutableList()),
          ImmutableList.copyOf(explanations));
    }
  }

  /**
   * The text of one article, as the report shows it.
   *
   * @param id the article's id
   * @param citation e.g. "art. 34"
   * @param title its number and heading as printed, e.g. "Статья 34."
   * @param blocks its text, one block per provision that has text of its own
   */
  public record ArticleText(ProvisionId id, String citation, String title, ImmutableList<Block> blocks) {
    /** Copies the blocks. */
    public ArticleText {
      checkNotNull(id, "id");
      checkNotNull(citation, "citation");
      checkNotNull(title, "title");
      blocks = ImmutableList.copyOf(blocks);
    }
  }

  /**
   * The own text of one provision.
   *
   * @param id the provision's id
   * @param citation e.g. "art. 20(1)"
   * @param num its number as printed, empty for the article itself
   * @param text its text
   * @param amended whether the proposal inserted or changed it
   */
  public record Block(ProvisionId id, String citation, String num, String text, boolean amended) {
    /** Rejects nulls. */
    public Block {
      checkNotNull(id, "id");
      checkNotNull(citation, "citation");
      checkNotNull(num, "num");
      checkNotNull(text, "text");
    }
  }
}
