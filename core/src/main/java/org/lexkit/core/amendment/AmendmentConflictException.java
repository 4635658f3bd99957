package org.lexkit.core.amendment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.lexkit.core.LegalDocumentException;

/**
 * Thrown when an amendment does not fit the document it is applied to: its target does not exist, its expected
 * old text does not match, a new number collides with a sibling's. The document the caller holds is untouched.
 *
 * <p>The message reads {@code amendment 2026-1, operation 2 (repeal) on sec_2__art_12: expected a provision
 * sec_2__art_12, found no such provision}; {@link #withContext} may add where it happened in parentheses.
 *
 * <p>Immutable (the problem, amendment and context are fixed at construction) and safe to share between threads.
 */
public final class AmendmentConflictException extends LegalDocumentException {
  private static final long serialVersionUID = 1L;

  private final transient AmendmentProblem problem;
  private final transient Optional<AmendmentId> amendment;
  private final transient Optional<String> context;

  /**
   * Creates the exception for {@code problem}.
   *
   * @param problem what went wrong
   * @param amendment the amendment the operation belongs to, or empty when applied alone
   */
  public AmendmentConflictException(AmendmentProblem problem, Optional<AmendmentId> amendment) {
    this(problem, amendment, Optional.empty());
  }

  private AmendmentConflictException(
      AmendmentProblem problem, Optional<AmendmentId> amendment, Optional<String> context) {
    super(message(checkNotNull(problem, "problem"), checkNotNull(amendment, "amendment"),
        checkNotNull(context, "context")), null);
    this.problem = problem;
    this.amendment = amendment;
    this.context = context;
  }

  private static String message(
      AmendmentProblem problem, Optional<AmendmentId> amendment, Optional<String> context) {
    return amendment.map(id -> "amendment " + id + ", ").orElse("") + problem.describe()
        + context.map(c -> " (" + c + ")").orElse("");
  }

  /**
   * Returns the same conflict with {@code context} saying where it happened, e.g. "while building the version in
   * force from 2006-01-01"; the message ends with it in parentheses.
   *
   * @param context a non-blank description of the situation
   * @return a new exception with the same problem and amendment
   */
  public AmendmentConflictException withContext(String context) {
    checkNotNull(context, "context");
    checkArgument(!context.isBlank(), "context must not be blank");
    return new AmendmentConflictException(problem, amendment, Optional.of(context));
  }

  /** Returns what went wrong, as data. */
  public AmendmentProblem problem() {
    return problem;
  }

  /** Returns the amendment the failing operation belongs to, or empty when it was applied alone. */
  public Optional<AmendmentId> amendment() {
    return amendment;
  }

  /** Returns where the conflict happened, when the caller that met it said so. */
  public Optional<String> context() {
    return context;
  }
}
