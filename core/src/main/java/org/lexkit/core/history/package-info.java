/**
 * Point-in-time versions of a legal document: a {@link org.lexkit.core.history.History} is an original
 * {@link org.lexkit.core.document.LegalDocument} plus dated {@link org.lexkit.core.amendment.Amendment}s, folded
 * once into a timeline of {@link org.lexkit.core.history.Version}s so that "the law in force on a date" is a binary
 * search. Queries can also be bitemporal: the law in force on one date as it was known on another, which matters
 * when an amendment takes effect before it is adopted.
 */
@NullMarked
@CheckReturnValue
package org.lexkit.core.history;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
