package org.lexkit.akn;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.lexkit.core.amendment.Amendment;

/**
 * An amendment as an Akoma Ntoso amending act states it: the amendment and the expression of the document it amends
 * (the IRI its modifications point into, e.g. {@code /akn/kz/act/1995-08-30/constitution/rus@2022-09-17}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param amendment the amendment
 * @param target the amended document's expression IRI, without component, portion or format
 */
public record AmendingAct(Amendment amendment, AknIri target) {
  /** Checks that the target is an expression as a whole. */
  public AmendingAct {
    checkNotNull(amendment, "amendment");
    checkNotNull(target, "target");
    checkArgument(target.level() == AknIri.Level.EXPRESSION && target.equals(target.toExpression()),
        "the target of an amending act is an expression as a whole, not %s", target);
  }
}
