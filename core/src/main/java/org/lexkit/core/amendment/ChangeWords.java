package org.lexkit.core.amendment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.Text;

/**
 * Changes words in the text of one provision, the way most real amending acts do: "for 'X' substitute 'Y'",
 * "after 'X' insert 'Y'", "leave out 'X'", "die Wörter X werden durch Y ersetzt". Markup outside the changed
 * words (references, terms) is kept; children, heading and number are untouched.
 *
 * <p>Preconditions, each a conflict naming the provision: it exists and is in force; the {@linkplain Words words}
 * are found where the operation says (the only occurrence exactly once, the n-th at least n times, every
 * occurrence at least once, a range within its block and reading the expected words). Nothing is ever changed at
 * a coarser place than the words: a change that cannot find them is refused, not widened to the whole provision.
 *
 * <p>Spacing follows the words: inserted words are separated from letters on either side by one space but not
 * from closing punctuation ({@code ", Gremien"} joins {@code "Organen"} directly), and omitted words take one
 * neighbouring space with them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param target the provision whose text changes
 * @param edit what is done to the words
 * @param at the words replaced, omitted or inserted next to; empty for {@link Edit#INSERT_AT_START} and
 *     {@link Edit#INSERT_AT_END}
 * @param words the new words; empty for {@link Edit#OMIT}
 */
public record ChangeWords(ProvisionId target, Edit edit, Optional<Words> at, String words)
    implements AmendmentOperation {

  /** What happens to the words. */
  public enum Edit {
    /** The words at {@code at} are replaced by {@code words}. */
    REPLACE,
    /** The words at {@code at} are left out. */
    OMIT,
    /** {@code words} are inserted before the words at {@code at}. */
    INSERT_BEFORE,
    /** {@code words} are inserted after the words at {@code at}. */
    INSERT_AFTER,
    /** {@code words} are inserted at the start of the provision's text. */
    INSERT_AT_START,
    /** {@code words} are inserted at the end of the provision's text. */
    INSERT_AT_END
  }

  /** Checks that the edit has what it needs. */
  public ChangeWords {
    checkNotNull(target, "target");
    checkNotNull(edit, "edit");
    checkNotNull(at, "at");
    checkNotNull(words, "words");
    boolean anchored = edit != Edit.INSERT_AT_START && edit != Edit.INSERT_AT_END;
    checkArgument(anchored == at.isPresent(), "%s %s words to act on", edit, anchored ? "needs" : "takes no");
    checkArgument(edit == Edit.OMIT ? words.isEmpty() : !words.isBlank(),
        edit == Edit.OMIT ? "an omission has no new words" : "%s needs non-blank new words", edit);
  }

  /** Returns the replacement of {@code old} by {@code replacement} in {@code target}. */
  public static ChangeWords replace(ProvisionId target, Words old, String replacement) {
    return new ChangeWords(target, Edit.REPLACE, Optional.of(old), replacement);
  }

  /** Returns the omission of {@code old} from {@code target}. */
  public static ChangeWords omit(ProvisionId target, Words old) {
    return new ChangeWords(target, Edit.OMIT, Optional.of(old), "");
  }

  /** Returns the insertion of {@code words} after {@code anchor} in {@code target}. */
  public static ChangeWords insertAfter(ProvisionId target, Words anchor, String words) {
    return new ChangeWords(target, Edit.INSERT_AFTER, Optional.of(anchor), words);
  }

  /** Returns the insertion of {@code words} before {@code anchor} in {@code target}. */
  public static ChangeWords insertBefore(ProvisionId target, Words anchor, String words) {
    return new ChangeWords(target, Edit.INSERT_BEFORE, Optional.of(anchor), words);
  }

  /** Returns the insertion of {@code words} at the start ({@code atEnd} false) or end of {@code target}'s text. */
  public static ChangeWords insertAtEdge(ProvisionId target, boolean atEnd, String words) {
    return new ChangeWords(target, atEnd ? Edit.INSERT_AT_END : Edit.INSERT_AT_START, Optional.empty(), words);
  }

  /** A place in the content: block index and characters [from, to) of its plain text. */
  private record Place(int block, int from, int to) {}

  @Override
  public LegalDocument applyTo(LegalDocument document) {
    Provision old = Conflicts.requireInForce(this, document, target);
    List<Text> content = new ArrayList<>(old.content());
    if (content.isEmpty()) {
      throw Conflicts.conflict(this, target, "text to change", "a provision without text of its own");
    }
    List<Place> places = places(content);
    // From the last place to the first, so that earlier offsets stay valid.
    for (int i = places.size() - 1; i >= 0; i--) {
      Place place = places.get(i);
      content.set(place.block, edit(content.get(place.block), place));
    }
    return document.withProvision(target, p -> p.withContent(content));
  }

  private List<Place> places(List<Text> content) {
    if (at.isEmpty()) {
      int last = content.size() - 1;
      return List.of(edit == Edit.INSERT_AT_START ? new Place(0, 0, 0)
          : new Place(last, content.get(last).plain().length(), content.get(last).plain().length()));
    }
    Words where = at.get();
    if (where.range().isPresent()) {
      Words.Range range = where.range().get();
      if (range.block() >= content.size() || range.to() > content.get(range.block()).plain().length()) {
        throw Conflicts.conflict(this, target, "a text with " + range,
            content.size() + " block(s), the one named " + (range.block() < content.size()
                ? content.get(range.block()).plain().length() + " characters long" : "missing"));
      }
      if (where.words().isEmpty()) {
        return List.of(new Place(range.block(), range.from(), range.to()));
      }
      // Searched in the range alone: its ends are word edges, whatever characters lie beyond them.
      List<Place> within = new ArrayList<>();
      String scope = content.get(range.block()).plain().substring(range.from(), range.to());
      for (Place place : find(List.of(Text.of(scope)), where.words().get())) {
        within.add(new Place(range.block(), range.from() + place.from, range.from() + place.to));
      }
      if (within.size() != 1) {
        throw Conflicts.conflict(this, target, "the words " + Conflicts.quote(Text.normalize(where.words().get()))
            + " once within " + range, within.isEmpty() ? Conflicts.quote(content.get(range.block()).plain()
                .substring(range.from(), range.to())) : within.size() + " occurrences");
      }
      return within;
    }
    List<Place> found = find(content, where.words().orElseThrow());
    int occurrence = where.occurrence();
    String wanted = Conflicts.quote(Text.normalize(where.words().get()));
    if (occurrence == Words.ONLY && found.size() != 1) {
      throw Conflicts.conflict(this, target, "the words " + wanted + " exactly once",
          found.isEmpty() ? "no such words" : found.size() + " occurrences (the act must say which)");
    }
    if (occurrence == Words.EVERY && found.isEmpty()) {
      throw Conflicts.conflict(this, target, "the words " + wanted, "no such words");
    }
    if (occurrence >= 1) {
      if (found.size() < occurrence) {
        throw Conflicts.conflict(this, target, "occurrence " + occurrence + " of " + wanted,
            found.size() + " occurrence(s)");
      }
      return List.of(found.get(occurrence - 1));
    }
    return found;
  }

  /** Every whole-word occurrence of {@code words}, whitespace-insensitively, in block and text order. */
  private static List<Place> find(List<Text> content, String words) {
    StringBuilder regex = new StringBuilder();
    for (String token : Text.normalize(words).split(" ")) {
      regex.append(regex.length() == 0 ? "" : "\\s+").append(Pattern.quote(token));
    }
    Pattern pattern = Pattern.compile(regex.toString());
    List<Place> places = new ArrayList<>();
    for (int block = 0; block < content.size(); block++) {
      String text = content.get(block).plain();
      Matcher matcher = pattern.matcher(text);
      int from = 0;
      while (from <= text.length() && matcher.find(from)) {
        int start = matcher.start();
        int end = matcher.end();
        if (wordEdge(text, start - 1, start) && wordEdge(text, end, end - 1)) {
          places.add(new Place(block, start, end));
          from = end;
        } else {
          from = start + 1;
        }
      }
    }
    return places;
  }

  /** Whether the match edge at {@code inside} does not continue a word into {@code outside}. */
  private static boolean wordEdge(String text, int outside, int inside) {
    return outside < 0 || outside >= text.length() || !Character.isLetterOrDigit(text.charAt(outside))
        || !Character.isLetterOrDigit(text.charAt(inside));
  }

  /**
   * One change to the characters of a content block: {@code [from, to)} of its plain text, as it is when this
   * change is made, become {@code length} new characters.
   *
   * @param block the content block, 0-based
   * @param from the first replaced character
   * @param to one past the last replaced character
   * @param length how many characters replace them
   */
  public record Splice(int block, int from, int to, int length) {}

  /**
   * Returns the character changes this operation makes to {@code provision}'s text, in the order they are made
   * (the last place first), so that a caller holding offsets into the text before the change (an act's character
   * ranges) can follow them.
   *
   * @param provision the target as it is before the change
   * @return the splices
   * @throws AmendmentConflictException if the words are not where the operation says
   */
  public ImmutableList<Splice> splices(Provision provision) {
    ImmutableList.Builder<Splice> splices = ImmutableList.builder();
    List<Text> content = provision.content();
    if (content.isEmpty()) {
      throw Conflicts.conflict(this, target, "text to change", "a provision without text of its own");
    }
    List<Place> places = places(content);
    for (int i = places.size() - 1; i >= 0; i--) {
      Place place = places.get(i);
      Edited edited = edited(content.get(place.block).plain(), place);
      splices.add(new Splice(place.block, edited.from, edited.to, edited.added.length()));
    }
    return splices.build();
  }

  private record Edited(int from, int to, String added) {}

  private Text edit(Text text, Place place) {
    Edited edited = edited(text.plain(), place);
    return text.splice(edited.from, edited.to, edited.added);
  }

  private Edited edited(String plain, Place place) {
    int from = edit == Edit.INSERT_AFTER ? place.to : place.from;
    int to = edit == Edit.INSERT_BEFORE ? place.from : place.to;
    String added = words;
    if (added.isEmpty()) { // an omission takes one neighbouring space with it
      if (from > 0 && Character.isWhitespace(plain.charAt(from - 1))
          && (to == plain.length() || Character.isWhitespace(plain.charAt(to)) || closing(plain.charAt(to)))) {
        from--;
      } else if (from == 0 && to < plain.length() && Character.isWhitespace(plain.charAt(to))) {
        to++;
      }
      return new Edited(from, to, "");
    }
    while (closing(added.charAt(0)) && from > 0 && Character.isWhitespace(plain.charAt(from - 1))) {
      from--; // closing punctuation joins the word before it
    }
    if (from > 0 && needsSpace(plain.charAt(from - 1), added.charAt(0))) {
      added = " " + added;
    }
    if (to < plain.length() && needsSpace(added.charAt(added.length() - 1), plain.charAt(to))) {
      added = added + " ";
    }
    return new Edited(from, to, added);
  }


  private static boolean needsSpace(char left, char right) {
    return !Character.isWhitespace(left) && !Character.isWhitespace(right) && !closing(right) && !opening(left);
  }

  private static boolean closing(char c) {
    return ",.;:!?)]}\u201d\u2019".indexOf(c) >= 0;
  }

  private static boolean opening(char c) {
    return "([{\u201e\u2018".indexOf(c) >= 0;
  }

  @Override
  public String verb() {
    return switch (edit) {
      case REPLACE -> "replace words";
      case OMIT -> "omit words";
      default -> "insert words";
    };
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
