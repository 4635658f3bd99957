package org.lexkit.core;

import java.util.Optional;
import java.util.stream.Stream;
import org.lexkit.core.amendment.AddRestrictionGround;
import org.lexkit.core.amendment.AddRight;
import org.lexkit.core.amendment.AmendmentOperation;
import org.lexkit.core.amendment.ChangeWords;
import org.lexkit.core.amendment.InsertProvision;
import org.lexkit.core.amendment.RemoveRestrictionGround;
import org.lexkit.core.amendment.RemoveRight;
import org.lexkit.core.amendment.RenumberProvision;
import org.lexkit.core.amendment.RepealProvision;
import org.lexkit.core.amendment.SubstituteProvision;
import org.lexkit.core.amendment.SubstituteText;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.rights.RightId;

/**
 * What one operation, applied to one document, is allowed to touch: the test's independent statement of each
 * operation's reach, against which the laws check the implementation.
 *
 * @param oldTarget the subtree of the earlier version the operation replaces or removes, if any
 * @param newTarget the subtree of the later version the operation creates, if any
 * @param anchor the provision the operation needs to exist (target, insertion anchor or container), if any
 * @param container the parent of the target (empty for the body): the nodes from the body down to it are rebuilt
 * @param structural whether the container's list of children changes (insert, remove, renumber) rather than one
 *     child in place
 * @param shifts whether the moved provision is unnumbered, so that the positional ids of later unnumbered siblings
 *     of the same kind shift
 * @param right the right a rights operation targets
 */
public record Footprint(
    Optional<ProvisionId> oldTarget,
    Optional<ProvisionId> newTarget,
    Optional<ProvisionId> anchor,
    Optional<ProvisionId> container,
    boolean structural,
    boolean shifts,
    Optional<RightId> right) {

  /** Returns the footprint of {@code operation} on {@code document}, where it applies. */
  public static Footprint of(LegalDocument document, AmendmentOperation operation) {
    return operation.accept(new AmendmentOperation.Visitor<Footprint>() {
      @Override
      public Footprint visit(SubstituteText o) {
        return inPlace(o.target());
      }

      @Override
      public Footprint visit(ChangeWords o) {
        return inPlace(o.target());
      }

      @Override
      public Footprint visit(SubstituteProvision o) {
        return inPlace(o.target());
      }

      @Override
      public Footprint visit(InsertProvision o) {
        ProvisionId inserted = Trees.insertedId(document, o);
        // The anchor is the sibling for BEFORE and AFTER, the container for AT_END (none for the body's end).
        return new Footprint(Optional.empty(), Optional.of(inserted), o.at().anchor(), o.at().container(), true,
            o.provision().num().isEmpty(), Optional.empty());
      }

      @Override
      public Footprint visit(RepealProvision o) {
        if (o.mode() == RepealProvision.Mode.PLACEHOLDER) {
          return inPlace(o.target());
        }
        return new Footprint(Optional.of(o.target()), Optional.empty(), Optional.of(o.target()), o.target().parent(),
            true, unnumbered(o.target()), Optional.empty());
      }

      @Override
      public Footprint visit(RenumberProvision o) {
        return new Footprint(Optional.of(o.target()), Optional.of(o.renumberedId()), Optional.of(o.target()),
            o.target().parent(), true, unnumbered(o.target()), Optional.empty());
      }

      @Override
      public Footprint visit(AddRestrictionGround o) {
        return rights(o.right());
      }

      @Override
      public Footprint visit(RemoveRestrictionGround o) {
        return rights(o.right());
      }

      @Override
      public Footprint visit(AddRight o) {
        return rights(o.right().id());
      }

      @Override
      public Footprint visit(RemoveRight o) {
        return rights(o.right());
      }

      private boolean unnumbered(ProvisionId target) {
        return document.provision(target).orElseThrow().num().isEmpty();
      }
    });
  }

  private static Footprint inPlace(ProvisionId target) {
    return new Footprint(Optional.of(target), Optional.of(target), Optional.of(target), target.parent(), false,
        false, Optional.empty());
  }

  private static Footprint rights(RightId right) {
    return new Footprint(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, false,
        Optional.of(right));
  }

  /** Returns whether this is a provision operation (not a rights one). */
  public boolean onProvisions() {
    return right.isEmpty();
  }

  /** Returns whether {@code id} lies in the container's subtree (everything, for the body), the container aside. */
  public boolean inContainer(ProvisionId id) {
    return container.map(c -> c.contains(id) && !c.equals(id)).orElse(true);
  }

  /** Returns whether {@code id} is the container or one of its ancestors: a node rebuilt on the path. */
  public boolean onPath(ProvisionId id) {
    return container.map(id::contains).orElse(false);
  }

  /**
   * Returns whether this and {@code other} (both valid on the same document) certainly commute: they touch
   * different rights, or provisions none of which contains another, and the positional or sibling numbering one
   * changes is not what the other relies on.
   */
  public boolean isDisjointFrom(Footprint other) {
    if (!onProvisions() || !other.onProvisions()) {
      return !onProvisions() && !other.onProvisions() ? !right.equals(other.right) : true;
    }
    if (nested(ids(), other.ids())) {
      return false;
    }
    if (structural && other.structural && container.equals(other.container)) {
      return false; // two changes to the same list of siblings: numbers may collide, positions shift
    }
    return !(shifts && other.ids().anyMatch(this::inContainer))
        && !(other.shifts && ids().anyMatch(other::inContainer));
  }

  private Stream<ProvisionId> ids() {
    return Stream.of(oldTarget, newTarget, anchor).flatMap(Optional::stream);
  }

  private static boolean nested(Stream<ProvisionId> a, Stream<ProvisionId> b) {
    var bs = b.toList();
    return a.anyMatch(x -> bs.stream().anyMatch(y -> x.contains(y) || y.contains(x)));
  }
}
