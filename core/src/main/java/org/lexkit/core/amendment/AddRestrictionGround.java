package org.lexkit.core.amendment;

import static com.google.common.base.Preconditions.checkNotNull;

import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.rights.RestrictionGround;
import org.lexkit.core.rights.Right;
import org.lexkit.core.rights.RightId;

/**
 * Adds a ground on which a right may be restricted (the January 2026 proposal added "constitutional order" and
 * "national security" to the right of peaceful assembly).
 *
 * <p>Fails when the right does not exist, is absolute, or already has the ground.
 *
 * <p>Immutable and thread-safe.
 *
 * @param right the right
 * @param ground the new ground
 */
public record AddRestrictionGround(RightId right, RestrictionGround ground) implements AmendmentOperation {
  /** Validates the components. */
  public AddRestrictionGround {
    checkNotNull(right, "right");
    checkNotNull(ground, "ground");
  }

  /** Returns the addition of {@code ground} to {@code right}. */
  public static AddRestrictionGround of(RightId right, RestrictionGround ground) {
    return new AddRestrictionGround(right, ground);
  }

  @Override
  public LegalDocument applyTo(LegalDocument document) {
    Right current = Conflicts.requireRight(this, document, right);
    if (current.absolute()) {
      throw Conflicts.conflict(this, right, "a restrictable right", "an absolute right");
    }
    if (current.ground(ground).isPresent()) {
      throw Conflicts.conflict(this, right, "no ground " + ground.key(),
          "ground " + ground.key() + " already listed as " + Conflicts.quote(current.ground(ground).get().wording()));
    }
    return document.withRights(document.rights().withRight(current.withGround(ground)));
  }

  @Override
  public String verb() {
    return "add restriction ground";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
