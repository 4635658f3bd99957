/**
 * Extraction of rights from legal texts: {@link org.lexkit.rights.extraction.RightsExtractor} reads a
 * {@link org.lexkit.core.document.LegalDocument} in Russian or English and proposes an
 * {@link org.lexkit.rights.extraction.Extraction} — a {@link org.lexkit.core.rights.RightsCatalogue} of the rights
 * it guarantees, their restriction grounds, general limitation clauses, non-restrictable lists and bans, plus
 * {@link org.lexkit.rights.extraction.ExtractionNote}s on what it could not settle. Ground wordings map to
 * canonical grounds through a {@link org.lexkit.rights.extraction.GroundVocabulary}, which is data.
 *
 * <p>All cues are data bundled next to these classes: {@code grounds.tsv} (the vocabulary), {@code rights.tsv}
 * (which phrases name which right, with stable ids such as {@code peaceful-assembly}) and
 * {@code rules-rus.tsv}/{@code rules-eng.tsv} (how sentences state rights, limitations, bans and references).
 */
@NullMarked
@CheckReturnValue
package org.lexkit.rights.extraction;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
