package org.lexkit.akn;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.lexkit.testing.akn.Akn;
import org.lexkit.testing.akn.EndlessDocumentStream;
import org.lexkit.testing.akn.HostileXml;
import org.lexkit.testing.akn.LoopbackServer;

/**
 * Hostile XML through every public read entry point (Path, InputStream, String) and every validation mode: each
 * attack is refused quickly with a located {@link MalformedAknException}, no local file is read and no network
 * request is made (a loopback server counts requests).
 *
 * <p>Tagged {@code hostile}: akn-io's POM runs this class in its own surefire execution with {@code -Xmx256m}, so
 * "bounded memory" is checked, not assumed: an attack that made the reader hold what it streams would fail with
 * an OutOfMemoryError there. The reader's default size limits are derived from that heap (16 Mi characters, 256 Ki
 * elements and attributes), and the endless-stream tests run with those defaults.
 */
@Tag("hostile")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileXmlTest {
  private static final Duration QUICKLY = Duration.ofSeconds(20); // a hang or a blow-up, not a benchmark
  // An endless stream is read up to the default limit (16 Mi characters in a 256 MiB heap): seconds, not forever.
  private static final Duration ENDLESS = Duration.ofSeconds(90);

  private LoopbackServer server;
  private String url;
  @TempDir Path temp;
  private Path secret;

  enum EntryPoint { PATH, STREAM, STRING }

  @BeforeAll
  void startServer() {
    server = LoopbackServer.start();
    url = server.url();
  }

  @AfterAll
  void stopServer() {
    server.close();
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
    assertThat(server.requests()).as("network requests").isZero();
  }

  @Test
  void externalEntity_localFile_refusedWithoutReading() throws IOException {
    assertRefusedEverywhere(HostileXml.externalEntityFile(secretFile()), "DOCTYPE is not allowed", 2);
  }

  @Test
  void externalEntity_loopbackUrl_refusedWithoutRequest() {
    assertRefusedEverywhere(HostileXml.externalEntityUrl(url), "DOCTYPE is not allowed", 2);
  }

  @Test
  void externalDtd_loopbackUrl_refusedWithoutRequest() {
    assertRefusedEverywhere(HostileXml.externalDtd(url), "DOCTYPE is not allowed", 2);
  }

  @Test
  void parameterEntity_refused() {
    assertRefusedEverywhere(HostileXml.parameterEntity(url), "DOCTYPE is not allowed", 2);
  }

  @Test
  void billionLaughs_refused() {
    assertRefusedEverywhere(HostileXml.billionLaughs(), "DOCTYPE is not allowed", 2);
  }

  @Test
  void quadraticBlowup_refused() {
    assertRefusedEverywhere(HostileXml.quadraticBlowup(), "DOCTYPE is not allowed", 2);
  }

  @Test
  void undeclaredEntity_refusedAsMalformed() {
    assertRefusedEverywhere(HostileXml.withDoctype("", "&xxe;"), "xxe", 3);
  }

  @Test
  void deepNesting_100000_refusedAtTheLimit() {
    // Inline elements may nest in AKN, so the document stays schema-valid all the way down to the limit.
    String xml = HostileXml.deepNesting(100_000);
    assertRefusedEverywhere(xml, "nested deeper than 200 levels", 2);
  }

  @Test
  void attribute_50MB_stream_refusedBeforeBuffering() throws IOException {
    // Streamed, so the test itself does not hold the 50 MB either.
    for (ValidationMode mode : ValidationMode.values()) {
      MalformedAknException e = assertTimeoutPreemptively(QUICKLY, () -> catchThrowableOfType(
          MalformedAknException.class,
          () -> AknReader.create().withValidation(mode).read(HostileXml.fiftyMegabyteAttribute(), "hostile.akn.xml")));
      assertHugeAttributeRefused(e);
    }
  }

  @Test
  void attribute_50MB_pathAndString_refusedBeforeBuffering() throws IOException {
    Path file = temp.resolve("hostile.akn.xml");
    try (InputStream in = HostileXml.fiftyMegabyteAttribute()) {
      Files.copy(in, file);
    }
    for (ValidationMode mode : ValidationMode.values()) {
      AknReader reader = AknReader.create().withValidation(mode);
      assertHugeAttributeRefused(assertTimeoutPreemptively(QUICKLY,
          () -> catchThrowableOfType(MalformedAknException.class, () -> reader.read(file))));
    }
    // The String entry point needs the 50 MB in memory (Latin-1, so 50 MB of heap), once, then its UTF-8 copy.
    String xml = Files.readString(file, UTF_8);
    Files.delete(file);
    assertHugeAttributeRefused(assertTimeoutPreemptively(QUICKLY, () -> catchThrowableOfType(
        MalformedAknException.class, () -> AknReader.create().readString(xml, "hostile.akn.xml"))));
  }

  private static void assertHugeAttributeRefused(MalformedAknException e) {
    assertThat(e).isNotNull();
    assertThat(e.detail()).contains("attribute value").contains("longer than");
    assertThat(e.location().line()).isEqualTo(2);
    assertThat(e.location().column()).isEqualTo(1);
    assertThat(e.location().systemId()).endsWith("hostile.akn.xml");
  }

  // ------------------------------------------------------------------ namespace declarations (issue 17)

  @Test
  void namespaceDeclarations_200000OnOneElement_refusedAtTheElement() {
    // Before the limit: 26 s of pairwise duplicate checks in the parser, and no limit counted them.
    assertRefusedEverywhere(HostileXml.namespaceDeclarationsOnOneElement(200_000),
        "more than 1000 namespace declarations", 2);
  }

  @Test
  void namespaceDeclarations_floodBelowThePerElementLimit_refusedAtTheDocumentLimit() {
    // 14.7 MB of declarations, 9,000 on each of 64 paragraphs: before, an OutOfMemoryError in a 256 MiB heap.
    String xml = HostileXml.namespaceFlood(64, 9_000);
    for (EntryPoint entry : EntryPoint.values()) {
      for (ValidationMode mode : ValidationMode.values()) {
        MalformedAknException e = refused(entry, mode, xml.getBytes(UTF_8));
        assertThat(e).as("%s %s", entry, mode).isNotNull();
        assertThat(e.detail()).contains("more than 1000 namespace declarations");
        assertThat(e.location().line()).isEqualTo(2);
      }
    }
    for (ValidationMode mode : ValidationMode.values()) {
      AknReader reader = AknReader.create().withValidation(mode);
      for (boolean amendment : new boolean[] {false, true}) {
        MalformedAknException e = assertTimeoutPreemptively(QUICKLY, () -> catchThrowableOfType(
            MalformedAknException.class, () -> {
              if (amendment) {
                reader.readAmendment(new ByteArrayInputStream(xml.getBytes(UTF_8)), "hostile.akn.xml");
              } else {
                reader.readDocument(new ByteArrayInputStream(xml.getBytes(UTF_8)), "hostile.akn.xml");
              }
            }));
        assertThat(e).as("%s amendment=%s", mode, amendment).isNotNull();
        assertThat(e.detail()).contains("more than 1000 namespace declarations");
      }
    }
  }

  @Test
  void attributesAndDeclarationsOnOneElement_pastTheirSum_refusedBeforeTheParser() {
    // 9,500 attributes and 600 declarations: each below its own limit, together past the per-element one.
    StringBuilder tag = new StringBuilder("<p xmlns:f=\"urn:x-hostile\"");
    for (int i = 0; i < 599; i++) {
      tag.append(" xmlns:n").append(i).append("=\"urn:n:").append(i).append('"');
    }
    for (int i = 0; i < 9_500; i++) {
      tag.append(" f:a").append(i).append("=\"\"");
    }
    String xml = Akn.act(Akn.article("art_1", "x")).replace("<p>", tag + ">");
    assertRefusedEverywhere(xml, "more than 10000 attributes and namespace declarations", 2);
  }

  @Test
  void namespaceDeclarations_atTheDocumentLimit_accepted_oneMore_refused() {
    // 999 on the root plus the AKN namespace: 1,000. The writer declares them all on the root, so the output of an
    // accepted document is readable again (the fuzzer found a spread flood whose output was not).
    String atLimit = HostileXml.namespaceDeclarationsOnOneElement(999);
    AknDocument read = AknReader.create().readString(atLimit, "many.akn.xml");
    assertThat(AknReader.create().readString(AknWriter.create().writeToString(read), "again.akn.xml")).isNotNull();
    MalformedAknException e = catchThrowableOfType(MalformedAknException.class,
        () -> AknReader.create().readString(HostileXml.namespaceDeclarationsOnOneElement(1_000), "more.akn.xml"));
    assertThat(e.detail()).contains("more than 1000 namespace declarations");
    assertThat(e.location().line()).isEqualTo(2);
  }

  @Test
  void limitsRaisedPastTheHeap_endlessStream_heapExhausted_documentedExceptionNotError() {
    // With the size limits off, an endless stream fills the 256 MiB heap: the read must end with the documented
    // exception (before, the OutOfMemoryError escaped read() and readDocument), and the JVM goes on.
    AknReader unlimited = AknReader.create().withValidation(ValidationMode.NONE)
        .withCharacterLimit(Long.MAX_VALUE).withNodeLimit(Long.MAX_VALUE);
    for (int entry = 0; entry < 3; entry++) {
      int which = entry;
      // One endless paragraph: its text is gathered in one buffer, which outgrows the heap before the text run
      // limit (64 Mi characters, 128 MiB of Cyrillic, doubled while it grows).
      EndlessDocumentStream in = EndlessDocumentStream.endlessParagraph();
      Throwable thrown = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> catchThrowable(() -> {
        switch (which) {
          case 0 -> unlimited.read(in, "endless.akn.xml");
          case 1 -> unlimited.readDocument(in, "endless.akn.xml");
          default -> unlimited.readAmendment(in, "endless.akn.xml");
        }
      }));
      assertThat(thrown).as("entry %s", which).isInstanceOf(MalformedAknException.class);
      if (which < 2) { // readAmendment streams a paragraph's text instead of holding it: the text limit ends it
        assertThat(thrown).as("entry %s", which).hasMessageContaining("exhausted the heap");
      }
    }
    assertThat(AknReader.create().readString(Akn.act(Akn.article("art_1", "x")))).isNotNull();
  }

  // ------------------------------------------------------------------ documents that never end

  @Test
  void endlessStream_siblingArticles_everyMode_refusedAtNodeLimit() {
    // Valid AKN all the way: strict validation has nothing to stop at, only the size limits can end the read.
    for (ValidationMode mode : ValidationMode.values()) {
      EndlessDocumentStream in = EndlessDocumentStream.siblingArticles();
      MalformedAknException e = assertTimeoutPreemptively(ENDLESS, () -> catchThrowableOfType(
          MalformedAknException.class, () -> AknReader.create().withValidation(mode).read(in, "endless.akn.xml")));
      assertThat(e).as("%s", mode).isNotNull();
      assertThat(e.detail()).contains("elements and attributes").contains("withNodeLimit");
      assertThat(e.location().line()).isGreaterThan(1000);
      assertThat(e.location().column()).isPositive();
      assertThat(in.produced()).isLessThan(64L * 1024 * 1024);
    }
  }

  @Test
  void endlessStream_oneEndlessParagraph_everyMode_refusedAtCharacterLimit() {
    long limit = AknReader.create().characterLimit();
    for (ValidationMode mode : ValidationMode.values()) {
      EndlessDocumentStream in = EndlessDocumentStream.endlessParagraph();
      MalformedAknException e = assertTimeoutPreemptively(ENDLESS, () -> catchThrowableOfType(
          MalformedAknException.class, () -> AknReader.create().withValidation(mode).read(in, "endless.akn.xml")));
      assertThat(e).as("%s", mode).isNotNull();
      assertThat(e.detail()).isEqualTo("the document is longer than " + limit + " characters; refused as too large"
          + " (AknReader.withCharacterLimit raises the limit)");
      assertThat(e.location().line()).isPositive();
      assertThat(in.produced()).isLessThan(4 * limit + 64 * 1024); // Cyrillic: 2 bytes a character, plus buffers
    }
  }

  @Test
  void endlessStream_attributeFlood_refusedAtNodeLimit() {
    // Foreign attributes are allowed on most AKN elements and kept: each costs heap like an element.
    EndlessDocumentStream in = EndlessDocumentStream.attributeFlood();
    MalformedAknException e = assertTimeoutPreemptively(ENDLESS, () -> catchThrowableOfType(
        MalformedAknException.class,
        () -> AknReader.create().withValidation(ValidationMode.NONE).read(in, "endless.akn.xml")));
    assertThat(e).isNotNull();
    assertThat(e.detail()).contains("elements and attributes");
    assertThat(e.location().line()).isPositive();
  }

  @Test
  void endlessStream_throughNamedPipe_pathEntryPoint_refused() throws Exception {
    Path fifo = temp.resolve("endless.fifo");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo),
        "no mkfifo on this system; the stream entry point is covered by the other endless tests");
    AtomicLong written = new AtomicLong();
    Thread writer = new Thread(() -> {
      byte[] buffer = new byte[64 * 1024];
      try (InputStream in = EndlessDocumentStream.siblingArticles();
          java.io.OutputStream out = Files.newOutputStream(fifo)) {
        while (true) {
          int n = in.read(buffer, 0, buffer.length);
          out.write(buffer, 0, n);
          written.addAndGet(n);
        }
      } catch (IOException e) {
        // The reader gave up and closed the pipe ("Broken pipe"): exactly what should happen.
      }
    }, "endless-fifo-writer");
    writer.setDaemon(true);
    writer.start();
    MalformedAknException e = assertTimeoutPreemptively(ENDLESS, () -> catchThrowableOfType(
        MalformedAknException.class, () -> AknReader.create().withValidation(ValidationMode.NONE).read(fifo)));
    assertThat(e).isNotNull();
    assertThat(e.detail()).contains("elements and attributes");
    assertThat(e.location().systemId()).isEqualTo(fifo.toString());
    writer.join(Duration.ofSeconds(20).toMillis());
    assertThat(writer.isAlive()).as("writer still blocked: the reader did not close the pipe").isFalse();
    assertThat(written.get()).isPositive();
  }

  @Test
  void characterLimit_stringAndPath_refusedWithLocation() throws IOException {
    StringBuilder body = new StringBuilder();
    for (int i = 1; i <= 20_000; i++) {
      body.append(Akn.article("art_" + i, "x")); // about 1.4 M characters
    }
    String act = Akn.act(body.toString());
    String xml = act.substring(act.indexOf('\n') + 1); // no declaration: readString rewrites it, a file does not
    AknReader reader = AknReader.create().withCharacterLimit(1_000_000);
    MalformedAknException fromString = catchThrowableOfType(MalformedAknException.class,
        () -> reader.readString(xml, "big.akn.xml"));
    Path file = Files.writeString(temp.resolve("big.akn.xml"), xml);
    MalformedAknException fromPath = catchThrowableOfType(MalformedAknException.class, () -> reader.read(file));
    for (MalformedAknException e : java.util.List.of(fromString, fromPath)) {
      assertThat(e).isNotNull();
      assertThat(e.detail()).startsWith("the document is longer than 1000000 characters");
      assertThat(e.location().line()).isEqualTo(1); // the act is one long line
      assertThat(e.location().column()).isEqualTo(1_000_001);
    }
    assertThat(AknReader.create().withCharacterLimit(xml.length()).readString(xml).type())
        .isEqualTo(AknDocumentType.ACT);
  }

  @Test
  void nodeLimit_exactlyAtLimit_accepted_oneMore_refused() {
    String xml = Akn.act(Akn.article("art_1", "x"));
    long nodes = countNodes(xml);
    assertThat(AknReader.create().withNodeLimit(nodes).readString(xml).type()).isEqualTo(AknDocumentType.ACT);
    MalformedAknException e = catchThrowableOfType(MalformedAknException.class,
        () -> AknReader.create().withNodeLimit(nodes - 1).readString(xml));
    assertThat(e.detail()).startsWith("the document has more than " + (nodes - 1) + " elements and attributes");
    assertThat(e.location().line()).isEqualTo(2);
  }

  /** Counts elements, attributes and namespace declarations with the JDK's parser. */
  private static long countNodes(String xml) {
    try {
      javax.xml.stream.XMLStreamReader r = javax.xml.stream.XMLInputFactory.newDefaultFactory()
          .createXMLStreamReader(new java.io.StringReader(xml));
      long n = 0;
      while (r.hasNext()) {
        if (r.next() == javax.xml.stream.XMLStreamConstants.START_ELEMENT) {
          n += 1 + r.getAttributeCount() + r.getNamespaceCount();
        }
      }
      return n;
    } catch (javax.xml.stream.XMLStreamException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void hostileSuite_runsInA256MiBHeap() {
    // The memory claims of this class are only tested in a small heap (akn-io's "hostile-xml" surefire execution).
    assertThat(Runtime.getRuntime().maxMemory()).as("max heap; run this class with -Xmx256m")
        .isLessThanOrEqualTo(256L * 1024 * 1024);
  }

  @Test
  void defaultLimits_sizedToTheHeap() {
    long heap = Runtime.getRuntime().maxMemory();
    AknReader reader = AknReader.create();
    assertThat(reader.characterLimit()).isEqualTo(Math.min(1L << 30, heap / 16));
    assertThat(reader.nodeLimit()).isEqualTo(Math.min(1L << 24, heap / 1024));
    assertThat(String.format(Locale.ROOT, "%s", reader)).contains("characterLimit=" + reader.characterLimit());
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
    assertThat(server.requests()).isZero();
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

  // ------------------------------------------------------------------ the model read path (readDocument, readAmendment)

  @Test
  void readDocument_endlessSiblingArticles_everyMode_refusedAtNodeLimit() {
    // readDocument has its own streaming loop (no JAXB tree); it must honour the reader's limits too.
    for (ValidationMode mode : ValidationMode.values()) {
      EndlessDocumentStream in = EndlessDocumentStream.siblingArticles();
      MalformedAknException e = assertTimeoutPreemptively(ENDLESS, () -> catchThrowableOfType(
          MalformedAknException.class,
          () -> AknReader.create().withValidation(mode).readDocument(in, "endless.akn.xml")));
      assertThat(e).as("%s", mode).isNotNull();
      assertThat(e.detail()).contains("elements and attributes").contains("withNodeLimit");
      assertThat(e.location().line()).isGreaterThan(1000);
      assertThat(e.location().systemId()).isEqualTo("endless.akn.xml");
      assertThat(in.produced()).isLessThan(64L * 1024 * 1024);
    }
  }

  @Test
  void readDocument_endlessParagraph_refusedAtCharacterLimit() {
    long limit = AknReader.create().characterLimit();
    EndlessDocumentStream in = EndlessDocumentStream.endlessParagraph();
    MalformedAknException e = assertTimeoutPreemptively(ENDLESS, () -> catchThrowableOfType(
        MalformedAknException.class,
        () -> AknReader.create().withValidation(ValidationMode.NONE).readDocument(in, "endless.akn.xml")));
    assertThat(e).isNotNull();
    assertThat(e.detail()).startsWith("the document is longer than " + limit + " characters");
    assertThat(in.produced()).isLessThan(4 * limit + 64 * 1024);
  }

  @Test
  void readAmendment_endlessStream_refusedAtNodeLimit() {
    EndlessDocumentStream in = EndlessDocumentStream.siblingArticles();
    MalformedAknException e = assertTimeoutPreemptively(ENDLESS, () -> catchThrowableOfType(
        MalformedAknException.class,
        () -> AknReader.create().withValidation(ValidationMode.NONE).readAmendment(in, "endless.akn.xml")));
    assertThat(e).isNotNull();
    assertThat(e.detail()).contains("elements and attributes");
    assertThat(e.location().line()).isPositive();
  }

  @Test
  void readDocumentAndAmendment_deepNesting100000_refusedAtTheDepthLimit() {
    String xml = HostileXml.deepNesting(100_000);
    for (ValidationMode mode : ValidationMode.values()) {
      AknReader reader = AknReader.create().withValidation(mode);
      for (MalformedAknException e : java.util.List.of(
          assertTimeoutPreemptively(QUICKLY, () -> catchThrowableOfType(MalformedAknException.class,
              () -> reader.readDocument(new ByteArrayInputStream(xml.getBytes(UTF_8)), "deep.akn.xml"))),
          assertTimeoutPreemptively(QUICKLY, () -> catchThrowableOfType(MalformedAknException.class,
              () -> reader.readAmendment(new ByteArrayInputStream(xml.getBytes(UTF_8)), "deep.akn.xml"))))) {
        assertThat(e).as("%s", mode).isNotNull();
        assertThat(e.detail()).contains("nested deeper than 200 levels");
        assertThat(e.location().line()).isEqualTo(2);
        assertThat(e.location().systemId()).isEqualTo("deep.akn.xml");
      }
    }
  }

  @Test
  void readDocument_nodeAndCharacterLimits_exactlyAtLimit_accepted_oneMore_refused() {
    String xml = Akn.act(Akn.article("art_1", "x"))
        .replace("<body>", "<preface><p><docTitle>Constitution</docTitle></p></preface><body>");
    long nodes = countNodes(xml);
    assertThat(AknReader.create().withNodeLimit(nodes).readDocumentString(xml).value().body().children())
        .hasSize(1);
    MalformedAknException tooMany = catchThrowableOfType(MalformedAknException.class,
        () -> AknReader.create().withNodeLimit(nodes - 1).readDocumentString(xml));
    assertThat(tooMany.detail()).startsWith("the document has more than " + (nodes - 1) + " elements and attributes");
    assertThat(tooMany.location().line()).isEqualTo(2);
    String body = xml.substring(xml.indexOf('\n') + 1);
    assertThat(AknReader.create().withCharacterLimit(body.length()).readDocumentString(body).value()).isNotNull();
    MalformedAknException tooLong = catchThrowableOfType(MalformedAknException.class,
        () -> AknReader.create().withCharacterLimit(body.length() - 1).readDocumentString(body));
    assertThat(tooLong.detail()).startsWith("the document is longer than " + (body.length() - 1) + " characters");
  }
}
