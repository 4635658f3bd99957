package org.lexkit.core.provision;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The id of a provision: its path from the document body, in the Akoma Ntoso eId style, e.g.
 * {@code sec_2__art_32__para_1}.
 *
 * <p>A path is one or more segments joined by {@code __}; each segment is a kind's eId prefix, {@code _}, and a
 * token: the {@linkplain Num#token() number's token} for a numbered provision, or the 1-based position among its
 * unnumbered siblings of the same kind otherwise. Ids are derived from the tree, never stored in it, so they cannot
 * go stale; {@link Provision} guarantees that siblings never share a segment, which makes every id unique in its
 * document.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the id text, e.g. {@code chp_2__art_32__para_1}
 */
public record ProvisionId(String value) implements Comparable<ProvisionId> {
  private static final String SEPARATOR = "__";
  private static final Pattern SEGMENT = Pattern.compile("[a-z]+_[\\p{L}\\p{N}](?:[\\p{L}\\p{N}.-]*[\\p{L}\\p{N}])?");
  private static final Splitter SPLITTER = Splitter.on(SEPARATOR);

  /** Validates the path syntax. */
  public ProvisionId {
    checkNotNull(value, "value");
    if (!isWellFormed(value)) { // the fast check; the regex below only finds the segment to blame
      for (String segment : SPLITTER.split(value)) {
        checkArgument(SEGMENT.matcher(segment).matches(),
            "'%s' is not a provision id: segment '%s' should be a prefix, '_' and a token (e.g. art_32 or para_1)",
            value, segment);
      }
    }
  }

  /**
   * Returns whether {@code value} matches {@code SEGMENT("__"SEGMENT)*}, by hand: ids are built for every node
   * each time a tree is listed, and a regex per segment made listing large documents slow.
   */
  private static boolean isWellFormed(String value) {
    int length = value.length();
    int i = 0;
    while (true) {
      int prefix = i;
      while (i < length && value.charAt(i) >= 'a' && value.charAt(i) <= 'z') {
        i++;
      }
      if (i == prefix || i >= length || value.charAt(i) != '_') {
        return false;
      }
      i++;
      int end = value.indexOf(SEPARATOR, i);
      end = end < 0 ? length : end;
      if (end == i) {
        return false;
      }
      int last = -1;
      for (int j = i; j < end; ) {
        int cp = value.codePointAt(j);
        boolean letterOrNumber = isLetterOrNumber(cp);
        if (j == i ? !letterOrNumber : !(letterOrNumber || cp == '.' || cp == '-')) {
          return false;
        }
        last = cp;
        j += Character.charCount(cp);
      }
      if (!isLetterOrNumber(last)) {
        return false;
      }
      if (end == length) {
        return true;
      }
      i = end + SEPARATOR.length();
    }
  }

  /** Returns whether {@code cp} is in \p{L} or \p{N}, as the regex {@code SEGMENT} reads them. */
  private static boolean isLetterOrNumber(int cp) {
    switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER:
        return true;
      default:
        return false;
    }
  }

  /**
   * Parses an eId-style path.
   *
   * @param text e.g. {@code sec_2__art_32__para_1}
   * @return the id
   * @throws IllegalArgumentException if a segment is malformed; the message quotes it
   */
  public static ProvisionId parse(String text) {
    return new ProvisionId(text);
  }

  /**
   * Returns the id of a top-level provision (a direct child of the body).
   *
   * @param segment e.g. {@code sec_2}
   * @return the id
   */
  public static ProvisionId root(String segment) {
    return new ProvisionId(segment);
  }

  /**
   * Returns the id of the child of this provision whose segment is {@code segment}.
   *
   * @param segment e.g. {@code para_1}
   * @return the child's id
   */
  public ProvisionId child(String segment) {
    return new ProvisionId(value + SEPARATOR + checkNotNull(segment, "segment"));
  }

  /** Returns the segments from the top of the tree down, e.g. [sec_2, art_32, para_1]. */
  public ImmutableList<String> segments() {
    return ImmutableList.copyOf(SPLITTER.split(value));
  }

  /** Returns the last segment, e.g. {@code para_1}. */
  public String lastSegment() {
    int at = value.lastIndexOf(SEPARATOR);
    return at < 0 ? value : value.substring(at + SEPARATOR.length());
  }

  /** Returns the id of the enclosing provision, or empty for a top-level provision. */
  public Optional<ProvisionId> parent() {
    int at = value.lastIndexOf(SEPARATOR);
    return at < 0 ? Optional.empty() : Optional.of(new ProvisionId(value.substring(0, at)));
  }

  /** Returns the number of segments: 1 for a top-level provision. */
  public int depth() {
    List<String> segments = segments();
    return segments.size();
  }

  /**
   * Returns whether this id is {@code other} or one of its ancestors.
   *
   * @param other any id
   * @return true when {@code other} lies in the subtree rooted here
   */
  public boolean contains(ProvisionId other) {
    checkNotNull(other, "other");
    return other.value.equals(value) || other.value.startsWith(value + SEPARATOR);
  }

  /**
   * Returns the segment of a provision with {@code kind} and {@code token}.
   *
   * @param kind the provision's kind; not {@link ProvisionKind#BODY}
   * @param token a number token or unnumbered position
   * @return e.g. {@code art_32}
   */
  public static String segment(ProvisionKind kind, String token) {
    checkNotNull(kind, "kind");
    checkNotNull(token, "token");
    checkArgument(kind != ProvisionKind.BODY, "the body has no id segment");
    return kind.eIdPrefix() + "_" + token;
  }

  @Override
  public int compareTo(ProvisionId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
