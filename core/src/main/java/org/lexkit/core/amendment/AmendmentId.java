package org.lexkit.core.amendment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.regex.Pattern;

/**
 * The id of an amendment, e.g. {@code 2022-142-VII} or {@code proposal-2026-01-26}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value letters, digits, '.', '_' and '-', starting with a letter or digit
 */
public record AmendmentId(String value) implements Comparable<AmendmentId> {
  private static final Pattern FORM = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,127}");

  /** Validates the form. */
  public AmendmentId {
    checkNotNull(value, "value");
    checkArgument(FORM.matcher(value).matches(),
        "'%s' is not an amendment id (expected letters, digits, '.', '_' or '-', e.g. 2022-142-VII)", value);
  }

  /**
   * Parses an amendment id.
   *
   * @param text e.g. {@code 2022-142-VII}
   * @return the id
   * @throws IllegalArgumentException if the text has other characters
   */
  public static AmendmentId parse(String text) {
    return new AmendmentId(text);
  }

  @Override
  public int compareTo(AmendmentId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
