package org.lexkit.core.amendment;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.Num;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;

/**
 * Gives a provision a new number ("Article 94-1 becomes Article 95"). Its id, and those of its descendants,
 * change accordingly; its text does not.
 *
 * <p>Fails when the target does not exist or another sibling already has the new number. Numbering a provision
 * that had no number shifts the positional ids of the unnumbered siblings of the same kind after it
 * ({@code hcontainer_3} becomes {@code hcontainer_2}); the check covers the ids as they are after the change.
 *
 * <p>Immutable and thread-safe.
 *
 * @param target the provision to renumber
 * @param newNum its new number
 */
public record RenumberProvision(ProvisionId target, Num newNum) implements AmendmentOperation {
  /** Validates the components. */
  public RenumberProvision {
    checkNotNull(target, "target");
    checkNotNull(newNum, "newNum");
  }

  /**
   * Returns the renumbering of {@code target} to {@code newNum}.
   *
   * @param target the provision
   * @param newNum the new number as printed
   * @return the operation
   */
  public static RenumberProvision of(ProvisionId target, String newNum) {
    return new RenumberProvision(target, Num.of(newNum));
  }

  /** Returns the id the provision has after this operation. */
  public ProvisionId renumberedId() {
    String segment = target.lastSegment();
    String renumbered = segment.substring(0, segment.indexOf('_') + 1) + newNum.token();
    return target.parent().map(p -> p.child(renumbered)).orElseGet(() -> ProvisionId.root(renumbered));
  }

  @Override
  public LegalDocument applyTo(LegalDocument document) {
    Provision old = Conflicts.requireProvision(this, document, target);
    ProvisionId renumbered = renumberedId();
    // Compare the sibling ids as they will be, not as they are: numbering an unnumbered provision shifts the
    // positional ids of its unnumbered siblings, so a check against today's ids would be wrong both ways.
    Provision container = document.container(target.parent()).orElseThrow();
    int index = container.childSegments().indexOf(target.lastSegment());
    List<Provision> children = new ArrayList<>(container.children());
    children.set(index, old.withNum(Optional.of(newNum)));
    List<String> after = Provision.segmentsOf(children);
    Optional<String> duplicate = Conflicts.firstDuplicate(after);
    if (duplicate.isPresent()) {
      ProvisionId clash = target.parent().map(p -> p.child(duplicate.get()))
          .orElseGet(() -> ProvisionId.root(duplicate.get()));
      throw Conflicts.conflict(this, target, "no sibling numbered " + newNum.text(),
          clash.equals(renumbered) && !renumbered.equals(target) && document.provision(renumbered).isPresent()
              ? "an existing provision " + renumbered
              : "a sibling whose id would also become " + clash);
    }
    return document.withProvision(target, p -> p.withNum(Optional.of(newNum)));
  }

  @Override
  public String verb() {
    return "renumber";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
