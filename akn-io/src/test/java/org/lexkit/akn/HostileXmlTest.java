package org.lexkit.akn;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.lexkit.akn.testing.Akn;

/**
 * Hostile XML through every public read entry point (Path, InputStream, String) and every validation mode: each
 * attack is refused quickly with a located {@link MalformedAknException}, no local file is read and no network
 * request is made (a loopback server counts requests).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileXmlTest {
  private static final Duration QUICKLY = Duration.ofSeconds(20); // a hang or a blow-up, not a benchmark

  private HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();
  private String url;
  @TempDir Path temp;
  private Path secret;

  enum EntryPoint { PATH, STREAM, STRING }

  @BeforeAll
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      byte[] body = "<!ENTITY leak \"LEAKED\">".getBytes(UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    url = "http://127.0.0.1:" + server.getAddress().getPort() + "/x";
  }

  @AfterAll
  void stopServer() {
    server.stop(0);
  }

  private String secretFile() throws IOException {
    if (secret == null) {
      secret = Files.writeString(temp.resolve("secret.txt"), "TOP-SECRET-CONTENT");
    }
    return secret.toUri().toString();
  }

  private MalformedAknException refused(EntryPoint entry, ValidationMode mode, byte[] xml) {
    AknReader reader = AknReader.create().withValidation(mode);
    return assertTimeoutPreemptively(QUICKLY, () -> catchThrowableOfType(MalformedAknException.class, () -> {
      switch (entry) {
        case PATH:
          Path file = temp.resolve("hostile.akn.xml");
          Files.write(file, xml);
          reader.read(file);
          break;
        case STREAM:
          reader.read(new ByteArrayInputStream(xml), "hostile.akn.xml");
          break;
        default:
          reader.readString(new String(xml, UTF_8), "hostile.akn.xml");
      }
    }));
  }

  private void assertRefusedEverywhere(String xml, String expectedDetail, int expectedLine) {
    for (EntryPoint entry : EntryPoint.values()) {
      for (ValidationMode mode : ValidationMode.values()) {
        MalformedAknException e = refused(entry, mode, xml.getBytes(UTF_8));
        assertThat(e).as("%s %s", entry, mode).isNotNull();
        assertThat(e.detail()).contains(expectedDetail);
        assertThat(e.location().line()).isEqualTo(expectedLine);
        assertThat(e.location().column()).isPositive();
        assertThat(e.location().systemId()).endsWith("hostile.akn.xml");
        assertThat(e.getMessage()).doesNotContain("TOP-SECRET").doesNotContain("LEAKED");
      }
    }
    assertThat(requests.get()).as("network requests").isZero();
  }

  private static String withDoctype(String doctype, String text) {
    return "<?xml version=\"1.0\"?>\n" + doctype + "\n<akomaNtoso xmlns=\"" + Akn.NS + "\"><act name=\"x\">"
        + "<body><p>" + text + "</p></body></act></akomaNtoso>";
  }

  @Test
  void externalEntity_localFile_refusedWithoutReading() throws IOException {
    assertRefusedEverywhere(withDoctype("<!DOCTYPE akomaNtoso [<!ENTITY xxe SYSTEM \"" + secretFile() + "\">]>",
        "&xxe;"), "DOCTYPE is not allowed", 2);
  }

  @Test
  void externalEntity_loopbackUrl_refusedWithoutRequest() {
    assertRefusedEverywhere(withDoctype("<!DOCTYPE akomaNtoso [<!ENTITY xxe SYSTEM \"" + url + "\">]>", "&xxe;"),
        "DOCTYPE is not allowed", 2);
  }

  @Test
  void externalDtd_loopbackUrl_refusedWithoutRequest() {
    assertRefusedEverywhere(withDoctype("<!DOCTYPE akomaNtoso SYSTEM \"" + url + "\">", "x"),
        "DOCTYPE is not allowed", 2);
  }

  @Test
  void parameterEntity_refused() {
    assertRefusedEverywhere(withDoctype("<!DOCTYPE akomaNtoso [<!ENTITY % remote SYSTEM \"" + url + "\"> %remote;]>",
        "&leak;"), "DOCTYPE is not allowed", 2);
  }

  @Test
  void billionLaughs_refused() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE akomaNtoso [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        dtd.append("&lol").append(i - 1).append(';');
      }
      dtd.append("\">");
    }
    assertRefusedEverywhere(withDoctype(dtd.append("]>").toString(), "&lol9;"), "DOCTYPE is not allowed", 2);
  }

  @Test
  void quadraticBlowup_refused() {
    String big = "a".repeat(100_000);
    assertRefusedEverywhere(withDoctype("<!DOCTYPE akomaNtoso [<!ENTITY a \"" + big + "\">]>",
        "&a;".repeat(10_000)), "DOCTYPE is not allowed", 2);
  }

  @Test
  void undeclaredEntity_refusedAsMalformed() {
    assertRefusedEverywhere(withDoctype("", "&xxe;"), "xxe", 3);
  }

  @Test
  void deepNesting_100000_refusedAtTheLimit() {
    // Inline elements may nest in AKN, so the document stays schema-valid all the way down to the limit.
    String xml = Akn.act(Akn.article("art_1", "<b>".repeat(100_000) + "</b>".repeat(100_000)));
    assertRefusedEverywhere(xml, "nested deeper than 1000 levels", 2);
  }

  @Test
  void attribute_50MB_refusedBeforeBuffering() throws IOException {
    // Streamed, so the test itself does not hold the 50 MB either (the String entry point needs it in memory).
    byte[] head = ("<akomaNtoso xmlns=\"" + Akn.NS + "\">\n<act name=\"").getBytes(UTF_8);
    byte[] tail = "\"/></akomaNtoso>".getBytes(UTF_8);
    int size = 50 * 1024 * 1024;
    for (ValidationMode mode : ValidationMode.values()) {
      InputStream in = new SequenceInputStream(new ByteArrayInputStream(head),
          new SequenceInputStream(new RepeatingStream('a', size), new ByteArrayInputStream(tail)));
      MalformedAknException e = assertTimeoutPreemptively(QUICKLY, () -> catchThrowableOfType(
          MalformedAknException.class, () -> AknReader.create().withValidation(mode).read(in, "hostile.akn.xml")));
      assertThat(e).isNotNull();
      assertThat(e.detail()).contains("attribute value").contains("longer than");
      assertThat(e.location().line()).isEqualTo(2);
    }
  }

  @Test
  void xsiSchemaLocation_loopbackUrl_neverFetched() throws IOException {
    String xml = Akn.act(Akn.article("art_1", "x")).replace("<akomaNtoso xmlns=\"" + Akn.NS + "\">",
        "<akomaNtoso xmlns=\"" + Akn.NS + "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xsi:schemaLocation=\"" + Akn.NS + " " + url + "\">");
    for (ValidationMode mode : ValidationMode.values()) {
      AknDocument document = AknReader.create().withValidation(mode).readString(xml);
      assertThat(AknWriter.create().writeToString(document)).contains("xsi:schemaLocation=\"" + Akn.NS + " " + url);
    }
    assertThat(requests.get()).isZero();
  }

  @Test
  void malformed_everyEntryPoint_locatedError() {
    String xml = "<akomaNtoso xmlns=\"" + Akn.NS + "\">\n<act name=\"x\">\n  <body></act>\n</akomaNtoso>";
    for (EntryPoint entry : EntryPoint.values()) {
      MalformedAknException e = refused(entry, ValidationMode.STRICT, xml.getBytes(UTF_8));
      assertThat(e.location().line()).isEqualTo(3);
      assertThat(e.detail()).startsWith("not well-formed XML: ").contains("body");
    }
  }

  @Test
  void invalidUtf8_refusedWithLocation() {
    byte[] xml = ("<akomaNtoso xmlns=\"" + Akn.NS + "\">\n<act name=\"x\u00e9\"/></akomaNtoso>")
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    MalformedAknException e = refused(EntryPoint.STREAM, ValidationMode.NONE, xml);
    assertThat(e.detail()).contains("not valid UTF-8");
    assertThat(e.location().line()).isEqualTo(2);
    assertThat(e.location().column()).isEqualTo(13);
  }

  /** An input stream of one byte repeated, without holding it in memory. */
  private static final class RepeatingStream extends InputStream {
    private final int value;
    private long remaining;

    RepeatingStream(char value, long count) {
      this.value = value;
      this.remaining = count;
    }

    @Override
    public int read() {
      if (remaining <= 0) {
        return -1;
      }
      remaining--;
      return value;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (remaining <= 0) {
        return -1;
      }
      int n = (int) Math.min(len, remaining);
      java.util.Arrays.fill(b, off, off + n, (byte) value);
      remaining -= n;
      return n;
    }
  }
}
