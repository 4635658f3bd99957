/**
 * Reading real amending acts: what their destinations name ({@link org.lexkit.akn.internal.amending.Destination}),
 * where that is in the target document ({@link org.lexkit.akn.internal.amending.TargetIndex}), what the prose of a
 * {@code <mod>} instructs ({@link org.lexkit.akn.internal.amending.Instructions}), and the operations all of that
 * makes ({@link org.lexkit.akn.internal.amending.RealModifications}). Each step refuses with a reason rather than
 * guess, and none widens: a destination finer than a provision is changed at its own granularity or refused.
 */
@NullMarked
@CheckReturnValue
package org.lexkit.akn.internal.amending;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
