package org.lexkit.text;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.lexkit.core.document.LegalDocument;

/**
 * The result of converting one plain text: the document, the profile that read it, and the warnings about every
 * guess made and every line removed, in input order.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sourceName the input's name, used in warnings
 * @param document the converted document
 * @param profile the heading profile used (given, or detected from the text)
 * @param warnings located warnings in input order
 */
public record Conversion(
    String sourceName, LegalDocument document, HeadingProfile profile, ImmutableList<TextWarning> warnings) {

  /** Checks for nulls and copies the warnings. */
  public Conversion {
    checkNotNull(sourceName, "sourceName");
    checkNotNull(document, "document");
    checkNotNull(profile, "profile");
    warnings = ImmutableList.copyOf(warnings);
  }

  /**
   * Returns the warnings that report removed lines (page numbers, running headers).
   *
   * @return those of {@link #warnings()} with {@linkplain TextWarning#droppedText() dropped text}, in input order
   */
  public ImmutableList<TextWarning> droppedLines() {
    return warnings.stream().filter(TextWarning::isDrop).collect(ImmutableList.toImmutableList());
  }
}
