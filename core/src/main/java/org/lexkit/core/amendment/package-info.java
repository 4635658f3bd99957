/**
 * Amendments as data: an {@link org.lexkit.core.amendment.Amendment} is an ordered list of checked
 * {@link org.lexkit.core.amendment.AmendmentOperation}s (substitute, insert, repeal, renumber; add or remove a
 * right or a restriction ground). Applying one is a pure function that returns the amended document or the
 * untouched original with precise {@link org.lexkit.core.amendment.AmendmentProblem}s.
 */
@NullMarked
@CheckReturnValue
package org.lexkit.core.amendment;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
