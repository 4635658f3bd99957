package org.lexkit.core.rights;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.regex.Pattern;

/**
 * The id of a right within one document, in lower-case kebab case, e.g. {@code peaceful-assembly}. Ids are what
 * comparisons match rights by across versions, so the same right keeps its id when its article moves.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value e.g. {@code freedom-of-speech}
 */
public record RightId(String value) implements Comparable<RightId> {
  /** The most characters an id may have; checked before the form, so no input is ever matched in full. */
  public static final int MAX_LENGTH = 64;

  /**
   * Letters, digits and hyphens, starting with a letter; that hyphens separate words ({@code --} and a trailing
   * hyphen excluded) is checked in code. A pattern repeating a group ({@code (-[a-z0-9]+)*}) would recurse once per
   * word in Java's regex engine and overflow the stack on a long input.
   */
  private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9-]*+");

  /** Validates the form. */
  public RightId {
    checkNotNull(value, "value");
    checkArgument(value.length() <= MAX_LENGTH, "a right id has at most %s characters, not %s", MAX_LENGTH,
        value.length());
    checkArgument(FORM.matcher(value).matches() && !value.contains("--") && !value.endsWith("-"),
        "'%s' is not a right id (expected lower-case kebab case such as peaceful-assembly)", value);
  }

  /**
   * Parses a right id.
   *
   * @param text e.g. {@code peaceful-assembly}
   * @return the id
   * @throws IllegalArgumentException if the text is not lower-case kebab case of at most 64 characters
   */
  public static RightId parse(String text) {
    return new RightId(text);
  }

  @Override
  public int compareTo(RightId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
