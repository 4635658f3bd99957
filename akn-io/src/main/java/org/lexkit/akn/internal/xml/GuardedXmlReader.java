package org.lexkit.akn.internal.xml;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.lexkit.akn.MalformedAknException;
import org.lexkit.akn.SourceLocation;

/**
 * The first stage of every read: decodes the bytes strictly (a malformed byte sequence is an error, never a silent
 * U+FFFD) and watches the character stream with a tiny lexer before the XML parser sees it. It refuses a DOCTYPE
 * as soon as {@code <!DOCTYPE} appears and refuses oversized attribute values and text runs, and start tags with
 * more than {@link XmlLimits#MAX_ATTRIBUTES} attributes and namespace declarations (and documents with more than
 * {@link XmlLimits#MAX_NAMESPACE_DECLARATIONS} declarations), while they stream in, so a
 * hostile document fails with a location after at most {@link XmlLimits} characters, without the parser ever
 * buffering the whole value.
 *
 * <p>The encoding is detected as XML 1.0 Appendix F describes: byte order mark, else the {@code encoding} of the
 * XML declaration, else UTF-8. The parser then reads characters, so the declaration's encoding is not applied
 * twice.
 *
 * <p>Not thread-safe; one instance per read. A refusal is thrown as {@link Refusal} (an {@link IOException}, so it
 * passes through the parser) and also kept in {@link #refusal()}, because parsers wrap reader exceptions.
 */
public final class GuardedXmlReader extends Reader {

  /** An {@link IOException} carrying the located refusal through the XML parser. */
  public static final class Refusal extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient MalformedAknException exception;

    Refusal(MalformedAknException exception) {
      super(exception.getMessage());
      this.exception = exception;
    }

    /**
     * Returns the located exception to throw to the caller.
     *
     * @return the refusal
     */
    public MalformedAknException exception() {
      return exception;
    }
  }

  private static final Pattern ANY_ENCODING = Pattern.compile("\\sencoding\\s*=\\s*[\"']([^\"']*)[\"']");
  private static final Pattern VERSION = Pattern.compile("\\sversion\\s*=\\s*[\"']([^\"']*)[\"']");
  private static final Pattern ENCODING_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9._\\-]*");
  private static final int DECLARATION_MAX_BYTES = 512;
  private static final String XMLNS = "xmlns";
  private static final int DECLARATION = XMLNS.length() + 1;

  private enum State {
    TEXT, LT, START_TAG, END_TAG, ATTRIBUTE_VALUE, BANG, COMMENT, CDATA, PI, DECLARATION
  }

  private final InputStream in;
  private final CharsetDecoder decoder;
  private final String systemId;
  private final long characterLimit;
  private long delivered;
  private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024);
  private final CharBuffer chars = CharBuffer.allocate(16 * 1024);
  private boolean endOfInput;
  private boolean exhausted;
  private @Nullable String pendingDecodeError;
  private @Nullable MalformedAknException refusal;

  // Line of the next character, 1-based, counted the way XML parsers count lines (\n, \r\n and \r). Columns are
  // derived from character offsets (the offset of the current line's first character), so the common characters
  // cost no bookkeeping at all.
  private int line = 1;
  private long lineStart;
  /** Characters scanned before the buffer being scanned: the offset of its first character. */
  private long consumed;

  private State state = State.TEXT;
  private char quote;
  private int runLength;
  private int runLine;
  private int runColumn;
  /** Attributes plus namespace declarations of the start tag being scanned (each is one quoted value). */
  private int attributesInTag;
  /**
   * How much of {@code xmlns} the current attribute name has matched: -1 for a name that is no declaration, 0 to 5
   * for the characters so far, {@link #DECLARATION} once {@code xmlns} is followed by {@code :} or {@code =}.
   */
  private int xmlnsMatched = -1;
  private long namespaceDeclarations;
  private final StringBuilder bang = new StringBuilder(9);
  private char previous1;
  private char previous2;

  private GuardedXmlReader(InputStream in, Charset charset, String systemId, long characterLimit) {
    this.in = in;
    this.characterLimit = characterLimit;
    this.decoder =
        charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.systemId = systemId;
    chars.flip(); // empty, ready for reading
  }

  /**
   * Detects the encoding of {@code in} and returns a guarded reader over it that refuses documents longer than
   * {@link XmlLimits#defaultCharacterLimit()}. Skips a byte order mark.
   *
   * @param in the document's bytes; read but not closed
   * @param systemId the name used in locations
   * @return the reader
   * @throws IOException if {@code in} fails
   * @throws MalformedAknException if the declared encoding is unknown or contradicts the bytes
   */
  public static GuardedXmlReader open(InputStream in, String systemId) throws IOException {
    return open(in, systemId, XmlLimits.defaultCharacterLimit());
  }

  /**
   * Detects the encoding of {@code in} and returns a guarded reader over it. Skips a byte order mark.
   *
   * @param in the document's bytes; read but not closed
   * @param systemId the name used in locations
   * @param characterLimit the most characters (UTF-16 code units, after decoding) the document may have; one more
   *     and the read is refused, so a stream that never ends fails instead of running forever
   * @return the reader
   * @throws IOException if {@code in} fails
   * @throws MalformedAknException if the declared encoding is unknown or contradicts the bytes
   */
  public static GuardedXmlReader open(InputStream in, String systemId, long characterLimit) throws IOException {
    if (characterLimit < 1) {
      throw new IllegalArgumentException("character limit must be at least 1: " + characterLimit);
    }
    PushbackInputStream pushback = new PushbackInputStream(in, DECLARATION_MAX_BYTES);
    byte[] head = new byte[DECLARATION_MAX_BYTES];
    int n = pushback.readNBytes(head, 0, 4);
    Charset charset;
    int skip = 0;
    if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      charset = StandardCharsets.UTF_8;
      skip = 3;
    } else if (n >= 4 && head[0] == 0 && head[1] == 0 && (head[2] & 0xFF) == 0xFE && (head[3] & 0xFF) == 0xFF) {
      charset = Charset.forName("UTF-32BE");
      skip = 4;
    } else if (n >= 4 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE && head[2] == 0 && head[3] == 0) {
      charset = Charset.forName("UTF-32LE");
      skip = 4;
    } else if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (n == 4 && head[0] == 0 && head[1] == '<' && head[2] == 0 && head[3] == '?') {
      charset = StandardCharsets.UTF_16BE;
    } else if (n == 4 && head[0] == '<' && head[1] == 0 && head[2] == '?' && head[3] == 0) {
      charset = StandardCharsets.UTF_16LE;
    } else if (n == 4 && head[0] == '<' && head[1] == '?' && head[2] == 'x' && head[3] == 'm') {
      n += pushback.readNBytes(head, 4, DECLARATION_MAX_BYTES - 4);
      charset = declaredEncoding(new String(head, 0, n, US_ASCII), systemId);
    } else {
      charset = StandardCharsets.UTF_8;
    }
    if (charset != StandardCharsets.UTF_8 || skip > 0) {
      // A byte order mark or UTF-16/32 bytes fixed the encoding; a declaration must agree with it, or parsers
      // disagree on the text (the JDK's own honours the declaration; found by fuzzing).
      n += pushback.readNBytes(head, n, DECLARATION_MAX_BYTES - n);
      checkAgreement(new String(head, skip, n - skip, charset), charset, skip > 0, systemId);
    }
    pushback.unread(head, skip, n - skip);
    return new GuardedXmlReader(pushback, charset, systemId, characterLimit);
  }

  /**
   * The value of the declaration's {@code encoding} pseudo-attribute, whatever it is; null if there is none. Also
   * refuses XML 1.1: the JDK parser then applies XML 1.1 rules (and reports {@code xmlns} as an attribute), and
   * Akoma Ntoso, like the writer, is XML 1.0 (found by probing the fuzzer's declaration mutations).
   */
  private static @Nullable String encodingValue(String head, String systemId) {
    if (!head.startsWith("<?xml") || head.length() < 6 || !Character.isWhitespace(head.charAt(5))) {
      return null; // no declaration (a processing instruction such as <?xml-stylesheet?> is not one)
    }
    int end = head.indexOf("?>");
    if (end < 0 && head.length() >= DECLARATION_MAX_BYTES) {
      // Its encoding could not be checked: the JDK parser would refuse what this reader then read as UTF-8 (an
      // encoding name of a thousand characters, found by the fuzzer's deep numbering). Real ones take 40 bytes.
      throw new MalformedAknException(SourceLocation.of(systemId, 1, 1), "the XML declaration is longer than "
          + DECLARATION_MAX_BYTES + " bytes; refused as hostile", null);
    }
    Matcher version = VERSION.matcher(end < 0 ? head : head.substring(0, end));
    if (version.find() && version.group(1).equals("1.1")) {
      throw new MalformedAknException(SourceLocation.of(systemId, 1, 1), "the XML declaration says version='1.1';"
          + " Akoma Ntoso documents are XML 1.0 (declare version='1.0')", null);
    }
    Matcher m = ANY_ENCODING.matcher(end < 0 ? head : head.substring(0, end));
    if (!m.find()) {
      return null;
    }
    String name = m.group(1);
    if (!ENCODING_NAME.matcher(name).matches()) {
      throw new MalformedAknException(SourceLocation.of(systemId, 1, 1), "'" + name + "' in the XML"
          + " declaration is not an encoding name (XML 1.0 EncName: a letter, then letters, digits, '.', '_', '-')",
          null);
    }
    return name;
  }

  private static void checkAgreement(String head, Charset detected, boolean byteOrderMark, String systemId) {
    String name = encodingValue(head, systemId);
    if (name == null) {
      return;
    }
    Charset declared;
    try {
      declared = Charset.forName(name);
    } catch (UnsupportedCharsetException | IllegalCharsetNameException e) {
      throw new MalformedAknException(SourceLocation.of(systemId, 1, 1),
          "unsupported encoding '" + name + "' in the XML declaration; use UTF-8", e);
    }
    String family = detected.name().replaceFirst("(BE|LE)$", "");
    if (!declared.equals(detected) && !declared.name().equals(family)) {
      throw new MalformedAknException(SourceLocation.of(systemId, 1, 1), (byteOrderMark ? "the byte order mark says"
          : "the first bytes say") + " the document is " + detected.name() + " but the XML declaration says"
          + " encoding='" + name + "'; make them agree", null);
    }
  }

  private static Charset declaredEncoding(String head, String systemId) {
    String name = encodingValue(head, systemId);
    if (name == null) {
      return StandardCharsets.UTF_8;
    }
    String upper = name.toUpperCase(Locale.ROOT);
    if (upper.startsWith("UTF-16") || upper.startsWith("UTF-32") || upper.startsWith("UCS")) {
      throw new MalformedAknException(SourceLocation.of(systemId, 1, 1),
          "the XML declaration says encoding='" + name + "' but the bytes are ASCII-compatible (no byte order mark);"
              + " fix the declaration", null);
    }
    try {
      return Charset.forName(name);
    } catch (UnsupportedCharsetException | IllegalCharsetNameException e) {
      throw new MalformedAknException(SourceLocation.of(systemId, 1, 1),
          "unsupported encoding '" + name + "' in the XML declaration; use UTF-8", e);
    }
  }

  /**
   * Returns the refusal thrown, if any; check it first when the parser reports an error.
   *
   * @return the refusal, or null
   */
  public @Nullable MalformedAknException refusal() {
    return refusal;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (refusal != null) {
      throw new Refusal(refusal);
    }
    if (length == 0) {
      return 0;
    }
    if (!chars.hasRemaining()) {
      if (pendingDecodeError != null) {
        throw refuse(line, nextColumn(), pendingDecodeError);
      }
      if (!fill()) {
        return -1;
      }
    }
    int count = Math.min(length, chars.remaining());
    chars.get(buffer, offset, count);
    if (count > characterLimit - delivered) {
      scan(buffer, offset, (int) (characterLimit - delivered)); // so the refusal points at the first extra character
      throw refuse(line, nextColumn(), "the document is longer than " + characterLimit + " characters; refused as too"
          + " large (AknReader.withCharacterLimit raises the limit)");
    }
    delivered += count;
    scan(buffer, offset, count);
    return count;
  }

  private boolean fill() throws IOException {
    if (exhausted) {
      return false; // the decoder is flushed; parsers may ask again after the end (an empty input does)
    }
    chars.clear();
    while (chars.position() == 0) {
      if (!endOfInput && bytes.position() < bytes.capacity()) {
        int read = in.read(bytes.array(), bytes.position(), bytes.capacity() - bytes.position());
        if (read < 0) {
          endOfInput = true;
        } else {
          bytes.position(bytes.position() + read);
        }
      }
      bytes.flip();
      CoderResult result = decoder.decode(bytes, chars, endOfInput);
      if (result.isError()) {
        pendingDecodeError = "the bytes are not valid " + decoder.charset().name()
            + " (malformed sequence of " + result.length() + " byte(s)); declare the file's real encoding";
        bytes.compact();
        break;
      }
      bytes.compact();
      if (endOfInput && chars.position() == 0) {
        exhausted = true;
        if (decoder.flush(chars).isError() || chars.position() == 0) {
          if (bytes.position() > 0) {
            pendingDecodeError = "the input ends in the middle of a " + decoder.charset().name() + " character";
          }
          break;
        }
      }
    }
    chars.flip();
    if (!chars.hasRemaining() && pendingDecodeError != null) {
      throw refuse(line, nextColumn(), pendingDecodeError);
    }
    return chars.hasRemaining();
  }

  /**
   * Runs the lexer over {@code buffer[offset, offset + count)}. Text, tags and attribute values, nearly every
   * character of a document, are skipped by tight loops that only look for the character ending them and for line
   * ends; the rarer constructs (comments, CDATA, processing instructions, declarations) go through {@link #step}.
   */
  private void scan(char[] buffer, int offset, int count) throws Refusal {
    int end = offset + count;
    int i = offset;
    while (i < end) {
      switch (state) {
        case TEXT: {
          int start = i;
          char c = 0;
          while (i < end && (c = buffer[i]) != '<') {
            if (c <= '\r') {
              lineEnd(buffer, offset, i);
            }
            i++;
          }
          runLength += i - start;
          if (runLength > XmlLimits.MAX_TEXT_CHARS) {
            throw tooLong("text");
          }
          if (i < end) {
            state = State.LT;
            runLine = line;
            runColumn = column(offset, i);
            i++;
          }
          break;
        }
        case START_TAG:
        case END_TAG: {
          char c = 0;
          while (i < end && (c = buffer[i]) != '"' && c != '\'' && c != '>') {
            if (c <= ' ') {
              if (c <= '\r') {
                lineEnd(buffer, offset, i);
              }
              if (xmlnsMatched < XMLNS.length()) {
                xmlnsMatched = 0; // an attribute name may start next
              }
            } else if (xmlnsMatched >= 0 && xmlnsMatched < XMLNS.length()) {
              xmlnsMatched = c == XMLNS.charAt(xmlnsMatched) ? xmlnsMatched + 1 : -1;
            } else if (xmlnsMatched == XMLNS.length()) {
              xmlnsMatched = c == ':' || c == '=' ? DECLARATION : -1;
            }
            i++;
          }
          if (i < end) {
            if (c == '>') {
              state = State.TEXT;
              runLength = 0;
              runLine = line;
              runColumn = column(offset, i) + 1;
            } else {
              // The parser checks namespace declarations for duplicates pairwise (the JDK's attribute limit does
              // not count them): bounded here, 200,000 on one element took 26 s and could fill the heap.
              if (state == State.START_TAG && ++attributesInTag > XmlLimits.MAX_ATTRIBUTES) {
                throw refuse(runLine, runColumn, "the element starting here has more than "
                    + XmlLimits.MAX_ATTRIBUTES + " attributes and namespace declarations; refused as hostile");
              }
              // The writer declares every prefix on the root, so the document's sum is bounded too.
              if (xmlnsMatched == DECLARATION && ++namespaceDeclarations > XmlLimits.MAX_NAMESPACE_DECLARATIONS) {
                throw refuse(runLine, runColumn, "the document has more than "
                    + XmlLimits.MAX_NAMESPACE_DECLARATIONS + " namespace declarations; refused as hostile");
              }
              xmlnsMatched = -1;
              quote = c;
              state = State.ATTRIBUTE_VALUE;
              runLength = 0;
            }
            i++;
          }
          break;
        }
        case ATTRIBUTE_VALUE: {
          int start = i;
          char c;
          while (i < end && (c = buffer[i]) != quote) {
            if (c <= '\r') {
              lineEnd(buffer, offset, i);
            }
            i++;
          }
          runLength += i - start;
          if (runLength > XmlLimits.MAX_ATTRIBUTE_CHARS) {
            throw refuse(runLine, runColumn, "an attribute value of the element starting here is longer than "
                + XmlLimits.MAX_ATTRIBUTE_CHARS + " characters; refused as hostile");
          }
          if (i < end) {
            state = State.START_TAG;
            i++;
          }
          break;
        }
        default: {
          char c = buffer[i];
          char before1 = i > offset ? buffer[i - 1] : previous1;
          char before2 = i > offset + 1 ? buffer[i - 2] : i > offset ? previous1 : previous2;
          step(c, before1, before2, offset, i);
          if (c <= '\r') {
            lineEnd(buffer, offset, i);
          }
          i++;
        }
      }
    }
    if (count > 0) {
      previous2 = count > 1 ? buffer[end - 2] : previous1;
      previous1 = buffer[end - 1];
    }
    consumed += count;
  }

  /** Counts a line end at {@code buffer[i]}, if it is one: {@code \n} (unless after {@code \r}) or {@code \r}. */
  private void lineEnd(char[] buffer, int offset, int i) {
    char c = buffer[i];
    if (c == '\n') {
      char before = i > offset ? buffer[i - 1] : previous1;
      if (before != '\r') {
        line++;
      }
      lineStart = consumed + (i - offset) + 1;
    } else if (c == '\r') {
      line++;
      lineStart = consumed + (i - offset) + 1;
    }
  }

  /** Returns the 1-based column of {@code buffer[i]} while scanning a buffer that starts at {@code offset}. */
  private int column(int offset, int i) {
    return (int) (consumed + (i - offset) - lineStart + 1);
  }

  /** Returns the column of the next character to be scanned. */
  private int nextColumn() {
    return (int) (consumed - lineStart + 1);
  }

  /**
   * Advances the lexer by one character in the rare states; {@code line} still points at {@code c}, which is
   * {@code buffer[i]}, and {@code before1}, {@code before2} are the two characters before it.
   */
  private void step(char c, char before1, char before2, int offset, int i) throws Refusal {
    switch (state) {
      case LT:
        if (c == '/') {
          state = State.END_TAG;
        } else if (c == '!') {
          state = State.BANG;
          bang.setLength(0);
        } else if (c == '?') {
          state = State.PI;
          runLength = 0;
        } else {
          state = State.START_TAG;
          attributesInTag = 0;
          xmlnsMatched = -1; // the element's name comes first
        }
        break;
      case BANG:
        bang.append(c);
        if (bang.length() == 2 && bang.charAt(0) == '-' && bang.charAt(1) == '-') {
          state = State.COMMENT;
          runLength = 0;
        } else if ("[CDATA[".contentEquals(bang)) {
          state = State.CDATA;
          runLength = 0;
        } else if ("DOCTYPE".contentEquals(bang)) {
          throw refuse(runLine, runColumn, "a DOCTYPE is not allowed: Akoma Ntoso needs no DTD, and a DTD can"
              + " declare entities that read local files, reach the network or expand exponentially");
        } else if (bang.length() >= 7 || c == '>') {
          state = c == '>' ? State.TEXT : State.DECLARATION;
        }
        break;
      case COMMENT:
        if (c == '>' && before1 == '-' && before2 == '-') {
          state = State.TEXT;
          runLength = 0;
        } else {
          countRun("comment");
        }
        break;
      case CDATA:
        if (c == '>' && before1 == ']' && before2 == ']') {
          state = State.TEXT;
        } else {
          countRun("CDATA section");
        }
        break;
      case PI:
        if (c == '>' && before1 == '?') {
          state = State.TEXT;
          runLength = 0;
        } else {
          countRun("processing instruction");
        }
        break;
      case DECLARATION:
        if (c == '>') {
          state = State.TEXT;
          runLength = 0;
        }
        break;
      default:
        // TEXT, START_TAG, END_TAG and ATTRIBUTE_VALUE are handled by the loops in scan
        throw new AssertionError(state + " at column " + column(offset, i));
    }
  }

  private Refusal tooLong(String what) {
    return refuse(runLine, runColumn,
        "a " + what + " starting here is longer than " + XmlLimits.MAX_TEXT_CHARS + " characters; refused as hostile");
  }

  private void countRun(String what) throws Refusal {
    if (++runLength > XmlLimits.MAX_TEXT_CHARS) {
      throw tooLong(what);
    }
  }

  private Refusal refuse(int atLine, int atColumn, String detail) {
    refusal = new MalformedAknException(SourceLocation.of(systemId, atLine, atColumn), detail, null);
    return new Refusal(refusal);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
