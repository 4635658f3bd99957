package org.lexkit.core.comparison;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;

/**
 * One difference between the provision trees of two versions: a provision {@link Added}, {@link Removed},
 * {@link Changed} in its own fields, or {@link Renumbered} (its id changed; a renumbered provision whose own words
 * changed too is also {@link Changed}).
 *
 * <p>Ids of added and changed provisions are ids in the later version; ids of removed provisions are ids in the
 * earlier one; a renumbering gives both. An added or removed provision stands for its whole subtree: its
 * descendants are not listed separately.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface ProvisionChange
    permits ProvisionChange.Added, ProvisionChange.Removed, ProvisionChange.Changed, ProvisionChange.Renumbered {

  /** Returns the id the change is reported under: the new id, except for a removal (the old one). */
  ProvisionId id();

  /** Returns a one-line description such as {@code changed art_3 (content, notes)}. */
  String describe();

  /** A provision's own fields: what {@link Changed} compares, children aside. */
  enum Field {
    /** The printed number ("3-1" and "3-1." differ here even though their ids agree). */
    NUM,
    /** The heading. */
    HEADING,
    /** The text before the children. */
    CONTENT,
    /** The text after the children. */
    WRAP_UP,
    /** Editorial notes. */
    NOTES,
    /** In force or repealed placeholder. */
    STATUS;

    /** Returns the fields in which {@code before} and {@code after} differ. */
    static ImmutableSet<Field> differing(Provision before, Provision after) {
      Set<Field> fields = EnumSet.noneOf(Field.class);
      if (!before.num().equals(after.num())) {
        fields.add(NUM);
      }
      if (!before.heading().equals(after.heading())) {
        fields.add(HEADING);
      }
      if (!before.content().equals(after.content())) {
        fields.add(CONTENT);
      }
      if (!before.wrapUp().equals(after.wrapUp())) {
        fields.add(WRAP_UP);
      }
      if (!before.notes().equals(after.notes())) {
        fields.add(NOTES);
      }
      if (before.status() != after.status()) {
        fields.add(STATUS);
      }
      return ImmutableSet.copyOf(fields);
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * A provision, with its subtree, that only the later version has.
   *
   * @param id its id in the later version
   * @param provision the provision
   */
  record Added(ProvisionId id, Provision provision) implements ProvisionChange {
    /** Rejects nulls. */
    public Added {
      checkNotNull(id, "id");
      checkNotNull(provision, "provision");
    }

    @Override
    public String describe() {
      return "added " + id;
    }
  }

  /**
   * A provision, with its subtree, that only the earlier version has.
   *
   * @param id its id in the earlier version
   * @param provision the provision
   */
  record Removed(ProvisionId id, Provision provision) implements ProvisionChange {
    /** Rejects nulls. */
    public Removed {
      checkNotNull(id, "id");
      checkNotNull(provision, "provision");
    }

    @Override
    public String describe() {
      return "removed " + id;
    }
  }

  /**
   * A provision whose own fields (number text, heading, content, wrap-up, notes, status) differ between the
   * versions. Its children are compared separately.
   *
   * <p>Invariant: at least one own field differs.
   *
   * @param id its id in the later version
   * @param before the provision in the earlier version
   * @param after the provision in the later version
   */
  record Changed(ProvisionId id, Provision before, Provision after) implements ProvisionChange {
    /** Checks that something changed. */
    public Changed {
      checkNotNull(id, "id");
      checkNotNull(before, "before");
      checkNotNull(after, "after");
      checkArgument(!Field.differing(before, after).isEmpty(), "%s did not change its own fields", id);
    }

    /** Returns the own fields that differ, never empty. */
    public ImmutableSet<Field> fields() {
      return Field.differing(before, after);
    }

    @Override
    public String describe() {
      return "changed " + id + " (" + fields().stream().map(Field::toString).collect(Collectors.joining(", "))
          + ")";
    }
  }

  /**
   * A provision whose id changed: a new number ("Article 94-1 becomes Article 95", or speech moving from art. 20
   * to art. 23 in a new constitution), or a positional id that shifted because an unnumbered sibling was inserted
   * or removed before it. It was matched by its text, which may have changed too: a change of its own words is a
   * {@link Changed} under the new id. Descendants are not reported as removed and added; differences inside them
   * are reported on their own.
   *
   * <p>Invariant: the ids differ.
   *
   * @param oldId its id in the earlier version
   * @param newId its id in the later version
   * @param before the provision in the earlier version
   * @param after the provision in the later version
   */
  record Renumbered(ProvisionId oldId, ProvisionId newId, Provision before, Provision after)
      implements ProvisionChange {
    /** Checks that the id changed. */
    public Renumbered {
      checkNotNull(oldId, "oldId");
      checkNotNull(newId, "newId");
      checkNotNull(before, "before");
      checkNotNull(after, "after");
      checkArgument(!oldId.equals(newId), "a renumbering must change the id (%s)", oldId);
    }

    @Override
    public ProvisionId id() {
      return newId;
    }

    @Override
    public String describe() {
      return "renumbered " + oldId + " -> " + newId;
    }
  }
}
