package org.lexkit.core.provision;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * An editorial note attached to a provision, such as an official amendment footnote ("Сноска. Статья 2 с
 * изменениями, внесенными законами РК от 21.05.2007 № 254-III").
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the note's text
 */
public record Note(Text text) {
  /** Rejects null. */
  public Note {
    checkNotNull(text, "text");
  }

  /**
   * Returns a note of plain text.
   *
   * @param text the note's characters
   * @return the note
   */
  public static Note of(String text) {
    return new Note(Text.of(text));
  }
}
