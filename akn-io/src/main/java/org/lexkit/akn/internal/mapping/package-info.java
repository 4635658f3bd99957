/**
 * The mapping between Akoma Ntoso and the Lexkit model, one class per direction: {@link
 * org.lexkit.akn.internal.mapping.AknToModel} reads AKN into a {@link org.lexkit.core.document.LegalDocument} in a
 * single streaming StAX pass, and {@link org.lexkit.akn.internal.mapping.ModelToAkn} writes one in a single streaming
 * pass. Neither builds a JAXB tree; the lossless {@code AknDocument} layer stays the JAXB binding.
 *
 * <p>The encoding, in brief:
 *
 * <ul>
 *   <li>identity: FRBR work and expression ({@code FRBRcountry}, {@code FRBRdate}, {@code FRBRnumber} and the
 *       number of the work's AKN {@code FRBRuri}, {@code FRBRlanguage}); the document type is the document element
 *       ({@code act}, {@code bill}, {@code doc}) with its {@code name} ({@code <act name="constitution">});
 *   <li>title: {@code <preface><p><docTitle>}; when reading, also {@code shortTitle}, {@code longTitle} or
 *       {@code FRBRname};
 *   <li>provisions: the AKN hierarchy element of their kind ({@code item} as {@code <hcontainer name="item">}),
 *       {@code eId} = the derived {@link org.lexkit.core.provision.ProvisionId}, text before sub-provisions in
 *       {@code <intro>} (or {@code <content>} for a leaf), after them in {@code <wrapUp>}, each block a {@code <p>};
 *       inline markup as the elements it names, verbatim; a repealed placeholder is {@code status="removed"};
 *   <li>notes: {@code <authorialNote>}s in the provision's {@code <heading>}, else in a {@code <subheading>}
 *       holding only notes, never in {@code <num>} (whose whole text readers take as the number); when reading,
 *       notes in {@code <num>} are read too;
 *   <li>life cycle: {@code <eventRef>}s whose {@code source} is a {@code <passiveRef>} carrying the model's source
 *       text in {@code showAs} (and the IRI in {@code href} when it is one);
 *   <li>rights: see {@link org.lexkit.akn.internal.mapping.Vocabulary}.
 * </ul>
 */
@NullMarked
@CheckReturnValue
package org.lexkit.akn.internal.mapping;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
