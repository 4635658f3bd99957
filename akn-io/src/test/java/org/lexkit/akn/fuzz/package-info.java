/**
 * Fuzzing akn-io with the generic harness of {@code org.lexkit.testing.fuzz}: XML-aware mutations, the read
 * target and its oracles (documented, located exceptions only; acceptance monotonic in the validation mode;
 * nothing lost in a round trip), and the large campaign's main class.
 */
@NullMarked
@CheckReturnValue
package org.lexkit.akn.fuzz;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
