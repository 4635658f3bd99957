package org.lexkit.core.amendment;

import static com.google.common.base.Preconditions.checkNotNull;

import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.rights.Right;

/**
 * Adds a right to the document's catalogue. Fails when a right with the same id exists.
 *
 * <p>Immutable and thread-safe.
 *
 * @param right the new right
 */
public record AddRight(Right right) implements AmendmentOperation {
  /** Validates the component. */
  public AddRight {
    checkNotNull(right, "right");
  }

  /** Returns the addition of {@code right}. */
  public static AddRight of(Right right) {
    return new AddRight(right);
  }

  @Override
  public LegalDocument applyTo(LegalDocument document) {
    if (document.rights().right(right.id()).isPresent()) {
      throw Conflicts.conflict(this, right.id(), "no right " + right.id(), "an existing right with that id");
    }
    return document.withRights(document.rights().withRight(right));
  }

  @Override
  public String verb() {
    return "add right";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
