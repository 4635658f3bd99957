package org.lexkit.rights.extraction;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lexkit.core.rights.RightId;

/**
 * The bundled list of right patterns ({@code rights.tsv}): which phrases name which right, with a canonical id,
 * topic and name per language, plus phrases that speak of rights in general and name no right.
 */
final class RightPatterns {
  record Entry(RightId id, Optional<String> topic, String language, String name, Pattern pattern) {}

  /** A right recognised in a text: its entry and where the phrase starts. */
  record Match(Entry entry, int start) {}

  static final RightPatterns STANDARD = new RightPatterns(DataTable.resource("rights.tsv"));

  private final ImmutableList<Entry> entries;
  private final ImmutableMap<String, ImmutableList<Pattern>> ignored;

  private RightPatterns(ImmutableList<DataTable.Row> rows) {
    ImmutableList.Builder<Entry> entries = ImmutableList.builder();
    Map<String, List<Pattern>> ignored = new LinkedHashMap<>();
    Map<RightId, Optional<String>> topics = new LinkedHashMap<>();
    for (DataTable.Row row : rows) {
      switch (row.cell(0)) {
        case "right" -> {
          row.expect(6, "right, id, topic or -, language, name, regex");
          RightId id;
          try {
            id = RightId.parse(row.cell(1));
          } catch (IllegalArgumentException e) {
            throw row.error("%s", e.getMessage());
          }
          Optional<String> topic = row.cell(2).equals("-") ? Optional.empty() : Optional.of(row.cell(2));
          Optional<String> previous = topics.putIfAbsent(id, topic);
          if (previous != null && !previous.equals(topic)) {
            throw row.error("right %s already has topic %s", id, previous.orElse("-"));
          }
          entries.add(new Entry(id, topic, row.cell(3), row.cell(4), row.regex(5)));
        }
        case "ignore" -> {
          row.expect(3, "ignore, language, regex");
          ignored.computeIfAbsent(row.cell(1), k -> new ArrayList<>()).add(row.regex(2));
        }
        default -> throw row.error("unknown row kind '%s' (expected 'right' or 'ignore')", row.cell(0));
      }
    }
    this.entries = entries.build();
    ImmutableMap.Builder<String, ImmutableList<Pattern>> frozen = ImmutableMap.builder();
    ignored.forEach((language, list) -> frozen.put(language, ImmutableList.copyOf(list)));
    this.ignored = frozen.buildOrThrow();
  }

  /**
   * Returns the rights {@code text} names in {@code language}, one per id, ordered by where the first phrase naming
   * each starts (ties by file order).
   */
  ImmutableList<Match> recognise(String text, String language) {
    Map<RightId, Match> first = new LinkedHashMap<>();
    for (Entry entry : entries) {
      if (!entry.language().equals(language)) {
        continue;
      }
      Matcher matcher = entry.pattern().matcher(text);
      if (matcher.find()) {
        Match match = new Match(entry, matcher.start());
        first.merge(entry.id(), match, (a, b) -> a.start() <= b.start() ? a : b);
      }
    }
    List<Match> matches = new ArrayList<>(first.values());
    matches.sort(Comparator.comparingInt(Match::start));
    return ImmutableList.copyOf(matches);
  }

  /** Returns whether {@code text} speaks of rights in general (and so names no one right). */
  boolean isGeneric(String text, String language) {
    return ignored.getOrDefault(language, ImmutableList.of()).stream().anyMatch(p -> p.matcher(text).find());
  }
}
