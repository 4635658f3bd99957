package org.lexkit.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Turns input bytes into text, refusing what is not text: binary data, byte-order marks of another encoding, and
 * bytes that are invalid in the expected encoding. Each refusal says where and what to do instead.
 */
final class TextDecoding {
  private TextDecoding() {}

  /** How a size refusal ends: how to raise the limit, through the API and the command line. */
  private static final String RAISE_THE_LIMIT =
      "; refused as too large (TextConverter.withSizeLimit or lexkit convert --max-size raises the limit)";

  /** Reads at most {@code limit + 1} bytes, so that a larger input is seen to be one without being read whole. */
  static byte[] readAtMost(InputStream in, long limit) throws IOException {
    return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
  }

  /** Refuses more than {@code limit} bytes, at the first byte past the limit. */
  static void checkSize(byte[] bytes, long limit, String sourceName) {
    if (bytes.length > limit) {
      int[] where = position(bytes, (int) limit);
      throw new TextConversionException(sourceName, where[0], where[1],
          "the input is larger than the size limit of " + limit + " bytes" + RAISE_THE_LIMIT, null);
    }
  }

  /** Refuses more than {@code limit} characters, at the first character past the limit. */
  static void checkSize(String text, long limit, String sourceName) {
    if (text.length() > limit) {
      int line = 1;
      int column = 1;
      for (int i = 0; i < limit; i++) {
        char c = text.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
          line++;
          column = 1;
        } else if (c != '\r' && !Character.isLowSurrogate(c)) {
          column++;
        }
      }
      throw new TextConversionException(sourceName, line, column,
          "the input is longer than the size limit of " + limit + " characters" + RAISE_THE_LIMIT, null);
    }
  }

  /**
   * Decodes {@code bytes}: strictly as UTF-8 (a UTF-8 byte-order mark is skipped) unless {@code charset} is given.
   *
   * @throws TextConversionException if the bytes are binary or do not decode
   */
  static String decode(byte[] bytes, @Nullable Charset charset, String sourceName) {
    int start = 0;
    Charset effective = charset == null ? StandardCharsets.UTF_8 : charset;
    if (charset == null) {
      if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
        start = 3;
      } else if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
        throw new TextConversionException(sourceName, 1, 1,
            "the input starts with a UTF-16 byte-order mark; it is not UTF-8. Pass the encoding explicitly, e.g. "
                + "TextConverter.withCharset(StandardCharsets.UTF_16)", null);
      }
      for (int i = start; i < bytes.length; i++) {
        if (bytes[i] == 0) {
          int[] where = position(bytes, i);
          throw new TextConversionException(sourceName, where[0], where[1],
              "the input contains a NUL byte at offset " + i + "; this is binary data (a PDF, a Word file, or UTF-16 "
                  + "text?), not plain text. Extract the text first, or pass its encoding with withCharset", null);
        }
      }
    }
    if (effective.equals(StandardCharsets.UTF_8)) {
      // Fast path: the JDK's bulk decoder replaces malformed input with U+FFFD, which valid legal text almost
      // never contains; only when it appears does the strict decoder run, to tell a real U+FFFD from bad bytes.
      String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') < 0) {
        return text;
      }
    }
    CharsetDecoder decoder = effective.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
        (long) ((bytes.length - start) * (double) decoder.maxCharsPerByte()) + 16));
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      int[] where = position(bytes, offset);
      String hint = charset == null ? " " + guessEncoding(bytes, start) : "";
      throw new TextConversionException(sourceName, where[0], where[1],
          String.format(Locale.ROOT, "the input is not valid %s: byte 0x%02X at offset %d cannot be decoded.%s",
              effective.name(), bytes[offset] & 0xFF, offset, hint),
          toException(result));
    }
    out.flip();
    String text = out.toString();
    if (charset != null && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    return text;
  }

  /**
   * Refuses text with control characters other than tab, line feed, carriage return and form feed: such text is
   * binary data decoded by mistake, and no legal text contains them.
   *
   * @return {@code text} without a leading byte-order mark
   * @throws TextConversionException naming the first control character's place
   */
  static String checkText(String text, String sourceName) {
    String body = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      // Lines end at LF, CR LF or CR, as SourceLines (and so every warning) counts them.
      if (c == '\n' || (c == '\r' && (i + 1 == body.length() || body.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      } else if ((c < 0x20 && c != '\t' && c != '\r' && c != '\f') || c == 0x7F) {
        throw new TextConversionException(sourceName, line, body.codePointCount(lineStart, i) + 1,
            String.format(Locale.ROOT, "control character U+%04X; this is binary data, not plain text", (int) c),
            null);
      } else if (c >= 0xFFFE || (Character.isSurrogate(c) && !isPaired(body, i))) {
        // XML 1.0 (AKN) has no U+FFFE, U+FFFF or lone surrogates: such a text could be converted but never written.
        throw new TextConversionException(sourceName, line, body.codePointCount(lineStart, i) + 1,
            String.format(Locale.ROOT, "%s U+%04X is not a character of any text (XML 1.0 forbids it too); this "
                + "is binary data or a broken conversion, not plain text",
                Character.isSurrogate(c) ? "unpaired surrogate" : "noncharacter", (int) c), null);
      } else if (Character.isHighSurrogate(c)) {
        i++; // its low surrogate, checked above by isPaired
      }
    }
    return body;
  }

  private static boolean isPaired(String text, int i) {
    char c = text.charAt(i);
    return Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
  }

  private static String guessEncoding(byte[] bytes, int start) {
    int high = 0;
    int cyrillicRange = 0;
    for (int i = start; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if (b >= 0x80) {
        high++;
        if (b >= 0xC0) {
          cyrillicRange++;
        }
      }
    }
    if (high > 0 && cyrillicRange * 10 >= high * 7) {
      return "Most non-ASCII bytes lie in 0xC0-0xFF, as in a single-byte Cyrillic encoding: pass it explicitly, "
          + "e.g. withCharset(Charset.forName(\"windows-1251\")).";
    }
    return "It may be in a single-byte encoding: pass it explicitly, e.g. withCharset(Charset.forName(\"windows-1252\")).";
  }

  private static CharacterCodingException toException(CoderResult result) {
    try {
      result.throwException();
    } catch (CharacterCodingException e) {
      return e;
    }
    return new CharacterCodingException();
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the 1-based line and column (in code points, counting UTF-8 lead bytes) of a byte offset. Lines end at
   * LF, CR LF or CR, as {@link SourceLines} counts them (counting LF only put errors in CR-only texts on line 1);
   * a leading UTF-8 byte-order mark is not a column.
   */
  private static int[] position(byte[] bytes, int offset) {
    int line = 1;
    int column = 1;
    for (int i = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0; i < offset && i < bytes.length; i++) {
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
