package org.lexkit.akn;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

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
 */
public record AmendingAct(Amendment amendment, AknIri target) {
  /** Checks that the target is an expression or a work as a whole. */
  public AmendingAct {
    checkNotNull(amendment, "amendment");
    checkNotNull(target, "target");
    checkArgument(target.level() == AknIri.Level.EXPRESSION ? target.equals(target.toExpression())
            : target.level() == AknIri.Level.WORK && target.equals(target.toWork()),
        "the target of an amending act is an expression or a work as a whole, not %s", target);
  }
}
