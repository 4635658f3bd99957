package org.lexkit.text;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;
import org.lexkit.core.provision.ProvisionKind;

/**
 * How the legal texts of one language mark their structure: the heading keywords and numbering of each level of the
 * hierarchy (section, chapter, article, paragraph, point, ...), the amendment-note marker, how repealed provisions
 * read, and how notes name amending acts.
 *
 * <p>A profile is data, not code: a short declarative text (see the built-in
 * {@code org/lexkit/text/profiles/russian.profile} for the format), so adding a language means writing one such
 * file and passing it to {@link #parse}. Three profiles are built in: {@link #ENGLISH}, {@link #RUSSIAN} and
 * {@link #KAZAKH}; {@link #detect} picks one for a text.
 *
 * <pre>{@code
 * HeadingProfile profile = HeadingProfile.detect(text);              // RUSSIAN for "Статья 1 ..."
 * HeadingProfile mine = HeadingProfile.parse(Files.readString(Path.of("ukrainian.profile")));
 * }</pre>
 *
 * <p>Invariants: at least one level; level kinds are not {@code BODY}; every regular expression compiles; the
 * reference pattern, when present, has groups {@code d}, {@code m} and {@code y}. Two profiles are equal when their
 * definitions are.
 *
 * <p>Immutable and thread-safe.
 */
public final class HeadingProfile {
  private static final Splitter WORDS = Splitter.on(Pattern.compile("\\s+")).omitEmptyStrings().limit(2);
  private static final Pattern ACT = Pattern.compile("(.+?)\\s+=>\\s+(.+)");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(act|dd|mm|yyyy|no)}");
  private static final ImmutableList<String> ROMAN_SAMPLES = ImmutableList.of("(ii)", "ii)", "ii.", "(iv)", "iv)");
  /** Bit of {@link #candidatesFor} that says a line may be a note; bits 0-27 are the levels. */
  static final int NOTE_BIT = 1 << 28;
  /** Bit of {@link #candidatesFor} that says a text may start like a repeal ("Исключен ..."). */
  static final int REPEALED_BIT = 1 << 29;
  /** Bit of {@link #candidatesFor} that says a line may be a worded page number ("Page 3", "стр. 3"). */
  static final int PAGE_BIT = 1 << 30;
  private static final int COMPUTED_BIT = 1 << 31;
  private static final int MAX_LEVELS = 28;
  /** First characters below this are cached (Latin, Cyrillic, general punctuation); others are computed each time. */
  private static final int CACHED_CHARS = 0x2100;

  /** English statutes and constitutions: Part, Chapter, Section, Article, "1.", "(1)", "(a)", "(i)", Schedule. */
  public static final HeadingProfile ENGLISH = builtIn("english");
  /** Russian official texts: Раздел, Глава, Статья, "1.", "1)", "а)", «Сноска.» amendment notes. */
  public static final HeadingProfile RUSSIAN = builtIn("russian");
  /** Kazakh official texts: "I бөлім", "1-тарау", "1-бап", "1.", "1)", «Ескерту.» notes. */
  public static final HeadingProfile KAZAKH = builtIn("kazakh");
  /** German: Buch, Teil, Abschnitt ("Erster Abschnitt", "IV a."), "§ 1", "Art 12a", "(1)", "1.", "a)". */
  public static final HeadingProfile GERMAN = builtIn("german");
  /** French: Livre, Titre, Chapitre, Section ("Titre Ier bis"), "Article 1er", "Article 16-1-1", "1°". */
  public static final HeadingProfile FRENCH = builtIn("french");
  /** Italian: Libro, Titolo, Capo, Sezione, "Art. 3-bis.", commi "1-bis.", lettere "a)", AGGIORNAMENTO notes. */
  public static final HeadingProfile ITALIAN = builtIn("italian");
  /** Spanish: TÍTULO, CAPÍTULO PRIMERO, Sección 1.ª, "Artículo 1.", "1.", "a)", disposiciones. */
  public static final HeadingProfile SPANISH = builtIn("spanish");
  /** Portuguese: TÍTULO, CAPÍTULO, Seção, "Art. 5º", "§ 1º", "Parágrafo único", incisos "I -", "a)". */
  public static final HeadingProfile PORTUGUESE = builtIn("portuguese");
  /** Polish: Rozdział, Dział, "Art. 4.", ustępy "1.", punkty "1)", litery "a)". */
  public static final HeadingProfile POLISH = builtIn("polish");
  /** Ukrainian: Розділ, Глава, "Стаття 148-1.", "1.", "1)", "а)", notes in braces. */
  public static final HeadingProfile UKRAINIAN = builtIn("ukrainian");
  /** Greek: ΜΕΡΟΣ, ΚΕΦΑΛΑΙΟ Α΄, "Άρθρο 1", "1.", "α)". */
  public static final HeadingProfile GREEK = builtIn("greek");
  /** Dutch: Boek, Hoofdstuk, Afdeling, "Artikel 1a", "Artikel 3:15", leden "1.", "a.". */
  public static final HeadingProfile DUTCH = builtIn("dutch");
  /** Welsh: RHAN, PENNOD, sections "1 Trosolwg", "(1)", "(a)", ATODLEN. */
  public static final HeadingProfile WELSH = builtIn("welsh");

  private static final ImmutableList<HeadingProfile> BUILT_IN = ImmutableList.of(RUSSIAN, KAZAKH, ENGLISH, GERMAN,
      FRENCH, ITALIAN, SPANISH, PORTUGUESE, POLISH, UKRAINIAN, GREEK, DUTCH, WELSH);

  private final String definition;
  private final String name;
  private final String language;
  private final ImmutableList<Level> levels;
  private final @Nullable Pattern note;
  private final int noteRank;
  private final @Nullable Pattern repealed;
  private final @Nullable Pattern repealedNote;
  private final @Nullable Pattern preamble;
  private final @Nullable Pattern pageNumber;
  private final @Nullable Pattern insertion;
  private final ImmutableList<ActName> acts;
  private final @Nullable String defaultAct;
  private final @Nullable Pattern reference;
  private final String sourceTemplate;
  private final ImmutableMap<String, Integer> ordinals;
  private final ImmutableSet<String> words;
  private final @Nullable ProvisionKind eitherOuter;
  private final @Nullable ProvisionKind eitherInner;
  /** The profile with the either-order levels the other way round; computed on first use. */
  private volatile @Nullable HeadingProfile swapped;
  private final @Nullable Pattern actNames;
  private final boolean referenceHasNumber;
  /** Lazily filled: which levels a line starting with a given character may open. Races only recompute. */
  private final int[] firstCharacters = new int[CACHED_CHARS];

  private HeadingProfile(String definition, Builder b) {
    this.definition = definition;
    this.name = b.name;
    this.language = b.language;
    this.levels = ImmutableList.copyOf(b.levels);
    this.note = b.note;
    this.noteRank = b.noteRank;
    this.repealed = b.repealed;
    this.repealedNote = b.repealedNote;
    this.preamble = b.preamble;
    this.pageNumber = b.pageNumber;
    this.insertion = b.insertion;
    this.acts = ImmutableList.copyOf(b.acts);
    this.defaultAct = b.defaultAct;
    this.reference = b.reference;
    this.sourceTemplate = b.source;
    this.ordinals = ImmutableMap.copyOf(b.ordinals);
    this.words = ImmutableSet.copyOf(b.words);
    this.eitherOuter = b.eitherOuter;
    this.eitherInner = b.eitherInner;
    this.actNames = actNames(acts);
    this.referenceHasNumber = reference != null && reference.pattern().contains("(?<no>");
  }

  private static int rankOf(List<Level> levels, @Nullable ProvisionKind kind) {
    for (Level level : levels) {
      if (level.kind() == kind) {
        return level.rank();
      }
    }
    return -1;
  }

  /**
   * Returns the profile whose levels nest the way {@code text} uses them: for a profile with an {@code eitherorder}
   * pair (English "Section" and "Article": the Kazakh constitution's sections hold articles, the United States'
   * articles hold sections), the level whose heading comes first in the text is the outer one. Otherwise, or when
   * the text uses them in the declared order, this profile.
   */
  HeadingProfile orderedFor(CharSequence text) {
    if (eitherOuter == null) {
      return this;
    }
    Level outer = levels.get(rankOf(levels, eitherOuter));
    Level inner = levels.get(outer.rank() + 1);
    Matcher outerMatcher = outer.label().matcher("");
    Matcher innerMatcher = inner.label().matcher("");
    int start = 0;
    int length = text.length();
    while (start < length) {
      int end = start;
      while (end < length && text.charAt(end) != '\n') {
        end++;
      }
      String line = text.subSequence(start, end).toString().strip();
      start = end + 1;
      if (line.isEmpty()) {
        continue;
      }
      int candidates = candidatesFor(line.charAt(0));
      if ((candidates & (1 << outer.rank())) != 0 && isKeyword(outer.match(line, outerMatcher))) {
        return this;
      }
      if ((candidates & (1 << inner.rank())) != 0 && isKeyword(inner.match(line, innerMatcher))) {
        return swapped();
      }
    }
    return this;
  }

  private static boolean isKeyword(Level.@Nullable LabelMatch match) {
    return match != null && hasKeyword(match.num());
  }

  private HeadingProfile swapped() {
    HeadingProfile result = swapped;
    if (result == null) {
      String[] lines = definition.split("\n", -1);
      int outerLine = -1;
      int innerLine = -1;
      for (int i = 0; i < lines.length; i++) {
        List<String> words = Splitter.on(Pattern.compile("\\s+")).omitEmptyStrings().limit(3).splitToList(lines[i]);
        if (words.size() == 3 && words.get(0).equals("level")) {
          ProvisionKind kind = Builder.kind(words.get(1));
          outerLine = kind == eitherOuter && outerLine < 0 ? i : outerLine;
          innerLine = kind == eitherInner && innerLine < 0 ? i : innerLine;
        }
      }
      String outer = lines[outerLine];
      lines[outerLine] = lines[innerLine];
      lines[innerLine] = outer;
      result = parse(String.join("\n", lines).replaceFirst("(?m)^eitherorder\\s+(\\S+)\\s+(\\S+)",
          "eitherorder $2 $1"));
      swapped = result;
    }
    return result;
  }

  /** All act-name patterns as one alternation with groups a0, a1, ..., so that a note is scanned once. */
  private static @Nullable Pattern actNames(List<ActName> acts) {
    if (acts.isEmpty()) {
      return null;
    }
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < acts.size(); i++) {
      regex.append(i == 0 ? "" : "|").append("(?<a").append(i).append('>').append(acts.get(i).pattern().pattern())
          .append(')');
    }
    return Pattern.compile(regex.toString());
  }

  /**
   * Parses a profile definition.
   *
   * @param definition the profile text, in the format of the built-in profiles
   * @return the profile
   * @throws IllegalArgumentException if a line is malformed; the message gives its line number and quotes it
   */
  public static HeadingProfile parse(String definition) {
    checkNotNull(definition, "definition");
    Builder b = new Builder();
    int lineNo = 0;
    for (String raw : definition.split("\r?\n", -1)) {
      lineNo++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      List<String> parts = WORDS.splitToList(line);
      String directive = parts.get(0);
      String value = parts.size() > 1 ? parts.get(1).strip() : "";
      try {
        checkArgument(!value.isEmpty(), "'%s' needs a value", directive);
        b.accept(directive, value);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "profile line " + lineNo + ": " + e.getMessage() + " (in '" + line + "')", e);
      }
    }
    checkArgument(!b.name.isEmpty(), "a profile needs a 'name' line");
    checkArgument(b.language.matches("[a-z]{3}"),
        "profile %s needs a 'language' line with an ISO 639-2 code such as rus, not '%s'", b.name, b.language);
    checkArgument(!b.levels.isEmpty(), "profile %s declares no 'level' lines", b.name);
    checkArgument(b.levels.size() <= MAX_LEVELS, "profile %s declares more than %s levels", b.name, MAX_LEVELS);
    if (b.eitherOuter != null) {
      int outer = rankOf(b.levels, b.eitherOuter);
      int inner = rankOf(b.levels, b.eitherInner);
      checkArgument(outer >= 0 && inner == outer + 1, "profile %s: eitherorder %s %s names two adjacent levels, the"
          + " outer first", b.name, b.eitherOuter, b.eitherInner);
    }
    if (b.noteLevel != null) {
      b.noteRank = -1;
      for (Level level : b.levels) {
        if (level.kind() == b.noteLevel) {
          b.noteRank = level.rank();
          break;
        }
      }
      checkArgument(b.noteRank >= 0, "profile %s: notelevel %s is not one of its levels", b.name, b.noteLevel);
    } else {
      b.noteRank = b.levels.size() - 1;
    }
    return new HeadingProfile(definition, b);
  }

  /**
   * Returns the built-in profile that best fits {@code text}: the one whose headings and note markers occur on the
   * most lines, or, when none occurs, the one whose script dominates (Kazakh letters, else Cyrillic, else English).
   *
   * @param text any text
   * @return one of {@link #builtIns()}
   */
  public static HeadingProfile detect(CharSequence text) {
    return detectWithReason(text).profile();
  }

  /**
   * Returns the built-in profiles.
   *
   * @return Russian, Kazakh and English, in the order {@link #detect} prefers them on a tie
   */
  public static ImmutableList<HeadingProfile> builtIns() {
    return BUILT_IN;
  }

  /**
   * Returns the profile's name.
   *
   * @return its {@code name} line, e.g. {@code russian}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the language the profile reads; converted documents get it as their expression's language.
   *
   * @return an ISO 639-2 code, e.g. {@code rus}
   */
  public String language() {
    return language;
  }

  /**
   * Returns the profile's definition.
   *
   * @return the text from which {@link #parse} rebuilds an equal profile
   */
  public String definition() {
    return definition;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof HeadingProfile && ((HeadingProfile) other).definition.equals(definition);
  }

  @Override
  public int hashCode() {
    return definition.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }

  // ---------------------------------------------------------------- package-private views for the converter

  ImmutableList<Level> levels() {
    return levels;
  }

  /** Returns the position an ordinal word names ("erster" is 1, "primera" is 1), or -1; {@code token} is lower case. */
  int ordinalWord(String token) {
    Integer position = ordinals.get(token);
    return position == null ? -1 : position;
  }

  boolean isNote(String line) {
    return note != null && note.matcher(line).lookingAt();
  }

  int noteRank() {
    return noteRank;
  }

  boolean isRepealedText(String text) {
    return repealed != null && !text.isEmpty() && (candidatesFor(text.charAt(0)) & REPEALED_BIT) != 0
        && repealed.matcher(text).lookingAt();
  }

  boolean isRepealedNote(String text) {
    return repealedNote != null && repealedNote.matcher(text).find();
  }

  boolean isPreambleStart(String line) {
    return preamble != null && preamble.matcher(line).lookingAt();
  }

  @Nullable Pattern pageNumber() {
    return pageNumber;
  }

  /** Returns the editor's insertion marker that may stand before a label ("((" in Normattiva), or null. */
  @Nullable Pattern insertion() {
    return insertion;
  }

  ImmutableList<ActName> acts() {
    return acts;
  }

  /** Returns the act-name patterns combined (group {@code a<i>} for act i), or null when there are none. */
  @Nullable Pattern actNames() {
    return actNames;
  }

  boolean referenceHasNumber() {
    return referenceHasNumber;
  }

  /**
   * Returns a bit set of what a line starting with {@code first} may be: bit i for level i, {@link #NOTE_BIT} for a
   * note, {@link #REPEALED_BIT} for a repeal, {@link #PAGE_BIT} for a worded page number. A level is ruled out when its pattern fails on {@code first} without needing more input
   * ({@link Matcher#hitEnd()}), so the set never misses a level that could match.
   */
  int candidatesFor(char first) {
    if (first < CACHED_CHARS) {
      int cached = firstCharacters[first];
      if (cached != 0) {
        return cached;
      }
      cached = computeCandidates(first) | COMPUTED_BIT;
      firstCharacters[first] = cached;
      return cached;
    }
    return computeCandidates(first);
  }

  private int computeCandidates(char first) {
    String probe = String.valueOf(first);
    int mask = 0;
    for (Level level : levels) {
      if (mayStart(level.label(), probe)) {
        mask |= 1 << level.rank();
      }
    }
    if (note != null && mayStart(note, probe)) {
      mask |= NOTE_BIT;
    }
    if (repealed != null && mayStart(repealed, probe)) {
      mask |= REPEALED_BIT;
    }
    if (pageNumber != null && mayStart(pageNumber, probe)) {
      mask |= PAGE_BIT;
    }
    return mask;
  }

  private static boolean mayStart(Pattern pattern, String probe) {
    Matcher m = pattern.matcher(probe);
    return m.lookingAt() || m.hitEnd();
  }

  Optional<String> defaultAct() {
    return Optional.ofNullable(defaultAct);
  }

  @Nullable Pattern reference() {
    return reference;
  }

  /**
   * Fills the source template: {@code {act} от {dd}.{mm}.{yyyy}[ № {no}]}; a bracketed part appears only when all
   * its placeholders have values.
   */
  String source(String act, int day, int month, int year, @Nullable String no) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < sourceTemplate.length()) {
      int open = sourceTemplate.indexOf('[', i);
      if (open < 0) {
        out.append(fill(sourceTemplate.substring(i), act, day, month, year, no));
        break;
      }
      int close = sourceTemplate.indexOf(']', open);
      out.append(fill(sourceTemplate.substring(i, open), act, day, month, year, no));
      String optional = sourceTemplate.substring(open + 1, close);
      String filled = fill(optional, act, day, month, year, no);
      if (filled != null) {
        out.append(filled);
      }
      i = close + 1;
    }
    return out.toString().strip();
  }

  private static @Nullable String fill(String template, String act, int day, int month, int year, @Nullable String no) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = switch (m.group(1)) {
        case "act" -> act;
        case "dd" -> twoDigits(day);
        case "mm" -> twoDigits(month);
        case "yyyy" -> Integer.toString(year);
        default -> no;
      };
      if (value == null) {
        return null;
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String twoDigits(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }

  /** Characters of the text sampled for its words: enough to tell languages apart, cheap on large inputs. */
  private static final int WORD_SAMPLE = 1 << 16;
  /** Characters of the text sampled for heading lines. */
  private static final int LINE_SAMPLE = 1 << 20;
  /** Characters sampled to check a given profile against the others: a cheap check on every conversion. */
  private static final int FIT_SAMPLE = 1 << 14;
  /** A heading line says more about the profile than a common word does. */
  private static final int HEADING_WEIGHT = 5;

  static Detection detectWithReason(CharSequence text) {
    checkNotNull(text, "text");
    List<Fit> fits = fits(text, BUILT_IN, LINE_SAMPLE);
    Fit best = fits.get(0);
    for (Fit fit : fits) {
      if (fit.score() > best.score()) {
        best = fit;
      }
    }
    if (best.score() > 0) {
      return new Detection(best.profile(), "detected heading profile '" + best.profile().name + "' ("
          + best.headingLines() + " heading or note lines match it, " + best.wordHits()
          + " of its common words occur)");
    }
    HeadingProfile byScript = byScript(text);
    return new Detection(byScript, "no headings or words of any built-in profile recognised; chose heading profile '"
        + byScript.name + "' from the script of the text");
  }

  private static HeadingProfile byScript(CharSequence text) {
    int cyrillic = 0;
    int kazakh = 0;
    int greek = 0;
    int latin = 0;
    for (int i = 0, n = Math.min(text.length(), WORD_SAMPLE); i < n; i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        continue;
      }
      Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
      if (block == Character.UnicodeBlock.CYRILLIC) {
        cyrillic++;
        kazakh += "әғқңөұүһіӘҒҚҢӨҰҮҺІ".indexOf(c) >= 0 ? 1 : 0;
      } else if (block == Character.UnicodeBlock.GREEK) {
        greek++;
      } else {
        latin++;
      }
    }
    if (cyrillic > latin && cyrillic > greek) {
      return kazakh * 50 > cyrillic ? KAZAKH : RUSSIAN;
    }
    return greek > latin ? GREEK : ENGLISH;
  }

  /**
   * How well each of {@code profiles} fits {@code text}: the lines that are its headings or notes (keyword lines,
   * not bare numbers, which every language shares), and how many of the first words are its common words.
   */
  static List<Fit> fits(CharSequence text, List<HeadingProfile> profiles, int lineSample) {
    int[] headings = new int[profiles.size()];
    int[] words = new int[profiles.size()];
    int length = text.length();
    int limit = Math.min(length, lineSample);
    int lineStart = 0;
    int lines = 0;
    for (int i = 0; i <= limit && lines < 20_000; i++) {
      if (i == limit || text.charAt(i) == '\n') {
        String line = text.subSequence(lineStart, i).toString().strip();
        lineStart = i + 1;
        lines++;
        if (!line.isEmpty()) {
          for (int p = 0; p < profiles.size(); p++) {
            if (profiles.get(p).isKeywordLine(line)) {
              headings[p]++;
            }
          }
        }
      }
    }
    int wordLimit = Math.min(length, WORD_SAMPLE);
    int start = -1;
    for (int i = 0; i <= wordLimit; i++) {
      boolean letter = i < wordLimit && Character.isLetter(text.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        String word = text.subSequence(start, i).toString().toLowerCase(Locale.ROOT);
        start = -1;
        for (int p = 0; p < profiles.size(); p++) {
          if (profiles.get(p).words.contains(word)) {
            words[p]++;
          }
        }
      }
    }
    List<Fit> fits = new ArrayList<>(profiles.size());
    for (int p = 0; p < profiles.size(); p++) {
      fits.add(new Fit(profiles.get(p), headings[p], words[p]));
    }
    return fits;
  }

  /**
   * Returns a sentence saying that a built-in profile fits {@code text} clearly better than {@code chosen} (over
   * twice its score, on a sample of the text), or null when none does.
   */
  static @Nullable String betterFit(CharSequence text, HeadingProfile chosen) {
    List<HeadingProfile> profiles = new ArrayList<>(BUILT_IN);
    if (!profiles.contains(chosen)) {
      profiles.add(chosen);
    }
    List<Fit> fits = fits(text.subSequence(0, Math.min(text.length(), FIT_SAMPLE)), profiles, FIT_SAMPLE);
    Fit mine = fits.get(profiles.indexOf(chosen));
    Fit best = mine;
    for (Fit fit : fits) {
      if (fit.score() > best.score()) {
        best = fit;
      }
    }
    if (best == mine || best.score() <= 2 * mine.score()) {
      return null;
    }
    return "the text fits heading profile '" + best.profile().name + "' (language " + best.profile().language
        + ": " + best.headingLines() + " heading lines, " + best.wordHits() + " common words in the first "
        + FIT_SAMPLE / 1024 + " KB) better than the chosen '" + chosen.name + "' (" + mine.headingLines()
        + " heading lines, " + mine.wordHits() + " common words)";
  }

  /**
   * How well a profile fits a text.
   *
   * @param profile the profile
   * @param headingLines lines of the sample that are its headings or notes
   * @param wordHits words of the sample that are its common words
   */
  record Fit(HeadingProfile profile, int headingLines, int wordHits) {
    int score() {
      return HEADING_WEIGHT * headingLines + wordHits;
    }
  }

  /** Whether a line is a keyword heading (not a bare number, which every language shares) or a note. */
  private boolean isKeywordLine(String line) {
    int candidates = candidatesFor(line.charAt(0));
    if ((candidates & NOTE_BIT) != 0 && isNote(line)) {
      return true;
    }
    for (Level level : levels) {
      if ((candidates & (1 << level.rank())) == 0 || level.role() != Level.Role.HEADING) {
        continue;
      }
      Level.LabelMatch match = level.match(line);
      if (match != null && hasKeyword(match.num())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a label has more than a number: a keyword or sign ("Art", "§", "бап"), not just "12" or "(3)". */
  private static boolean hasKeyword(String label) {
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (!Character.isDigit(c) && !Character.isWhitespace(c) && ".,:;()[]-–—".indexOf(c) < 0) {
        return true;
      }
    }
    return false;
  }

  /** A detected profile and a sentence saying why. */
  record Detection(HeadingProfile profile, String reason) {}

  /** A pattern naming an amending act in a note, and the act's canonical name for sources. */
  record ActName(Pattern pattern, String canonical) {}

  private static HeadingProfile builtIn(String name) {
    URL url = HeadingProfile.class.getResource("profiles/" + name + ".profile");
    checkArgument(url != null, "built-in profile %s is missing from the jar", name);
    try {
      return parse(Resources.toString(url, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read built-in profile " + name, e);
    }
  }

  private static final class Builder {
    String name = "";
    String language = "";
    final List<Level> levels = new ArrayList<>();
    @Nullable Pattern note;
    @Nullable ProvisionKind noteLevel;
    int noteRank;
    @Nullable Pattern repealed;
    @Nullable Pattern repealedNote;
    @Nullable Pattern preamble;
    @Nullable Pattern pageNumber;
    @Nullable Pattern insertion;
    final List<ActName> acts = new ArrayList<>();
    @Nullable String defaultAct;
    @Nullable Pattern reference;
    String source = "{act} {dd}.{mm}.{yyyy}[ {no}]";
    final Map<String, Integer> ordinals = new HashMap<>();
    final Set<String> words = new HashSet<>();
    @Nullable ProvisionKind eitherOuter;
    @Nullable ProvisionKind eitherInner;

    void accept(String directive, String value) {
      switch (directive) {
        case "name" -> name = value;
        case "language" -> language = value;
        case "level" -> levels.add(level(value));
        case "note" -> note = compile(value);
        case "notelevel" -> noteLevel = kind(value);
        case "repealed" -> repealed = compile(value);
        case "repealednote" -> repealedNote = compile(value);
        case "preamble" -> preamble = compile(value);
        case "pagenumber" -> pageNumber = compile(value);
        case "insertion" -> insertion = compile(value);
        case "act" -> {
          Matcher m = ACT.matcher(value);
          checkArgument(m.matches(), "an act line reads '<regex> => <name>'");
          acts.add(new ActName(compile(m.group(1).strip()), m.group(2).strip()));
        }
        case "defaultact" -> defaultAct = value;
        case "reference" -> {
          reference = compile(value);
          checkArgument(value.contains("(?<d>") && value.contains("(?<m>") && value.contains("(?<y>"),
              "the reference pattern needs groups named d, m and y");
        }
        case "source" -> source = value;
        case "ordinals" -> {
          int position = 0;
          for (String word : Splitter.on(Pattern.compile("\\s+")).split(value)) {
            position++;
            if (!word.equals("-")) {
              ordinals.putIfAbsent(word.toLowerCase(Locale.ROOT), position);
            }
          }
        }
        case "eitherorder" -> {
          List<String> kinds = Splitter.on(Pattern.compile("\\s+")).splitToList(value);
          checkArgument(kinds.size() == 2, "an eitherorder line names two level kinds: 'eitherorder SECTION ARTICLE'");
          eitherOuter = kind(kinds.get(0));
          eitherInner = kind(kinds.get(1));
        }
        case "words" -> {
          for (String word : Splitter.on(Pattern.compile("\\s+")).split(value)) {
            words.add(word.toLowerCase(Locale.ROOT));
          }
        }
        default -> throw new IllegalArgumentException("unknown directive '" + directive + "'");
      }
    }

    private Level level(String value) {
      List<String> parts = Splitter.on(Pattern.compile("\\s+")).limit(4).splitToList(value);
      checkArgument(parts.size() == 4, "a level line reads 'level <KIND> <role> <heading> <label regex>'");
      ProvisionKind kind = kind(parts.get(0));
      checkArgument(kind != ProvisionKind.BODY, "BODY is the root, not a level");
      Level.Role role = enumValue(Level.Role.class, parts.get(1), "role");
      Level.HeadingPolicy policy = parts.get(2).equals("-")
          ? Level.HeadingPolicy.SAME
          : enumValue(Level.HeadingPolicy.class, parts.get(2), "heading policy");
      String regex = parts.get(3).strip();
      Pattern label = compile("(?:" + regex + ")(?=\\s|$)");
      boolean roman = false;
      for (String sample : ROMAN_SAMPLES) {
        roman |= label.matcher(sample).matches();
      }
      return new Level(levels.size(), kind, role, policy, label, roman, regex.contains("(?<num>"), regex);
    }

    private static ProvisionKind kind(String value) {
      return enumValue(ProvisionKind.class, value, "provision kind");
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String what) {
      try {
        return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("'" + value + "' is not a " + what, e);
      }
    }

    private static Pattern compile(String regex) {
      try {
        return Pattern.compile(regex);
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException("bad regular expression: " + e.getDescription() + " near index "
            + e.getIndex(), e);
      }
    }
  }
}
