package org.lexkit.rights.extraction;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.lexkit.core.provision.ProvisionId;

/**
 * Something extraction could not settle and a person should look at, with the provision it concerns and the words
 * of the text involved: a ground wording the vocabulary does not know, a right no pattern recognises, a clause with
 * no right to attach to, a reference to a provision the document does not have.
 *
 * <p>Invariant: the text and detail are not blank.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what kind of problem
 * @param provision where it is
 * @param text the words of the text it concerns, verbatim; for an unresolved reference, the article number and, after
 *     a dot, the paragraph number as printed ({@code 16.1})
 * @param detail what was expected or done, in a sentence
 */
public record ExtractionNote(Kind kind, ProvisionId provision, String text, String detail) {
  /** The kinds of note. */
  public enum Kind {
    /** A ground's wording is not in the vocabulary; the ground was kept without a canonical meaning. */
    UNMAPPED_GROUND,
    /** A statement grants a right no pattern recognises; the right got an id derived from its provision. */
    UNRECOGNISED_RIGHT,
    /** A limitation clause names no right and its article states none; its grounds were not attached. */
    UNBOUND_LIMITATION,
    /** A limitation clause refers to "this right" but its article states several; it was attached to all. */
    UNCERTAIN_BINDING,
    /**
     * A clause says the exercise of all rights must not infringe on something (KZ 1995 art. 12(5)); it is a duty,
     * not a general limitation clause, and was not recorded as one.
     */
    DUTY_CLAUSE,
    /** A non-restrictable list refers to an article or paragraph the document does not have. */
    UNRESOLVED_REFERENCE,
    /** A right got a second ground with the same meaning; the first wording was kept. */
    DUPLICATE_GROUND,
    /**
     * A sentence limits rights but its grounds were not understood: a proportionality test ("reasonable and
     * justifiable in an open and democratic society"), a bare "by law", or a wording no rule reads. The rights it
     * concerns are {@linkplain Extraction#notAnalysed() not analysed}.
     */
    UNANALYSED_LIMITATION
  }

  /** Checks the components. */
  public ExtractionNote {
    checkNotNull(kind, "kind");
    checkNotNull(provision, "provision");
    checkNotNull(text, "text");
    checkNotNull(detail, "detail");
    checkArgument(!text.isBlank(), "a note must quote the text it concerns");
    checkArgument(!detail.isBlank(), "a note must say what is wrong");
  }

  /** {@return the note as one line: {@code "<provision>: <kind>: '<text>': <detail>"}} */
  public String describe() {
    return provision + ": " + kind + ": '" + text + "': " + detail;
  }
}
