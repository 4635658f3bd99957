package org.lexkit.akn;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.lexkit.core.amendment.Amendment;

/**
 * An amendment as an Akoma Ntoso amending act states it: the amendment and the document it amends (the IRI its
 * modifications point into: an expression such as {@code /akn/kz/act/1995-08-30/constitution/rus@2022-09-17}, or
 * the work, {@code /akn/uk/act/2000-07-28/chapter23}, when the act amends whatever version is current, as real acts
 * do).
 *
 * <p>Immutable and thread-safe.
 *
 * @param amendment the amendment
 * @param target the amended document's expression or work IRI, without component, portion or format
 * @param operationLocations where each of the amendment's operations is stated (its {@code <textualMod>}), in
 *     operation order, so that a conflict can be reported at its source; empty for an act not read from XML
 */
public record AmendingAct(Amendment amendment, AknIri target, ImmutableList<SourceLocation> operationLocations) {
  /**
   * Checks that the target is an expression or a work as a whole and that there is a location per operation, or
   * none.
   */
  public AmendingAct {
    checkNotNull(amendment, "amendment");
    checkNotNull(target, "target");
    operationLocations = ImmutableList.copyOf(operationLocations);
    checkArgument(operationLocations.isEmpty()
            || operationLocations.size() == amendment.operations().size(),
        "%s locations for %s operations", operationLocations.size(), amendment.operations().size());
    checkArgument(target.level() == AknIri.Level.EXPRESSION ? target.equals(target.toExpression())
            : target.level() == AknIri.Level.WORK && target.equals(target.toWork()),
        "the target of an amending act is an expression or a work as a whole, not %s", target);
  }

  /**
   * An act without source locations.
   *
   * @param amendment the amendment
   * @param target the amended document's expression or work IRI
   */
  public AmendingAct(Amendment amendment, AknIri target) {
    this(amendment, target, ImmutableList.of());
  }

  /**
   * Returns where operation {@code index} is stated, if known.
   *
   * @param index 0-based, as {@link org.lexkit.core.amendment.AmendmentProblem#operationIndex()}
   * @return its location, or empty for an act not read from XML (or an index out of range)
   */
  public Optional<SourceLocation> operationLocation(int index) {
    return index >= 0 && index < operationLocations.size()
        ? Optional.of(operationLocations.get(index)) : Optional.empty();
  }
}
