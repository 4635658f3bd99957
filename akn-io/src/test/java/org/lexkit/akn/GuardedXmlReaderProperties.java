package org.lexkit.akn;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.lexkit.akn.Theories.qt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.lexkit.akn.internal.xml.GuardedXmlReader;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Laws of the guarded reader's lexer: it passes every character through unchanged, and it locates a refusal at the
 * same line and column however the parser happens to cut the stream into reads (the lexer skips text, tags and
 * attribute values in bulk, so a line end or a comment's {@code -->} may straddle two reads).
 */
class GuardedXmlReaderProperties {
  /** Fragments of XML that exercise every lexer state and all three line-end conventions. */
  private static final List<String> FRAGMENTS = List.of(
      "text ", "a\nb", "c\r\nd", "e\rf", "\r", "\n", "\r\n", "<p>", "</p>", "<br/>", "<x a=\"1\nx\r\ny\">",
      "<y b='q\"\r'>", "<!-- note -- - -->", "<!--\r\n-->", "<![CDATA[ <not a tag> ]] ]>]]>", "<?pi data??>",
      "<?pi\n?>", "<!ENTITYX>", "<!>", "é", "ж", "\uD83D\uDE00", "\t", ">", "]]", "--");

  private static Gen<String> documents() {
    return SourceDSL.lists().of(Generate.pick(FRAGMENTS)).ofSizeBetween(0, 40)
        .map(parts -> "<root>" + String.join("", parts));
  }

  private static Gen<Integer> chunkSizes() {
    return Generate.pick(List.of(1, 2, 3, 5, 7, 16, 8192));
  }

  @Test
  void read_anyChunking_passesEveryCharacterThrough() {
    qt().forAll(documents(), chunkSizes()).checkAssert((xml, chunk) ->
        assertThat(readAll(xml + "</root>", chunk)).isEqualTo(xml + "</root>"));
  }

  @Test
  void doctype_anyChunking_refusedAtItsOpeningBracket() {
    qt().forAll(documents(), chunkSizes()).checkAssert((xml, chunk) -> {
      MalformedAknException refusal = refusal(xml + "<!DOCTYPE x>", chunk);
      assertThat(refusal).isNotNull();
      assertThat(refusal.detail()).startsWith("a DOCTYPE is not allowed");
      int[] expected = position(xml, xml.length());
      assertThat(refusal.location().line()).isEqualTo(expected[0]);
      assertThat(refusal.location().column()).isEqualTo(expected[1]);
    });
  }

  @Test
  void invalidBytes_anyChunking_refusedWhereTheyStart() {
    qt().forAll(documents(), chunkSizes()).checkAssert((xml, chunk) -> {
      byte[] head = xml.getBytes(UTF_8);
      byte[] bytes = java.util.Arrays.copyOf(head, head.length + 2);
      bytes[head.length] = (byte) 0xC3; // a lead byte followed by a byte that cannot continue it
      bytes[head.length + 1] = (byte) 'x';
      MalformedAknException refusal = refusal(bytes, chunk);
      assertThat(refusal).isNotNull();
      assertThat(refusal.detail()).contains("not valid UTF-8");
      int[] expected = position(xml, xml.length());
      assertThat(refusal.location().line()).isEqualTo(expected[0]);
      assertThat(refusal.location().column()).isEqualTo(expected[1]);
    });
  }

  /** Line and column of {@code text.charAt(index)}, counted naively: \n, \r\n and \r each end a line. */
  private static int[] position(String text, int index) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < index; i++) {
      char c = text.charAt(i);
      if (c == '\r' || (c == '\n' && (i == 0 || text.charAt(i - 1) != '\r'))) {
        line++;
        column = 1;
      } else if (c == '\n') {
        column = 1;
      } else {
        column++;
      }
    }
    return new int[] {line, column};
  }

  private static String readAll(String xml, int chunk) {
    try (GuardedXmlReader reader = GuardedXmlReader.open(new ByteArrayInputStream(xml.getBytes(UTF_8)), "t")) {
      StringBuilder out = new StringBuilder();
      char[] buffer = new char[chunk];
      for (int n; (n = reader.read(buffer, 0, chunk)) >= 0; ) {
        out.append(buffer, 0, n);
      }
      return out.toString();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static @Nullable MalformedAknException refusal(String xml, int chunk) {
    return refusal(xml.getBytes(UTF_8), chunk);
  }

  private static @Nullable MalformedAknException refusal(byte[] bytes, int chunk) {
    try (GuardedXmlReader reader = GuardedXmlReader.open(new ByteArrayInputStream(bytes), "t")) {
      char[] buffer = new char[chunk];
      while (reader.read(buffer, 0, chunk) >= 0) {
        // read on until the refusal
      }
      return null;
    } catch (GuardedXmlReader.Refusal e) {
      return e.exception();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
