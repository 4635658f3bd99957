package org.lexkit.rights.standards;

import static com.google.common.base.Preconditions.checkNotNull;

import org.lexkit.core.rights.Holder;
import org.lexkit.core.rights.RightId;

/**
 * A right the text grants to fewer people than the treaty clause that governs it protects: KZ 2026 art. 34 grants
 * peaceful assembly to citizens, ICCPR art. 21 protects everyone.
 *
 * <p>Immutable and thread-safe.
 *
 * @param right the right
 * @param holder whom the text grants it to
 * @param clause the clause that protects a wider group
 */
public record HolderFinding(RightId right, Holder holder, TreatyClause clause) {
  /** Checks the components. */
  public HolderFinding {
    checkNotNull(right, "right");
    checkNotNull(holder, "holder");
    checkNotNull(clause, "clause");
  }

  /** {@return the finding as one sentence} */
  public String describe() {
    return right + ": held by " + holder + ", while " + clause.citation() + " protects "
        + clause.protects().name().toLowerCase(java.util.Locale.ROOT);
  }
}
