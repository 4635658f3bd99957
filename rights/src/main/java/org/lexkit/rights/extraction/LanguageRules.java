package org.lexkit.rights.extraction;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lexkit.core.rights.Holder;

/**
 * The language-specific cues of extraction, read from {@code rules-<language>.tsv}: how a sentence states a right
 * (formulas), who holds it, how limitation clauses, non-restrictable lists and bans are worded, and how lists split.
 * Keys and their cells are described in {@code rules-rus.tsv}.
 */
final class LanguageRules {
  /** How a formula's named groups are read. */
  enum Kind {
    /** Groups {@code holder} (before the verb) and {@code object} (from the verb on). */
    HOLDER_LED,
    /** Groups {@code pre} and {@code post} around a passive verb; {@code pre} may be a (dative) holder. */
    PASSIVE,
    /** Group {@code object}, optional group {@code holder}; a holder-less statement is held by everyone. */
    SUBJECT,
    /** Like SUBJECT, but every match in the sentence counts, and every such formula applies. */
    ANYWHERE
  }

  /** When a formula yields a right the pattern list does not recognise. */
  enum Strength {
    STRONG,
    RIGHTISH,
    WEAK
  }

  /** Whether a limitation clause authorises the law to restrict, or states what the exercise must not infringe. */
  enum LimitationKind {
    AUTHORISATION,
    DUTY
  }

  record Formula(Kind kind, Strength strength, Pattern pattern, String where) {}

  record HolderRule(Holder.Scope scope, Pattern pattern) {}

  record Trigger(LimitationKind kind, Pattern pattern) {}

  private static final Map<String, LanguageRules> CACHE = new java.util.concurrent.ConcurrentHashMap<>();
  /** The languages with a {@code rules-<language>.tsv}, listed in {@code languages.tsv}: data, not code. */
  private static final ImmutableList<String> SUPPORTED = DataTable.resource("languages.tsv").stream()
      .map(row -> row.cell(0)).collect(ImmutableList.toImmutableList());

  final String language;
  final ImmutableList<Formula> formulas;
  final ImmutableList<HolderRule> holders;
  final ImmutableList<Trigger> limitations;
  final ImmutableMap<String, Pattern> single;

  private LanguageRules(String language, ImmutableList<DataTable.Row> rows) {
    this.language = language;
    ImmutableList.Builder<Formula> formulas = ImmutableList.builder();
    ImmutableList.Builder<HolderRule> holders = ImmutableList.builder();
    ImmutableList.Builder<Trigger> limitations = ImmutableList.builder();
    Map<String, List<String>> alternatives = new LinkedHashMap<>();
    Map<String, DataTable.Row> firstRow = new LinkedHashMap<>();
    for (DataTable.Row row : rows) {
      String key = row.cell(0);
      switch (key) {
        case "formula" -> {
          row.expect(4, "formula, KIND, STRENGTH, regex");
          Formula formula = new Formula(
              enumCell(row, 1, Kind.class), enumCell(row, 2, Strength.class), row.regex(3), row.where());
          requireGroups(row, formula.pattern(), formula.kind() == Kind.PASSIVE
              ? new String[] {"pre", "post"} : new String[] {"object"});
          formulas.add(formula);
        }
        case "holder" -> {
          row.expect(3, "holder, SCOPE, regex");
          holders.add(new HolderRule(enumCell(row, 1, Holder.Scope.class), row.regex(2)));
        }
        case "limitation" -> {
          row.expect(3, "limitation, AUTHORISATION|DUTY, regex");
          limitations.add(new Trigger(enumCell(row, 1, LimitationKind.class), row.regex(2)));
        }
        default -> {
          if (!SINGLE_KEYS.contains(key)) {
            throw row.error("unknown key '%s'", key);
          }
          row.expect(2, key + ", regex");
          row.regex(1);
          alternatives.computeIfAbsent(key, k -> new ArrayList<>()).add(row.cell(1));
          firstRow.putIfAbsent(key, row);
        }
      }
    }
    this.formulas = formulas.build();
    this.holders = holders.build();
    this.limitations = limitations.build();
    ImmutableMap.Builder<String, Pattern> single = ImmutableMap.builder();
    for (String key : SINGLE_KEYS) {
      List<String> parts = alternatives.get(key);
      checkArgument(parts != null, "rules-%s.tsv: no '%s' row", language, key);
      // Several rows of one key are alternatives of one pattern.
      Pattern pattern = Pattern.compile(parts.size() == 1 ? parts.get(0) : "(?:" + String.join(")|(?:", parts) + ")",
          DataTable.FLAGS);
      single.put(key, pattern);
    }
    this.single = single.buildOrThrow();
    requireGroups(firstRow.get("paragraph-reference"), pattern("paragraph-reference"), "n");
    requireGroups(firstRow.get("prohibition"), pattern("prohibition"), "list");
    requireGroups(firstRow.get("item-reference"), pattern("item-reference"), "n");
  }

  private static final ImmutableList<String> SINGLE_KEYS = ImmutableList.of(
      "object-split", "object-end", "rightish", "holder-strip", "introducer", "generic-subject",
      "singular-reference", "paragraph-reference", "list-end", "non-restrictable", "prohibition", "connector", "conjunction",
      "enumerator", "adjective", "article-word", "paragraph-word", "stem-end", "limitation-cue", "legal-basis",
      "item-reference");

  /**
   * Returns the rules for {@code language}.
   *
   * @throws IllegalArgumentException if there are none
   */
  static LanguageRules forLanguage(String language) {
    checkArgument(SUPPORTED.contains(language),
        "there are no extraction rules for language '%s' (supported: %s)", language, SUPPORTED);
    return CACHE.computeIfAbsent(language,
        lang -> new LanguageRules(lang, DataTable.resource("rules-" + lang + ".tsv")));
  }

  static ImmutableList<String> supported() {
    return SUPPORTED;
  }

  Pattern pattern(String key) {
    Pattern pattern = single.get(key);
    checkArgument(pattern != null, "no pattern '%s'", key);
    return pattern;
  }

  /**
   * Returns who {@code phrase} names as holder: the first holder rule that matches the whole lower-cased phrase
   * (after dropping a leading locative such as «в суде»), or empty when none does.
   */
  Optional<Holder> holder(String phrase) {
    String text = Wording.normalize(phrase);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<Holder> holder = matchHolder(text, phrase);
    if (holder.isPresent()) {
      return holder;
    }
    Matcher locative = pattern("holder-strip").matcher(text);
    if (locative.lookingAt() && locative.end() < text.length()) {
      String rest = text.substring(locative.end());
      return matchHolder(rest, rest);
    }
    return Optional.empty();
  }

  private Optional<Holder> matchHolder(String text, String verbatim) {
    for (HolderRule rule : holders) {
      if (rule.pattern().matcher(text).matches()) {
        return Optional.of(switch (rule.scope()) {
          case EVERYONE -> Holder.EVERYONE;
          case CITIZENS -> Holder.CITIZENS;
          case GROUP -> Holder.group(Wording.item(verbatim));
        });
      }
    }
    return Optional.empty();
  }

  private static <E extends Enum<E>> E enumCell(DataTable.Row row, int index, Class<E> type) {
    try {
      return Enum.valueOf(type, row.cell(index));
    } catch (IllegalArgumentException e) {
      throw row.error("'%s' is not one of %s", row.cell(index),
          java.util.Arrays.toString(type.getEnumConstants()).toUpperCase(Locale.ROOT));
    }
  }

  private static void requireGroups(DataTable.Row row, Pattern pattern, String... groups) {
    for (String group : groups) {
      if (!pattern.pattern().contains("(?<" + group + ">")) {
        throw row.error("the pattern needs a named group '%s'", group);
      }
    }
  }

  static boolean hasGroup(Pattern pattern, String group) {
    return pattern.pattern().contains("(?<" + group + ">");
  }
}
