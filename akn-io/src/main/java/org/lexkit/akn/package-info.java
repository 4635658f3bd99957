/**
 * Akoma Ntoso 3.0 (OASIS LegalDocML) input and output for the Lexkit model: typed AKN identifiers
 * ({@link org.lexkit.akn.AknIri} for FRBR work, expression and manifestation IRIs, {@link org.lexkit.akn.Eid} for
 * element identifiers) and the readers and writers that map documents to and from {@code org.lexkit.core}.
 *
 * <p>Everything XML-specific (JAXB classes, StAX plumbing, the mapping) lives in {@code org.lexkit.akn.internal..}
 * and never appears in a public signature.
 */
@NullMarked
@CheckReturnValue
package org.lexkit.akn;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
