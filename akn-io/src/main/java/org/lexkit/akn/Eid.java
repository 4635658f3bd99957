package org.lexkit.akn;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.util.regex.Pattern;

/**
 * An Akoma Ntoso {@code eId}: the identifier of an element within its document, such as {@code art_12a__para_2}.
 *
 * <p>The schema only requires "no whitespace". Lexkit checks the shape the AKN naming convention (akn-nc v1.0,
 * chapter 5) gives eIds, permissively enough for the national variants seen in practice ({@code section-1-2},
 * {@code hauptteil-1_art-1_abs-1}): one or more components separated by {@code __}, each made of letters, digits,
 * {@code .}, {@code -} and {@code %} (percent-encoding), joined by single underscores; no leading, trailing or triple
 * underscore, no {@code #} (that belongs to a reference, not the id).
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the eId text, as it appears in the {@code eId} attribute
 */
public record Eid(String value) {
  // Components of [\p{L}\p{N}.%-]+ joined by one or two underscores, written without a repeated group: Java's regex
  // engine recurses once per repetition of a group, so "(?:_{1,2}[...]+)*" overflowed the stack on an eId of a few
  // thousand components (found by fuzzing). This form is matched iteratively, in linear time.
  private static final Pattern FORM = Pattern.compile("(?!_)(?!.*___)[\\p{L}\\p{N}.%\\-_]++(?<!_)");
  private static final Splitter COMPONENTS = Splitter.on("__");

  /** Rejects text that is not an eId. */
  public Eid {
    checkNotNull(value, "value");
    checkArgument(isValid(value),
        "'%s' is not an eId (expected components such as art_1 or para-2, joined by '__')", value);
  }

  /**
   * Parses an eId.
   *
   * @param text the attribute value
   * @return the eId
   * @throws IllegalArgumentException if {@code text} does not have the eId shape
   */
  public static Eid parse(CharSequence text) {
    return new Eid(checkNotNull(text, "text").toString());
  }

  /**
   * Tells whether text has the eId shape, without throwing.
   *
   * @param text candidate text
   * @return true if {@link #parse(CharSequence)} would accept it
   */
  public static boolean isValid(CharSequence text) {
    return FORM.matcher(checkNotNull(text, "text")).matches();
  }

  /**
   * Returns the {@code __}-separated components, outermost first.
   *
   * @return for {@code art_1__para_2}: {@code [art_1, para_2]}
   */
  public ImmutableList<String> components() {
    return ImmutableList.copyOf(COMPONENTS.split(value));
  }

  /**
   * Returns the reference form used in {@code href} and similar attributes.
   *
   * @return {@code "#" + value}
   */
  public String toReference() {
    return "#" + value;
  }

  @Override
  public String toString() {
    return value;
  }
}
