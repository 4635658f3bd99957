package org.lexkit.core.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lexkit.core.LegalDocumentGenerators.documents;
import static org.lexkit.core.LegalDocumentGenerators.documentsWithOperation;
import static org.lexkit.core.LegalDocumentGenerators.documentsWithSequence;
import static org.lexkit.core.Theories.theory;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lexkit.core.Footprint;
import org.lexkit.core.Trees;
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
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;

/** The laws of {@link Comparison}, on generated documents and operations. */
class ComparisonProperties {

  /** Law 9: a version compared with itself, or with an equal copy that shares nothing, shows no change. */
  @Test
  void of_sameVersion_isEmpty() {
    theory().forAll(documents()).checkAssert(document -> {
      assertThat(Comparison.of(document, document).isEmpty()).isTrue();
      Comparison withCopy = Comparison.of(document, Trees.deepCopy(document));
      assertThat(withCopy.isEmpty()).as("%s", withCopy).isTrue();
      assertThat(withCopy.describe()).isEqualTo("no changes");
    });
  }

  /**
   * Law 9: comparing a version with the result of one operation reports exactly that operation: its effect in
   * its own form (a text substitution is one change of content, an insertion one addition, a renumbering one
   * renumbering, a new ground one ground gained, ...), plus nothing but the positional ids that an unnumbered
   * insertion, removal or renumbering shifts; every change lies in the target's subtree (old or new id). An
   * operation that changed nothing is reported as no change.
   */
  @Test
  void of_versionAndAmendedVersion_reportsExactlyTheOperation() {
    theory().forAll(documentsWithOperation()).checkAssert(c -> {
      LegalDocument before = c.document();
      LegalDocument after = c.operation().applyTo(before);
      Footprint reach = Footprint.of(before, c.operation());
      Comparison comparison = Comparison.of(before, after);
      if (after.equals(before)) {
        assertThat(comparison.isEmpty()).as("no-op reported as %s", comparison).isTrue();
        return;
      }
      assertThat(comparison.generalGroundsGained()).isEmpty();
      assertThat(comparison.generalGroundsLost()).isEmpty();
      if (!reach.onProvisions()) {
        assertThat(comparison.provisions()).isEmpty();
        assertThat(comparison.rights()).containsExactly(expectedRightChange(before, c.operation()));
        return;
      }
      assertThat(comparison.rights()).isEmpty();
      List<ProvisionChange> own = comparison.provisions().stream().filter(change -> !isShift(change, reach))
          .toList();
      for (ProvisionChange change : own) {
        assertThat(inTarget(change, reach)).as("%s outside the target of %s", change.describe(), c.operation())
            .isTrue();
      }
      c.operation().accept(new ExpectedProvisionChange(before, after, own));
    });
  }

  /** Over whole sequences of operations (which never reorder siblings), no provision change means equal trees. */
  @Test
  void of_sequenceResult_noProvisionChangesExactlyWhenTreesEqual() {
    theory().forAll(documentsWithSequence()).checkAssert(c -> {
      LegalDocument after = c.document();
      for (AmendmentOperation operation : c.operations()) {
        after = operation.applyTo(after);
      }
      Comparison comparison = Comparison.of(c.document(), after);
      assertThat(comparison.provisions().isEmpty()).as("%s", comparison)
          .isEqualTo(after.body().equals(c.document().body()));
      assertThat(comparison.rights().isEmpty()).as("%s", comparison)
          .isEqualTo(after.rights().rights().equals(c.document().rights().rights()));
    });
  }

  /**
   * Over whole sequences: a renumbering is reported only where a provision's own segment changed (not for the
   * descendants of a renumbered provision), and an added or removed provision stands for its subtree (nothing
   * inside it is reported on its own).
   */
  @Test
  void of_sequenceResult_reportsRenumberingsAndSubtreesOnce() {
    theory().forAll(documentsWithSequence()).checkAssert(c -> {
      LegalDocument after = c.document();
      for (AmendmentOperation operation : c.operations()) {
        after = operation.applyTo(after);
      }
      Comparison comparison = Comparison.of(c.document(), after);
      for (ProvisionChange.Renumbered r : comparison.renumbered()) {
        assertThat(r.oldId().lastSegment()).as("%s", r.describe()).isNotEqualTo(r.newId().lastSegment());
      }
      for (ProvisionChange.Added added : comparison.added()) {
        assertThat(comparison.provisions()).filteredOn(other -> !(other instanceof ProvisionChange.Removed)
            && other != added && added.id().contains(other.id())).as("inside %s", added.id()).isEmpty();
      }
      for (ProvisionChange.Removed removed : comparison.removed()) {
        assertThat(comparison.provisions()).filteredOn(other -> other instanceof ProvisionChange.Removed
            && other != removed && removed.id().contains(other.id())).as("inside %s", removed.id()).isEmpty();
      }
    });
  }

  /** Returns whether {@code change} is a positional id shifting under an unnumbered insertion or removal. */
  private static boolean isShift(ProvisionChange change, Footprint reach) {
    return reach.shifts() && change instanceof ProvisionChange.Renumbered r && r.before() == r.after()
        && r.oldId().parent().equals(reach.container()) && r.newId().parent().equals(reach.container());
  }

  private static boolean inTarget(ProvisionChange change, Footprint reach) {
    List<ProvisionId> ids = change instanceof ProvisionChange.Renumbered r ? List.of(r.oldId(), r.newId())
        : List.of(change.id());
    return ids.stream().allMatch(id -> within(reach.oldTarget(), id) || within(reach.newTarget(), id));
  }

  private static boolean within(Optional<ProvisionId> target, ProvisionId id) {
    return target.map(t -> t.contains(id)).orElse(false);
  }

  private static RightChange expectedRightChange(LegalDocument before, AmendmentOperation operation) {
    return operation.accept(new AmendmentOperation.Visitor<RightChange>() {
      @Override
      public RightChange visit(AddRestrictionGround o) {
        return new RightChange.GroundGained(o.right(), o.ground());
      }

      @Override
      public RightChange visit(RemoveRestrictionGround o) {
        return new RightChange.GroundLost(o.right(),
            before.rights().right(o.right()).orElseThrow().ground(o.ground()).orElseThrow());
      }

      @Override
      public RightChange visit(AddRight o) {
        return new RightChange.Added(o.right());
      }

      @Override
      public RightChange visit(RemoveRight o) {
        return new RightChange.Removed(before.rights().right(o.right()).orElseThrow());
      }

      @Override
      public RightChange visit(SubstituteText o) {
        throw new AssertionError(o);
      }

      @Override
      public RightChange visit(ChangeWords o) {
        throw new AssertionError(o);
      }

      @Override
      public RightChange visit(SubstituteProvision o) {
        throw new AssertionError(o);
      }

      @Override
      public RightChange visit(InsertProvision o) {
        throw new AssertionError(o);
      }

      @Override
      public RightChange visit(RepealProvision o) {
        throw new AssertionError(o);
      }

      @Override
      public RightChange visit(RenumberProvision o) {
        throw new AssertionError(o);
      }
    });
  }

  /** Checks that each provision operation is reported in its own form (shifts already filtered out). */
  private record ExpectedProvisionChange(LegalDocument before, LegalDocument after, List<ProvisionChange> own)
      implements AmendmentOperation.Visitor<Void> {

    @Override
    public Void visit(SubstituteText o) {
      assertThat(own).containsExactly(new ProvisionChange.Changed(o.target(),
          before.provision(o.target()).orElseThrow(), after.provision(o.target()).orElseThrow()));
      assertThat(((ProvisionChange.Changed) own.get(0)).fields()).containsExactly(ProvisionChange.Field.CONTENT);
      return null;
    }

    @Override
    public Void visit(ChangeWords o) {
      Provision old = before.provision(o.target()).orElseThrow();
      Provision changed = after.provision(o.target()).orElseThrow();
      if (old.equals(changed)) {
        assertThat(own).isEmpty();
        return null;
      }
      assertThat(own).containsExactly(new ProvisionChange.Changed(o.target(), old, changed));
      assertThat(((ProvisionChange.Changed) own.get(0)).fields()).containsExactly(ProvisionChange.Field.CONTENT);
      return null;
    }

    @Override
    public Void visit(SubstituteProvision o) {
      assertThat(own).isNotEmpty(); // somewhere in the subtree (checked by the caller)
      return null;
    }

    @Override
    public Void visit(InsertProvision o) {
      ProvisionId inserted = Trees.insertedId(before, o);
      assertThat(own).containsExactly(new ProvisionChange.Added(inserted, o.provision()));
      return null;
    }

    @Override
    public Void visit(RepealProvision o) {
      if (o.mode() == RepealProvision.Mode.REMOVE) {
        assertThat(own).containsExactly(new ProvisionChange.Removed(o.target(),
            before.provision(o.target()).orElseThrow()));
      } else {
        assertThat(own.get(0)).isInstanceOfSatisfying(ProvisionChange.Changed.class, changed -> {
          assertThat(changed.id()).isEqualTo(o.target());
          assertThat(changed.fields()).contains(ProvisionChange.Field.STATUS);
        });
        assertThat(own.subList(1, own.size())).allMatch(change -> change instanceof ProvisionChange.Removed
            && change.id().parent().equals(Optional.of(o.target())));
      }
      return null;
    }

    @Override
    public Void visit(RenumberProvision o) {
      ProvisionId renumbered = o.renumberedId();
      if (renumbered.equals(o.target())) {
        assertThat(own).singleElement().isInstanceOfSatisfying(ProvisionChange.Changed.class,
            changed -> assertThat(changed.fields()).containsExactly(ProvisionChange.Field.NUM));
      } else {
        assertThat(own).containsExactly(new ProvisionChange.Renumbered(o.target(), renumbered,
            before.provision(o.target()).orElseThrow(), after.provision(renumbered).orElseThrow()));
      }
      return null;
    }

    @Override
    public Void visit(AddRestrictionGround o) {
      throw new AssertionError(o);
    }

    @Override
    public Void visit(RemoveRestrictionGround o) {
      throw new AssertionError(o);
    }

    @Override
    public Void visit(AddRight o) {
      throw new AssertionError(o);
    }

    @Override
    public Void visit(RemoveRight o) {
      throw new AssertionError(o);
    }
  }
}
