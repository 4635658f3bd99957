package org.lexkit.text;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.lexkit.core.provision.Num;
import org.lexkit.core.provision.ProvisionKind;

/**
 * One level of a {@link HeadingProfile}'s hierarchy: which lines open it, what kind of provision it makes, and where
 * its heading or text goes. Immutable and thread-safe.
 *
 * @param rank the level's position from the top (0 = outermost); a provision closes every open provision of equal
 *     or greater rank
 * @param kind the kind of provision the level makes
 * @param role where the rest of the line goes
 * @param headingPolicy where a heading-role level finds a heading that is not on its own line
 * @param label the label pattern, anchored at the line start and followed by whitespace or the end of the line
 * @param roman whether the level numbers with lower-case Roman numerals ("(ii)"), so that "(i)" reads as 1
 * @param numGroup whether the label has a group named {@code num} marking the number within it
 * @param source the label regex as written in the profile
 */
record Level(
    int rank, ProvisionKind kind, Role role, HeadingPolicy headingPolicy, Pattern label, boolean roman,
    boolean numGroup, String source) {
  /** The longest label matched at a line's start; real ones ("Статья 83-1.", "Article 12") are far shorter. */
  static final int MAX_LABEL_CHARS = 256;

  /** Where the rest of a label's line goes. */
  enum Role {
    /** The rest is the heading; text lines below become the provision's content. */
    HEADING,
    /** The rest is the first text block; text lines below continue the provision. */
    CONTENT,
    /** Like CONTENT, but text lines after the item belong to the enclosing provision (list items). */
    ITEM
  }

  /** Where a heading-role level looks for a heading when its label stands alone. */
  enum HeadingPolicy {
    /** The next line, when it is text, is the heading. */
    NEXT,
    /** The next line is the heading if it looks like one (short, not a sentence); reported as a guess. */
    GUESS,
    /** Only a heading on the label's own line counts. */
    SAME
  }

  Level {
    checkNotNull(kind, "kind");
    checkNotNull(role, "role");
    checkNotNull(headingPolicy, "headingPolicy");
    checkNotNull(label, "label");
    checkNotNull(source, "source");
  }

  /** Returns whether text lines after this provision belong to it (rather than to its parent). */
  boolean absorbsText() {
    return role != Role.ITEM;
  }

  /**
   * Returns the match of this level's label at the start of {@code line}, or null when the line does not open this
   * level. For a heading-role level the rest of the line must be empty or start like a heading (a capital letter,
   * a bracket or quote, or a dash or colon followed by one), so that a sentence beginning "Статья 5 настоящего
   * закона ..." stays text.
   */
  @Nullable LabelMatch match(String line) {
    return match(line, label.matcher(line));
  }

  /**
   * As {@link #match(String)}, reusing {@code m}, a matcher of this level's label (reset to the line here). Only
   * the first {@link #MAX_LABEL_CHARS} characters of the line are matched (what follows is still seen by
   * lookahead): a profile's label pattern may repeat a group ({@code [0-9]+(?:[-.][0-9]+)*}), which Java matches
   * recursively, so a line of ten thousand levels of numbering ({@code 1.1.1...}) overflowed the stack; such a line
   * is no label, and stays text.
   */
  @Nullable LabelMatch match(String line, Matcher m) {
    m.reset(line);
    m.region(0, Math.min(line.length(), MAX_LABEL_CHARS)).useTransparentBounds(true).useAnchoringBounds(false);
    if (!m.lookingAt()) {
      return null;
    }
    int end = m.end();
    int numEnd = numGroup && m.end("num") >= 0 ? m.end("num") : end;
    String suffix = line.substring(numEnd, end).strip();
    String rest = line.substring(end).strip();
    if (role == Role.HEADING && !rest.isEmpty() && !startsLikeHeading(rest)) {
      return null;
    }
    // The number keeps its keyword ("Статья 83-1"): Num takes its id token from the last word.
    String text = line.substring(0, numEnd).strip();
    String token = Num.tokenOf(text);
    if (token.isEmpty()) {
      return null; // e.g. a last word of punctuation only: not a number we can give an id
    }
    return new LabelMatch(this, text, token, suffix, rest);
  }

  static boolean startsLikeHeading(String rest) {
    int i = 0;
    // A separator ("— Interpretation", ". Общие положения", ": Scope") may precede the heading proper.
    while (i < rest.length() && (".:-–—".indexOf(rest.charAt(i)) >= 0 || Character.isWhitespace(rest.charAt(i)))) {
      i++;
    }
    if (i == rest.length()) {
      return true;
    }
    int cp = rest.codePointAt(i);
    return Character.isUpperCase(cp) || Character.isTitleCase(cp) || "([«\"“„'".indexOf(cp) >= 0;
  }

  /**
   * A line that opens a level.
   *
   * @param level the level
   * @param num the number as printed, e.g. "Статья 83-1" or "(b)"
   * @param token the number's id token ({@link Num#token()}), computed once
   * @param suffix label text after the number that is not part of it (Kazakh "бөлім"), or ""
   * @param rest the rest of the line after the label, trimmed, or ""
   */
  record LabelMatch(Level level, String num, String token, String suffix, String rest) {}
}
