package org.lexkit.rights.standards;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.io.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lexkit.core.rights.CanonicalGround;
import org.lexkit.core.rights.Holder;
import org.lexkit.core.rights.RightId;

/**
 * A set of international standards for restriction grounds, as data: instruments, the states bound by them, their
 * limitation clauses with the closed lists of permitted grounds, and which rights each clause governs. The
 * {@linkplain #standard() standard} set, read from the bundled {@code standards.tsv}, holds ICCPR arts. 19(1),
 * 19(3), 21 and 22(2) and ECHR arts. 10(2) and 11(2), and records that Kazakhstan is bound by the ICCPR from
 * 24 January 2006 and is not a party to the ECHR.
 *
 * <p>Invariants: instrument codes and clause ids are unique; every clause belongs to a known instrument.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Standards standards = Standards.standard();
 * ImmutableList<Instrument> binding = standards.bindingOn("kz", LocalDate.of(2026, 7, 1));   // [ICCPR]
 * }</pre>
 */
public final class Standards {
  private static final Splitter TAB = Splitter.on('\t');
  private static final Splitter COMMA = Splitter.on(',').trimResults().omitEmptyStrings();
  private static final Standards STANDARD = load();

  private final ImmutableMap<String, Instrument> instruments;
  private final ImmutableList<TreatyClause> clauses;

  private Standards(ImmutableMap<String, Instrument> instruments, ImmutableList<TreatyClause> clauses) {
    this.instruments = instruments;
    this.clauses = clauses;
  }

  /** {@return the bundled standards (ICCPR and ECHR)} */
  public static Standards standard() {
    return STANDARD;
  }

  private static Standards load() {
    try {
      // Looked up by this class, not through Guava's Resources.getResource: on the module path a resource in one of
      // this module's packages is visible only to the module's own code.
      URL url = checkNotNull(Standards.class.getResource("standards.tsv"), "the bundled standards.tsv is missing");
      return parse(Resources.toString(url, StandardCharsets.UTF_8), "standards.tsv");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled standards.tsv", e);
    }
  }

  /**
   * Parses standards in the layout of the bundled {@code standards.tsv} (rows {@code instrument}, {@code party},
   * {@code clause} and {@code applies}; {@code #} starts a comment).
   *
   * @param tsv the file's text
   * @param sourceName a name for error messages
   * @return the standards
   * @throws IllegalArgumentException naming the line, if a row is malformed or refers to an unknown instrument or
   *     clause
   */
  public static Standards parse(CharSequence tsv, String sourceName) {
    checkNotNull(tsv, "tsv");
    checkNotNull(sourceName, "sourceName");
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Map<String, LocalDate>> parties = new LinkedHashMap<>();
    Map<String, Map<String, LocalDate>> exits = new LinkedHashMap<>();
    Map<String, ClauseRow> clauses = new LinkedHashMap<>();
    int number = 0;
    for (String line : Splitter.onPattern("\r?\n").split(tsv)) {
      number++;
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      String where = sourceName + ":" + number;
      List<String> c = TAB.splitToList(line);
      try {
        switch (c.get(0)) {
          case "instrument" -> {
            expect(c, 3, "instrument, CODE, name");
            checkArgument(names.putIfAbsent(c.get(1), c.get(2)) == null, "instrument %s is declared twice",
                c.get(1));
            parties.put(c.get(1), new LinkedHashMap<>());
            exits.put(c.get(1), new LinkedHashMap<>());
          }
          case "exit" -> {
            expect(c, 5, "exit, CODE, country, no longer bound from (ISO date), note");
            Map<String, LocalDate> of = exits.get(c.get(1));
            checkArgument(of != null, "unknown instrument '%s' (declare it in an instrument row first)", c.get(1));
            of.put(c.get(2), LocalDate.parse(c.get(3)));
          }
          case "party" -> {
            expect(c, 5, "party, CODE, country, bound since (ISO date), note");
            Map<String, LocalDate> of = parties.get(c.get(1));
            checkArgument(of != null, "unknown instrument '%s' (declare it in an instrument row first)", c.get(1));
            of.put(c.get(2), LocalDate.parse(c.get(3)));
          }
          case "clause" -> {
            expect(c, 6, "clause, id, CODE, label, protected holder, grounds");
            checkArgument(names.containsKey(c.get(2)), "unknown instrument '%s'", c.get(2));
            ImmutableSet<CanonicalGround> grounds = c.get(5).equals("-") ? ImmutableSet.of()
                : COMMA.splitToList(c.get(5)).stream().map(CanonicalGround::parse)
                    .collect(ImmutableSet.toImmutableSet());
            checkArgument(clauses.putIfAbsent(c.get(1),
                new ClauseRow(c.get(2), c.get(3), Holder.Scope.valueOf(c.get(4)), grounds)) == null,
                "clause %s is declared twice", c.get(1));
          }
          case "applies" -> {
            expect(c, 3, "applies, clause id, topic:<key> or right:<id>");
            ClauseRow clause = clauses.get(c.get(1));
            checkArgument(clause != null, "unknown clause '%s' (declare it in a clause row first)", c.get(1));
            String target = c.get(2);
            if (target.startsWith("topic:") && target.length() > "topic:".length()) {
              clause.topics.add(target.substring("topic:".length()));
            } else if (target.startsWith("right:")) {
              clause.rights.add(RightId.parse(target.substring("right:".length())));
            } else {
              throw new IllegalArgumentException("'" + target + "' should be topic:<key> or right:<id>");
            }
          }
          default -> throw new IllegalArgumentException("unknown row kind '" + c.get(0)
              + "' (expected instrument, party, exit, clause or applies)");
        }
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
    }
    ImmutableMap.Builder<String, Instrument> instruments = ImmutableMap.builder();
    for (Map.Entry<String, String> e : names.entrySet()) {
      try {
        instruments.put(e.getKey(), new Instrument(e.getKey(), e.getValue(),
            ImmutableMap.copyOf(parties.get(e.getKey())), ImmutableMap.copyOf(exits.get(e.getKey()))));
      } catch (IllegalArgumentException ex) {
        throw new IllegalArgumentException(sourceName + ": " + ex.getMessage(), ex);
      }
    }
    ImmutableList.Builder<TreatyClause> built = ImmutableList.builder();
    clauses.forEach((id, row) -> {
      try {
        built.add(new TreatyClause(id, row.instrument, row.label, row.protects, row.grounds,
            ImmutableSet.copyOf(row.topics), ImmutableSet.copyOf(row.rights)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(sourceName + ": " + e.getMessage(), e);
      }
    });
    return new Standards(instruments.buildOrThrow(), built.build());
  }

  private static final class ClauseRow {
    final String instrument;
    final String label;
    final Holder.Scope protects;
    final ImmutableSet<CanonicalGround> grounds;
    final java.util.Set<String> topics = new java.util.LinkedHashSet<>();
    final java.util.Set<RightId> rights = new java.util.LinkedHashSet<>();

    ClauseRow(String instrument, String label, Holder.Scope protects, ImmutableSet<CanonicalGround> grounds) {
      this.instrument = instrument;
      this.label = label;
      this.protects = protects;
      this.grounds = grounds;
    }
  }

  private static void expect(List<String> cells, int count, String layout) {
    checkArgument(cells.size() == count, "expected %s tab-separated cells (%s), found %s", count, layout,
        cells.size());
  }

  /** {@return the instruments, in file order} */
  public ImmutableList<Instrument> instruments() {
    return instruments.values().asList();
  }

  /**
   * Returns the instrument with code {@code code}.
   *
   * @param code e.g. {@code ICCPR}
   * @return the instrument, or empty
   */
  public Optional<Instrument> instrument(String code) {
    return Optional.ofNullable(instruments.get(checkNotNull(code, "code")));
  }

  /** {@return every limitation clause, in file order} */
  public ImmutableList<TreatyClause> clauses() {
    return clauses;
  }

  /**
   * Returns the instruments {@code country} is bound by on {@code date}: for Kazakhstan on 1 July 2026, the ICCPR.
   *
   * @param country a lower-case ISO 3166-1 alpha-2 code, e.g. {@code kz}
   * @param date the day in question
   * @return the binding instruments, in file order
   */
  public ImmutableList<Instrument> bindingOn(String country, LocalDate date) {
    checkNotNull(country, "country");
    checkNotNull(date, "date");
    return instruments.values().stream().filter(i -> i.isBinding(country, date))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "Standards" + instruments.keySet();
  }
}
