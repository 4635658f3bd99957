package org.lexkit.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The input split into logical lines and classified: blank, text, heading label, note, or noise that is dropped
 * (page numbers and running headers). Parallel arrays rather than an object per line keep large inputs cheap.
 *
 * <p>Lines end at LF, CR LF or CR; a form feed (page break) also starts a new logical line, which keeps its physical
 * line's number so that warnings point where an editor would. Texts are stored trimmed; the column is that of the
 * first non-blank character.
 */
final class SourceLines {
  static final byte BLANK = 0;
  static final byte TEXT = 1;
  static final byte LABEL = 2;
  static final byte NOTE = 3;
  static final byte DROPPED = 4;

  /** Bare page numbers: "12", "- 12 -", "— 12 —", "12/40". The profile adds its words ("Page 12", "стр. 12"). */
  private static final Pattern BARE_PAGE_NUMBER =
      Pattern.compile("(?:[-–—]\\s*)?[0-9]{1,4}(?:\\s*[-–—])?|[0-9]{1,4}\\s*/\\s*[0-9]{1,4}");
  private static final Pattern FIRST_NUMBER = Pattern.compile("[0-9]{1,4}");
  /** Greatest step between consecutive page numbers of one sequence (a few pages may lack a number line). */
  private static final int MAX_PAGE_STEP = 3;
  /** Least distance in lines between page numbers of one sequence: a page has more than a couple of lines. */
  private static final int MIN_PAGE_LINES = 3;
  /** Running headers are short. */
  private static final int MAX_HEADER_LENGTH = 120;
  /** How near (in lines) to a page number or page break a running header stands. */
  private static final int HEADER_REACH = 2;

  final int count;
  final String[] text;
  final int[] lineNo;
  final int[] column;
  final boolean[] pageBreakBefore;
  final byte[] kind;
  final Level.LabelMatch[][] labels;

  private SourceLines(String[] text, int[] lineNo, int[] column, boolean[] pageBreakBefore, int count) {
    this.count = count;
    this.text = text;
    this.lineNo = lineNo;
    this.column = column;
    this.pageBreakBefore = pageBreakBefore;
    this.kind = new byte[count];
    this.labels = new Level.LabelMatch[count][];
  }

  /** Splits and classifies {@code input}; drops confident noise, adding a warning for each dropped line. */
  static SourceLines read(String input, HeadingProfile profile, List<TextWarning> warnings) {
    SourceLines lines = splitRunInNumbers(split(input));
    lines.classify(profile);
    lines.quoteRegions(warnings);
    lines.dropNoise(profile, warnings);
    return lines;
  }

  private static SourceLines split(String input) {
    int length = input.length();
    int capacity = 16;
    String[] text = new String[capacity];
    int[] lineNo = new int[capacity];
    int[] column = new int[capacity];
    boolean[] breaks = new boolean[capacity];
    int n = 0;
    int physical = 1;
    int physicalStart = 0;
    int start = 0;
    boolean pageBreak = false;
    // indexOf is vectorised; CR and form feed are rare, so their next positions are looked up only when passed.
    int nextLf = input.indexOf('\n');
    int nextCr = input.indexOf('\r');
    int nextFf = input.indexOf('\f');
    while (true) {
      int i = Math.min(Math.min(nextLf < 0 ? length : nextLf, nextCr < 0 ? length : nextCr),
          nextFf < 0 ? length : nextFf);
      char c = i < length ? input.charAt(i) : '\n';
      if (i == length && start == length && n > 0 && !pageBreak) {
        break; // the text ends with a line terminator: no empty last line
      }
      if (n == capacity) {
        capacity *= 2;
        text = Arrays.copyOf(text, capacity);
        lineNo = Arrays.copyOf(lineNo, capacity);
        column = Arrays.copyOf(column, capacity);
        breaks = Arrays.copyOf(breaks, capacity);
      }
      int s = start;
      int e = i;
      while (s < e && Character.isWhitespace(input.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(input.charAt(e - 1))) {
        e--;
      }
      text[n] = s == e ? "" : input.substring(s, e);
      lineNo[n] = physical;
      column[n] = s - physicalStart < 64 && isBmp(input, physicalStart, s)
          ? s - physicalStart + 1
          : input.codePointCount(physicalStart, s) + 1;
      breaks[n] = pageBreak;
      n++;
      if (i == length) {
        break;
      }
      pageBreak = c == '\f';
      int end = i;
      if (c == '\r' && i + 1 < length && input.charAt(i + 1) == '\n') {
        end = i + 1;
      }
      if (c != '\f') {
        physical++;
        physicalStart = end + 1;
      }
      start = end + 1;
      if (nextLf >= 0 && nextLf < start) {
        nextLf = input.indexOf('\n', start);
      }
      if (nextCr >= 0 && nextCr < start) {
        nextCr = input.indexOf('\r', start);
      }
      if (nextFf >= 0 && nextFf < start) {
        nextFf = input.indexOf('\f', start);
      }
    }
    return new SourceLines(text, lineNo, column, breaks, n);
  }

  /**
   * A number run into its first subdivision, as statutory instruments print a regulation and its first paragraph
   * ("2.—(1) These Regulations ..."): the number and the rest become two logical lines of the same physical line, so
   * that each reads as its own label.
   */
  private static final Pattern RUN_IN = Pattern.compile("([0-9]{1,3}[A-Z]{0,3}\\.\\s?[—–])\\s*(\\(\\S.*)");

  private static SourceLines splitRunInNumbers(SourceLines lines) {
    Matcher runIn = RUN_IN.matcher("");
    int extra = 0;
    for (int i = 0; i < lines.count; i++) {
      String line = lines.text[i];
      if (line.length() > 4 && line.charAt(0) <= '9' && line.charAt(0) >= '0' && runIn.reset(line).matches()) {
        extra++;
      }
    }
    if (extra == 0) {
      return lines;
    }
    int n = lines.count + extra;
    String[] text = new String[n];
    int[] lineNo = new int[n];
    int[] column = new int[n];
    boolean[] breaks = new boolean[n];
    int k = 0;
    for (int i = 0; i < lines.count; i++) {
      String line = lines.text[i];
      text[k] = line;
      lineNo[k] = lines.lineNo[i];
      column[k] = lines.column[i];
      breaks[k] = lines.pageBreakBefore[i];
      if (line.length() > 4 && line.charAt(0) <= '9' && line.charAt(0) >= '0' && runIn.reset(line).matches()) {
        text[k] = runIn.group(1);
        k++;
        text[k] = runIn.group(2);
        lineNo[k] = lines.lineNo[i];
        column[k] = lines.column[i] + line.codePointCount(0, runIn.start(2));
      }
      k++;
    }
    return new SourceLines(text, lineNo, column, breaks, n);
  }

  private static boolean isBmp(String input, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isSurrogate(input.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private void classify(HeadingProfile profile) {
    List<Level> levels = profile.levels();
    Level.LabelMatch[] found = new Level.LabelMatch[levels.size()];
    // One matcher per level for the whole text: creating a matcher per line and level costs more than matching.
    Matcher[] matchers = new Matcher[levels.size()];
    for (int l = 0; l < matchers.length; l++) {
      matchers[l] = levels.get(l).label().matcher("");
    }
    Pattern insertionPattern = profile.insertion();
    @Nullable Matcher insertion = insertionPattern == null ? null : insertionPattern.matcher("");
    for (int i = 0; i < count; i++) {
      String line = text[i];
      if (line.isEmpty()) {
        kind[i] = BLANK;
        continue;
      }
      // Most lines cannot start any label: their first character rules every level out without a regex.
      int candidates = profile.candidatesFor(line.charAt(0));
      if ((candidates & HeadingProfile.NOTE_BIT) != 0 && profile.isNote(line)) {
        kind[i] = NOTE;
        continue;
      }
      int matches = matchLabels(line, candidates, levels, matchers, found);
      if (matches == 0 && insertion != null && insertion.reset(line).lookingAt() && insertion.end() < line.length()) {
        matches = labelsAfterInsertion(line, insertion.end(), profile, matchers, found);
      }
      if (matches > 0) {
        kind[i] = LABEL;
        labels[i] = Arrays.copyOf(found, matches);
      } else {
        kind[i] = TEXT;
      }
    }
  }

  /**
   * Matches the labels after an editor's insertion marker at the line start ("((01. Chiunque ...", as Normattiva
   * marks amended text); the marker is kept at the start of the rest of the line, so no text is lost.
   */
  private static int labelsAfterInsertion(
      String line, int markerEnd, HeadingProfile profile, Matcher[] matchers, Level.LabelMatch[] found) {
    String marker = line.substring(0, markerEnd).strip();
    String remainder = line.substring(markerEnd).strip();
    if (remainder.isEmpty()) {
      return 0;
    }
    int matches = matchLabels(remainder, profile.candidatesFor(remainder.charAt(0)), profile.levels(), matchers,
        found);
    for (int k = 0; k < matches; k++) {
      Level.LabelMatch m = found[k];
      found[k] = new Level.LabelMatch(m.level(), m.num(), m.token(), m.suffix(),
          m.rest().isEmpty() ? marker : marker + " " + m.rest());
    }
    return matches;
  }

  /** Fills {@code found} with the matches of the candidate levels' labels on {@code line}; returns how many. */
  private static int matchLabels(
      String line, int candidates, List<Level> levels, Matcher[] matchers, Level.LabelMatch[] found) {
    int matches = 0;
    for (int l = 0; l < levels.size(); l++) {
      if ((candidates & (1 << l)) != 0) {
        Level.LabelMatch m = levels.get(l).match(line, matchers[l]);
        if (m != null) {
          found[matches++] = m;
        }
      }
    }
    return matches;
  }

  // ---------------------------------------------------------------- quoted text

  /** Opening quotation marks and the marks that close them: English “ ”, German „ “, French and Russian « ». */
  private static final String OPENING = "“„«";
  private static final String CLOSING = "”“»";
  /** A quotation longer than this many lines is taken to be a stray mark, not quoted text. */
  private static final int MAX_QUOTED_LINES = 2000;

  /**
   * Finds quoted text that spans lines — amending text inserted by the act ("After Part 5 insert— / “PART 5A / ...
   * 71K Designated activities / ...”.") — and makes its labels and notes plain text: the numbers inside are those of
   * the amended act, not of this one. A quotation starts at a line that begins with an opening mark it does not
   * close and ends at the line where the marks balance; one warning names its lines. A quotation that never closes
   * within {@value #MAX_QUOTED_LINES} lines is left alone.
   */
  private void quoteRegions(List<TextWarning> warnings) {
    for (int i = 0; i < count; i++) {
      String line = text[i];
      if (line.isEmpty() || OPENING.indexOf(line.charAt(0)) < 0) {
        continue;
      }
      char open = line.charAt(0);
      char close = CLOSING.charAt(OPENING.indexOf(open));
      int depth = depth(line, open, close, 0);
      if (depth <= 0) {
        continue;
      }
      int end = i + 1;
      while (end < count && end - i < MAX_QUOTED_LINES && depth > 0) {
        depth = depth(text[end], open, close, depth);
        end++;
      }
      if (depth > 0) {
        continue;
      }
      int demoted = 0;
      for (int k = i; k < end; k++) {
        if (kind[k] == LABEL || kind[k] == NOTE) {
          kind[k] = TEXT;
          labels[k] = null;
          demoted++;
        }
      }
      if (demoted > 0) {
        warnings.add(TextWarning.of(lineNo[i], column[i], "lines " + lineNo[i] + "-" + lineNo[end - 1]
            + " are quoted text; the " + demoted + " heading or note line(s) inside are kept as text"));
      }
      i = end - 1;
    }
  }

  private static int depth(String line, char open, char close, int depth) {
    for (int k = 0; k < line.length(); k++) {
      char c = line.charAt(k);
      if (c == open) {
        depth++;
      } else if (c == close) {
        depth--;
      }
    }
    return depth;
  }

  // ---------------------------------------------------------------- noise

  private void dropNoise(HeadingProfile profile, List<TextWarning> warnings) {
    boolean[] drop = new boolean[count];
    int[] pageValue = new int[count];
    Arrays.fill(pageValue, -1);
    Pattern words = profile.pageNumber();
    Matcher bare = BARE_PAGE_NUMBER.matcher("");
    @Nullable Matcher worded = words == null ? null : words.matcher("");
    for (int i = 0; i < count; i++) {
      String line = text[i];
      if (kind[i] == TEXT && line.length() <= 24 && hasDigit(line)) {
        boolean page = (onlyPageNumberCharacters(line) && bare.reset(line).matches())
            || (worded != null && (profile.candidatesFor(line.charAt(0)) & HeadingProfile.PAGE_BIT) != 0
                && worded.reset(line).matches());
        pageValue[i] = page ? firstNumber(line) : -1;
      }
    }
    markPageSequences(pageValue, drop);
    for (int i = 0; i < count; i++) {
      if (pageValue[i] >= 0 && !drop[i]) {
        warnings.add(TextWarning.of(lineNo[i], column[i], "'" + text[i]
            + "' looks like a page number but is not part of a sequence of page numbers; kept as text"));
      }
    }
    markRunningHeaders(drop, warnings);
    for (int i = 0; i < count; i++) {
      if (drop[i]) {
        kind[i] = DROPPED;
        String what = pageValue[i] >= 0 ? "page number" : "running header";
        warnings.add(TextWarning.dropped(lineNo[i], column[i],
            "dropped " + what + " '" + text[i] + "'", text[i]));
      }
    }
  }

  private static boolean hasDigit(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  private static boolean onlyPageNumberCharacters(String line) {
    for (int i = 0; i < line.length(); i++) {
      if ("0123456789-–—/ ".indexOf(line.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  private static int firstNumber(String line) {
    Matcher number = FIRST_NUMBER.matcher(line);
    return number.find() ? Integer.parseInt(number.group()) : -1;
  }

  /**
   * Marks page-number lines that form a sequence: increasing by 1 to {@value #MAX_PAGE_STEP}, at least
   * {@value #MIN_PAGE_LINES} lines apart. A lone number-only line is dropped only right after a page break (form
   * feed); otherwise it may be a table cell or a number split off a heading, and is kept.
   */
  private void markPageSequences(int[] pageValue, boolean[] drop) {
    int chainStart = -1;
    int chainLength = 0;
    int last = -1;
    int[] members = new int[count];
    for (int i = 0; i < count; i++) {
      if (pageValue[i] < 0) {
        continue;
      }
      boolean extends_ = last >= 0
          && pageValue[i] > pageValue[last]
          && pageValue[i] <= pageValue[last] + MAX_PAGE_STEP
          && i - last >= MIN_PAGE_LINES;
      if (!extends_) {
        commitChain(members, chainStart, chainLength, drop);
        chainStart = i;
        chainLength = 0;
      }
      members[chainStart + chainLength] = i;
      chainLength++;
      last = i;
      if (pageBreakBefore[i] || (i + 1 < count && pageBreakBefore[i + 1])) {
        drop[i] = true;
      }
    }
    commitChain(members, chainStart, chainLength, drop);
  }

  private static void commitChain(int[] members, int chainStart, int chainLength, boolean[] drop) {
    if (chainLength >= 2) {
      for (int k = 0; k < chainLength; k++) {
        drop[members[chainStart + k]] = true;
      }
    }
  }

  /**
   * Marks running headers and footers: short text lines that do not end a sentence and recur at least three times
   * (the same line, or the same but for its digits, as "L 257/215 ... 28.8.2014" with a changing page number),
   * either mostly next to a dropped page number or a page break, or at page-like intervals (every gap at least
   * {@value #MIN_PAGE_GAP} lines and none more than {@value #MAX_GAP_RATIO} times the median gap), and later
   * repetitions of the title line. Other lines that repeat as often are kept, with one warning each.
   */
  private void markRunningHeaders(boolean[] drop, List<TextWarning> warnings) {
    int title = -1;
    for (int i = 0; i < count && title < 0; i++) {
      if (kind[i] != BLANK && !drop[i]) {
        title = kind[i] == TEXT ? i : count;
      }
    }
    String titleKey = title >= 0 && title < count ? headerKey(text[title]) : null;
    Map<String, Occurrences> seen = new HashMap<>();
    for (int i = 0; i < count; i++) {
      // Headers are titles, not sentences: lines that end a sentence (most of a legal text) are not counted.
      if (kind[i] == TEXT && !drop[i] && text[i].length() <= MAX_HEADER_LENGTH && !TextRules.endsSentence(text[i])
          && hasLetterOrDigit(text[i])) {
        Occurrences o = seen.computeIfAbsent(headerKey(text[i]), k -> new Occurrences());
        o.add(i);
        if (nearPageBoundary(i, drop)) {
          o.nearBoundary++;
        }
      }
    }
    Set<String> headers = new HashSet<>();
    for (Map.Entry<String, Occurrences> entry : seen.entrySet()) {
      Occurrences o = entry.getValue();
      if (o.size < 3) {
        continue;
      }
      boolean repeatsTitle = entry.getKey().equals(titleKey);
      if (repeatsTitle || o.nearBoundary * 3 >= o.size * 2 || o.atPageIntervals()) {
        headers.add(entry.getKey());
      } else {
        int first = o.at[0];
        warnings.add(TextWarning.of(lineNo[first], column[first], "'" + text[first] + "' occurs " + o.size
            + " times; it may be a running header, but it is neither next to page numbers nor at page-like"
            + " intervals, so it is kept as text"));
      }
    }
    if (!headers.isEmpty()) {
      for (int i = 0; i < count; i++) {
        if (i != title && kind[i] == TEXT && text[i].length() <= MAX_HEADER_LENGTH && headers.contains(headerKey(text[i]))) {
          drop[i] = true;
        }
      }
    }
  }

  /** Least gap in lines between two repetitions of a running header: a page holds more than this. */
  private static final int MIN_PAGE_GAP = 8;
  /** Greatest gap between repetitions of a running header, as a multiple of their median gap. */
  private static final int MAX_GAP_RATIO = 3;

  /** A line's key for repetition: its digits are all the same, so that a header with a page or issue number matches. */
  private static String headerKey(String line) {
    StringBuilder key = null;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c >= '1' && c <= '9') {
        if (key == null) {
          key = new StringBuilder(line);
        }
        key.setCharAt(i, '0');
      }
    }
    return key == null ? line : key.toString();
  }

  private static boolean hasLetterOrDigit(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (Character.isLetterOrDigit(line.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Where one line recurs. */
  private static final class Occurrences {
    int[] at = new int[4];
    int size;
    int nearBoundary;

    void add(int i) {
      if (size == at.length) {
        at = Arrays.copyOf(at, size * 2);
      }
      at[size++] = i;
    }

    /** Whether the repetitions are spread like pages: no gap short, none far longer than the usual one. */
    boolean atPageIntervals() {
      int[] gaps = new int[size - 1];
      for (int k = 1; k < size; k++) {
        gaps[k - 1] = at[k] - at[k - 1];
      }
      Arrays.sort(gaps);
      int median = gaps[gaps.length / 2];
      return gaps[0] >= MIN_PAGE_GAP && gaps[gaps.length - 1] <= MAX_GAP_RATIO * median
          && gaps[0] * MAX_GAP_RATIO >= median;
    }
  }

  /** Whether a line stands within {@value #HEADER_REACH} lines of a dropped line or a page break. */
  private boolean nearPageBoundary(int i, boolean[] drop) {
    for (int j = Math.max(0, i - HEADER_REACH); j <= Math.min(count - 1, i + HEADER_REACH); j++) {
      if ((j != i && drop[j]) || pageBreakBefore[j]) {
        return true;
      }
    }
    return false;
  }
}
