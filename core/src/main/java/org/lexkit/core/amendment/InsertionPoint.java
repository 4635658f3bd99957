package org.lexkit.core.amendment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.lexkit.core.provision.ProvisionId;

/**
 * Where an inserted provision goes: before or after an existing provision (as its sibling), or at the end of a
 * container (the body when no container is named).
 *
 * <p>Invariant: {@link Placement#BEFORE} and {@link Placement#AFTER} name an anchor.
 *
 * <p>Immutable and thread-safe.
 *
 * @param placement before, after or at the end
 * @param anchor the sibling to insert next to, or the container to append to (empty for the body)
 */
public record InsertionPoint(Placement placement, Optional<ProvisionId> anchor) {
  /** The three ways of placing a new provision. */
  public enum Placement {
    /** Immediately before the anchor, as its sibling. */
    BEFORE,
    /** Immediately after the anchor, as its sibling. */
    AFTER,
    /** As the last child of the anchor (or of the body). */
    AT_END
  }

  /** Checks that sibling placements name their anchor. */
  public InsertionPoint {
    checkNotNull(placement, "placement");
    checkNotNull(anchor, "anchor");
    checkArgument(placement == Placement.AT_END || anchor.isPresent(), "%s needs an anchor provision", placement);
  }

  /** Returns the point just before {@code sibling}. */
  public static InsertionPoint before(ProvisionId sibling) {
    return new InsertionPoint(Placement.BEFORE, Optional.of(sibling));
  }

  /** Returns the point just after {@code sibling}. */
  public static InsertionPoint after(ProvisionId sibling) {
    return new InsertionPoint(Placement.AFTER, Optional.of(sibling));
  }

  /** Returns the end of {@code container}. */
  public static InsertionPoint atEndOf(ProvisionId container) {
    return new InsertionPoint(Placement.AT_END, Optional.of(container));
  }

  /** Returns the end of the document's body. */
  public static InsertionPoint atEndOfBody() {
    return new InsertionPoint(Placement.AT_END, Optional.empty());
  }

  /** Returns the container the new provision will be a child of (empty for the body). */
  public Optional<ProvisionId> container() {
    return placement == Placement.AT_END ? anchor : anchor.flatMap(ProvisionId::parent);
  }

  @Override
  public String toString() {
    return placement.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " "
        + anchor.map(ProvisionId::value).orElse("body");
  }
}
