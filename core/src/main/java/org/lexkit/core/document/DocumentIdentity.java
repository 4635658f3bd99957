package org.lexkit.core.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * What identifies one version of a legal document: the work (country, type, date, name) and the expression
 * (language, version date), as in the FRBR levels Akoma Ntoso uses.
 *
 * <p>Invariants: the country is an ISO 3166-1 alpha-2 code in lower case, optionally with a subdivision
 * ({@code kz}, {@code za-wc}); the language is an ISO 639-2 alpha-3 code in lower case ({@code rus}); the name is
 * a URI-safe token ({@code constitution}, {@code 29}); the version date is not before the work date.
 *
 * <p>Immutable and thread-safe.
 *
 * @param country where the document is law
 * @param type what kind of document it is
 * @param date the date of the work (adoption or promulgation)
 * @param name the work's name or number
 * @param language the language of this expression
 * @param versionDate the date of this version (expression)
 */
public record DocumentIdentity(
    String country, DocumentType type, LocalDate date, String name, String language, LocalDate versionDate) {
  private static final Pattern COUNTRY = Pattern.compile("[a-z]{2}(-[a-z0-9]{1,8})?");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{3}");
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");

  /** Checks the invariants. */
  public DocumentIdentity {
    // Every null first, so that the exception names the null argument whatever else is wrong.
    checkNotNull(country, "country");
    checkNotNull(type, "type");
    checkNotNull(date, "date");
    checkNotNull(name, "name");
    checkNotNull(language, "language");
    checkNotNull(versionDate, "versionDate");
    checkArgument(COUNTRY.matcher(country).matches(),
        "'%s' is not a country code (expected ISO 3166-1 alpha-2 in lower case, e.g. kz)", country);
    checkArgument(NAME.matcher(name).matches(),
        "'%s' is not a document name (expected letters, digits, '.', '_' or '-', e.g. constitution)", name);
    checkArgument(LANGUAGE.matcher(language).matches(),
        "'%s' is not a language code (expected ISO 639-2 alpha-3 in lower case, e.g. rus)", language);
    checkArgument(!versionDate.isBefore(date), "version date %s is before the work date %s", versionDate, date);
  }

  /**
   * Returns the identity of the original version of a work.
   *
   * @param country e.g. {@code kz}
   * @param type e.g. {@link DocumentType#CONSTITUTION}
   * @param date the work date
   * @param name e.g. {@code constitution}
   * @param language e.g. {@code rus}
   * @return the identity, whose version date is the work date
   */
  public static DocumentIdentity of(
      String country, DocumentType type, LocalDate date, String name, String language) {
    return new DocumentIdentity(country, type, date, name, language, date);
  }

  /** Returns the identity of the version of the same work dated {@code versionDate}. */
  public DocumentIdentity withVersionDate(LocalDate versionDate) {
    return versionDate.equals(this.versionDate) ? this
        : new DocumentIdentity(country, type, date, name, language, versionDate);
  }
}
