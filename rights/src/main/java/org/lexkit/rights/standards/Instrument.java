package org.lexkit.rights.standards;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An international instrument with limitation clauses, such as the ICCPR, and the states bound by it.
 *
 * <p>Invariants: the code is upper-case letters and digits; the name is not blank; parties are keyed by lower-case
 * ISO 3166-1 alpha-2 country codes, as in {@link org.lexkit.core.document.DocumentIdentity}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code e.g. {@code ICCPR}
 * @param name e.g. "International Covenant on Civil and Political Rights (1966)"
 * @param parties country code to the date from which the state is bound
 * @param exits country code to the date from which a former party is no longer bound (Russia left the ECHR on
 *     16 September 2022); each is a party too
 */
public record Instrument(
    String code, String name, ImmutableMap<String, LocalDate> parties, ImmutableMap<String, LocalDate> exits) {
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*");
  private static final Pattern COUNTRY = Pattern.compile("[a-z]{2}(-[a-z0-9]{1,8})?");

  /** Checks the invariants and copies the parties. */
  public Instrument {
    checkNotNull(code, "code");
    checkArgument(CODE.matcher(code).matches(), "'%s' is not an instrument code (expected e.g. ICCPR)", code);
    checkNotNull(name, "name");
    checkArgument(!name.isBlank(), "instrument %s: the name must not be blank", code);
    parties = ImmutableMap.copyOf(parties);
    parties.keySet().forEach(country -> checkArgument(COUNTRY.matcher(country).matches(),
        "instrument %s: '%s' is not a country code (expected ISO 3166-1 alpha-2 in lower case)", code, country));
    exits = ImmutableMap.copyOf(exits);
    for (Map.Entry<String, LocalDate> exit : exits.entrySet()) {
      LocalDate since = parties.get(exit.getKey());
      checkArgument(since != null, "instrument %s: '%s' leaves but is not a party", code, exit.getKey());
      checkArgument(exit.getValue().isAfter(since), "instrument %s: '%s' leaves on %s, not after joining on %s",
          code, exit.getKey(), exit.getValue(), since);
    }
  }

  /**
   * Returns an instrument no party has left.
   *
   * @param code e.g. {@code ICCPR}
   * @param name the instrument's name
   * @param parties country code to the date from which the state is bound
   */
  public Instrument(String code, String name, ImmutableMap<String, LocalDate> parties) {
    this(code, name, parties, ImmutableMap.of());
  }

  /**
   * Returns the date from which {@code country} is bound, if it is a party.
   *
   * @param country e.g. {@code kz}
   * @return the date, or empty when the state is not a party
   */
  public Optional<LocalDate> boundSince(String country) {
    return Optional.ofNullable(parties.get(checkNotNull(country, "country")));
  }

  /**
   * Returns whether {@code country} is bound on {@code date}.
   *
   * @param country e.g. {@code kz}
   * @param date the day in question
   * @return true when it is a party from that day or earlier and has not left by then
   */
  public boolean isBinding(String country, LocalDate date) {
    checkNotNull(date, "date");
    LocalDate until = exits.get(country);
    return boundSince(country).map(since -> !since.isAfter(date)).orElse(false)
        && (until == null || date.isBefore(until));
  }

  @Override
  public String toString() {
    return code;
  }
}
