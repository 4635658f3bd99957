/**
 * Rights and the grounds on which law may restrict them: {@link org.lexkit.core.rights.Right}s with their own
 * {@link org.lexkit.core.rights.RestrictionGround}s, {@link org.lexkit.core.rights.GeneralLimitationClause}s that
 * apply to every right, {@link org.lexkit.core.rights.ProhibitedContent} bans and
 * {@link org.lexkit.core.rights.NonRestrictableRights} lists, gathered in a
 * {@link org.lexkit.core.rights.RightsCatalogue}. Grounds keep the text's wording verbatim and map to an open
 * vocabulary of {@link org.lexkit.core.rights.CanonicalGround}s; unknown wordings stay unmapped.
 */
@NullMarked
@CheckReturnValue
package org.lexkit.core.rights;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
