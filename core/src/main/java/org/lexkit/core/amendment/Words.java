package org.lexkit.core.amendment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.lexkit.core.provision.Text;

/**
 * Which words of a provision's text a {@link ChangeWords} operation means: the only occurrence of some words, their
 * n-th occurrence, every occurrence ("in each place where it occurs"), or a character range of one content block
 * (as LegalDocML.de destinations give it, or a sentence): the whole range, or the one occurrence of the words
 * within it.
 *
 * <p>Words are matched after {@linkplain Text#normalize normalising whitespace} (a run of whitespace in the words
 * matches any run in the text) and only as whole words: quoted words that begin or end with a letter or digit do
 * not match inside a longer word ("person" is not found in "personal").
 *
 * <p>Invariants: the words, when given, are not blank; a range is given with {@link #ONLY} and is not reversed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param words the quoted words, or empty for a range given without its old text
 * @param occurrence {@link #ONLY} for the one occurrence (more than one is a conflict), {@link #EVERY} for all
 *     of them, or n ≥ 1 for the n-th
 * @param range the characters meant (when no words are given) or searched (when they are), or empty to search the
 *     whole text
 */
public record Words(Optional<String> words, int occurrence, Optional<Words.Range> range) {
  /** The only occurrence: finding the words twice is a conflict, never a guess. */
  public static final int ONLY = 0;
  /** Every occurrence, at least one. */
  public static final int EVERY = -1;

  /**
   * Characters {@code [from, to)} of the content block {@code block} (0-based), counted in its plain text.
   *
   * @param block the content block, 0 for the first
   * @param from the first character, 0-based
   * @param to one past the last character
   */
  public record Range(int block, int from, int to) {
    /** Checks that the range is not reversed or negative. */
    public Range {
      checkArgument(block >= 0 && from >= 0 && to >= from, "a character range %s:%s-%s must be 0 <= from <= to",
          block, from, to);
    }

    @Override
    public String toString() {
      return "block " + (block + 1) + " characters " + from + "-" + to;
    }
  }

  /** Checks the invariants. */
  public Words {
    checkNotNull(words, "words");
    checkNotNull(range, "range");
    checkArgument(words.isPresent() || range.isPresent(), "words need quoted words or a character range");
    words.ifPresent(w -> checkArgument(!w.isBlank(), "the quoted words must not be blank"));
    checkArgument(occurrence >= EVERY, "occurrence %s: use ONLY, EVERY or n >= 1", occurrence);
    checkArgument(range.isEmpty() || occurrence == ONLY, "a character range names one place; occurrence %s",
        occurrence);
  }

  /** Returns the only occurrence of {@code words}. */
  public static Words only(String words) {
    return new Words(Optional.of(words), ONLY, Optional.empty());
  }

  /** Returns the {@code n}-th occurrence (1-based) of {@code words}. */
  public static Words nth(String words, int n) {
    checkNotNull(words, "words");
    checkArgument(n >= 1, "occurrence %s must be >= 1", n);
    return new Words(Optional.of(words), n, Optional.empty());
  }

  /** Returns every occurrence of {@code words}. */
  public static Words everywhere(String words) {
    return new Words(Optional.of(words), EVERY, Optional.empty());
  }

  /** Returns the characters of {@code range}, or the one occurrence of {@code words} within it when given. */
  public static Words at(Range range, Optional<String> expected) {
    return new Words(expected, ONLY, Optional.of(range));
  }

  @Override
  public String toString() {
    String quoted = words.map(w -> "'" + Text.normalize(w) + "'").orElse("");
    if (range.isPresent()) {
      return range.get() + (words.isPresent() ? " (" + quoted + ")" : "");
    }
    return occurrence == EVERY ? quoted + " in each place" : occurrence == ONLY ? quoted
        : quoted + " (occurrence " + occurrence + ")";
  }
}
