/**
 * Checking restriction grounds against international standards: {@link org.lexkit.rights.standards.Standards}
 * holds, as data, the closed lists of permitted grounds of ICCPR arts. 19, 21 and 22(2) and ECHR arts. 10(2) and
 * 11(2), which rights each clause governs, and which states are bound; a
 * {@link org.lexkit.rights.standards.StandardsCheck} against chosen instruments turns a
 * {@link org.lexkit.core.rights.RightsCatalogue} into a {@link org.lexkit.rights.standards.StandardsReport} of
 * {@link org.lexkit.rights.standards.Finding}s: grounds no applicable clause permits (such as
 * {@code CONSTITUTIONAL_ORDER} for assembly in KZ 2026 art. 34), and grounds that cannot be checked because their
 * wording is unmapped.
 */
@NullMarked
@CheckReturnValue
package org.lexkit.rights.standards;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
