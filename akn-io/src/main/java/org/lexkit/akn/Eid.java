package org.lexkit.akn;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.ProvisionKind;

/**
 * An Akoma Ntoso expression-level identifier (the {@code eId} attribute), e.g. {@code sec_ii__art_32__para_1} or
 * {@code art_32__content}.
 *
 * <p>Syntax (AKN Naming Convention 1.0, §5.4 "Syntax for eId and wId attributes"): one or more segments joined by
 * {@code __}; each segment is an <em>element_ref</em> optionally followed by {@code _} and a <em>number</em>. The
 * prefix before the last {@code __} is the full eId of the context element (§5.4.1); the element_ref is the element
 * name or its official abbreviation (§5.4.2: {@code art}, {@code chp}, {@code para}, {@code qstr}, ...); the number
 * is the element's number token or, for an unnumbered element, its 1-based position among similar siblings
 * (§5.4.3). Here an element_ref is an ASCII letter followed by ASCII letters and digits, and a number is a run of
 * Unicode letters, digits, {@code .} and {@code -} that starts and ends with a letter or digit.
 *
 * <p><b>Unicode numbers.</b> Numbers keep their Unicode letters: the Russian point "а)" gives the segment
 * {@code point_а} (Cyrillic а), not a transliteration. The naming convention puts no character restriction on the
 * number, the schema types {@code eId} as {@code noWhiteSpace}, every such eId is an XML NCName, and IRI fragments
 * (RFC 3987) carry Unicode as is. Transliterating would be language-specific and lossy (Cyrillic "а" and Latin "a"
 * would collide) and would break the one-to-one correspondence with {@link ProvisionId}, which core derives from the
 * same number tokens. The price: {@code point_а} (Cyrillic) and {@code point_a} (Latin) look alike but differ.
 *
 * <p><b>Eids Lexkit writes.</b> A provision's eId is its {@link ProvisionId} verbatim ({@link #of(ProvisionId)}),
 * which core already derives by the convention. The parts below a provision that the convention requires to carry
 * an eId (the schema's {@code corereq} elements) get an unnumbered child segment: {@link #intro()}
 * ({@code __intro}), {@link #content()} ({@code __content}), {@link #wrapUp()} ({@code __wrapup}, the abbreviation
 * of §5.4.2) and {@link #heading()} ({@code __heading}). Blocks ({@code <p>}), numbers ({@code <num>}), the
 * {@code preface} and the {@code preamble} are {@code coreopt} in the schema and get none.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the identifier text
 */
public record Eid(String value) implements Comparable<Eid> {
  private static final String SEPARATOR = "__";
  private static final Splitter SPLITTER = Splitter.on(SEPARATOR);
  private static final String NUMBER = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}.-]*[\\p{L}\\p{N}])?";
  private static final Pattern REF = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
  private static final Pattern NUMBER_FORM = Pattern.compile(NUMBER);
  private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][A-Za-z0-9]*)(?:_(" + NUMBER + "))?");
  // Components of [\p{L}\p{N}.%-]+ joined by one or two underscores, written without a repeated group: Java's regex
  // engine recurses once per repetition of a group, so "(?:_{1,2}[...]+)*" overflowed the stack on an eId of a few
  // thousand components (found by fuzzing). This form is matched iteratively, in linear time.
  private static final Pattern LOOSE_FORM = Pattern.compile("(?!_)(?!.*___)[\\p{L}\\p{N}.%\\-_]++(?<!_)");

  /** Validates the syntax. */
  public Eid {
    checkNotNull(value, "value");
    checkArgument(!value.isEmpty(), "an eId must not be empty");
    for (String segment : SPLITTER.split(value)) {
      checkArgument(SEGMENT.matcher(segment).matches(),
          "'%s' is not an eId: segment '%s' should be an element name or abbreviation, optionally followed by '_'"
              + " and a number (e.g. art_32, para_1, content)", value, segment);
    }
  }

  /**
   * Parses an eId.
   *
   * @param text e.g. {@code sec_ii__art_32__para_1}
   * @return the eId
   * @throws IllegalArgumentException if a segment is malformed; the message quotes the text and the segment
   */
  public static Eid parse(CharSequence text) {
    return new Eid(checkNotNull(text, "text").toString());
  }

  /**
   * Tells whether text follows the naming convention's eId syntax, without throwing.
   *
   * @param text candidate text
   * @return true if {@link #parse(CharSequence)} would accept it
   */
  public static boolean isValid(CharSequence text) {
    String value = checkNotNull(text, "text").toString();
    if (value.isEmpty()) {
      return false;
    }
    for (String segment : SPLITTER.split(value)) {
      if (!SEGMENT.matcher(segment).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether text has the looser shape that eIds take in real documents, national variants included
   * ({@code section-1-2}, {@code hauptteil-1_art-1_abs-1}): components of letters, digits, {@code .}, {@code -} and
   * {@code %} joined by {@code _} or {@code __}, no {@code #}. Every {@linkplain #isValid valid} eId has this shape;
   * the reader's id checks use it to warn only about ids that are not eIds at all.
   *
   * @param text candidate text
   * @return true if the text has the shape
   */
  public static boolean hasEidShape(CharSequence text) {
    checkNotNull(text, "text");
    // The reader asks this for every eId of a document, so ASCII ids (nearly all) are checked by hand; only ids with
    // other characters go through the pattern.
    int underscores = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return LOOSE_FORM.matcher(text).matches();
      }
      if (c == '_') {
        if (i == 0 || ++underscores > 2) {
          return false;
        }
      } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '%'
          || c == '-') {
        underscores = 0;
      } else {
        return false;
      }
    }
    return text.length() > 0 && underscores == 0;
  }

  /**
   * Returns the eId of a provision: its id, which core derives by the naming convention.
   *
   * @param id a provision id such as {@code sec_ii__art_32}
   * @return the eId with the same text
   */
  public static Eid of(ProvisionId id) {
    return new Eid(checkNotNull(id, "id").value());
  }

  /**
   * Returns the eId of a top-level element of a document with no number, e.g. {@code longTitle}.
   *
   * @param elementRef an element name or abbreviation
   * @return the eId
   * @throws IllegalArgumentException if {@code elementRef} is not an ASCII letter followed by letters and digits
   */
  public static Eid root(String elementRef) {
    checkRef(elementRef);
    return new Eid(elementRef);
  }

  /**
   * Returns the eId of the numbered top-level element {@code elementRef_number}, e.g. {@code mod_1}.
   *
   * @param elementRef an element name or abbreviation
   * @param number its number token or position
   * @return the eId
   */
  public static Eid root(String elementRef, String number) {
    checkNotNull(number, "number");
    checkRef(elementRef);
    checkNumber(number);
    return new Eid(elementRef + "_" + number);
  }

  /**
   * Returns the eId of an unnumbered, unique child of the element with this eId, e.g. {@code art_5__content}.
   *
   * @param elementRef the child's element name or abbreviation
   * @return the child's eId
   */
  public Eid child(String elementRef) {
    checkRef(elementRef);
    return new Eid(value + SEPARATOR + elementRef);
  }

  /**
   * Returns the eId of a numbered child of the element with this eId, e.g. {@code art_5__para_2}.
   *
   * @param elementRef the child's element name or abbreviation
   * @param number its number token, or its 1-based position among similar siblings
   * @return the child's eId
   */
  public Eid child(String elementRef, String number) {
    checkNotNull(number, "number");
    checkRef(elementRef);
    checkNumber(number);
    return new Eid(value + SEPARATOR + elementRef + "_" + number);
  }

  /** Returns the eId of this element's {@code <intro>}: this eId followed by {@code __intro}. */
  public Eid intro() {
    return child("intro");
  }

  /** Returns the eId of this element's {@code <content>}: this eId followed by {@code __content}. */
  public Eid content() {
    return child("content");
  }

  /** Returns the eId of this element's {@code <wrapUp>}: this eId followed by {@code __wrapup}. */
  public Eid wrapUp() {
    return child("wrapup");
  }

  /** Returns the eId of this element's {@code <heading>}: this eId followed by {@code __heading}. */
  public Eid heading() {
    return child("heading");
  }

  /** Returns the segments from the outermost context down, e.g. [sec_ii, art_32, para_1]. */
  public ImmutableList<String> segments() {
    return ImmutableList.copyOf(SPLITTER.split(value));
  }

  /** Returns the {@code __}-separated segments, outermost first (the same as {@link #segments()}). */
  public ImmutableList<String> components() {
    return segments();
  }

  /** Returns the reference form used in {@code href} and {@code refersTo}: {@code "#"} followed by this eId. */
  public String toReference() {
    return "#" + value;
  }

  /** Returns the last segment, e.g. {@code para_1}. */
  public String lastSegment() {
    int at = value.lastIndexOf(SEPARATOR);
    return at < 0 ? value : value.substring(at + SEPARATOR.length());
  }

  /** Returns the element_ref of the last segment, e.g. {@code para} for {@code art_3__para_1}. */
  public String elementRef() {
    Matcher m = SEGMENT.matcher(lastSegment());
    checkArgument(m.matches());
    return m.group(1);
  }

  /** Returns the number of the last segment, e.g. {@code 1} for {@code art_3__para_1}; empty for {@code content}. */
  public Optional<String> number() {
    Matcher m = SEGMENT.matcher(lastSegment());
    checkArgument(m.matches());
    return Optional.ofNullable(m.group(2));
  }

  /** Returns the eId of the context element (everything before the last {@code __}), or empty at the top. */
  public Optional<Eid> parent() {
    int at = value.lastIndexOf(SEPARATOR);
    return at < 0 ? Optional.empty() : Optional.of(new Eid(value.substring(0, at)));
  }

  /**
   * Returns the provision id this eId names, when every segment is a hierarchy element's prefix followed by a
   * number ({@code sec_ii__art_32} yes; {@code art_32__content} or {@code mod_1__qstr_1} no).
   *
   * @return the provision id, or empty when this eId names something other than a provision
   */
  public Optional<ProvisionId> toProvisionId() {
    List<String> segments = segments();
    for (String segment : segments) {
      Matcher m = SEGMENT.matcher(segment);
      checkArgument(m.matches());
      if (m.group(2) == null) {
        return Optional.empty();
      }
      Optional<ProvisionKind> kind = ProvisionKind.fromEidPrefix(m.group(1));
      if (kind.isEmpty() || kind.get() == ProvisionKind.BODY) {
        return Optional.empty();
      }
    }
    // Every segment is a lower-case kind prefix, '_' and a number of the same form core uses, so this cannot throw.
    return Optional.of(ProvisionId.parse(value));
  }

  /**
   * Returns whether this eId is {@code other} or the eId of one of its context elements.
   *
   * @param other any eId
   * @return true when {@code other} lies in the subtree named by this eId
   */
  public boolean contains(Eid other) {
    checkNotNull(other, "other");
    return other.value.equals(value) || other.value.startsWith(value + SEPARATOR);
  }

  @Override
  public int compareTo(Eid other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }

  private static void checkRef(String elementRef) {
    checkNotNull(elementRef, "elementRef");
    checkArgument(REF.matcher(elementRef).matches(),
        "'%s' is not an eId element_ref (expected an ASCII letter followed by letters and digits, e.g. art)",
        elementRef);
  }

  private static void checkNumber(String number) {
    checkNotNull(number, "number");
    checkArgument(NUMBER_FORM.matcher(number).matches(),
        "'%s' is not an eId number (expected letters and digits, optionally joined by '.' or '-', e.g. 32 or 3-1)",
        number);
  }
}
