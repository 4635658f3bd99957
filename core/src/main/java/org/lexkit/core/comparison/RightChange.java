package org.lexkit.core.comparison;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.lexkit.core.rights.Holder;
import org.lexkit.core.rights.RestrictionGround;
import org.lexkit.core.rights.Right;
import org.lexkit.core.rights.RightId;

/**
 * One difference between the rights of two versions, matched by {@link RightId}: a right {@link Added} or
 * {@link Removed}, a restriction ground of its own {@link GroundGained} or {@link GroundLost} (grounds are matched
 * by {@linkplain RestrictionGround#key() key}, so a reworded ground with the same meaning is neither), its
 * {@link HolderChanged holder changed}, or {@link DetailsChanged anything else about it}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface RightChange
    permits RightChange.Added, RightChange.Removed, RightChange.GroundGained, RightChange.GroundLost,
        RightChange.HolderChanged, RightChange.DetailsChanged {

  /** Returns the id of the right concerned. */
  RightId id();

  /** Returns a one-line description such as {@code peaceful-assembly: gained ground PUBLIC_MORALS}. */
  String describe();

  /**
   * A right only the later version has.
   *
   * @param right the right
   */
  record Added(Right right) implements RightChange {
    /** Rejects null. */
    public Added {
      checkNotNull(right, "right");
    }

    @Override
    public RightId id() {
      return right.id();
    }

    @Override
    public String describe() {
      return "added right " + right.id();
    }
  }

  /**
   * A right only the earlier version has.
   *
   * @param right the right
   */
  record Removed(Right right) implements RightChange {
    /** Rejects null. */
    public Removed {
      checkNotNull(right, "right");
    }

    @Override
    public RightId id() {
      return right.id();
    }

    @Override
    public String describe() {
      return "removed right " + right.id();
    }
  }

  /**
   * A restriction ground the right lists in the later version only.
   *
   * @param id the right
   * @param ground the ground, as the later version words it
   */
  record GroundGained(RightId id, RestrictionGround ground) implements RightChange {
    /** Rejects nulls. */
    public GroundGained {
      checkNotNull(id, "id");
      checkNotNull(ground, "ground");
    }

    @Override
    public String describe() {
      return id + ": gained ground " + ground.key() + " (\"" + ground.wording() + "\" in " + ground.source() + ")";
    }
  }

  /**
   * A restriction ground the right lists in the earlier version only.
   *
   * @param id the right
   * @param ground the ground, as the earlier version words it
   */
  record GroundLost(RightId id, RestrictionGround ground) implements RightChange {
    /** Rejects nulls. */
    public GroundLost {
      checkNotNull(id, "id");
      checkNotNull(ground, "ground");
    }

    @Override
    public String describe() {
      return id + ": lost ground " + ground.key() + " (\"" + ground.wording() + "\" in " + ground.source() + ")";
    }
  }

  /**
   * The right is held by someone else ("citizens" became "everyone").
   *
   * <p>Invariant: the holders differ.
   *
   * @param id the right
   * @param before the earlier holder
   * @param after the later holder
   */
  record HolderChanged(RightId id, Holder before, Holder after) implements RightChange {
    /** Checks that the holder changed. */
    public HolderChanged {
      checkNotNull(id, "id");
      checkNotNull(before, "before");
      checkNotNull(after, "after");
      checkArgument(!before.equals(after), "right %s: the holder did not change (%s)", id, before);
    }

    @Override
    public String describe() {
      return id + ": holder " + before + " -> " + after;
    }
  }

  /**
   * Something else about the right changed: its name, topic, stating provisions or absoluteness, or the wording,
   * source or order of grounds it lists in both versions.
   *
   * @param before the right in the earlier version
   * @param after the right in the later version
   */
  record DetailsChanged(Right before, Right after) implements RightChange {
    /** Checks that both are the same right. */
    public DetailsChanged {
      checkNotNull(before, "before");
      checkNotNull(after, "after");
      checkArgument(before.id().equals(after.id()), "cannot compare right %s with right %s", before.id(),
          after.id());
    }

    @Override
    public RightId id() {
      return after.id();
    }

    @Override
    public String describe() {
      return id() + ": details changed";
    }
  }
}
