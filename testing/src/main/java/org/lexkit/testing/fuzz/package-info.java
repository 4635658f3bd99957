/**
 * A small, format-neutral fuzzing harness (test support): seeded, reproducible cases made by applying random
 * {@link org.lexkit.testing.fuzz.Mutation mutations} to {@link org.lexkit.testing.fuzz.Seed seed} inputs, run
 * against a {@link org.lexkit.testing.fuzz.FuzzTarget target} that either accepts an input or refuses it with its
 * documented, located exception. Whatever else escapes the target (an NPE, a StackOverflowError, an
 * OutOfMemoryError, a {@link org.lexkit.testing.fuzz.FuzzFinding} the target raised itself) is a failure: the
 * {@link org.lexkit.testing.fuzz.FuzzCampaign campaign} groups failures by signature, saves the inputs, and shrinks
 * the first of each signature with a {@link org.lexkit.testing.fuzz.Minimizer}.
 *
 * <p>Depends only on the JDK and Guava, never on a Lexkit format, so that any reader can plug in: akn-io's
 * {@code org.lexkit.akn.fuzz} and the text module's {@code TextFuzz} use it (module {@code testing/}, test scope; see
 * {@code docs/RELIABILITY.md}).
 */
@NullMarked
@CheckReturnValue
package org.lexkit.testing.fuzz;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
