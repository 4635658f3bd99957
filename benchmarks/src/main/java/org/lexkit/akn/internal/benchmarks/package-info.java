/**
 * Baselines that need akn-io's internals: plain JAXB unmarshalling into the generated classes, and a pass of the
 * hardened StAX reader alone. They live under {@code org.lexkit.akn.internal} because that is the only place where
 * JAXB and the generated classes may be touched (STYLE rule 12); nothing else in the benchmarks reaches in.
 */
@NullMarked
@CheckReturnValue
package org.lexkit.akn.internal.benchmarks;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
