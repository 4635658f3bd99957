/**
 * Whole legal documents: a {@link org.lexkit.core.document.LegalDocument} (a constitution or an ordinary act) with
 * its {@link org.lexkit.core.document.DocumentIdentity identity}, title, preamble, provision tree, rights catalogue
 * and life-cycle events.
 */
@NullMarked
@CheckReturnValue
package org.lexkit.core.document;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
