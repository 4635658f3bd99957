package org.lexkit.rights.standards;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.lexkit.core.rights.RestrictionGround;
import org.lexkit.core.rights.RightId;

/**
 * One ground of one right that an applicable treaty clause does not permit, or that cannot be checked because its
 * wording has no canonical meaning.
 *
 * <p>Invariant: the verdict is {@link Verdict#CANNOT_BE_CHECKED} exactly when the ground is unmapped.
 *
 * <p>Immutable and thread-safe.
 *
 * @param right the right
 * @param ground the ground, with its wording and the provision that states it
 * @param origin whether the right's own provision states the ground or a general limitation clause does
 * @param clause the treaty clause that governs the right
 * @param verdict what the check found
 */
public record Finding(RightId right, RestrictionGround ground, Origin origin, TreatyClause clause, Verdict verdict) {
  /** Where a right's ground comes from. */
  public enum Origin {
    /** The right's own limitation clause (KZ 2026 art. 34). */
    OWN,
    /** A general limitation clause that applies to all rights (KZ 2026 art. 41(1)). */
    GENERAL
  }

  /** What the check found. */
  public enum Verdict {
    /** The clause's closed list does not include the ground. */
    NOT_PERMITTED,
    /** The ground's wording has no canonical meaning, so it cannot be compared with the list; never "permitted". */
    CANNOT_BE_CHECKED
  }

  /** Checks the components. */
  public Finding {
    checkNotNull(right, "right");
    checkNotNull(ground, "ground");
    checkNotNull(origin, "origin");
    checkNotNull(clause, "clause");
    checkNotNull(verdict, "verdict");
    checkArgument((verdict == Verdict.CANNOT_BE_CHECKED) == ground.canonical().isEmpty(),
        "a finding cannot be checked exactly when its ground is unmapped (%s, %s)", verdict, ground);
  }

  /**
   * Returns the finding as one sentence, e.g. {@code peaceful-assembly: ground 'защиты основ конституционного
   * строя' (CONSTITUTIONAL_ORDER, own, sec_ii__art_34) is not permitted by ICCPR art. 21}.
   *
   * @return the sentence
   */
  public String describe() {
    String meaning = ground.canonical().map(Object::toString).orElse("unmapped");
    String what = verdict == Verdict.NOT_PERMITTED ? "is not permitted by " : "cannot be checked against ";
    return right + ": ground '" + ground.wording() + "' (" + meaning + ", " + origin.name().toLowerCase(
        java.util.Locale.ROOT) + ", " + ground.source() + ") " + what + clause.citation();
  }
}
