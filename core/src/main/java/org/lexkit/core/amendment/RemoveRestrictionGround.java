package org.lexkit.core.amendment;

import static com.google.common.base.Preconditions.checkNotNull;

import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.rights.RestrictionGround;
import org.lexkit.core.rights.Right;
import org.lexkit.core.rights.RightId;

/**
 * Removes a ground on which a right may be restricted. The ground is matched by its
 * {@linkplain RestrictionGround#key() key}, so a canonical ground is removed whatever its wording.
 *
 * <p>Fails when the right does not exist or does not list the ground.
 *
 * <p>Immutable and thread-safe.
 *
 * @param right the right
 * @param ground the ground to remove
 */
public record RemoveRestrictionGround(RightId right, RestrictionGround ground) implements AmendmentOperation {
  /** Validates the components. */
  public RemoveRestrictionGround {
    checkNotNull(right, "right");
    checkNotNull(ground, "ground");
  }

  /** Returns the removal of {@code ground} from {@code right}. */
  public static RemoveRestrictionGround of(RightId right, RestrictionGround ground) {
    return new RemoveRestrictionGround(right, ground);
  }

  @Override
  public LegalDocument applyTo(LegalDocument document) {
    Right current = Conflicts.requireRight(this, document, right);
    if (current.ground(ground).isEmpty()) {
      throw Conflicts.conflict(this, right, "ground " + ground.key(), "no such ground");
    }
    return document.withRights(document.rights().withRight(current.withoutGround(ground)));
  }

  @Override
  public String verb() {
    return "remove restriction ground";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
