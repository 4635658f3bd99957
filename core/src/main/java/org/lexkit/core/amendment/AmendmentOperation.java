package org.lexkit.core.amendment;

import org.lexkit.core.document.LegalDocument;

/**
 * One checked change to a legal document: change words in a provision's text; substitute, insert, repeal or
 * renumber a provision; or add or remove a right or one of its restriction grounds.
 *
 * <p>Every operation is a record; the hierarchy is closed so that code branching on the kind of operation (such
 * as the Akoma Ntoso writer) is exhaustive through {@link Visitor}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface AmendmentOperation
    permits SubstituteText, ChangeWords, SubstituteProvision, InsertProvision, RepealProvision, RenumberProvision,
        AddRestrictionGround, RemoveRestrictionGround, AddRight, RemoveRight {

  /**
   * Returns {@code document} with this operation applied; never modifies {@code document} (no operation can: the
   * model is immutable), and shares every subtree the operation does not touch.
   *
   * @param document the version to change
   * @return the changed version
   * @throws AmendmentConflictException if the operation does not fit the document (missing target, stale
   *     expected text, colliding number, ...)
   */
  LegalDocument applyTo(LegalDocument document);

  /** Returns a short verb naming this kind of operation, e.g. {@code repeal}, for messages. */
  String verb();

  /**
   * Calls the {@code visitor} method for this kind of operation.
   *
   * @param visitor what to do for each kind
   * @param <R> what the visitor returns
   * @return the visitor's result
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per kind of operation. Java 17 has no pattern-matching {@code switch} over sealed types, so code
   * outside {@code core} that branches on the operation kind implements this to stay exhaustive.
   *
   * @param <R> the result type
   */
  interface Visitor<R> {
    /** Visits a text substitution. */
    R visit(SubstituteText operation);

    /** Visits a change of words. */
    R visit(ChangeWords operation);

    /** Visits a subtree substitution. */
    R visit(SubstituteProvision operation);

    /** Visits an insertion. */
    R visit(InsertProvision operation);

    /** Visits a repeal. */
    R visit(RepealProvision operation);

    /** Visits a renumbering. */
    R visit(RenumberProvision operation);

    /** Visits the addition of a restriction ground. */
    R visit(AddRestrictionGround operation);

    /** Visits the removal of a restriction ground. */
    R visit(RemoveRestrictionGround operation);

    /** Visits the addition of a right. */
    R visit(AddRight operation);

    /** Visits the removal of a right. */
    R visit(RemoveRight operation);
  }
}
