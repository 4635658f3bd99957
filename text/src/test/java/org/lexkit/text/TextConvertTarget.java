package org.lexkit.text;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lexkit.akn.AknReadException;
import org.lexkit.akn.AknReader;
import org.lexkit.akn.AknWriteException;
import org.lexkit.akn.AknWriter;
import org.lexkit.akn.ValidationMode;
import org.lexkit.testing.fuzz.FuzzFinding;
import org.lexkit.testing.fuzz.FuzzTarget;

/**
 * The converter under fuzzing, with its promises as oracles:
 *
 * <ol>
 *   <li>{@code convert(bytes, name)} returns a {@link Conversion} or throws a {@link TextConversionException}; anything
 *       else that escapes (NPE, IAE, StackOverflowError, OutOfMemoryError) is a failure;
 *   <li>a refusal names the source as given and points at the offending character or byte: its line and column,
 *       counted as the converter counts lines (LF, CR LF or CR) and columns (code points), hold the control
 *       character, NUL or undecodable byte its detail names;
 *   <li>an accepted text loses nothing: {@link TextAccounting#assertNoTextLost} (every non-whitespace character of
 *       the input is in the document, in order, except the lines dropping warnings quote), and every warning lies
 *       inside the input;
 *   <li>the document is Akoma Ntoso: {@link AknWriter} writes it, and {@link AknReader#readDocument} reads the
 *       output back in {@link ValidationMode#STRICT} (schema-valid, mappable); the one allowed exception is a text
 *       with no provision at all (empty, or a title only), which the writer refuses as its javadoc says.
 * </ol>
 */
final class TextConvertTarget implements FuzzTarget {
  private static final Pattern CONTROL = Pattern.compile("(?:control character|noncharacter|unpaired surrogate) U\\+([0-9A-F]{4})");
  private static final Pattern AT_OFFSET = Pattern.compile("(?:NUL byte|byte 0x([0-9A-F]{2})) at offset ([0-9]+)");

  private final TextConverter converter;
  private final boolean checkAkn;

  private TextConvertTarget(TextConverter converter, boolean checkAkn) {
    this.converter = converter;
    this.checkAkn = checkAkn;
  }

  /** Returns the target for the default converter, with every oracle. */
  static TextConvertTarget create() {
    return new TextConvertTarget(TextConverter.create(), true);
  }

  @Override
  public List<String> run(byte[] input, String name) {
    Conversion conversion;
    try {
      conversion = converter.convert(input, name);
    } catch (TextConversionException e) {
      checkLocated(input, name, e);
      return ImmutableList.of("refused", "refused:" + reason(e));
    }
    if (!conversion.sourceName().equals(name)) {
      throw new FuzzFinding("wrong-source-name", conversion.sourceName() + " instead of " + name, null);
    }
    String text = TextDecoding.checkText(TextDecoding.decode(input, null, name), name);
    int lineCount = Lines.count(text);
    for (TextWarning warning : conversion.warnings()) {
      if (warning.line() > lineCount || warning.column() > Lines.length(text, warning.line()) + 1) {
        throw new FuzzFinding("warning-outside-input", warning + " but the input has " + lineCount + " lines", null);
      }
    }
    try {
      TextAccounting.assertNoTextLost(text, conversion);
    } catch (AssertionError e) {
      throw new FuzzFinding("text-lost", String.valueOf(e.getMessage()), e);
    }
    if (!checkAkn) {
      return ImmutableList.of("accepted");
    }
    byte[] xml;
    try {
      xml = AknWriter.create().writeToBytes(conversion.document());
    } catch (AknWriteException e) {
      // A text with nothing after its title converts to a document without provisions (documented, with a
      // warning), and an AKN <body> needs one: the writer's documented refusal, not a converter failure.
      if (conversion.document().body().children().isEmpty() && e.getMessage().contains("no provisions")) {
        return ImmutableList.of("accepted", "akn:empty-body-refused");
      }
      throw new FuzzFinding("akn-not-written", e.toString(), e);
    } catch (RuntimeException e) {
      throw new FuzzFinding("akn-not-written", e.toString(), e);
    }
    try {
      AknReader.create().withValidation(ValidationMode.STRICT)
          .readDocument(new ByteArrayInputStream(xml), name + ".akn.xml");
    } catch (AknReadException e) {
      throw new FuzzFinding("akn-not-strict-valid", e.getMessage(), e);
    } catch (IOException e) {
      throw new AssertionError("reading from memory cannot fail", e);
    }
    return ImmutableList.of("accepted", "akn:strict-valid");
  }

  /** A short stable label for the refusal's reason, for the statistics. */
  private static String reason(TextConversionException e) {
    String detail = e.detail();
    if (detail.contains("NUL byte")) {
      return "nul";
    } else if (detail.contains("control character")) {
      return "control-character";
    } else if (detail.contains("noncharacter") || detail.contains("surrogate")) {
      return "noncharacter";
    } else if (detail.contains("byte-order mark")) {
      return "utf16-bom";
    } else if (detail.contains("cannot be decoded")) {
      return "invalid-utf8";
    }
    return "other";
  }

  /** Checks that the refusal names the source and points at what its detail names. */
  private static void checkLocated(byte[] input, String name, TextConversionException e) {
    if (!e.sourceName().equals(name) || !e.getMessage().startsWith(name + ":" + e.line() + ":" + e.column() + ": ")) {
      throw new FuzzFinding("badly-located", "source " + e.sourceName() + " instead of " + name + ": "
          + e.getMessage(), e);
    }
    String detail = e.detail();
    Matcher control = CONTROL.matcher(detail);
    Matcher offset = AT_OFFSET.matcher(detail);
    if (control.find()) {
      String text = new String(input, UTF_8); // the refusal came after a successful strict decoding
      text = text.startsWith("\uFEFF") ? text.substring(1) : text;
      int expected = Integer.parseInt(control.group(1), 16);
      int found = Lines.codePointAt(text, e.line(), e.column());
      found = Character.isSupplementaryCodePoint(found) ? -1 : found; // a surrogate's detail names the char
      if (found != expected) {
        throw new FuzzFinding("badly-located", String.format(Locale.ROOT,
            "%s, but %d:%d holds U+%04X", e.getMessage(), e.line(), e.column(), found), e);
      }
    } else if (offset.find()) {
      int at = Integer.parseInt(offset.group(2));
      int[] where = Lines.position(input, at);
      boolean rightByte = offset.group(1) == null ? input[at] == 0
          : (input[at] & 0xFF) == Integer.parseInt(offset.group(1), 16);
      if (!rightByte || where[0] != e.line() || where[1] != e.column()) {
        throw new FuzzFinding("badly-located", e.getMessage() + ", but offset " + at + " is at " + where[0] + ":"
            + where[1], e);
      }
    } else if (!detail.contains("byte-order mark") || e.line() != 1 || e.column() != 1) {
      throw new FuzzFinding("unexplained-refusal", e.getMessage(), e);
    }
  }

  /** Lines and columns as the converter counts them: lines end at LF, CR LF or CR; columns count code points. */
  static final class Lines {
    private Lines() {}

    static int count(String text) {
      int lines = 1;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
          lines++;
        }
      }
      return lines;
    }

    /** Returns the index of the first character of 1-based {@code line}, or -1. */
    static int start(String text, int line) {
      int current = 1;
      for (int i = 0; i < text.length() && current < line; i++) {
        char c = text.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
          current++;
          if (current == line) {
            return i + 1;
          }
        }
      }
      return current == line ? 0 : -1;
    }

    /** Returns the length of 1-based {@code line} in code points. */
    static int length(String text, int line) {
      int start = start(text, line);
      if (start < 0) {
        return -1;
      }
      int end = start;
      while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      return text.codePointCount(start, end);
    }

    static int codePointAt(String text, int line, int column) {
      int start = start(text, line);
      if (start < 0 || column > length(text, line)) {
        return -1;
      }
      return text.codePointAt(text.offsetByCodePoints(start, column - 1));
    }

    /** Returns the 1-based line and column of a byte offset in UTF-8 bytes (columns count lead bytes). */
    static int[] position(byte[] bytes, int offset) {
      int line = 1;
      int column = 1;
      // A UTF-8 byte-order mark is not text: the converter skips it, and so does an editor's column count.
      int first = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
          && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
      for (int i = first; i < offset && i < bytes.length; i++) {
        byte b = bytes[i];
        if (b == '\n' || (b == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
          line++;
          column = 1;
        } else if (b != '\r' && (b & 0xC0) != 0x80) {
          column++;
        }
      }
      return new int[] {line, column};
    }
  }
}
