package org.lexkit.core.amendment;

import static com.google.common.base.Preconditions.checkNotNull;

import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.rights.RightId;

/**
 * Removes a right from the document's catalogue. Fails when there is no such right.
 *
 * <p>Immutable and thread-safe.
 *
 * @param right the id of the right to remove
 */
public record RemoveRight(RightId right) implements AmendmentOperation {
  /** Validates the component. */
  public RemoveRight {
    checkNotNull(right, "right");
  }

  /** Returns the removal of {@code right}. */
  public static RemoveRight of(RightId right) {
    return new RemoveRight(right);
  }

  @Override
  public LegalDocument applyTo(LegalDocument document) {
    Conflicts.requireRight(this, document, right);
    return document.withRights(document.rights().withoutRight(right));
  }

  @Override
  public String verb() {
    return "remove right";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
