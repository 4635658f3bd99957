package org.lexkit.core.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lexkit.core.LegalDocumentGenerators.documents;
import static org.lexkit.core.LegalDocumentGenerators.gen;
import static org.lexkit.core.LegalDocumentGenerators.nums;
import static org.lexkit.core.Theories.theory;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lexkit.core.LegalDocumentGenerators.Rnd;

/** Laws of ids and numbers: round trips, the id grammar, and how numbers turn into tokens and ordinals. */
class ProvisionProperties {
  /** The id grammar as the javadoc states it, independently of the implementation's hand-written check. */
  private static final Pattern SEGMENT =
      Pattern.compile("[a-z]+_[\\p{L}\\p{N}](?:[\\p{L}\\p{N}.-]*[\\p{L}\\p{N}])?");

  private static boolean grammatical(String id) {
    for (String segment : Splitter.on("__").split(id)) {
      if (!SEGMENT.matcher(segment).matches()) {
        return false;
      }
    }
    return true;
  }

  /** {@code ProvisionId.parse(id.toString())} gives back the id, for every id of every generated document. */
  @Test
  void parse_toString_roundTrips() {
    theory().forAll(documents()).checkAssert(document -> {
      List<ProvisionId> broken = new ArrayList<>();
      for (ProvisionId id : document.provisions().keySet()) {
        ProvisionId rebuilt = id.parent().map(p -> p.child(id.lastSegment())).orElseGet(() -> ProvisionId.root(
            id.value()));
        if (!ProvisionId.parse(id.toString()).equals(id) || !rebuilt.equals(id)) {
          broken.add(id);
        }
      }
      assertThat(broken).as("ids that do not round-trip").isEmpty();
    });
  }

  /** An id is accepted exactly when every {@code __}-separated segment matches the documented grammar. */
  @Test
  void parse_acceptsExactlyTheGrammar() {
    theory().forAll(gen(ProvisionProperties::idLike)).checkAssert(text -> {
      boolean accepted;
      try {
        ProvisionId.parse(text);
        accepted = true;
      } catch (IllegalArgumentException e) {
        accepted = false;
        assertThat(e).hasMessageStartingWith("'" + text + "' is not a provision id: segment '");
      }
      assertThat(accepted).as("'%s'", text).isEqualTo(grammatical(text));
    });
  }

  /** The element-name grammar of {@link Inline.Mark}, as its javadoc states it (an XML NCName, optionally prefixed). */
  private static final Pattern MARK_NAME =
      Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_.-]*(:[\\p{L}_][\\p{L}\\p{N}_.-]*)?");

  /** A mark is built exactly when its name matches the grammar (ASCII names are checked by hand, the rest by it). */
  @Test
  void mark_acceptsExactlyTheNameGrammar() {
    String alphabet = "abZ_0.-:é1ж ²";
    theory().forAll(gen(r -> {
      StringBuilder name = new StringBuilder();
      for (int i = r.between(0, 7); i > 0; i--) {
        name.append(alphabet.charAt(r.between(0, alphabet.length() - 1)));
      }
      return name.toString();
    })).checkAssert(name -> {
      boolean accepted;
      try {
        Inline.Mark.of(name, Map.of(), List.of());
        accepted = true;
      } catch (IllegalArgumentException e) {
        accepted = false;
      }
      assertThat(accepted).as("'%s'", name).isEqualTo(MARK_NAME.matcher(name).matches());
    });
  }

  /**
   * Siblings are refused exactly when two of them would share an id segment, whether the list is short (checked
   * pair by pair) or long (checked with a set), and the message names the first repeated segment.
   */
  @Test
  void container_refusesExactlyDuplicateSegments() {
    theory().forAll(gen(r -> {
      List<Provision> siblings = new ArrayList<>();
      for (int i = r.between(0, 14); i > 0; i--) {
        siblings.add(r.chance(25) ? Provision.unnumbered(ProvisionKind.POINT, "x")
            : Provision.of(r.chance(50) ? ProvisionKind.POINT : ProvisionKind.PARAGRAPH,
                Integer.toString(r.between(1, 12)), "x"));
      }
      return siblings;
    })).checkAssert(siblings -> {
      List<String> segments = Provision.segmentsOf(siblings);
      String firstRepeat = null;
      for (int j = 0; j < segments.size() && firstRepeat == null; j++) {
        if (segments.subList(0, j).contains(segments.get(j))) {
          firstRepeat = segments.get(j);
        }
      }
      try {
        Provision.container(ProvisionKind.ARTICLE, "1", siblings.toArray(Provision[]::new));
        assertThat(firstRepeat).as("accepted %s", segments).isNull();
      } catch (IllegalArgumentException e) {
        assertThat(firstRepeat).as("refused %s", segments).isNotNull();
        assertThat(e).hasMessageContaining("'" + firstRepeat + "'");
      }
    });
  }

  /** Returns strings close to ids: mostly well-formed, with the mistakes people make. */
  private static String idLike(Rnd r) {
    String alphabet = "artpsecl_.-0123456789аб²ⅫIV é";
    StringBuilder text = new StringBuilder();
    int segments = r.between(1, 4);
    for (int s = 0; s < segments; s++) {
      if (s > 0) {
        text.append(r.chance(90) ? "__" : r.chance(50) ? "_" : "___");
      }
      if (r.chance(70)) {
        text.append(r.pick(ImmutableList.of("art", "para", "sec", "point", "hcontainer"))).append('_')
            .append(Num.of(Integer.toString(r.between(1, 99)) + r.pick(ImmutableList.of("", "-1", "a", ".2"))).token());
      } else {
        for (int i = r.between(0, 8); i > 0; i--) {
          text.append(alphabet.charAt(r.between(0, alphabet.length() - 1)));
        }
      }
    }
    return text.toString();
  }

  /** Every number's token is non-empty, makes a valid id segment, and is its own token. */
  @Test
  void num_token_isAValidSegmentAndIdempotent() {
    theory().forAll(nums()).checkAssert(num -> {
      assertThat(num.token()).isNotEmpty();
      assertThat(ProvisionId.parse(ProvisionId.segment(ProvisionKind.ARTICLE, num.token())).lastSegment())
          .isEqualTo("art_" + num.token());
      assertThat(Num.of(num.token()).token()).isEqualTo(num.token());
      assertThat(num.token()).isEqualTo(num.token().toLowerCase(Locale.ROOT));
    });
  }

  /**
   * {@link Num#tokenOf} agrees with its definition, written out naively here: the last whitespace-separated word,
   * lower-cased, keeping letters, digits, '-' and '.', without '.'/'-' at either end. Texts mix ASCII brackets,
   * capitals and punctuation (the reader's fast path) with Cyrillic, Roman-numeral and accented letters and
   * supplementary characters (the general scan).
   */
  @Test
  void num_tokenOf_agreesWithItsDefinition() {
    String alphabet = "aZ09().-,;:/§ \t\u00a0\u2003IVXivxбЯé²Ⅻ";
    theory().forAll(gen(r -> {
      StringBuilder text = new StringBuilder();
      for (int i = r.between(0, 12); i > 0; i--) {
        if (r.chance(5)) {
          text.appendCodePoint(0x1D7CE); // MATHEMATICAL BOLD DIGIT ZERO: a letter-or-digit outside the BMP
        } else {
          text.append(alphabet.charAt(r.between(0, alphabet.length() - 1)));
        }
      }
      return text.toString();
    })).checkAssert(text -> assertThat(Num.tokenOf(text)).as("token of '%s'", text).isEqualTo(naiveToken(text)));
  }

  private static String naiveToken(String text) {
    List<String> words = new ArrayList<>();
    for (String candidate : text.split("\\p{javaWhitespace}+")) {
      if (!candidate.isEmpty()) {
        words.add(candidate);
      }
    }
    while (!words.isEmpty() && kept(words.get(words.size() - 1)).isEmpty()) {
      words.remove(words.size() - 1); // a word of punctuation only gives no token: the word before it does
    }
    if (words.isEmpty()) {
      return "";
    }
    String last = kept(words.get(words.size() - 1));
    // A qualifier (one letter, or a Latin suffix such as "bis") joins the number before it: "4 bis", "IV a".
    if (words.size() > 1 && (last.matches("\\p{L}") || last.matches("bis|ter|quater|quinquies|sexies|septies|octies"
        + "|novies|nonies|decies|undecies|duodecies|terdecies|quaterdecies|quinquiesdecies|sexiesdecies"
        + "|septiesdecies"))) {
      String number = kept(words.get(words.size() - 2));
      String roman = "m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})";
      if (!number.isEmpty() && (Character.isDigit(number.charAt(number.length() - 1)) || number.matches(roman)
          || (last.length() > 1 && number.matches("(" + roman + ")(er|re|e)?(-?[a-z]|-.+)?")))) {
        return number + "-" + last;
      }
    }
    return last;
  }

  private static String kept(String word) {
    StringBuilder kept = new StringBuilder();
    word.codePoints().filter(cp -> Character.isLetterOrDigit(cp) || cp == '-' || cp == '.')
        .forEach(cp -> kept.appendCodePoint(Character.toLowerCase(cp)));
    return kept.toString().replaceAll("^[.-]+|[.-]+$", "");
  }

  /** Arabic numbers, with any prefix word and suffix, have their leading digits as ordinal. */
  @Test
  void num_ordinal_ofArabicNumberIsItsValue() {
    theory().forAll(gen(r -> r.between(1, 999_999_999)), gen(r -> r.pick(ImmutableList.of("", "-1", "a", ".",
        "-2-1", "б")))).checkAssert((n, suffix) -> {
          assertThat(Num.of(n + suffix).ordinal()).hasValue(n);
          assertThat(Num.of("Статья " + n + suffix).ordinal()).hasValue(n);
        });
  }

  /**
   * Roman numerals read as their value, in either case, except the single letters l, c, d and m, which read as
   * letters of the alphabet (as documented: only i, v and x count as Roman when alone).
   */
  @Test
  void num_ordinal_ofRomanNumeralIsItsValue() {
    theory().forAll(gen(r -> r.between(1, 3999))).checkAssert(n -> {
      String roman = roman(n);
      if (roman.length() == 1 && "LCDM".contains(roman)) {
        assertThat(Num.of(roman).ordinal()).hasValue(roman.toLowerCase(Locale.ROOT).charAt(0) - 'a' + 1);
        return;
      }
      assertThat(Num.of(roman).ordinal()).hasValue(n);
      assertThat(Num.of("Раздел " + roman.toLowerCase(Locale.ROOT)).ordinal()).hasValue(n);
    });
  }

  /** Numbers are ordered as a total preorder whose ties are exactly the equal tokens, and by value when Arabic. */
  @Test
  void num_compareTo_isConsistentAndOrdersByValue() {
    theory().forAll(nums(), nums(), nums()).checkAssert((a, b, c) -> {
      assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
      assertThat(a.compareTo(b) == 0).isEqualTo(a.token().equals(b.token()));
      if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
        assertThat(a.compareTo(c)).isLessThanOrEqualTo(0);
      }
      if (a.ordinal().isPresent() && b.ordinal().isPresent() && a.ordinal().getAsInt() < b.ordinal().getAsInt()) {
        assertThat(a.compareTo(b)).isNegative();
      }
    });
  }

  /** Lookup by id finds exactly the node listed under that id, and nothing under a sibling's shifted id. */
  @Test
  void find_agreesWithDescendants() {
    theory().forAll(documents()).checkAssert(document -> {
      Provision body = document.body();
      int i = 0;
      for (Map.Entry<ProvisionId, Provision> entry : body.descendants().entrySet()) {
        if (i++ % 5 == 0) { // a sample: each lookup costs O(siblings)
          assertThat(body.find(entry.getKey())).containsSame(entry.getValue());
          assertThat(body.find(entry.getKey().child("para_999"))).isEmpty();
        }
      }
    });
  }

  private static String roman(int n) {
    String[][] digits = {
        {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"},
        {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"},
        {"", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"},
        {"", "M", "MM", "MMM"}};
    return digits[3][n / 1000] + digits[2][(n / 100) % 10] + digits[1][(n / 10) % 10] + digits[0][n % 10];
  }
}
