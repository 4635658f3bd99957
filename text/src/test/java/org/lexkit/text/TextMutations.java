package org.lexkit.text;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.Bytes;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lexkit.testing.fuzz.ByteMutations;
import org.lexkit.testing.fuzz.Mutation;
import org.lexkit.testing.fuzz.ResourceMutations;

/**
 * Mutations that know plain legal text: binary garbage, very long lines, mixed scripts, right-to-left text and bidi
 * controls, control and odd space characters, other line endings, headings out of order, huge numbers in headings,
 * page-number noise, and random text. They work on the bytes (UTF-8 is ASCII-transparent, so lines split at LF and
 * CR bytes), inserting only at character boundaries, so that a case is damaged as meant and not merely undecodable.
 */
final class TextMutations {
  private TextMutations() {}

  /** Ten mebibytes: the "one 10 MB line" of the issue. */
  static final int TEN_MB = 10 * 1024 * 1024;

  private static final ImmutableList<String> SCRIPTS = ImmutableList.of(
      "Constitution", "Статья", "Конституция Республики Казахстан", "Қазақстан Республикасының Конституциясы",
      "бап", "тарау", "Бөлім", "ұлттық", "әділ", "ғылым", "өмір", "үкімет", "һ", "і", "دستور", "المادة ١٢",
      "جمهورية", "חוקה", "סעיף 12", "宪法", "第十二条", "憲法第9条", "헌법", "รัฐธรรมนูญ", "संविधान", "Σύνταγμα",
      "🇰🇿", "⚖️", "👩‍⚖️", "📜", "e\u0301", "\u0915\u094D\u0937", "Ⅻ", "ﬁ", "𝔄𝔯𝔱𝔦𝔠𝔩𝔢", "\uD83D\uDE00");

  private static final ImmutableList<String> RTL_LINES = ImmutableList.of(
      "المادة 1. الدستور هو القانون الأعلى.", "סעיף 2. כל אדם זכאי לחירות.", "المادة ١٢٣",
      "\u202Eتسريب\u202C mixed \u2067עברית\u2069 text", "Статья \u200F12\u200E.", "\u061C١٢. نص");

  /** Bidi controls: LRM, RLM, ALM, LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI. */
  private static final String BIDI = "\u200E\u200F\u061C\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069";

  /** Controls and odd spaces: C0, DEL, C1, NEL, separators, BOM, non-characters, zero-width and wide spaces. */
  private static final ImmutableList<String> ODD_CHARACTERS = ImmutableList.of(
      "\u0000", "\u0001", "\u0007", "\u0008", "\u000B", "\u001B", "\u001F", "\u007F", "\u0080", "\u0085", "\u009F",
      "\u2028", "\u2029", "\uFEFF", "\uFFFE", "\uFFFF", "\u200B", "\u200D", "\u00A0", "\u3000", "\u1680", "\u180E",
      "\u2007", "\u202F", "\f", "\t", "\r", "\uFFFD", "\uDBFF\uDFFF");

  /** A heading line: a heading word in one of the bundled languages, or a number, then more. */
  private static final Pattern HEADING = Pattern.compile(
      "(?iu)\\s*(article|section|chapter|part|статья|раздел|глава|бап|тарау|бөлім|[0-9]+\\s*-?\\s*(бап|тарау|бөлім)"
          + "|[ivxlcdm]+\\.|[0-9]+[.)]).*");
  private static final Pattern NUMBER = Pattern.compile("[0-9]+|\\b[IVXLCDM]+\\b");

  private static final ImmutableList<String> HUGE_NUMBERS = ImmutableList.of(
      "99999999999999999999999999999999", "2147483648", "9223372036854775808", "0", "-1", "0000000000001",
      "1" + ".1".repeat(500), "MMMMMMMMMMMMMMMMMMMMMMMM", "IIIIIIIIIIIIIIIIII", "١٢٣", "Ⅻ", "1²", "½", "1e309",
      "12-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1", "9".repeat(5_000));

  /**
   * Returns the text mutations followed by the byte mutations of the harness (splicing from {@code seeds}) and its
   * resource attacks.
   */
  static ImmutableList<Mutation> all(List<org.lexkit.testing.fuzz.Seed> seeds) {
    return ImmutableList.<Mutation>builder()
        .add(Mutation.of("binary-garbage", TextMutations::binaryGarbage))
        .add(Mutation.of("long-line", TextMutations::longLine))
        .add(Mutation.of("mixed-scripts", TextMutations::mixedScripts))
        .add(Mutation.of("bidi", TextMutations::bidi))
        .add(Mutation.of("odd-character", TextMutations::oddCharacter))
        .add(Mutation.of("line-endings", TextMutations::lineEndings))
        .add(Mutation.of("headings-out-of-order", TextMutations::headingsOutOfOrder))
        .add(Mutation.of("huge-heading-number", TextMutations::hugeHeadingNumber))
        .add(Mutation.of("page-noise", TextMutations::pageNoise))
        .add(Mutation.of("blank-flood", TextMutations::blankFlood))
        .add(Mutation.of("shuffle-lines", TextMutations::shuffleLines))
        .add(Mutation.of("random-text", TextMutations::randomText))
        .addAll(ByteMutations.all(seeds))
        .addAll(ResourceMutations.all())
        .build();
  }

  static byte[] binaryGarbage(byte[] input, SplittableRandom random) {
    int kind = random.nextInt(8);
    if (kind == 0) { // a binary file where a text was expected: PDF, ZIP (docx), OLE (doc), PNG
      byte[][] headers = {"%PDF-1.7\n%\u00E2\u00E3\n".getBytes(UTF_8), {0x50, 0x4B, 0x03, 0x04},
          {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
          {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}};
      return Bytes.concat(headers[random.nextInt(headers.length)], randomBytes(random, 1 + random.nextInt(4096)));
    }
    if (kind == 1) {
      return randomBytes(random, 1 + random.nextInt(64 * 1024));
    }
    return ByteMutations.insert(input, random.nextInt(input.length + 1), randomBytes(random, 1 + random.nextInt(64)));
  }

  /**
   * One line of 10 KB, 1 MB (three times in sixteen) or 10 MB (once in sixteen: a second or more a case), made of the
   * input's own text without line ends.
   */
  static byte[] longLine(byte[] input, SplittableRandom random) {
    int choice = random.nextInt(16);
    int size = choice == 0 ? TEN_MB : choice < 4 ? 1024 * 1024 : 10 * 1024;
    byte[] unit = stripLineEnds(Arrays.copyOfRange(input, 0, Math.min(input.length, 4096)));
    if (unit.length == 0) {
      unit = "Article 1 of a line that does not end. ".getBytes(UTF_8);
    }
    ByteArrayOutputStream line = new ByteArrayOutputStream(size + unit.length);
    while (line.size() < size) {
      line.write(unit, 0, unit.length);
    }
    byte[] piece = line.toByteArray();
    int at = lineStart(input, random.nextInt(input.length + 1));
    return ByteMutations.insert(input, at, Bytes.concat(piece, "\n".getBytes(UTF_8)));
  }

  static byte[] mixedScripts(byte[] input, SplittableRandom random) {
    StringBuilder words = new StringBuilder();
    int count = 1 + random.nextInt(20);
    for (int i = 0; i < count; i++) {
      words.append(i == 0 ? "" : " ").append(SCRIPTS.get(random.nextInt(SCRIPTS.size())));
    }
    String piece = random.nextBoolean() ? words.toString() : "\n" + words + "\n";
    return insertText(input, random, piece);
  }

  static byte[] bidi(byte[] input, SplittableRandom random) {
    if (random.nextBoolean()) {
      return insertText(input, random, "\n" + RTL_LINES.get(random.nextInt(RTL_LINES.size())) + "\n");
    }
    StringBuilder controls = new StringBuilder(); // unbalanced on purpose, sometimes
    for (int i = 1 + random.nextInt(4); i > 0; i--) {
      controls.append(BIDI.charAt(random.nextInt(BIDI.length())));
    }
    return insertText(input, random, controls.toString());
  }

  static byte[] oddCharacter(byte[] input, SplittableRandom random) {
    return insertText(input, random, ODD_CHARACTERS.get(random.nextInt(ODD_CHARACTERS.size())));
  }

  /** All line ends as CR only, or each one chosen at random among LF, CR LF, CR, LF CR, form feed + LF, U+2028. */
  static byte[] lineEndings(byte[] input, SplittableRandom random) {
    boolean crOnly = random.nextBoolean();
    String[] ends = {"\n", "\r\n", "\r", "\n\r", "\f\n", "\u2028", "\r\r\n"};
    ByteArrayOutputStream out = new ByteArrayOutputStream(input.length + 64);
    for (int i = 0; i < input.length; i++) {
      byte b = input[i];
      if (b == '\r' || b == '\n') {
        if (b == '\r' && i + 1 < input.length && input[i + 1] == '\n') {
          i++;
        }
        byte[] end = (crOnly ? "\r" : ends[random.nextInt(ends.length)]).getBytes(UTF_8);
        out.write(end, 0, end.length);
      } else {
        out.write(b);
      }
    }
    return out.toByteArray();
  }

  /** Swaps two heading lines, moves one elsewhere, or duplicates one: numbering that goes backwards or repeats. */
  static byte[] headingsOutOfOrder(byte[] input, SplittableRandom random) {
    List<byte[]> lines = lines(input);
    List<Integer> headings = headingLines(lines);
    if (headings.isEmpty()) {
      return input;
    }
    int a = headings.get(random.nextInt(headings.size()));
    int b = headings.get(random.nextInt(headings.size()));
    switch (random.nextInt(3)) {
      case 0 -> {
        byte[] t = lines.get(a);
        lines.set(a, lines.get(b));
        lines.set(b, t);
      }
      case 1 -> {
        byte[] moved = lines.remove(a); // before choosing the place: the list is one shorter now
        lines.add(random.nextInt(lines.size() + 1), moved);
      }
      default -> lines.add(random.nextInt(lines.size() + 1), lines.get(a));
    }
    return join(lines);
  }

  /** Replaces the number of a heading line with a huge, negative, zero-padded, Roman or non-ASCII one. */
  static byte[] hugeHeadingNumber(byte[] input, SplittableRandom random) {
    List<byte[]> lines = lines(input);
    List<Integer> headings = headingLines(lines);
    if (headings.isEmpty()) {
      return input;
    }
    int at = headings.get(random.nextInt(headings.size()));
    String line = new String(lines.get(at), UTF_8);
    Matcher m = NUMBER.matcher(line);
    String number = HUGE_NUMBERS.get(random.nextInt(HUGE_NUMBERS.size()));
    String changed = m.find() ? line.substring(0, m.start()) + number + line.substring(m.end()) : number + " " + line;
    lines.set(at, changed.getBytes(UTF_8));
    return join(lines);
  }

  /** Page numbers and running headers every few lines, sometimes with form feeds: what PDF extracts look like. */
  static byte[] pageNoise(byte[] input, SplittableRandom random) {
    List<byte[]> lines = lines(input);
    List<byte[]> out = new ArrayList<>(lines.size() + lines.size() / 5 + 2);
    int page = random.nextInt(3) == 0 ? random.nextInt(10_000) : 1;
    int every = 3 + random.nextInt(40);
    String header = random.nextBoolean() ? "КОНСТИТУЦИЯ РЕСПУБЛИКИ КАЗАХСТАН" : "Official Gazette No. 12";
    String[] forms = {"%d", "- %d -", "— %d —", "стр. %d", "Page %d", "%d/40"};
    String form = forms[random.nextInt(forms.length)];
    for (int i = 0; i < lines.size(); i++) {
      out.add(lines.get(i));
      if (i % every == every - 1) {
        String mark = String.format(java.util.Locale.ROOT, form, page++);
        out.add(((random.nextInt(4) == 0 ? "\f" : "") + mark).getBytes(UTF_8));
        if (random.nextBoolean()) {
          out.add(header.getBytes(UTF_8));
        }
      }
    }
    return join(out);
  }

  static byte[] blankFlood(byte[] input, SplittableRandom random) {
    String[] units = {"\n", " \n", "\t\n", "\u00A0\n", "\f", "\u3000\n", "\r\n", "   \t  "};
    String unit = units[random.nextInt(units.length)];
    int times = 1 + random.nextInt(random.nextBoolean() ? 10 : 50_000);
    return insertText(input, random, unit.repeat(times));
  }

  static byte[] shuffleLines(byte[] input, SplittableRandom random) {
    List<byte[]> lines = lines(input);
    if (lines.size() < 2) {
      return input;
    }
    for (int k = 1 + random.nextInt(5); k > 0; k--) {
      int a = random.nextInt(lines.size());
      int b = random.nextInt(lines.size());
      switch (random.nextInt(3)) {
        case 0 -> {
          byte[] t = lines.get(a);
          lines.set(a, lines.get(b));
          lines.set(b, t);
        }
        case 1 -> lines.add(b, lines.get(a));
        default -> {
          if (lines.size() > 1) {
            lines.remove(a);
          }
        }
      }
    }
    return join(lines);
  }

  /** Random text: code points from every plane that has assigned characters, with some line ends. */
  static byte[] randomText(byte[] input, SplittableRandom random) {
    StringBuilder text = new StringBuilder();
    int length = 1 + random.nextInt(random.nextBoolean() ? 200 : 20_000);
    for (int i = 0; i < length; i++) {
      int kind = random.nextInt(10);
      int cp = kind < 3 ? 0x20 + random.nextInt(0x5F)
          : kind < 5 ? 0x400 + random.nextInt(0x100)
          : kind == 5 ? '\n'
          : kind == 6 ? 0x1F300 + random.nextInt(0x300)
          : random.nextInt(0x110000);
      if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
        cp = 'x';
      }
      text.appendCodePoint(cp);
    }
    byte[] bytes = text.toString().getBytes(UTF_8);
    return random.nextBoolean() ? bytes : insertText(input, random, text.toString());
  }

  // ------------------------------------------------------------------------------------------------------ helpers

  private static byte[] randomBytes(SplittableRandom random, int n) {
    byte[] bytes = new byte[n];
    for (int i = 0; i < n; i++) {
      bytes[i] = (byte) random.nextInt(256);
    }
    return bytes;
  }

  /** Inserts {@code text} at a random character boundary (never inside a UTF-8 sequence). */
  private static byte[] insertText(byte[] input, SplittableRandom random, String text) {
    int at = random.nextInt(input.length + 1);
    while (at < input.length && (input[at] & 0xC0) == 0x80) {
      at++;
    }
    return ByteMutations.insert(input, at, text.getBytes(UTF_8));
  }

  private static int lineStart(byte[] input, int at) {
    int i = Math.min(at, input.length);
    while (i > 0 && input[i - 1] != '\n' && input[i - 1] != '\r') {
      i--;
    }
    return i;
  }

  private static byte[] stripLineEnds(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
    for (byte b : bytes) {
      if (b != '\n' && b != '\r' && b != '\f') {
        out.write(b);
      }
    }
    return out.toByteArray();
  }

  /** Splits at LF (a CR before it stays with the line, so CR LF texts keep their endings). */
  private static List<byte[]> lines(byte[] input) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < input.length; i++) {
      if (input[i] == '\n') {
        lines.add(Arrays.copyOfRange(input, start, i));
        start = i + 1;
      }
    }
    lines.add(Arrays.copyOfRange(input, start, input.length));
    return lines;
  }

  private static byte[] join(List<byte[]> lines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        out.write('\n');
      }
      out.write(lines.get(i), 0, lines.get(i).length);
    }
    return out.toByteArray();
  }

  private static List<Integer> headingLines(List<byte[]> lines) {
    List<Integer> headings = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      byte[] line = lines.get(i);
      if (line.length > 0 && line.length < 300 && HEADING.matcher(new String(line, UTF_8)).matches()) {
        headings.add(i);
      }
    }
    return headings;
  }
}
