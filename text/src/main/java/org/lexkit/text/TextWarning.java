package org.lexkit.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * Something the converter had to guess, or text it removed, at a place in the input.
 *
 * <p>Invariants: line and column are 1-based (the column counts code points from the start of the physical line);
 * the message is not blank; {@code droppedText}, when present, is the exact trimmed text of the input line that was
 * removed from the document (a page number or a running header), so that a caller can account for every character
 * of the input.
 *
 * <p>Immutable and thread-safe.
 *
 * @param line the 1-based line number in the input
 * @param column the 1-based column in that line
 * @param message what was guessed or removed, and why
 * @param droppedText the removed line's text, or empty when nothing was removed
 */
public record TextWarning(int line, int column, String message, Optional<String> droppedText) {

  /** Checks the invariants. */
  public TextWarning {
    checkArgument(line >= 1, "line must be 1-based: %s", line);
    checkArgument(column >= 1, "column must be 1-based: %s", column);
    checkNotNull(message, "message");
    checkArgument(!message.isBlank(), "a warning's message must not be blank");
    checkNotNull(droppedText, "droppedText");
  }

  /**
   * Returns a warning about a guess.
   *
   * @param line 1-based line
   * @param column 1-based column
   * @param message what was guessed
   * @return the warning
   */
  public static TextWarning of(int line, int column, String message) {
    return new TextWarning(line, column, message, Optional.empty());
  }

  /**
   * Returns a warning that reports a removed line.
   *
   * @param line 1-based line
   * @param column 1-based column where the removed text starts
   * @param message why it was removed
   * @param droppedText the removed text, trimmed
   * @return the warning
   */
  public static TextWarning dropped(int line, int column, String message, String droppedText) {
    return new TextWarning(line, column, message, Optional.of(droppedText));
  }

  /**
   * Returns whether this warning reports removed text.
   *
   * @return true when {@link #droppedText()} is present
   */
  public boolean isDrop() {
    return droppedText.isPresent();
  }

  /**
   * Returns the warning in the compiler format that IDEs and CI logs turn into links.
   *
   * @param sourceName the input's name, e.g. a file name
   * @return e.g. {@code constitution.txt:484:1: note before ...}
   */
  public String describe(String sourceName) {
    return checkNotNull(sourceName, "sourceName") + ":" + this;
  }

  /** Returns {@code line:column: message}. */
  @Override
  public String toString() {
    return line + ":" + column + ": " + message;
  }
}
