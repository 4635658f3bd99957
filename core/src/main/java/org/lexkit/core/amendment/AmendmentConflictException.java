package org.lexkit.core.amendment;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.lexkit.core.LegalDocumentException;

/**
 * Thrown when an amendment does not fit the document it is applied to: its target does not exist, its expected
 * old text does not match, a new number collides with a sibling's. The document the caller holds is untouched.
 *
 * <p>The message reads {@code amendment 2026-1, operation 2 (repeal) on sec_2__art_12: expected a provision
 * sec_2__art_12, found no such provision}.
 */
public final class AmendmentConflictException extends LegalDocumentException {
  private static final long serialVersionUID = 1L;

  private final transient AmendmentProblem problem;
  private final transient Optional<AmendmentId> amendment;

  /**
   * Creates the exception for {@code problem}.
   *
   * @param problem what went wrong
   * @param amendment the amendment the operation belongs to, or empty when applied alone
   */
  public AmendmentConflictException(AmendmentProblem problem, Optional<AmendmentId> amendment) {
    super(amendment.map(id -> "amendment " + id + ", ").orElse("") + problem.describe(), null);
    this.problem = checkNotNull(problem, "problem");
    this.amendment = amendment;
  }

  /** Returns what went wrong, as data. */
  public AmendmentProblem problem() {
    return problem;
  }

  /** Returns the amendment the failing operation belongs to, or empty when it was applied alone. */
  public Optional<AmendmentId> amendment() {
    return amendment;
  }
}
