package org.lexkit.akn;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The FRBR identification of an Akoma Ntoso document ({@code <meta><identification>}): what the document is at
 * each level of the FRBR model. The work is the abstract law ("the Data Protection Act 1998"), the expression one
 * version in one language, the manifestation one encoding of it (this XML).
 *
 * <p>Values are kept exactly as written (IRIs, dates), so nothing is lost; {@link NamedDate#toLocalDate()} parses
 * a date when needed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param work the work level ({@code <FRBRWork>})
 * @param expression the expression level ({@code <FRBRExpression>})
 * @param manifestation the manifestation level ({@code <FRBRManifestation>})
 */
public record FrbrIdentification(Work work, Expression expression, Manifestation manifestation) {

  /** Rejects nulls. */
  public FrbrIdentification {
    checkNotNull(work, "work");
    checkNotNull(expression, "expression");
    checkNotNull(manifestation, "manifestation");
  }

  /**
   * A date of an FRBR level with what it is the date of ({@code <FRBRdate date="1998-07-16" name="enactment"/>}).
   *
   * @param date the date as written: a date, a dateTime, or (lenient mode) a year
   * @param name what happened on that date, e.g. {@code enactment}, {@code Generation}
   */
  public record NamedDate(String date, String name) {
    /** Rejects nulls and a blank date. */
    public NamedDate {
      checkNotNull(date, "date");
      checkNotNull(name, "name");
      checkArgument(!date.isBlank(), "FRBR date must not be blank (name '%s')", name);
    }

    /**
     * Parses the calendar date, ignoring any time and zone.
     *
     * @return the date, or empty for a year-only or otherwise unparseable value
     */
    public Optional<LocalDate> toLocalDate() {
      String text = date.strip();
      if (text.length() < 10) {
        return Optional.empty();
      }
      try {
        return Optional.of(LocalDate.parse(text.substring(0, 10)));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
  }

  /**
   * An author of an FRBR level ({@code <FRBRauthor href="#parliament" as="#author"/>}).
   *
   * @param href the reference to the author, usually {@code #eId} of a TLC element
   * @param role the {@code as} attribute, the role, if given
   */
  public record Author(String href, Optional<String> role) {
    /** Rejects nulls. */
    public Author {
      checkNotNull(href, "href");
      checkNotNull(role, "role");
    }
  }

  /**
   * The work level.
   *
   * @param thisIri {@code FRBRthis}: the IRI of this component of the work
   * @param uris {@code FRBRuri}: the IRIs of the work as a whole
   * @param dates {@code FRBRdate}s
   * @param authors {@code FRBRauthor}s
   * @param country {@code FRBRcountry}: an ISO 3166 code (or a country-specific one)
   */
  public record Work(String thisIri, ImmutableList<String> uris, ImmutableList<NamedDate> dates,
      ImmutableList<Author> authors, String country) {
    /** Copies the lists and rejects nulls. */
    public Work {
      checkNotNull(thisIri, "thisIri");
      uris = ImmutableList.copyOf(uris);
      dates = ImmutableList.copyOf(dates);
      authors = ImmutableList.copyOf(authors);
      checkNotNull(country, "country");
    }
  }

  /**
   * The expression level.
   *
   * @param thisIri {@code FRBRthis}
   * @param uris {@code FRBRuri}s
   * @param dates {@code FRBRdate}s
   * @param authors {@code FRBRauthor}s
   * @param languages {@code FRBRlanguage}s: the languages of this expression, in order
   */
  public record Expression(String thisIri, ImmutableList<String> uris, ImmutableList<NamedDate> dates,
      ImmutableList<Author> authors, ImmutableList<String> languages) {
    /** Copies the lists and rejects nulls. */
    public Expression {
      checkNotNull(thisIri, "thisIri");
      uris = ImmutableList.copyOf(uris);
      dates = ImmutableList.copyOf(dates);
      authors = ImmutableList.copyOf(authors);
      languages = ImmutableList.copyOf(languages);
    }
  }

  /**
   * The manifestation level.
   *
   * @param thisIri {@code FRBRthis}
   * @param uris {@code FRBRuri}s
   * @param dates {@code FRBRdate}s
   * @param authors {@code FRBRauthor}s
   */
  public record Manifestation(String thisIri, ImmutableList<String> uris, ImmutableList<NamedDate> dates,
      ImmutableList<Author> authors) {
    /** Copies the lists and rejects nulls. */
    public Manifestation {
      checkNotNull(thisIri, "thisIri");
      uris = ImmutableList.copyOf(uris);
      dates = ImmutableList.copyOf(dates);
      authors = ImmutableList.copyOf(authors);
    }
  }
}
