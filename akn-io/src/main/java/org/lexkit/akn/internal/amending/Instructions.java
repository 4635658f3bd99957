package org.lexkit.akn.internal.amending;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lexkit.core.provision.Text;

/**
 * Reads the prose of a {@code <mod>}: the common English (UK, US) and German (Handbuch der Rechtsförmlichkeit)
 * forms of word-level and structural instructions. A pure function of the mod's text, in which each quoted text
 * stands as {@code ⟦qN⟧} and each quoted structure as {@code ⟦sN⟧} (0-based, in document order), and of the
 * introductions of the lists that enclose the mod ("Satz 1 wird wie folgt geändert:"), which may confine it to a
 * sentence. What no rule reads stays {@link Instruction.Kind#PENDING} with the text, never guessed.
 */
public final class Instructions {
  private Instructions() {}

  /** A quoted text, with the quotation marks some acts put outside the element. */
  private static final String Q = "[\u201c\u201e\u2018\"']?⟦q(\\d+)⟧[\u201d\u201c\u2019\"']?";
  private static final String S = "⟦s\\d+⟧";
  /** A German noun phrase naming quoted words: "dem Wort", "den Wörtern", "der Angabe", "ein". */
  private static final String NP = "(?:(?:dem|den|der|die|das|ein|eine|einem|einer)\\s+)?"
      + "(?:(?:Wort|Wörtern|Wörter|Angabe|Angaben|Zeichen|Komma|Punkt|Satzzeichen|Zahl|Ziffer)\\s+)?";
  private static final int FLAGS = Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE;

  private static Pattern p(String regex) {
    return Pattern.compile(regex, FLAGS);
  }

  // German
  /** Also when the verb comes only in the next mod ("nach X die Wörter Y und <mod>nach ... eingefügt</mod>"). */
  private static final Pattern DE_INSERT = p("\\b(nach|hinter|vor)\\s+" + NP + Q + ".{0,80}?" + Q
      + "(?:[^⟦]{0,40}?\\beingefügt|\\W*$)");
  private static final Pattern DE_REPLACE_SENTENCE = p("\\bSatz\\s+(\\d+)\\s+wird\\s+durch\\s+(?:den|die)\\s+"
      + "folgenden?\\s+(?:Satz|Sätze)\\s+ersetzt\\W{0,3}" + Q);
  private static final Pattern DE_REPLACE = p(Q + "[^⟦]{0,80}?\\bdurch\\s+" + NP + Q + "[^⟦]{0,40}?\\bersetzt");
  private static final Pattern DE_OMIT = p(Q + "[^⟦]{0,40}?\\b(?:gestrichen|aufgehoben)");
  private static final Pattern DE_OMIT_SENTENCE = p("\\bSatz\\s+(\\d+)\\s+wird\\s+(?:aufgehoben|gestrichen)");
  private static final Pattern DE_SUBSTITUTE = p("\\b(?:wie\\s+folgt\\s+gefasst|durch\\s+(?:die|den|das)\\s+"
      + "folgenden?\\s+\\S+(?:\\s+\\S+){0,4}?\\s+ersetzt)\\W{0,3}" + S);
  private static final Pattern DE_INSERT_STRUCTURE = p("\\b(?:eingefügt|angefügt|vorangestellt)\\W{0,3}" + S);
  private static final Pattern DE_APPEND_SENTENCE = p("\\b(?:Satz|Sätze)\\s+(?:wird|werden)\\s+angefügt\\W{0,3}" + Q);
  private static final Pattern DE_REPEAL = p("\\b(?:wird|werden)\\s+aufgehoben\\b");
  private static final Pattern DE_SENTENCE = p("\\bSatz\\s+(\\d+)\\b");
  private static final Pattern DE_EVERY = p("\\b(?:jeweils|an\\s+(?:beiden|allen|\\S+)\\s+Stellen)\\b");

  // English
  private static final Pattern EN_REPLACE = p("\\bfor\\s+" + Q + "[^⟦]{0,30}?\\bsubstitute\\s+" + Q);
  private static final Pattern EN_INSERT = p("\\b(after|before)\\s+" + Q + "[^⟦]{0,30}?\\binsert\\s+" + Q);
  private static final Pattern EN_OMIT = p("\\b(?:omit|leave\\s+out|delete|strike(?:\\s+out)?)\\s+(?:the\\s+words\\s+)?"
      + Q);
  private static final Pattern EN_EDGE = p("\\bat\\s+the\\s+(end|beginning)\\b[^⟦]{0,60}?\\binsert\\s+" + Q);
  private static final Pattern EN_INSERT_STRUCTURE = p("\\b(?:insert|add)\\W{0,3}" + S);
  private static final Pattern EN_SUBSTITUTE = p("\\bsubstitute\\W{0,3}" + S);
  private static final Pattern EN_REPEAL = p("\\b(?:is|are)\\s+(?:hereby\\s+)?repealed\\b|\\bomit\\s+"
      + "(?:section|sections|subsection|subsections|paragraph|paragraphs|article|articles)\\b");
  private static final Pattern EN_EVERY = p("\\b(?:in\\s+each\\s+place(?:\\s+where)?\\s+it\\s+occurs|wherever\\s+it"
      + "\\s+occurs|in\\s+both\\s+places|each\\s+time\\s+it\\s+appears)\\b");

  /**
   * Reads one instruction.
   *
   * @param prose the mod's text with {@code ⟦qN⟧} and {@code ⟦sN⟧} standing for its quoted parts
   * @param intros the enclosing list introductions, innermost first
   * @return the instruction, {@link Instruction.Kind#PENDING} when no rule reads it
   */
  public static Instruction read(String prose, List<String> intros) {
    String text = Text.normalize(prose);
    Optional<Integer> sentence = sentence(text, intros);
    boolean every = DE_EVERY.matcher(text).find() || EN_EVERY.matcher(text).find();
    Matcher m;
    if ((m = DE_REPLACE_SENTENCE.matcher(text)).find()) {
      return Instruction.of(Instruction.Kind.REPLACE_SENTENCE, Optional.empty(), quote(m, 2), false,
          Optional.of(Integer.parseInt(m.group(1))));
    }
    if ((m = DE_INSERT.matcher(text)).find() || (m = EN_INSERT.matcher(text)).find()) {
      String where = m.group(1).toLowerCase(Locale.ROOT);
      return Instruction.of(where.equals("vor") || where.equals("before") ? Instruction.Kind.INSERT_WORDS_BEFORE
          : Instruction.Kind.INSERT_WORDS_AFTER, quote(m, 2), quote(m, 3), every, sentence);
    }
    if ((m = EN_REPLACE.matcher(text)).find()) {
      return Instruction.of(Instruction.Kind.REPLACE_WORDS, quote(m, 1), quote(m, 2), every, sentence);
    }
    if ((m = DE_SUBSTITUTE.matcher(text)).find() || (m = EN_SUBSTITUTE.matcher(text)).find()) {
      return Instruction.of(Instruction.Kind.SUBSTITUTE_STRUCTURE, Optional.empty(), Optional.empty(), false,
          Optional.empty());
    }
    if ((m = DE_REPLACE.matcher(text)).find()) {
      return Instruction.of(Instruction.Kind.REPLACE_WORDS, quote(m, 1), quote(m, 2), every, sentence);
    }
    if ((m = DE_OMIT_SENTENCE.matcher(text)).find()) {
      return Instruction.of(Instruction.Kind.OMIT_SENTENCE, Optional.empty(), Optional.empty(), false,
          Optional.of(Integer.parseInt(m.group(1))));
    }
    if ((m = DE_OMIT.matcher(text)).find() || (m = EN_OMIT.matcher(text)).find()) {
      return Instruction.of(Instruction.Kind.OMIT_WORDS, quote(m, 1), Optional.empty(), every, sentence);
    }
    if ((m = DE_APPEND_SENTENCE.matcher(text)).find()) {
      return Instruction.of(Instruction.Kind.INSERT_WORDS_AT_END, Optional.empty(), quote(m, 1), false, sentence);
    }
    if ((m = EN_EDGE.matcher(text)).find()) {
      return Instruction.of(m.group(1).equalsIgnoreCase("end") ? Instruction.Kind.INSERT_WORDS_AT_END
          : Instruction.Kind.INSERT_WORDS_AT_START, Optional.empty(), quote(m, 2), false, sentence);
    }
    if (DE_INSERT_STRUCTURE.matcher(text).find() || EN_INSERT_STRUCTURE.matcher(text).find()) {
      return Instruction.of(Instruction.Kind.INSERT_STRUCTURE, Optional.empty(), Optional.empty(), false,
          Optional.empty());
    }
    if (DE_REPEAL.matcher(text).find() || EN_REPEAL.matcher(text).find()) {
      return Instruction.of(Instruction.Kind.REPEAL, Optional.empty(), Optional.empty(), false, Optional.empty());
    }
    return Instruction.pending("no instruction form read in '" + (text.length() > 120 ? text.substring(0, 120)
        + "..." : text) + "'");
  }

  private static Optional<Integer> quote(Matcher m, int group) {
    return Optional.of(Integer.parseInt(m.group(group)));
  }

  /** The sentence named in the mod's own text, else in the nearest enclosing introduction that names one. */
  private static Optional<Integer> sentence(String text, List<String> intros) {
    Matcher own = DE_SENTENCE.matcher(text);
    if (own.find()) {
      return Optional.of(Integer.parseInt(own.group(1)));
    }
    for (String intro : intros) {
      Matcher m = DE_SENTENCE.matcher(Text.normalize(intro));
      if (m.find()) {
        return Optional.of(Integer.parseInt(m.group(1)));
      }
    }
    return Optional.empty();
  }
}
