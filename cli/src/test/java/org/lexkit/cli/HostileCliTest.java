package org.lexkit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.google.common.hash.Hashing;
import com.google.common.io.MoreFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.lexkit.testing.akn.EndlessDocumentStream;
import org.lexkit.testing.akn.HostileXml;
import org.lexkit.testing.akn.LoopbackServer;

/**
 * Hostile XML through every command that reads XML, in every XML position it reads: {@code validate}, {@code fmt},
 * {@code render}, {@code diff} (old and new), {@code apply} (document and amending act). Each attack is refused
 * quickly, with exit code 1 and a located {@code file:line:column: error:} line on standard error; no output file
 * (nor a temporary one) is left, the input file is unchanged (content and modification time), no local file leaks
 * into a message and no request reaches the loopback server.
 *
 * <p>Tagged {@code hostile}: the CLI's POM runs this class in its own surefire execution with {@code -Xmx256m}, so an
 * attack that made a command hold what it streams fails with an OutOfMemoryError, and the reader's heap-derived
 * limits are those of a small heap (16 Mi characters, 256 Ki elements and attributes).
 */
@Tag("hostile")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileCliTest {
  private static final Duration QUICKLY = Duration.ofSeconds(30); // a hang or a blow-up, not a benchmark
  private static final Duration ENDLESS = Duration.ofSeconds(120);

  private Path dir;
  private LoopbackServer server;
  private Path document;
  private Path amendment;
  private Path secret;

  /** Each place a command reads XML from a file. */
  enum Use {
    VALIDATE, FMT, RENDER, RIGHTS, DIFF_OLD, DIFF_NEW, APPLY_DOCUMENT, APPLY_AMENDMENT, EXPORT, AT_DOCUMENT, AT_AMENDMENT,
    REPORT;

    String[] args(Path hostile, Path document, Path amendment, Path out) {
      String h = hostile.toString();
      String o = out.toString();
      switch (this) {
        case VALIDATE:
          return new String[] {"validate", h, "-q"};
        case FMT:
          return new String[] {"fmt", h, "-o", o, "-q"};
        case RENDER:
          return new String[] {"render", h, "-o", o, "-q"};
        case RIGHTS:
          return new String[] {"rights", h, "-o", o, "-q"};
        case DIFF_OLD:
          return new String[] {"diff", h, document.toString(), "-o", o, "-q"};
        case DIFF_NEW:
          return new String[] {"diff", document.toString(), h, "-o", o, "-q"};
        case APPLY_DOCUMENT:
          return new String[] {"apply", h, amendment.toString(), "-o", o, "-q"};
        case EXPORT:
          return new String[] {"export", h, "-o", o, "-q"};
        case AT_DOCUMENT:
          return new String[] {"at", h, amendment.toString(), "--date", "2026-12-31", "-o", o};
        case AT_AMENDMENT:
          return new String[] {"at", document.toString(), h, "--date", "2026-12-31", "-o", o};
        case REPORT:
          return new String[] {"report", document.toString(), h, "-o", o};
        default:
          return new String[] {"apply", document.toString(), h, "-o", o, "-q"};
      }
    }
  }

  @BeforeAll
  void setUp(@TempDir Path temp) throws IOException {
    dir = temp;
    server = LoopbackServer.start();
    document = Cli.copy("kz-excerpt.xml", dir);
    amendment = Cli.copy("amendment-2026.xml", dir);
    secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
  }

  @AfterAll
  void tearDown() {
    server.close();
  }

  /** Runs every use on {@code hostile} and checks the refusal; returns nothing, fails on the first broken promise. */
  private void assertRefusedEverywhere(Path hostile, String expectedDetail, int expectedLine, Duration within)
      throws IOException {
    String before = sha256(hostile);
    FileTime modified = Files.getLastModifiedTime(hostile);
    for (Use use : Use.values()) {
      Path outDir = Files.createDirectories(dir.resolve("out-" + use + "-" + System.nanoTime()));
      Path out = outDir.resolve("out.xml");
      Cli.Result run = assertTimeoutPreemptively(within, () -> Cli.run(use.args(hostile, document, amendment, out)),
          use::toString);
      assertThat(run.exitCode()).as("%s: %s", use, run).isEqualTo(1);
      assertThat(run.err()).as("%s", use).containsPattern(Pattern.compile(Pattern.quote(hostile.toString()) + ":"
          + (expectedLine > 0 ? expectedLine : "[1-9][0-9]*") + ":[1-9][0-9]*: error: [^\n]*"
          + Pattern.quote(expectedDetail)));
      assertThat(run.err() + run.stdout()).as("%s", use).doesNotContain("TOP-SECRET").doesNotContain("LEAKED");
      try (Stream<Path> left = Files.list(outDir)) {
        assertThat(left).as("%s left files behind", use).isEmpty();
      }
      assertThat(sha256(hostile)).as("%s changed the input", use).isEqualTo(before);
      assertThat(Files.getLastModifiedTime(hostile)).isEqualTo(modified);
    }
    assertThat(server.requests()).as("network requests").isZero();
  }

  private static String sha256(Path file) throws IOException {
    return MoreFiles.asByteSource(file).hash(Hashing.sha256()).toString();
  }

  private Path hostile(String name, String xml) throws IOException {
    return Files.writeString(dir.resolve(name), xml, UTF_8);
  }

  @Test
  void externalEntity_localFile_refusedWithoutReading() throws IOException {
    assertRefusedEverywhere(hostile("xxe-file.xml", HostileXml.externalEntityFile(secret.toUri().toString())),
        "DOCTYPE", 2, QUICKLY);
  }

  @Test
  void externalEntity_loopbackUrl_refusedWithoutRequest() throws IOException {
    assertRefusedEverywhere(hostile("xxe-url.xml", HostileXml.externalEntityUrl(server.url())), "DOCTYPE", 2,
        QUICKLY);
  }

  @Test
  void externalDtd_loopbackUrl_refusedWithoutRequest() throws IOException {
    assertRefusedEverywhere(hostile("dtd-url.xml", HostileXml.externalDtd(server.url())), "DOCTYPE", 2, QUICKLY);
  }

  @Test
  void parameterEntity_refused() throws IOException {
    assertRefusedEverywhere(hostile("parameter-entity.xml", HostileXml.parameterEntity(server.url())), "DOCTYPE", 2,
        QUICKLY);
  }

  @Test
  void billionLaughs_refused() throws IOException {
    assertRefusedEverywhere(hostile("billion-laughs.xml", HostileXml.billionLaughs()), "DOCTYPE", 2, QUICKLY);
  }

  @Test
  void quadraticBlowup_refused() throws IOException {
    assertRefusedEverywhere(hostile("quadratic.xml", HostileXml.quadraticBlowup()), "DOCTYPE", 2, QUICKLY);
  }

  @Test
  void deepNesting_100000_refusedAtTheDepthLimit() throws IOException {
    assertRefusedEverywhere(hostile("deep.xml", HostileXml.deepNesting(100_000)), "nested deeper than 200 levels", 2,
        QUICKLY);
  }

  @Test
  void attribute_50MB_refusedBeforeBuffering() throws IOException {
    Path file = dir.resolve("huge-attribute.xml");
    try (InputStream in = HostileXml.fiftyMegabyteAttribute()) {
      Files.copy(in, file);
    }
    try {
      assertRefusedEverywhere(file, "attribute value", 2, QUICKLY);
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void endlessStream_namedPipe_everyCommand_refusedAtTheNodeLimit() throws Exception {
    Path probe = dir.resolve("probe.fifo");
    Process mkfifo = new ProcessBuilder("mkfifo", probe.toString()).redirectErrorStream(true).start();
    Assumptions.assumeTrue(mkfifo.waitFor() == 0 && Files.exists(probe),
        "no mkfifo on this system; the stream entry points are covered by akn-io's HostileXmlTest");
    Files.delete(probe);
    for (Use use : Use.values()) {
      Path fifo = dir.resolve("endless-" + use + ".xml");
      assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
      AtomicLong written = new AtomicLong();
      Thread writer = new Thread(() -> {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = EndlessDocumentStream.siblingArticles(); OutputStream out = Files.newOutputStream(fifo)) {
          while (true) {
            int n = in.read(buffer, 0, buffer.length);
            out.write(buffer, 0, n);
            written.addAndGet(n);
          }
        } catch (IOException e) {
          // The command gave up and closed the pipe ("Broken pipe"): exactly what should happen.
        }
      }, "endless-fifo-writer-" + use);
      writer.setDaemon(true);
      writer.start();
      Path outDir = Files.createDirectories(dir.resolve("out-endless-" + use));
      Cli.Result run = assertTimeoutPreemptively(ENDLESS,
          () -> Cli.run(use.args(fifo, document, amendment, outDir.resolve("out.xml"))), use::toString);
      assertThat(run.exitCode()).as("%s: %s", use, run).isEqualTo(1);
      assertThat(run.err()).as("%s", use).containsPattern(Pattern.quote(fifo.toString())
          + ":[1-9][0-9]*:[1-9][0-9]*: error: the document has more than [0-9]+ elements and attributes");
      try (Stream<Path> left = Files.list(outDir)) {
        assertThat(left).as("%s left files behind", use).isEmpty();
      }
      writer.join(Duration.ofSeconds(20).toMillis());
      assertThat(writer.isAlive()).as("%s: writer still blocked, the command did not close the pipe", use).isFalse();
      assertThat(written.get()).isPositive();
    }
  }

  // ------------------------------------------------------------------ issue 17: resources that never run away

  @Test
  void namespaceDeclarations_200000OnOneElement_refusedAtTheElement() throws IOException {
    assertRefusedEverywhere(hostile("namespaces.xml", HostileXml.namespaceDeclarationsOnOneElement(200_000)),
        "more than 1000 namespace declarations", 2, QUICKLY);
  }

  @Test
  void namespaceDeclarations_floodOf14MB_refusedAtTheDocumentLimit() throws IOException {
    assertRefusedEverywhere(hostile("namespace-flood.xml", HostileXml.namespaceFlood(64, 9_000)),
        "more than 1000 namespace declarations", 2, QUICKLY);
  }

  @Test
  void modelCommands_rightIdAndGroundOfThousandsOfWords_locatedErrorNotStackOverflow() throws IOException {
    // Schema-valid; before, the patterns of RightId and CanonicalGround overflowed the stack (exit 4).
    String words = "a-".repeat(2_000);
    Path hostile = hostile("long-right-id.xml", Files.readString(document)
        .replace("peaceful-assembly", "peaceful-" + words + "assembly")
        .replace("lexkit.ground.NATIONAL_SECURITY", "lexkit.ground.NATIONAL_" + "A_".repeat(2_000) + "SECURITY"));
    for (Use use : List.of(Use.RENDER, Use.DIFF_OLD, Use.DIFF_NEW, Use.APPLY_DOCUMENT)) {
      Path outDir = Files.createDirectories(dir.resolve("out-long-id-" + use));
      Cli.Result run = assertTimeoutPreemptively(QUICKLY,
          () -> Cli.run(use.args(hostile, document, amendment, outDir.resolve("out.xml"))), use::toString);
      assertThat(run.exitCode()).as("%s: %s", use, run).isEqualTo(1);
      assertThat(run.err()).as("%s", use).containsPattern(Pattern.quote(hostile.toString())
          + ":[1-9][0-9]*:[1-9][0-9]*: error: [^\n]*at most 64 characters");
      try (Stream<Path> left = Files.list(outDir)) {
        assertThat(left).as("%s left files behind", use).isEmpty();
      }
    }
  }

  @Test
  void convert_tenMegabyteText_refusedAtTheDefaultSizeLimit() throws IOException {
    // The default limit follows the heap (about 4 MiB in 256 MiB); before, a 10 MB text exhausted the heap.
    Path text = dir.resolve("huge.txt");
    try (OutputStream out = Files.newOutputStream(text)) {
      byte[] line = "Article 1. The text of a document that is far too long for this heap.\n".getBytes(UTF_8);
      for (long written = 0; written < 10_000_000; written += line.length) {
        out.write(line);
      }
    }
    Path outDir = Files.createDirectories(dir.resolve("out-huge-text"));
    Cli.Result run = assertTimeoutPreemptively(QUICKLY,
        () -> Cli.run("convert", text.toString(), "-o", outDir.resolve("huge.xml").toString()));
    assertThat(run.exitCode()).as("%s", run).isEqualTo(1);
    assertThat(run.err()).containsPattern(Pattern.quote(text.toString())
        + ":[1-9][0-9]*:[1-9][0-9]*: error: the input is larger than the size limit of "
        + org.lexkit.text.TextConverter.defaultSizeLimit() + " bytes");
    try (Stream<Path> left = Files.list(outDir)) {
      assertThat(left).isEmpty();
    }
    Files.delete(text);
  }

  @Test
  void convert_devZero_refusedAfterTheSizeLimit_notAfterFillingTheHeap() {
    Path zero = Path.of("/dev/zero");
    Assumptions.assumeTrue(Files.exists(zero), "no /dev/zero here");
    Cli.Result run = assertTimeoutPreemptively(QUICKLY,
        () -> Cli.run("convert", zero.toString(), "--max-size", "1M", "-o", dir.resolve("zero.xml").toString()));
    assertThat(run.exitCode()).as("%s", run).isEqualTo(1);
    assertThat(run.err()).startsWith("/dev/zero:1:1048577: error: the input is larger than the size limit of"
        + " 1048576 bytes");
    assertThat(dir.resolve("zero.xml")).doesNotExist();
  }

  @Test
  void render_nestedThousandCharacterNumbers_outputBoundedByTheInput() throws IOException {
    // Before, each HTML id repeated every ancestor's number: 275 KB of such a document rendered to 316 MB.
    int levels = 150;
    StringBuilder open = new StringBuilder();
    StringBuilder close = new StringBuilder();
    for (int i = 1; i <= levels; i++) {
      String num = i + "0".repeat(1_000);
      open.append("<point eId=\"p").append(i).append("\"><num>").append(num).append("</num>");
      close.append("</point>");
    }
    String body = "<article eId=\"art_1\"><num>1</num>" + open + "<content><p>x</p></content>" + close
        + "</article>";
    Path hostile = hostile("amplifier.xml", org.lexkit.testing.akn.Akn.act(body)
        .replace("<body>", "<preface><p><docTitle>Amplifier</docTitle></p></preface><body>"));
    Path out = dir.resolve("amplifier.html");
    Cli.Result run = assertTimeoutPreemptively(QUICKLY,
        () -> Cli.run("render", hostile.toString(), "--no-validate", "--format", "html", "-o", out.toString()));
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(Files.size(out)).isLessThan(4 * Files.size(hostile) + 100_000);
  }

  @Test
  void hostileSuite_runsInA256MiBHeap() {
    assertThat(Runtime.getRuntime().maxMemory()).as("max heap; run this class with -Xmx256m")
        .isLessThanOrEqualTo(256L * 1024 * 1024);
  }

  @Test
  void commands_cover_everyXmlReadingCommand() {
    // A new command that reads XML must be added to Use; the list below is the CLI's, from picocli itself. Only
    // convert reads no XML (plain text; the text module's TextFuzzTest covers its input).
    assertThat(Lexkit.commandLine(new Terminal(InputStream.nullInputStream(), OutputStream.nullOutputStream(),
        OutputStream.nullOutputStream(), false)).getSubcommands().keySet())
        .containsExactlyInAnyOrderElementsOf(List.of("convert", "validate", "fmt", "apply", "diff", "render",
            "export", "at", "report", "rights"));
  }
}
