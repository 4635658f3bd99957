package org.lexkit.text;

import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lexkit.core.provision.Note;
import org.lexkit.core.provision.Num;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.ProvisionKind;
import org.lexkit.core.provision.ProvisionStatus;
import org.lexkit.core.provision.Text;

/**
 * Builds the provision tree from classified lines in one pass, keeping a stack of open provisions.
 *
 * <p>The rules, in the order the code applies them:
 * <ul>
 *   <li>Lines before the first heading label are front matter: the first is the title, the rest the preamble.
 *   <li>A label of level L closes every open provision of level L or deeper and opens a child of what remains.
 *       When a line matches several levels ("(i)": letter or Roman?), the one whose numbering continues wins,
 *       and a first sub-item wins after text that ends with a colon.
 *   <li>A label whose id would repeat a sibling's is not a new provision: it stays text, with a warning.
 *   <li>A text line continues the current block when {@link TextRules#continues} says so; otherwise it is a new
 *       block of the nearest open provision that takes text (list items do not: text after "1) ...; 2) ..."
 *       belongs to the provision that holds the list). Text before a provision's children is its content; text after
 *       them is its wrap-up, unless more children follow, in which case the text and those children form an
 *       unnumbered {@link ProvisionKind#LIST} (an intro and its items), so that a second run of "1), 2)" does not
 *       collide with the first.
 *   <li>A heading-role label alone on its line takes the next line as its heading when its profile says so.
 *   <li>A note line attaches to the nearest open provision at the profile's note level or above.
 *   <li>A content provision whose whole text starts like a repeal ("4. Исключен Законом ...") is a repealed
 *       placeholder whose text is a note; so is a provision with no text whose note says it was repealed.
 * </ul>
 */
final class TreeBuilder {
  private static final int NONE = Integer.MIN_VALUE;

  private final HeadingProfile profile;
  private final SourceLines lines;
  private final List<TextWarning> warnings;
  private final Deque<Node> stack = new ArrayDeque<>();
  private final Node body = new Node(null, ProvisionKind.BODY, -1, null, 1, 1);
  private final List<Block> front = new ArrayList<>();
  private final List<Block> notes = new ArrayList<>();

  private @Nullable Block title;
  private @Nullable Block current;
  private boolean currentIsHeading;
  private @Nullable Node headingPending;
  private int headingPendingIndex = -1;
  private int previous = -1;
  private boolean started;

  private ImmutableList<Text> preamble = ImmutableList.of();

  TreeBuilder(HeadingProfile profile, SourceLines lines, List<TextWarning> warnings) {
    this.profile = profile;
    this.lines = lines;
    this.warnings = warnings;
    this.crossHeadingKind = crossHeadingKind(profile);
    stack.push(body);
  }

  /** Kinds for unnumbered cross-headings, in order of preference; the first that no level of the profile uses. */
  private static final ImmutableList<ProvisionKind> CROSS_HEADING_KINDS = ImmutableList.of(ProvisionKind.HCONTAINER,
      ProvisionKind.SUBDIVISION, ProvisionKind.DIVISION, ProvisionKind.SUBPART, ProvisionKind.SUBTITLE);

  private final @Nullable ProvisionKind crossHeadingKind;

  /** A kind of its own, so that "hcontainer_1" of a cross-heading never meets a numbered "Schedule 1". */
  private static @Nullable ProvisionKind crossHeadingKind(HeadingProfile profile) {
    for (ProvisionKind kind : CROSS_HEADING_KINDS) {
      boolean used = false;
      for (Level level : profile.levels()) {
        used |= level.kind() == kind;
      }
      if (!used) {
        return kind;
      }
    }
    return null;
  }

  /** A block of text with the place where it starts; most blocks are one line and never copied. */
  static final class Block {
    private String first;
    private @Nullable StringBuilder more;
    final int line;
    final int column;

    Block(String text, int line, int column) {
      this.first = text;
      this.line = line;
      this.column = column;
    }

    /** Appends a continuation line, separated by one space. */
    void append(String continuation) {
      if (more == null) {
        more = new StringBuilder(first.length() + continuation.length() + 16).append(first);
      }
      more.append(' ').append(continuation);
    }

    /** Returns the text so far, without copying it. */
    CharSequence text() {
      return more == null ? first : more;
    }

    @Override
    public String toString() {
      if (more != null) {
        first = more.toString();
        more = null;
      }
      return first;
    }
  }

  /** An open provision while its lines are read. */
  private static final class Node {
    final @Nullable Level level;
    final ProvisionKind kind;
    final int rank2;
    final @Nullable Num num;
    final int line;
    final int column;
    @Nullable Block heading;
    String headingPrefix = "";
    final List<Block> content = new ArrayList<>(2);
    final List<Provision> children = new ArrayList<>(4);
    /** Id segments of the children, filled as they open; allocated with the first child. */
    private @Nullable Set<String> segments;
    /** Text after the children, waiting to become the wrap-up or a list's intro; rarely used. */
    final List<Block> pending = new ArrayList<>(0);
    final List<Block> notes = new ArrayList<>(0);
    int lists;
    int crossHeadings;
    /** The last bare paragraph number in this provision's run, or, on such a paragraph, its own; 0 for none. */
    int bare;
    int @Nullable [] lastOrdinal;

    Node(@Nullable Level level, ProvisionKind kind, int rank2, @Nullable Num num, int line, int column) {
      this.level = level;
      this.kind = kind;
      this.rank2 = rank2;
      this.num = num;
      this.line = line;
      this.column = column;
    }

    int lastOrdinal(int rank) {
      return lastOrdinal == null || rank >= lastOrdinal.length ? NONE : lastOrdinal[rank];
    }

    void setLastOrdinal(int rank, int levels, int ordinal) {
      if (lastOrdinal == null) {
        lastOrdinal = new int[levels];
        Arrays.fill(lastOrdinal, NONE);
      }
      lastOrdinal[rank] = ordinal;
    }

    boolean hasSegment(String segment) {
      return segments != null && segments.contains(segment);
    }

    void addSegment(String segment) {
      if (segments == null) {
        segments = new HashSet<>(8);
      }
      segments.add(segment);
    }

    String label() {
      return num != null ? "'" + num.text() + "'" : "the " + kind.element();
    }
  }

  // ---------------------------------------------------------------- results

  /** Returns the title block, or null when the text has no line before its first heading. */
  @Nullable Block title() {
    return title;
  }

  ImmutableList<Text> preamble() {
    return preamble;
  }

  /** Returns every note in document order, with its place, including repealed provisions' texts. */
  List<Block> notes() {
    return notes;
  }

  // ---------------------------------------------------------------- the pass

  /** Reads all lines and returns the body. */
  Provision build() {
    collectLabelWords();
    for (int i = 0; i < lines.count; i++) {
      switch (lines.kind[i]) {
        case SourceLines.DROPPED:
          continue;
        case SourceLines.BLANK:
          current = null;
          headingPending = null;
          break;
        case SourceLines.LABEL:
          label(i);
          break;
        case SourceLines.NOTE:
          note(i);
          break;
        default:
          text(i, false);
          break;
      }
      previous = i;
    }
    if (!started) {
      unstructured();
    }
    while (stack.size() > 1) {
      close();
    }
    return finish(body);
  }

  private void label(int i) {
    Level.LabelMatch m = choose(lines.labels[i]);
    Level level = m.level();
    Num num = Num.of(m.num());
    if (!started) {
      started = true;
      endFront(i);
    }
    int rank2 = 2 * level.rank();
    Node parent = body;
    for (Node node : stack) {
      if (node.rank2 < rank2) {
        parent = node;
        break;
      }
    }
    String segment = ProvisionId.segment(level.kind(), m.token());
    boolean list = !parent.pending.isEmpty();
    if (!list && parent.hasSegment(segment)) {
      // Checked before closing anything, so that the line stays with the provision it follows.
      warn(i, "'" + num.text() + "' repeats the number of an earlier " + level.kind().element() + " in "
          + parent.label() + "; kept as text");
      text(i, true);
      return;
    }
    int ordinal = ordinal(num, level);
    int before = list ? NONE : parent.lastOrdinal(level.rank());
    boolean backwards = ordinal >= 0 && before != NONE && ordinal < before;
    if (backwards && level.role() == Level.Role.HEADING && !m.rest().isEmpty()) {
      // "§ 7 Abs. 3 gilt ..." at a line start, or quoted amending text: a heading goes forwards.
      warn(i, "'" + abbreviate(lines.text[i]) + "' looks like the heading of " + level.kind().element() + " '"
          + num.text() + "', but its number is lower than the one before it in " + parent.label() + "; kept as text");
      text(i, true);
      return;
    }
    while (stack.peek() != parent) {
      close();
    }
    if (list) {
      Block intro = parent.pending.get(0);
      Node group = new Node(null, ProvisionKind.LIST, Math.max(parent.rank2 + 1, rank2 - 1), null, intro.line,
          intro.column);
      group.content.addAll(parent.pending);
      parent.pending.clear();
      parent.lists++;
      parent.addSegment(ProvisionId.segment(ProvisionKind.LIST, Integer.toString(parent.lists)));
      stack.push(group);
      parent = group;
    }
    if (backwards) {
      warn(i, "'" + num.text() + "' comes after a higher number in " + parent.label() + " (out of order)");
    }
    if (ordinal >= 0) {
      parent.setLastOrdinal(level.rank(), profile.levels().size(), ordinal);
    }
    parent.addSegment(segment);
    Node node = new Node(level, level.kind(), rank2, num, lines.lineNo[i], lines.column[i]);
    boolean headingRole = level.role() == Level.Role.HEADING;
    // Label text after the number: a heading's first words ("бөлім"), or a separator that starts the text ("I -").
    node.headingPrefix = headingRole ? m.suffix() : "";
    String rest = headingRole || m.suffix().isEmpty() ? m.rest() : (m.suffix() + " " + m.rest()).strip();
    stack.push(node);
    headingPending = null;
    current = null;
    if (level.role() == Level.Role.HEADING && !m.rest().isEmpty() && TextRules.isSentence(m.rest())) {
      // "Art. 5º Todos são iguais perante a lei, ...": the provision's text starts on its label's line.
      Block first = block(m.rest(), i);
      node.content.add(first);
      current = first;
      currentIsHeading = false;
    } else if (level.role() == Level.Role.HEADING) {
      if (!m.rest().isEmpty()) {
        node.heading = block(m.rest(), i);
        current = node.heading;
        currentIsHeading = true;
      } else if (level.headingPolicy() != Level.HeadingPolicy.SAME) {
        headingPending = node;
        headingPendingIndex = i;
      }
    } else if (!rest.isEmpty()) {
      Block first = block(rest, i);
      node.content.add(first);
      current = first;
      currentIsHeading = false;
    }
  }

  private void note(int i) {
    if (!started) {
      warn(i, "a note before the first provision has nothing to attach to; kept as text");
      text(i, false);
      return;
    }
    Node target = null;
    for (Node node : stack) {
      if (node.level != null && node.level.rank() <= profile.noteRank()) {
        target = node;
        break;
      }
    }
    if (target == null) {
      target = stack.peek();
      warn(i, "no open provision at the note level; the note is attached to " + target.label());
    }
    Block note = block(lines.text[i], i);
    target.notes.add(note);
    current = note;
    currentIsHeading = false;
    headingPending = null;
  }

  private void text(int i, boolean demoted) {
    String line = lines.text[i];
    boolean continues = !demoted && current != null && TextRules.continues(current.text(), line, currentIsHeading);
    if (!demoted && started) {
      warnIfLabelLike(i, continues);
    }
    if (continues) {
      current.append(line);
      return;
    }
    Node pending = headingPending;
    headingPending = null;
    if (pending != null && headingPendingIndex == previous && !demoted
        && (pending.level.headingPolicy() == Level.HeadingPolicy.NEXT || looksLikeHeading(i, pending))) {
      pending.heading = block(line, i);
      current = pending.heading;
      currentIsHeading = true;
      return;
    }
    if (started && !demoted && bareParagraph(i)) {
      return;
    }
    if (started && !demoted && crossHeadingKind != null) {
      Level next = crossHeadingBefore(i);
      if (next != null) {
        crossHeading(i, next);
        return;
      }
    }
    Block block = block(line, i);
    current = block;
    currentIsHeading = false;
    if (!started) {
      if (title == null) {
        title = block;
        current = null;
      } else {
        front.add(block);
      }
      return;
    }
    Node target = null;
    for (Node node : stack) {
      if (node.level != null && node.level.absorbsText()) {
        target = node;
        break;
      }
    }
    if (target == null) {
      target = stack.peek();
    }
    while (stack.peek() != target) {
      close();
    }
    if (target.children.isEmpty() && target.pending.isEmpty()) {
      target.content.add(block);
    } else {
      target.pending.add(block);
    }
  }

  /**
   * Opens a paragraph for a line that starts with a bare number continuing the article's run of them ("1 The
   * Confederation shall ...", "2 It ...", as Fedlex prints Absätze): the text itself shows the sequence, where no
   * profile's label does. The run starts at 1 and goes up by one, in a heading-role provision that has no other
   * children, on a line that starts a block; the profile's first content level below the provision gives the
   * paragraph its kind. Returns whether it did.
   */
  private boolean bareParagraph(int i) {
    String line = lines.text[i];
    int digits = 0;
    while (digits < line.length() && digits < 3 && line.charAt(digits) >= '0' && line.charAt(digits) <= '9') {
      digits++;
    }
    if (digits == 0 || digits + 1 >= line.length() || line.charAt(digits) != ' '
        || !Character.isUpperCase(line.codePointAt(digits + 1))) {
      return false;
    }
    Node owner = null;
    for (Node node : stack) {
      if (node.level != null && node.level.role() == Level.Role.HEADING) {
        owner = node;
        break;
      }
      if (node.level == null || node.bare == 0) {
        return false; // inside a list or a labelled provision
      }
    }
    if (owner == null) {
      return false;
    }
    int number = Integer.parseInt(line.substring(0, digits));
    int expected = owner.bare + 1;
    Level paragraph = contentLevelBelow(owner.level);
    if (number != expected || paragraph == null || (owner.bare == 0 && !owner.children.isEmpty())) {
      return false;
    }
    while (stack.peek() != owner) {
      close();
    }
    owner.bare = number;
    String num = line.substring(0, digits);
    owner.addSegment(ProvisionId.segment(paragraph.kind(), num));
    Node node = new Node(paragraph, paragraph.kind(), 2 * paragraph.rank(), Num.of(num), lines.lineNo[i],
        lines.column[i]);
    node.bare = number;
    stack.push(node);
    Block first = block(line.substring(digits + 1).strip(), i);
    node.content.add(first);
    current = first;
    currentIsHeading = false;
    headingPending = null;
    return true;
  }

  private @Nullable Level contentLevelBelow(Level level) {
    for (Level candidate : profile.levels()) {
      if (candidate.rank() > level.rank() && candidate.role() == Level.Role.CONTENT) {
        return candidate;
      }
    }
    return null;
  }

  /** The first words of this text's heading labels with a keyword ("Art.", "§", "Artículo"), for warnings. */
  private final Set<String> labelWords = new HashSet<>();

  private void collectLabelWords() {
    for (int i = 0; i < lines.count; i++) {
      if (lines.kind[i] != SourceLines.LABEL) {
        continue;
      }
      for (Level.LabelMatch m : lines.labels[i]) {
        int space = m.num().indexOf(' ');
        if (m.level().role() == Level.Role.HEADING && space > 0) {
          labelWords.add(m.num().substring(0, space));
        }
      }
    }
  }

  /**
   * Warns about a text line that starts like this text's heading labels — their keyword, then a number — but is
   * not one, so that no heading is merged into the text silently ("§ 7 Abs. 3 gilt ...", "Article 5A" where the
   * profile knows no such number).
   */
  private void warnIfLabelLike(int i, boolean continues) {
    String line = lines.text[i];
    int space = line.indexOf(' ');
    if (space <= 0 || space + 1 >= line.length() || labelWords.isEmpty()
        || !labelWords.contains(line.substring(0, space))) {
      return;
    }
    char number = line.charAt(space + 1);
    if (!(number >= '0' && number <= '9') && "IVXLC".indexOf(number) < 0) {
      return;
    }
    String reason = continues
        ? "it continues the sentence of the line before (a cross-reference?), so it is joined to that text"
        : "its number or the text after it does not fit any level of profile '" + profile.name() + "'";
    warn(i, "'" + abbreviate(line) + "' looks like a heading but is kept as text: " + reason);
  }

  /** Cross-headings are short: longer capitals are text (a shouted sentence, a quoted name). */
  private static final int MAX_CROSS_HEADING = 100;
  /** A title-case cross-heading standing alone between blank lines has at most this many words. */
  private static final int MAX_CROSS_HEADING_WORDS = 10;

  /**
   * Returns the level of the label that line {@code i} stands before when the line is an unnumbered cross-heading
   * over the provisions that follow ("ZASADY OGÓLNE" before "Art. 30.", "Amendments" before "Amendment I",
   * "Designated activities" before "8 Designated activities"), else null. A cross-heading is a short line that
   * does not end a sentence, either in capitals or standing alone between blank lines, right before the heading
   * label of a provision.
   */
  private @Nullable Level crossHeadingBefore(int i) {
    String line = lines.text[i];
    if (line.length() > MAX_CROSS_HEADING || TextRules.endsSentence(line) || !Character.isUpperCase(line.codePointAt(0))) {
      return null;
    }
    int next = i + 1;
    boolean blankAfter = false;
    while (next < lines.count && (lines.kind[next] == SourceLines.DROPPED || lines.kind[next] == SourceLines.BLANK)) {
      blankAfter |= lines.kind[next] == SourceLines.BLANK;
      next++;
    }
    if (next == lines.count || lines.kind[next] != SourceLines.LABEL) {
      return null;
    }
    Level level = choose(lines.labels[next]).level();
    if (level.role() != Level.Role.HEADING) {
      return null;
    }
    if (isCapitals(line)) {
      return level;
    }
    int before = i - 1;
    while (before >= 0 && lines.kind[before] == SourceLines.DROPPED) {
      before--;
    }
    boolean blankBefore = before < 0 || lines.kind[before] == SourceLines.BLANK;
    return blankBefore && blankAfter && words(line) <= MAX_CROSS_HEADING_WORDS ? level : null;
  }

  private static boolean isCapitals(String line) {
    int letters = 0;
    for (int k = 0; k < line.length(); k++) {
      char c = line.charAt(k);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters += Character.isLetter(c) ? 1 : 0;
    }
    return letters >= 2;
  }

  private static int words(String line) {
    int words = 1;
    for (int k = 0; k < line.length(); k++) {
      words += line.charAt(k) == ' ' ? 1 : 0;
    }
    return words;
  }

  /** Opens an unnumbered container just above {@code level}, closing the previous cross-heading and anything below. */
  private void crossHeading(int i, Level level) {
    int rank2 = 2 * level.rank() - 1;
    while (stack.size() > 1 && stack.peek().rank2 >= rank2) {
      close();
    }
    ProvisionKind kind = crossHeadingKind;
    Node parent = stack.peek();
    parent.crossHeadings++;
    parent.addSegment(ProvisionId.segment(kind, Integer.toString(parent.crossHeadings)));
    Node node = new Node(null, kind, rank2, null, lines.lineNo[i], lines.column[i]);
    node.heading = block(lines.text[i], i);
    stack.push(node);
    current = node.heading;
    currentIsHeading = true;
    warn(i, "took '" + abbreviate(lines.text[i]) + "' as an unnumbered heading over the " + level.kind().element()
        + "s that follow");
  }

  /**
   * A guessed heading is short, does not end like a sentence or a list entry, and is not the first half of a
   * sentence whose next line starts in lower case.
   */
  private boolean looksLikeHeading(int i, Node node) {
    String line = lines.text[i];
    if (line.length() > 100 || TextRules.startsLowerCase(line) || TextRules.endsSentence(line)
        || line.endsWith(",")) {
      return false;
    }
    int next = i + 1;
    while (next < lines.count && lines.kind[next] == SourceLines.DROPPED) {
      next++;
    }
    if (next < lines.count && lines.kind[next] == SourceLines.TEXT && TextRules.startsLowerCase(lines.text[next])) {
      return false;
    }
    warn(i, "took '" + abbreviate(line) + "' as the heading of " + node.label());
    return true;
  }

  private Level.LabelMatch choose(Level.LabelMatch[] candidates) {
    if (candidates.length == 1) {
      return candidates[0];
    }
    Level.LabelMatch best = candidates[0];
    int bestScore = -1;
    for (Level.LabelMatch candidate : candidates) {
      Node parent = null;
      for (Node node : stack) {
        if (node.rank2 < 2 * candidate.level().rank()) {
          parent = node;
          break;
        }
      }
      int ordinal = ordinal(Num.of(candidate.num()), candidate.level());
      int before = parent == null || !parent.pending.isEmpty() ? NONE : parent.lastOrdinal(candidate.level().rank());
      int score;
      if (before == NONE) {
        score = ordinal == 1 ? 2 : 1;
      } else if (ordinal == before + 1) {
        score = 3;
      } else {
        score = ordinal > before ? 1 : 0;
      }
      if (parent != null && parent.level != null && parent.children.isEmpty() && !parent.content.isEmpty()
          && endsWithColon(parent.content.get(parent.content.size() - 1).text())) {
        score += 2; // "(h) the following:" introduces "(i)" as its first sub-item, not as the letter after h
      }
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }

  private static boolean endsWithColon(CharSequence text) {
    int i = text.length() - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i >= 0 && (text.charAt(i) == ':' || text.charAt(i) == '—' || text.charAt(i) == '-');
  }

  private void endFront(int firstLabel) {
    if (title == null) {
      warn(firstLabel, "no title line before the first heading; the document is titled after its source");
    }
    if (front.isEmpty()) {
      return;
    }
    int marker = -1;
    for (int k = 0; k < front.size() && marker < 0; k++) {
      if (profile.isPreambleStart(front.get(k).toString())) {
        marker = k;
      }
    }
    Block first = front.get(0);
    if (marker < 0) {
      warnAt(first.line, first.column, "took the text between the title and the first heading as the preamble");
    } else if (marker > 0) {
      warnAt(first.line, first.column, marker + " block(s) of front matter between the title and the preamble"
          + " (which starts at line " + front.get(marker).line + ") are kept at the start of the preamble; the "
          + "model has no other place for them");
    }
    preamble = texts(front);
  }

  /** A text without any recognised heading: all but the title becomes one unnumbered block, in place. */
  private void unstructured() {
    if (front.isEmpty()) {
      return;
    }
    Block first = front.get(0);
    warnAt(first.line, first.column, "no headings of profile '" + profile.name()
        + "' found; the text is kept as one unnumbered block");
    Node block = new Node(null, ProvisionKind.HCONTAINER, 0, null, first.line, first.column);
    block.content.addAll(front);
    stack.push(block);
  }

  private void close() {
    Node node = stack.pop();
    stack.peek().children.add(finish(node));
  }

  private Provision finish(Node node) {
    ImmutableList<Text> content = texts(node.content);
    ImmutableList.Builder<Note> notes = ImmutableList.builder();
    ProvisionStatus status = ProvisionStatus.IN_FORCE;
    boolean leaf = node.children.isEmpty() && node.pending.isEmpty();
    if (leaf && node.level != null && node.level.role() != Level.Role.HEADING && node.heading == null
        && node.content.size() == 1 && profile.isRepealedText(node.content.get(0).toString())) {
      Block repeal = node.content.get(0);
      this.notes.add(repeal);
      notes.add(Note.of(repeal.toString()));
      content = ImmutableList.of();
      status = ProvisionStatus.REPEALED;
    }
    boolean mayBeRepealed = leaf && content.isEmpty() && node.level != null && status != ProvisionStatus.REPEALED;
    for (Block note : node.notes) {
      this.notes.add(note);
      String text = note.toString();
      notes.add(Note.of(text));
      if (mayBeRepealed && profile.isRepealedNote(text)) {
        status = ProvisionStatus.REPEALED;
        mayBeRepealed = false;
      }
    }
    Optional<Text> heading = Optional.empty();
    if (node.heading != null || !node.headingPrefix.isEmpty()) {
      String words = node.heading == null ? "" : node.heading.toString();
      heading = Optional.of(Text.of(node.headingPrefix.isEmpty() ? words
          : words.isEmpty() ? node.headingPrefix : node.headingPrefix + " " + words));
    }
    return new Provision(node.kind, Optional.ofNullable(node.num), heading, content,
        ImmutableList.copyOf(node.children), texts(node.pending), notes.build(), status);
  }

  // ---------------------------------------------------------------- helpers

  private Block block(String text, int i) {
    return new Block(text, lines.lineNo[i], lines.column[i]);
  }

  private static ImmutableList<Text> texts(List<Block> blocks) {
    ImmutableList.Builder<Text> texts = ImmutableList.builderWithExpectedSize(blocks.size());
    for (Block block : blocks) {
      texts.add(Text.of(block.toString()));
    }
    return texts.build();
  }

  private void warn(int i, String message) {
    warnAt(lines.lineNo[i], lines.column[i], message);
  }

  private void warnAt(int line, int column, String message) {
    warnings.add(TextWarning.of(line, column, message));
  }

  static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }

  /**
   * Returns the position a number denotes within its level ({@link Num#ordinal}; on a level that is not Roman a
   * single lower-case letter is a letter, {@link Num#alphabeticOrdinal}), or one of the profile's ordinal words
   * ("Erster", "PRIMERO"); -1 when none can be read.
   */
  int ordinal(Num num, Level level) {
    OptionalInt value = level.roman() ? num.ordinal() : num.alphabeticOrdinal();
    return value.isPresent() ? value.getAsInt() : profile.ordinalWord(num.token());
  }
}
