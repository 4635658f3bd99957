package org.lexkit.core.amendment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lexkit.core.LegalDocumentGenerators.documentsWithDisjointOperations;
import static org.lexkit.core.LegalDocumentGenerators.documentsWithInsertion;
import static org.lexkit.core.LegalDocumentGenerators.documentsWithOperation;
import static org.lexkit.core.LegalDocumentGenerators.documentsWithSequence;
import static org.lexkit.core.LegalDocumentGenerators.failingAmendments;
import static org.lexkit.core.LegalDocumentGenerators.gen;
import static org.lexkit.core.Theories.theory;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lexkit.core.Footprint;
import org.lexkit.core.LegalDocumentGenerators;
import org.lexkit.core.Trees;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.rights.RightId;

/**
 * The laws of amendment operations, each checked on {@code lexkit.examples} generated documents and operations
 * (see {@link org.lexkit.core.Theories} for seeds).
 */
class AmendmentProperties {

  private static Amendment amendmentOf(List<AmendmentOperation> operations) {
    return new Amendment(AmendmentId.parse("law-1"), "Law", Optional.empty(), Optional.empty(), Optional.empty(),
        AmendmentStatus.PROPOSED, ImmutableList.copyOf(operations));
  }

  // ---------------------------------------------------------------- law 1: the input is never changed

  /**
   * Law 1: applying an operation never changes its input (deep equality with a copy taken before), and the
   * result shares every node off the rebuilt path: a node of either version that the other lacks lies on the path
   * from the body to the target's container, or inside the target's old or new subtree.
   */
  @Test
  void apply_neverMutatesInput_andSharesEverythingOffThePath() {
    theory().forAll(documentsWithOperation()).checkAssert(c -> {
      LegalDocument before = c.document();
      LegalDocument copy = Trees.deepCopy(before);
      Footprint reach = Footprint.of(before, c.operation());

      LegalDocument after = c.operation().applyTo(before);

      assertThat(before).isEqualTo(copy);
      if (!reach.onProvisions()) {
        assertThat(after.body()).isSameAs(before.body());
        return;
      }
      Set<Provision> oldNodes = Trees.nodes(before);
      Set<Provision> newNodes = Trees.nodes(after);
      Set<Provision> mayBeNew = Trees.identitySet(Trees.path(after, reach.container()));
      reach.newTarget().flatMap(after::provision).ifPresent(p -> mayBeNew.addAll(Trees.nodes(p)));
      Set<Provision> mayBeGone = Trees.identitySet(Trees.path(before, reach.container()));
      reach.oldTarget().flatMap(before::provision).ifPresent(p -> mayBeGone.addAll(Trees.nodes(p)));
      assertThat(newNodes.stream().filter(node -> !oldNodes.contains(node) && !mayBeNew.contains(node)))
          .as("nodes of the result neither shared nor on the path to %s", reach.container()).isEmpty();
      assertThat(oldNodes.stream().filter(node -> !newNodes.contains(node) && !mayBeGone.contains(node)))
          .as("nodes of the input off the path to %s that the result does not share", reach.container()).isEmpty();
    });
  }

  // ---------------------------------------------------------------- law 2: determinism

  /**
   * Law 2: the same input gives the same output, even from equal but distinct copies of the document and the
   * operations, and down to the order of everything (compared through {@code toString}, because some equalities,
   * such as that of the rights map, ignore order).
   */
  @Test
  void apply_sameInput_sameOutput() {
    theory().forAll(documentsWithSequence()).checkAssert(c -> {
      AmendmentResult once = amendmentOf(c.operations()).apply(c.document());
      AmendmentResult again = amendmentOf(c.operations().stream().map(Trees::deepCopy).toList())
          .apply(Trees.deepCopy(c.document()));
      assertThat(again).isEqualTo(once);
      assertThat(again.toString()).isEqualTo(once.toString());
    });
  }

  /** Law 2 for refusals: the same failing amendment is refused with the same problems. */
  @Test
  void apply_sameFailingInput_sameProblems() {
    theory().forAll(failingAmendments()).checkAssert(c -> {
      AmendmentResult once = c.amendment().apply(c.document());
      AmendmentResult again = c.amendment().apply(Trees.deepCopy(c.document()));
      assertThat(again.problems()).isEqualTo(once.problems());
    });
  }

  // ---------------------------------------------------------------- law 3: ids stay unique and well-formed

  /**
   * Law 3: after every successful application in a sequence, the ids of the tree, derived node by node from the
   * children's segments, are unique, re-parse to themselves, and are what {@code provisions()} and lookup by id
   * give.
   */
  @Test
  void apply_everyStep_keepsIdsUniqueAndWellFormed() {
    theory().forAll(documentsWithSequence()).checkAssert(c -> {
      LegalDocument current = c.document();
      for (AmendmentOperation operation : c.operations()) {
        current = operation.applyTo(current);
        List<ProvisionId> ids = new ArrayList<>();
        List<Provision> nodes = new ArrayList<>();
        Trees.walk(current.body(), Optional.empty(), (id, node) -> {
          ids.add(id);
          nodes.add(node);
        });
        Set<ProvisionId> seen = new HashSet<>();
        List<String> broken = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
          ProvisionId id = ids.get(i);
          if (!ProvisionId.parse(id.toString()).equals(id) || !seen.add(id)) {
            broken.add(id.value());
          } else if (i % 7 == 0 && current.provision(id).orElse(null) != nodes.get(i)) {
            broken.add(id + " (lookup)"); // a sample: a lookup costs O(siblings)
          }
        }
        assertThat(broken).as("malformed, duplicate or unfindable ids after %s", operation).isEmpty();
        assertThat(ImmutableList.copyOf(current.provisions().keySet())).isEqualTo(ids);
      }
    });
  }

  // ---------------------------------------------------------------- law 4: an operation touches only its target

  /**
   * Law 4: every provision outside the target's subtree is unchanged under its id; the nodes on the path keep
   * their own fields; a structural change (insert, remove, renumber) leaves the container's other children in
   * order, even when their positional ids shift. A rights operation leaves the tree and every other right as
   * they were.
   */
  @Test
  void apply_touchesOnlyItsTarget() {
    theory().forAll(documentsWithOperation()).checkAssert(c -> {
      LegalDocument before = c.document();
      Footprint reach = Footprint.of(before, c.operation());
      LegalDocument after = c.operation().applyTo(before);
      if (!reach.onProvisions()) {
        RightId right = reach.right().orElseThrow();
        assertThat(after.body()).isEqualTo(before.body());
        assertThat(after.rights().generalLimitations()).isEqualTo(before.rights().generalLimitations());
        before.rights().rights().forEach((id, r) -> {
          if (!id.equals(right)) {
            assertThat(after.rights().right(id)).contains(r);
          }
        });
        assertThat(after.rights().rights().keySet()).allMatch(id -> id.equals(right)
            || before.rights().right(id).isPresent());
        return;
      }
      assertThat(after.rights()).isEqualTo(before.rights());
      Map<ProvisionId, Provision> afterAll = after.provisions();
      List<ProvisionId> changed = new ArrayList<>();
      for (Map.Entry<ProvisionId, Provision> entry : before.provisions().entrySet()) {
        ProvisionId id = entry.getKey();
        Provision now = afterAll.get(id);
        if (reach.oldTarget().map(t -> t.contains(id)).orElse(false)) {
          continue; // inside the target: the operation's business
        }
        if (reach.onPath(id)) {
          if (now == null || !Trees.sameOwnFields(entry.getValue(), now)) {
            changed.add(id); // a path node is rebuilt, but keeps its own fields
          }
          continue;
        }
        if (reach.structural() && reach.shifts() && reach.inContainer(id)) {
          continue; // positional ids in the container may shift; the sibling order is checked below
        }
        if (!entry.getValue().equals(now)) {
          changed.add(id);
        }
      }
      assertThat(changed).as("provisions outside the target that changed").isEmpty();
      if (reach.structural()) {
        List<Provision> oldSiblings = new ArrayList<>(before.container(reach.container()).orElseThrow().children());
        List<Provision> newSiblings = new ArrayList<>(after.container(reach.container()).orElseThrow().children());
        reach.oldTarget().flatMap(before::provision).ifPresent(oldSiblings::remove);
        reach.newTarget().flatMap(after::provision).ifPresent(newSiblings::remove);
        assertThat(newSiblings).as("the other children of %s", reach.container()).isEqualTo(oldSiblings);
      }
      Map<ProvisionId, Provision> beforeAll = before.provisions();
      assertThat(afterAll.keySet().stream().filter(id -> !beforeAll.containsKey(id)
          && !reach.newTarget().map(t -> t.contains(id)).orElse(false) && !(reach.shifts() && reach.inContainer(id))))
          .as("ids that appeared outside the target").isEmpty();
    });
  }

  // ---------------------------------------------------------------- law 5: failure is total and precise

  /**
   * Law 5: an amendment with a failing operation returns the very document it was given and one problem naming
   * the failing operation by index and target; the exception message says the same.
   */
  @Test
  void apply_failingOperation_returnsOriginalAndNamesOperation() {
    theory().forAll(failingAmendments()).checkAssert(c -> {
      AmendmentResult result = c.amendment().apply(c.document());
      assertThat(result.isApplied()).isFalse();
      assertThat(result.document()).isSameAs(c.document());
      assertThat(result.problems()).hasSize(1);
      AmendmentProblem problem = result.problems().get(0);
      assertThat(problem.operationIndex()).isEqualTo(c.failingIndex());
      assertThat(problem.operation()).isSameAs(c.amendment().operations().get(c.failingIndex()));
      assertThat(problem.target()).isEqualTo(c.expectedTarget());
      assertThatThrownBy(result::orElseThrow).isInstanceOf(AmendmentConflictException.class)
          .hasMessageStartingWith("amendment " + c.amendment().id() + ", operation " + (c.failingIndex() + 1)
              + " (" + problem.operation().verb() + ") on " + c.expectedTarget() + ": expected ");
    });
  }

  /**
   * Robustness (Caffeine-fuzzer style): whatever the operations, an amendment either applies, giving a tree whose
   * ids are unique, or is refused with the untouched original; no other exception escapes.
   */
  @Test
  void apply_arbitraryOperations_appliesOrRefusesNeverThrows() {
    theory().forAll(LegalDocumentGenerators.documentsWithArbitraryOperations()).checkAssert(c -> {
      AmendmentResult result = amendmentOf(c.operations()).apply(c.document());
      if (result.isApplied()) {
        assertThat(result.document().provisions()).hasSize(Trees.nodes(result.document()).size() - 1);
      } else {
        assertThat(result.document()).isSameAs(c.document());
      }
    });
  }

  // ---------------------------------------------------------------- law 6: undo and idempotence

  /** Law 6: inserting a fresh provision and then repealing it by removal gives back the original. */
  @Test
  void insertThenRemove_freshProvision_givesBackOriginal() {
    theory().forAll(documentsWithInsertion()).checkAssert(c -> {
      InsertProvision insert = (InsertProvision) c.operation();
      ProvisionId fresh = Trees.insertedId(c.document(), insert);
      LegalDocument inserted = insert.applyTo(c.document());
      assertThat(inserted.provision(fresh)).contains(insert.provision());
      LegalDocument back = RepealProvision.removing(fresh).applyTo(inserted);
      assertThat(back).isEqualTo(c.document());
    });
  }

  /** Law 6: repealing into a placeholder twice changes nothing the second time (the very same document). */
  @Test
  void repealLeavingPlaceholder_twice_isIdempotent() {
    theory().forAll(LegalDocumentGenerators.documents(), gen(r -> r.between(0, Integer.MAX_VALUE)))
        .checkAssert((document, pick) -> {
          List<ProvisionId> ids = document.provisions().keySet().asList();
          ProvisionId target = ids.get(pick % ids.size());
          RepealProvision repeal = RepealProvision.leavingPlaceholder(target);
          LegalDocument once = repeal.applyTo(document);
          assertThat(once.provision(target).orElseThrow().isRepealed()).isTrue();
          assertThat(repeal.applyTo(once)).isSameAs(once);
        });
  }

  // ---------------------------------------------------------------- law 7: commuting and ordering

  /** Law 7: two operations with disjoint footprints give the same document in either order. */
  @Test
  void apply_disjointOperations_commute() {
    theory().forAll(documentsWithDisjointOperations()).checkAssert(c -> {
      LegalDocument firstThenSecond = c.second().applyTo(c.first().applyTo(c.document()));
      LegalDocument secondThenFirst = c.first().applyTo(c.second().applyTo(c.document()));
      assertThat(secondThenFirst).isEqualTo(firstThenSecond);
    });
  }

  /** Law 7: an amendment applies its operations in the order given: it equals their left fold. */
  @Test
  void amendment_appliesOperationsInOrder() {
    theory().forAll(documentsWithSequence()).checkAssert(c -> {
      LegalDocument folded = c.document();
      for (AmendmentOperation operation : c.operations()) {
        folded = operation.applyTo(folded);
      }
      assertThat(amendmentOf(c.operations()).apply(c.document()).orElseThrow()).isEqualTo(folded);
    });
  }

  // ---------------------------------------------------------------- law 10: stale text is refused

  /** Law 10: a substitution whose expected old text is stale is refused, quoting both texts. */
  @Test
  void substitute_staleExpectedText_refused() {
    theory().forAll(LegalDocumentGenerators.documentsWithStaleSubstitution()).checkAssert(c -> {
      AmendmentResult result = amendmentOf(List.of(c.operation())).apply(c.document());
      assertThat(result.isApplied()).isFalse();
      assertThat(result.document()).isSameAs(c.document());
      AmendmentProblem problem = result.problems().get(0);
      assertThat(problem.target()).isEqualTo(Footprint.of(c.document(), c.operation()).oldTarget().orElseThrow()
          .value());
      assertThat(problem.expected()).startsWith("old text '");
      assertThat(problem.found()).startsWith("'");
    });
  }
}
