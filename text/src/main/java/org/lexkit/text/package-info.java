/**
 * Plain legal text in and out of the Lexkit model. {@link org.lexkit.text.TextConverter} turns official texts and
 * PDF extracts into a {@link org.lexkit.core.document.LegalDocument}, guided by a
 * {@link org.lexkit.text.HeadingProfile} (the headings and numbering of one language, declared as data), and reports
 * every guess it made as a located {@link org.lexkit.text.TextWarning}; {@link org.lexkit.text.TextRenderer} writes a
 * document back as plain text in a canonical layout that the converter reads back to the same structure.
 *
 * <p>The converter never refuses well-formed text and never silently loses any: what it cannot structure stays as
 * unnumbered text in place, and the only text it removes (page numbers and running headers it is confident about)
 * is reported line by line. It refuses only input that is not text at all (binary, or bytes that do not decode).
 */
@NullMarked
@CheckReturnValue
package org.lexkit.text;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
