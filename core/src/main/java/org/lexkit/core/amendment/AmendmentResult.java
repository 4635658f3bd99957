package org.lexkit.core.amendment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.lexkit.core.document.LegalDocument;

/**
 * The outcome of applying an amendment: either the amended document, or the untouched original with the problems
 * that stopped it. Never a partial application.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface AmendmentResult permits AmendmentResult.Applied, AmendmentResult.Refused {

  /** Returns whether every operation applied. */
  boolean isApplied();

  /** Returns the amended document if applied, else the original, untouched. */
  LegalDocument document();

  /** Returns why the amendment was refused; empty when it applied. */
  ImmutableList<AmendmentProblem> problems();

  /**
   * Returns the amended document.
   *
   * @return the amended document
   * @throws AmendmentConflictException carrying the first problem, if the amendment was refused
   */
  LegalDocument orElseThrow();

  /**
   * Every operation applied.
   *
   * @param document the amended document
   */
  record Applied(LegalDocument document) implements AmendmentResult {
    /** Rejects null. */
    public Applied {
      checkNotNull(document, "document");
    }

    @Override
    public boolean isApplied() {
      return true;
    }

    @Override
    public ImmutableList<AmendmentProblem> problems() {
      return ImmutableList.of();
    }

    @Override
    public LegalDocument orElseThrow() {
      return document;
    }
  }

  /**
   * An operation did not fit; nothing was applied.
   *
   * @param document the original document, untouched
   * @param amendment the refused amendment's id
   * @param problems why, at least one
   */
  record Refused(LegalDocument document, AmendmentId amendment, ImmutableList<AmendmentProblem> problems)
      implements AmendmentResult {
    /** Checks that there is at least one problem. */
    public Refused {
      checkNotNull(document, "document");
      checkNotNull(amendment, "amendment");
      problems = ImmutableList.copyOf(problems);
      checkArgument(!problems.isEmpty(), "a refusal needs at least one problem");
    }

    @Override
    public boolean isApplied() {
      return false;
    }

    @Override
    public LegalDocument orElseThrow() {
      throw new AmendmentConflictException(problems.get(0), Optional.of(amendment));
    }
  }
}
