package org.lexkit.rights.standards;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.rights.Holder;
import org.lexkit.core.rights.RestrictionGround;
import org.lexkit.core.rights.Right;
import org.lexkit.core.rights.RightsCatalogue;

/**
 * Checks the restriction grounds of a rights catalogue against the limitation clauses of chosen international
 * instruments. For each right, the clauses of the chosen instruments that govern it (by topic or id) are
 * applicable; each of its <em>effective</em> grounds ({@link RightsCatalogue#effectiveGrounds}: its own and those
 * of general limitation clauses, none when it may never be restricted) is compared with each applicable clause's
 * closed list. A mapped ground the list lacks is {@link Finding.Verdict#NOT_PERMITTED}; an unmapped ground is
 * {@link Finding.Verdict#CANNOT_BE_CHECKED}, never permitted. Findings are per clause, so a ground the ICCPR
 * permits and the ECHR does not is reported against the ECHR clause only.
 *
 * <p>The caller chooses the instruments: those binding on the state ({@link #bindingOn}), or others as comparators.
 *
 * <pre>{@code
 * StandardsCheck iccpr = StandardsCheck.bindingOn(Standards.standard(), "kz", LocalDate.of(2026, 7, 1));
 * StandardsReport report = iccpr.check(constitution2026);
 * report.notPermitted().forEach(f -> System.out.println(f.describe()));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class StandardsCheck {
  private final Standards standards;
  private final ImmutableList<Instrument> instruments;

  private StandardsCheck(Standards standards, ImmutableList<Instrument> instruments) {
    this.standards = standards;
    this.instruments = instruments;
  }

  /**
   * Returns a check against the named instruments.
   *
   * @param standards where the instruments and clauses come from
   * @param instrumentCodes e.g. {@code "ICCPR", "ECHR"}; at least one
   * @return the check
   * @throws IllegalArgumentException if a code is unknown or none is given
   */
  public static StandardsCheck against(Standards standards, String... instrumentCodes) {
    checkNotNull(standards, "standards");
    checkArgument(instrumentCodes.length > 0, "choose at least one instrument (known: %s)", standards.instruments());
    ImmutableList.Builder<Instrument> chosen = ImmutableList.builder();
    for (String code : instrumentCodes) {
      chosen.add(standards.instrument(code).orElseThrow(() -> new IllegalArgumentException(
          "unknown instrument '" + code + "' (known: " + standards.instruments() + ")")));
    }
    return new StandardsCheck(standards, chosen.build().stream().distinct()
        .collect(ImmutableList.toImmutableList()));
  }

  /**
   * Returns a check against the instruments {@code country} is bound by on {@code date} (for Kazakhstan after
   * 24 January 2006: the ICCPR).
   *
   * @param standards where the instruments come from
   * @param country a lower-case ISO 3166-1 alpha-2 code
   * @param date the day in question
   * @return the check
   * @throws IllegalArgumentException if the state is bound by none of the instruments on that day
   */
  public static StandardsCheck bindingOn(Standards standards, String country, LocalDate date) {
    checkNotNull(standards, "standards");
    ImmutableList<Instrument> binding = standards.bindingOn(country, date);
    checkArgument(!binding.isEmpty(), "'%s' is bound by none of %s on %s", country, standards.instruments(), date);
    return new StandardsCheck(standards, binding);
  }

  /** {@return the chosen instruments} */
  public ImmutableList<Instrument> instruments() {
    return instruments;
  }

  /**
   * Returns the chosen instruments' clauses that govern {@code right}.
   *
   * @param right any right
   * @return the applicable clauses, in the standards' order
   */
  public ImmutableList<TreatyClause> applicableClauses(Right right) {
    checkNotNull(right, "right");
    return standards.clauses().stream()
        .filter(c -> instruments.stream().anyMatch(i -> i.code().equals(c.instrument())) && c.governs(right))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Checks what {@code document} says about rights.
   *
   * @param document a document annotated with its rights (e.g. by extraction)
   * @return the report
   */
  public StandardsReport check(LegalDocument document) {
    return check(checkNotNull(document, "document").rights());
  }

  /**
   * Checks {@code catalogue}.
   *
   * @param catalogue the rights and general clauses to check
   * @return the report
   */
  public StandardsReport check(RightsCatalogue catalogue) {
    checkNotNull(catalogue, "catalogue");
    List<Finding> findings = new ArrayList<>();
    List<HolderFinding> holders = new ArrayList<>();
    List<org.lexkit.core.rights.RightId> notCovered = new ArrayList<>();
    for (Right right : catalogue.rights().values()) {
      ImmutableList<TreatyClause> clauses = applicableClauses(right);
      ImmutableList<RestrictionGround> effective = catalogue.effectiveGrounds(right.id());
      if (clauses.isEmpty()) {
        if (!effective.isEmpty()) {
          notCovered.add(right.id());
        }
        continue;
      }
      for (RestrictionGround ground : effective) {
        Finding.Origin origin = right.ground(ground).isPresent() ? Finding.Origin.OWN : Finding.Origin.GENERAL;
        for (TreatyClause clause : clauses) {
          if (ground.canonical().isEmpty()) {
            findings.add(new Finding(right.id(), ground, origin, clause, Finding.Verdict.CANNOT_BE_CHECKED));
          } else if (!clause.permits(ground.canonical().get())) {
            findings.add(new Finding(right.id(), ground, origin, clause, Finding.Verdict.NOT_PERMITTED));
          }
        }
      }
      for (TreatyClause clause : clauses) {
        if (narrower(right.holder(), clause.protects())) {
          holders.add(new HolderFinding(right.id(), right.holder(), clause));
        }
      }
    }
    return new StandardsReport(ImmutableList.copyOf(findings), ImmutableList.copyOf(holders),
        ImmutableList.copyOf(notCovered));
  }

  /** Everyone is the widest holder; citizens and named groups are narrower than everyone. */
  private static boolean narrower(Holder holder, Holder.Scope protects) {
    return protects == Holder.Scope.EVERYONE && holder.scope() != Holder.Scope.EVERYONE;
  }

  @Override
  public String toString() {
    return "StandardsCheck" + instruments;
  }
}
