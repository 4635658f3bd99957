package org.lexkit.akn.internal.mapping;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The FRBR codes of an identification as the model spells them, read from the many ways real documents spell them:
 * a country as ISO 3166-1 alpha-2 in lower case ({@code ITA} and {@code ita} are {@code it}), a language as
 * ISO 639-2 alpha-3 ({@code en} and {@code en-GB} are {@code eng}), a work name as a URI-safe token. Each reading
 * says what it changed, so the reader reports it where the code was written; what cannot be read at all falls back
 * to a stated placeholder rather than refusing the document.
 */
final class FrbrCodes {
  /** A code as the model keeps it, and what was changed to get there (empty when the source already said so). */
  record Reading(String value, Optional<String> change) {
    static Reading same(String value) {
      return new Reading(value, Optional.empty());
    }
  }

  /** ISO 3166-1 alpha-2 codes by their alpha-3 codes, as the JDK knows them. */
  private static final ImmutableMap<String, String> COUNTRY_BY_ALPHA3;

  static {
    ImmutableMap.Builder<String, String> byAlpha3 = ImmutableMap.builder();
    for (String alpha2 : Locale.getISOCountries()) {
      try {
        byAlpha3.put(new Locale("", alpha2).getISO3Country().toLowerCase(Locale.ROOT), alpha2.toLowerCase(Locale.ROOT));
      } catch (MissingResourceException e) {
        // a code without an alpha-3 form: only its alpha-2 form is read
      }
    }
    COUNTRY_BY_ALPHA3 = byAlpha3.buildKeepingLast();
  }

  private static final Pattern COUNTRY = Pattern.compile("[a-z]{2}(-[a-z0-9]{1,8})?");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{3}");
  /** What neither the model's names nor AKN IRIs' work numbers allow (the latter refuse '.'). */
  private static final Pattern NAME_CHARACTER = Pattern.compile("[^\\p{L}\\p{N}_-]+");
  /** The user-assigned ISO 3166 code the model uses for a country it cannot read. */
  static final String UNKNOWN_COUNTRY = "zz";
  /** ISO 639-2's code for an undetermined language. */
  static final String UNKNOWN_LANGUAGE = "und";

  private FrbrCodes() {}

  static Reading country(String raw) {
    String lower = raw.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    if (COUNTRY.matcher(lower).matches()) {
      return lower.equals(raw) ? Reading.same(raw) : new Reading(lower, Optional.of("read as " + lower));
    }
    String alpha2 = COUNTRY_BY_ALPHA3.get(lower);
    if (alpha2 != null) {
      return new Reading(alpha2, Optional.of("an ISO 3166-1 alpha-3 code, read as its alpha-2 code " + alpha2));
    }
    return new Reading(UNKNOWN_COUNTRY, Optional.of("not an ISO 3166-1 country code; read as the unknown"
        + " country " + UNKNOWN_COUNTRY));
  }

  static Reading language(String raw) {
    String lower = raw.strip().toLowerCase(Locale.ROOT);
    String primary = lower.split("[-_]", 2)[0];
    if (LANGUAGE.matcher(primary).matches()) {
      return primary.equals(raw) ? Reading.same(raw) : new Reading(primary, Optional.of("read as " + primary));
    }
    if (primary.length() == 2) {
      try {
        String alpha3 = new Locale(primary).getISO3Language();
        if (LANGUAGE.matcher(alpha3).matches()) {
          return new Reading(alpha3, Optional.of("an ISO 639-1 code, read as its ISO 639-2 code " + alpha3));
        }
      } catch (MissingResourceException e) {
        // falls through to the unknown language
      }
    }
    return new Reading(UNKNOWN_LANGUAGE, Optional.of("not an ISO 639 language code; read as the undetermined"
        + " language " + UNKNOWN_LANGUAGE));
  }

  /** A work name as an IRI-safe token: runs of other characters become '-'; empty if nothing is left. */
  static Optional<Reading> name(String raw) {
    String token = NAME_CHARACTER.matcher(raw.strip()).replaceAll("-").replaceAll("^[_-]+|[_-]+$", "");
    if (token.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(token.equals(raw) ? Reading.same(raw)
        : new Reading(token, Optional.of("not a URI-safe name; read as " + token)));
  }
}
