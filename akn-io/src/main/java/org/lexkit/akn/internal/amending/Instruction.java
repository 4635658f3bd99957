package org.lexkit.akn.internal.amending;

import java.util.Optional;

/**
 * What the prose of one {@code <mod>} instructs, with the quoted parts it uses named by their position among the
 * mod's quoted texts (0-based), or why it was not understood.
 *
 * @param kind what is done
 * @param old the quoted words acted on (replaced, omitted, inserted next to)
 * @param words the quoted new words
 * @param every whether every occurrence is meant ("in each place where it occurs", "jeweils")
 * @param sentence the sentence (1-based) the instruction is confined to ("In Satz 2 ...", "Satz 2 wird aufgehoben")
 * @param pending why the instruction is not understood, for {@link Kind#PENDING}
 */
public record Instruction(Kind kind, Optional<Integer> old, Optional<Integer> words, boolean every,
    Optional<Integer> sentence, Optional<String> pending) {

  /** The forms of instruction Lexkit reads. */
  public enum Kind {
    /** Insert the new words after the old ones ("nach den Wörtern X wird Y eingefügt", "after X insert Y"). */
    INSERT_WORDS_AFTER,
    /** Insert the new words before the old ones. */
    INSERT_WORDS_BEFORE,
    /** Insert the new words at the end ("Folgender Satz wird angefügt", "at the end insert"). */
    INSERT_WORDS_AT_END,
    /** Insert the new words at the beginning. */
    INSERT_WORDS_AT_START,
    /** Replace the old words by the new ("X wird durch Y ersetzt", "for X substitute Y"). */
    REPLACE_WORDS,
    /** Leave the old words out ("X wird gestrichen", "omit X"). */
    OMIT_WORDS,
    /** Replace a whole sentence by the new words ("Satz 2 wird durch die folgenden Sätze ersetzt"). */
    REPLACE_SENTENCE,
    /** Leave a whole sentence out ("Satz 2 wird aufgehoben"). */
    OMIT_SENTENCE,
    /** Replace provisions by the quoted structure ("wird wie folgt gefasst", "substitute—"). */
    SUBSTITUTE_STRUCTURE,
    /** Insert the quoted structure ("wird folgender Absatz 3 eingefügt", "insert—"). */
    INSERT_STRUCTURE,
    /** Repeal provisions ("wird aufgehoben", "is repealed"). */
    REPEAL,
    /** Not understood; {@link #pending} says what was read. */
    PENDING
  }

  static Instruction of(Kind kind, Optional<Integer> old, Optional<Integer> words, boolean every,
      Optional<Integer> sentence) {
    return new Instruction(kind, old, words, every, sentence, Optional.empty());
  }

  static Instruction pending(String why) {
    return new Instruction(Kind.PENDING, Optional.empty(), Optional.empty(), false, Optional.empty(),
        Optional.of(why));
  }
}
