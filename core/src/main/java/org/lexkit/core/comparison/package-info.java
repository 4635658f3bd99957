/**
 * What changed between two versions of a legal document: a {@link org.lexkit.core.comparison.Comparison} lists
 * the {@link org.lexkit.core.comparison.ProvisionChange}s (provisions added, removed, changed or renumbered) and
 * the {@link org.lexkit.core.comparison.RightChange}s (rights added or removed, restriction grounds gained or lost,
 * holders changed), plus the grounds the general limitation clauses gained or lost. Comparing a version with an
 * amended version of itself costs in proportion to the paths the amendment rebuilt, because identical subtrees are
 * recognised by reference.
 */
@NullMarked
@CheckReturnValue
package org.lexkit.core.comparison;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
