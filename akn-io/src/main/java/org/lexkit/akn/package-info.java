/**
 * Akoma Ntoso 3.0 (OASIS LegalDocML) input and output. The front door is {@link org.lexkit.akn.AknReader},
 * which reads XML into an immutable {@link org.lexkit.akn.AknDocument}, and {@link org.lexkit.akn.AknWriter}, which
 * writes it back losslessly. Reading is hardened against hostile XML and validates against the bundled official
 * schema ({@link org.lexkit.akn.ValidationMode}); every problem carries a {@link org.lexkit.akn.SourceLocation}.
 * Identifiers are typed: {@link org.lexkit.akn.AknIri} for FRBR work, expression and manifestation IRIs and
 * {@link org.lexkit.akn.Eid} for element identifiers.
 *
 * <p>All exceptions descend from {@link org.lexkit.akn.AknException}: {@link org.lexkit.akn.AknReadException} (with
 * {@link org.lexkit.akn.MalformedAknException}, {@link org.lexkit.akn.AknSchemaException},
 * {@link org.lexkit.akn.AknNamespaceException} and {@link org.lexkit.akn.AknMappingException}) and
 * {@link org.lexkit.akn.AknWriteException}. No JAXB type appears in this package.
 */
@NullMarked
@CheckReturnValue
package org.lexkit.akn;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
