package org.lexkit.rights.extraction;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.rights.CanonicalGround;
import org.lexkit.core.rights.RestrictionGround;

/**
 * The vocabulary that maps a text's wording of a restriction ground to a {@link CanonicalGround}, per language:
 * «государственной безопасности» and "state security" both mean {@link CanonicalGround#NATIONAL_SECURITY}. The
 * vocabulary is data: the {@linkplain #standard() standard} one is read from the bundled {@code grounds.tsv}, and
 * callers may {@linkplain #parse parse} their own or {@linkplain #withWording add} wordings.
 *
 * <p>A wording is looked up in its normal form (lower case, ё as е, text in parentheses dropped, whitespace
 * collapsed, edge punctuation removed). When the whole wording is not known, a known <em>head</em> at its start
 * («защиты», «охраны», "the protection of") is dropped and the rest looked up, one head at a time, so «охраны
 * здоровья» finds «здоровья». A wording that is still unknown is matched by <em>meaning</em>: rows
 * {@code meaning <lang> <CODE> <regex>} name the words that carry a ground in any phrasing ("security of the State",
 * «безопасности государства», "Schutze der Jugend"); the first row whose pattern occurs in the wording wins. A wording
 * that nothing matches has no canonical ground: it is never guessed, and extraction reports it.
 *
 * <p>Invariant: within one language, a normalised wording means exactly one canonical ground.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * GroundVocabulary vocabulary = GroundVocabulary.standard()
 *     .withWording("rus", "традиционных семейных ценностей", CanonicalGround.parse("TRADITIONAL_VALUES"));
 * Optional<CanonicalGround> g = vocabulary.canonical("защиты основ конституционного строя", "rus");
 * // CONSTITUTIONAL_ORDER
 * }</pre>
 */
public final class GroundVocabulary {
  private static final String LAYOUT_GROUND = "ground, language, CANONICAL_CODE, wording";
  private static final String LAYOUT_HEAD = "head, language, phrase";
  private static final String LAYOUT_MEANING = "meaning, language, CANONICAL_CODE, regex";
  // Longer heads first, so "protection of" is tried before "of"; then alphabetically, for a stable order.
  private static final Comparator<String> LONGEST_FIRST =
      Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder());
  // Declared after the comparator it uses: static fields initialise in order.
  private static final GroundVocabulary STANDARD = fromRows(DataTable.resource("grounds.tsv"));

  private final ImmutableMap<String, ImmutableMap<String, CanonicalGround>> wordings;
  private final ImmutableMap<String, ImmutableList<String>> heads;
  private final ImmutableMap<String, ImmutableList<Meaning>> meanings;

  /** Words that carry a ground in any phrasing. */
  private record Meaning(CanonicalGround canonical, Pattern pattern) {}

  private GroundVocabulary(
      ImmutableMap<String, ImmutableMap<String, CanonicalGround>> wordings,
      ImmutableMap<String, ImmutableList<String>> heads,
      ImmutableMap<String, ImmutableList<Meaning>> meanings) {
    this.wordings = wordings;
    this.heads = heads;
    this.meanings = meanings;
  }

  /** {@return the bundled vocabulary for Russian ({@code rus}) and English ({@code eng})} */
  public static GroundVocabulary standard() {
    return STANDARD;
  }

  /**
   * Parses a vocabulary in the layout of the bundled {@code grounds.tsv}: tab-separated rows
   * {@code ground <lang> <CANONICAL_CODE> <wording>} and {@code head <lang> <phrase>}; {@code #} starts a comment.
   *
   * @param tsv the file's text
   * @param sourceName a name for error messages, e.g. the file name
   * @return the vocabulary
   * @throws IllegalArgumentException naming the line, if a row is malformed or a wording is given two meanings
   */
  public static GroundVocabulary parse(CharSequence tsv, String sourceName) {
    return fromRows(DataTable.parse(tsv, sourceName));
  }

  private static GroundVocabulary fromRows(ImmutableList<DataTable.Row> rows) {
    Map<String, Map<String, CanonicalGround>> wordings = new LinkedHashMap<>();
    Map<String, ImmutableSortedSet.Builder<String>> heads = new LinkedHashMap<>();
    Map<String, ImmutableList.Builder<Meaning>> meanings = new LinkedHashMap<>();
    for (DataTable.Row row : rows) {
      switch (row.cell(0)) {
        case "ground" -> {
          row.expect(4, LAYOUT_GROUND);
          put(wordings.computeIfAbsent(language(row), k -> new LinkedHashMap<>()), row.cell(3), canonical(row),
              row.where());
        }
        case "head" -> {
          row.expect(3, LAYOUT_HEAD);
          heads.computeIfAbsent(language(row), k -> ImmutableSortedSet.orderedBy(LONGEST_FIRST))
              .add(Wording.normalize(row.cell(2)));
        }
        case "meaning" -> {
          row.expect(4, LAYOUT_MEANING);
          meanings.computeIfAbsent(language(row), k -> ImmutableList.builder())
              .add(new Meaning(canonical(row), row.regex(3)));
        }
        default -> throw row.error("unknown row kind '%s' (expected 'ground', 'head' or 'meaning')", row.cell(0));
      }
    }
    ImmutableMap.Builder<String, ImmutableList<Meaning>> frozenMeanings = ImmutableMap.builder();
    meanings.forEach((language, list) -> frozenMeanings.put(language, list.build()));
    return new GroundVocabulary(freeze(wordings), freezeHeads(heads), frozenMeanings.buildOrThrow());
  }

  private static CanonicalGround canonical(DataTable.Row row) {
    try {
      return CanonicalGround.parse(row.cell(2));
    } catch (IllegalArgumentException e) {
      throw row.error("%s", e.getMessage());
    }
  }

  private static String language(DataTable.Row row) {
    String language = row.cell(1);
    if (!language.matches("[a-z]{3}")) {
      throw row.error("'%s' is not a language code (expected ISO 639-2, e.g. rus or eng)", language);
    }
    return language;
  }

  private static void put(Map<String, CanonicalGround> map, String wording, CanonicalGround canonical, String where) {
    String key = Wording.normalize(wording);
    checkArgument(!key.isEmpty(), "%s: the wording '%s' is empty once normalised", where, wording);
    CanonicalGround previous = map.putIfAbsent(key, canonical);
    checkArgument(previous == null || previous.equals(canonical),
        "%s: the wording '%s' already means %s; it cannot also mean %s", where, wording, previous, canonical);
  }

  private static ImmutableMap<String, ImmutableMap<String, CanonicalGround>> freeze(
      Map<String, Map<String, CanonicalGround>> wordings) {
    ImmutableMap.Builder<String, ImmutableMap<String, CanonicalGround>> frozen = ImmutableMap.builder();
    wordings.forEach((language, map) -> frozen.put(language, ImmutableMap.copyOf(map)));
    return frozen.buildOrThrow();
  }

  private static ImmutableMap<String, ImmutableList<String>> freezeHeads(
      Map<String, ImmutableSortedSet.Builder<String>> heads) {
    ImmutableMap.Builder<String, ImmutableList<String>> frozen = ImmutableMap.builder();
    heads.forEach((language, set) -> frozen.put(language, set.build().asList()));
    return frozen.buildOrThrow();
  }

  /**
   * Returns the canonical ground {@code wording} means in {@code language}, trying the whole wording first and then
   * the wording without its leading heads, one at a time.
   *
   * @param wording a ground as the text words it, e.g. «охраны общественного порядка»
   * @param language an ISO 639-2 code such as {@code rus}
   * @return the ground, or empty when the wording is not in the vocabulary
   */
  public Optional<CanonicalGround> canonical(String wording, String language) {
    checkNotNull(wording, "wording");
    checkNotNull(language, "language");
    ImmutableMap<String, CanonicalGround> known = wordings.getOrDefault(language, ImmutableMap.of());
    ImmutableList<String> prefixes = heads.getOrDefault(language, ImmutableList.of());
    String rest = Wording.normalize(wording);
    while (!rest.isEmpty()) {
      CanonicalGround canonical = known.get(rest);
      if (canonical != null) {
        return Optional.of(canonical);
      }
      String shorter = withoutHead(rest, prefixes);
      if (shorter.equals(rest)) {
        break;
      }
      rest = shorter;
    }
    String normal = Wording.normalize(wording);
    for (Meaning meaning : meanings.getOrDefault(language, ImmutableList.of())) {
      if (meaning.pattern().matcher(normal).find()) {
        return Optional.of(meaning.canonical());
      }
    }
    return Optional.empty();
  }

  /** Returns the ground the wording has by the exact rows (and heads) alone, without the meaning rows. */
  Optional<CanonicalGround> exact(String wording, String language) {
    return new GroundVocabulary(wordings, heads, ImmutableMap.of()).canonical(wording, language);
  }

  /** Returns the distinct grounds whose meaning rows occur in the wording, in row order. */
  ImmutableList<CanonicalGround> meanings(String wording, String language) {
    String normal = Wording.normalize(checkNotNull(wording, "wording"));
    return meanings.getOrDefault(language, ImmutableList.of()).stream()
        .filter(m -> m.pattern().matcher(normal).find()).map(Meaning::canonical).distinct()
        .collect(ImmutableList.toImmutableList());
  }

  private static String withoutHead(String text, ImmutableList<String> prefixes) {
    for (String head : prefixes) {
      if (text.startsWith(head + " ")) {
        return text.substring(head.length() + 1).strip();
      }
    }
    return text;
  }

  /**
   * Returns a restriction ground for {@code wording}, mapped when the vocabulary knows it and
   * {@linkplain RestrictionGround#unmapped unmapped} otherwise.
   *
   * @param wording the ground verbatim from the text
   * @param source the provision that states it
   * @param language the text's language, e.g. {@code eng}
   * @return the ground
   */
  public RestrictionGround ground(String wording, ProvisionId source, String language) {
    return new RestrictionGround(wording, source, canonical(wording, language));
  }

  /**
   * Returns a copy that also knows {@code wording} as meaning {@code canonical} in {@code language}.
   *
   * @param language an ISO 639-2 code such as {@code rus}
   * @param wording the wording, in any case and spacing
   * @param canonical what it means
   * @return the extended vocabulary, or {@code this} if it already says so
   * @throws IllegalArgumentException if the vocabulary already maps the wording to another ground
   */
  public GroundVocabulary withWording(String language, String wording, CanonicalGround canonical) {
    checkNotNull(language, "language");
    checkNotNull(wording, "wording");
    checkNotNull(canonical, "canonical");
    checkArgument(language.matches("[a-z]{3}"), "'%s' is not a language code (expected ISO 639-2)", language);
    String key = Wording.normalize(wording);
    ImmutableMap<String, CanonicalGround> known = wordings.getOrDefault(language, ImmutableMap.of());
    if (canonical.equals(known.get(key))) {
      return this;
    }
    Map<String, Map<String, CanonicalGround>> copy = new LinkedHashMap<>();
    wordings.forEach((lang, map) -> copy.put(lang, new LinkedHashMap<>(map)));
    put(copy.computeIfAbsent(language, k -> new LinkedHashMap<>()), wording, canonical, "withWording");
    return new GroundVocabulary(freeze(copy), heads, meanings);
  }

  /** {@return the languages the vocabulary has wordings for, e.g. [rus, eng]} */
  public ImmutableList<String> languages() {
    return wordings.keySet().asList();
  }

  /**
   * Returns every wording the vocabulary knows in {@code language}, in normal form, with its ground.
   *
   * @param language an ISO 639-2 code
   * @return the wordings in file order; empty for an unknown language
   */
  public ImmutableMap<String, CanonicalGround> wordings(String language) {
    return wordings.getOrDefault(checkNotNull(language, "language"), ImmutableMap.of());
  }

  @Override
  public String toString() {
    return "GroundVocabulary" + languages();
  }
}
