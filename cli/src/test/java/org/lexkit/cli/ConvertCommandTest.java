package org.lexkit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexkit.akn.AknReader;
import org.lexkit.akn.MappingResult;
import org.lexkit.core.document.DocumentIdentity;
import org.lexkit.core.document.DocumentType;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.ProvisionKind;

class ConvertCommandTest {
  private static final String KZ = "kz/constitution-1995.ru.txt";
  private static final String WARNING = "^.+:\\d+:\\d+: warning: .+$";

  @TempDir Path dir;

  @Test
  void convert_kazakhstanConstitution_writesSchemaValidAknWithIdentity() throws Exception {
    Optional<Path> text = Cli.domainFile(KZ);
    assumeTrue(text.isPresent(), "the shared Kazakhstan text " + KZ + " is absent (set -Dlexkit.domain=<folder>)");
    Path out = dir.resolve("constitution.xml");

    Cli.Result run = Cli.run("convert", text.get().toString(), "-o", out.toString(), "--lang", "rus",
        "--country", "kz", "--date", "1995-08-30", "--name", "constitution", "--type", "constitution");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(run.stdout()).isEmpty();
    assertThat(run.errLines()).isNotEmpty().allMatch(line -> line.matches(WARNING))
        .allMatch(line -> line.startsWith(text.get().toString() + ":"));
    MappingResult<LegalDocument> read = AknReader.create().readDocument(out); // strict schema validation
    assertThat(read.value().identity()).isEqualTo(DocumentIdentity.of(
        "kz", DocumentType.CONSTITUTION, LocalDate.of(1995, 8, 30), "constitution", "rus"));
    assertThat(read.value().title()).startsWith("Конституция Республики Казахстан");
    assertThat(read.value().provisions().values().stream().filter(p -> p.kind() == ProvisionKind.ARTICLE))
        .hasSizeGreaterThan(95);
    assertThat(read.value().provision(ProvisionId.parse("sec_ii__art_32"))).isPresent();
    assertThat(Cli.filesBelow(dir)).containsExactly("constitution.xml");
  }

  @Test
  void convert_validateOption_checksTheOutputAgainstTheSchema() throws Exception {
    Path text = Cli.copy("small-act.en.txt", dir);
    Path out = dir.resolve("act.xml");

    Cli.Result run = Cli.run("convert", text.toString(), "-o", out.toString(), "--validate", "--country", "gb",
        "--date", "2020-05-01", "--name", "community-gardens");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    LegalDocument document = AknReader.create().readDocument(out).value();
    assertThat(document.identity()).isEqualTo(DocumentIdentity.of(
        "gb", DocumentType.ACT, LocalDate.of(2020, 5, 1), "community-gardens", "eng"));
    assertThat(document.provision(ProvisionId.parse("part_2__sec_3"))).isPresent();
  }

  @Test
  void convert_noIdentityOptions_placeholderIdentityNamedAfterFileAndWarned() throws Exception {
    Path text = Cli.copy("small-act.en.txt", dir);

    Cli.Result run = Cli.run("convert", text.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(run.err()).contains(text + ":1:1: warning: no document identity given");
    LegalDocument document = AknReader.create().readDocument(new ByteArrayInputStream(run.out()), "out").value();
    assertThat(document.identity().name()).isEqualTo("small-act-en");
    assertThat(document.identity().country()).isEqualTo("xx");
  }

  @Test
  void convert_partialIdentity_nameDefaultsToFileName() throws Exception {
    Path text = Cli.copy("small-act.en.txt", dir, "Community Gardens.v2.txt");

    Cli.Result run = Cli.run("convert", text.toString(), "--country", "gb", "--date", "2020-05-01", "-q");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(run.err()).isEmpty();
    LegalDocument document = AknReader.create().readDocument(new ByteArrayInputStream(run.out()), "out").value();
    assertThat(document.identity().name()).isEqualTo("Community-Gardens-v2");
    assertThat(document.identity().type()).isEqualTo(DocumentType.ACT);
  }

  @Test
  void convert_stdinToStdout_withDash() throws Exception {
    Cli.Result run = Cli.runWithInput(Cli.resource("small-act.en.txt"), "convert", "-", "-o", "-", "--lang", "eng");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(run.stdout()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").contains("Community Gardens Act");
    assertThat(run.err()).contains("<stdin>:1:1: warning: no document identity given");
  }

  @Test
  void convert_missingFile_exitsThreeNamingIt() {
    Path missing = dir.resolve("missing.txt");

    Cli.Result run = Cli.run("convert", missing.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).isEqualTo(missing + ": error: no such file or directory\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void convert_binaryInput_exitsOneWithLocation() throws Exception {
    Path binary = dir.resolve("binary.txt");
    Files.write(binary, "Закон\nСтатья 1\nТекст\u0000 с нулём.\n".getBytes(UTF_8));
    Path out = dir.resolve("out.xml");

    Cli.Result run = Cli.run("convert", binary.toString(), "-o", out.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).matches("(?s)" + java.util.regex.Pattern.quote(binary.toString()) + ":3:\\d+: error: .+");
    assertThat(out).doesNotExist();
  }

  @Test
  void convert_badOptions_exitTwo() throws Exception {
    Path text = Cli.copy("small-act.en.txt", dir);
    String file = text.toString();

    assertThat(Cli.run("convert", file, "--bogus").exitCode()).isEqualTo(2);
    assertThat(Cli.run("convert", file, "--date", "30.08.1995", "--country", "kz").exitCode()).isEqualTo(2);
    assertThat(Cli.run("convert", file, "--country", "kz").exitCode()).isEqualTo(2);
    assertThat(Cli.run("convert", file, "--country", "Kazakhstan", "--date", "1995-08-30").exitCode()).isEqualTo(2);
    assertThat(Cli.run("convert", file, "--type", "treaty", "--country", "kz", "--date", "1995-08-30").exitCode())
        .isEqualTo(2);
    assertThat(Cli.run("convert", file, "--charset", "no-such-charset").exitCode()).isEqualTo(2);
    assertThat(Cli.run("convert").exitCode()).isEqualTo(2);
    Cli.Result language = Cli.run("convert", file, "--lang", "fin");
    assertThat(language.exitCode()).isEqualTo(2);
    assertThat(language.err()).contains("--lang fin has no heading profile; known languages: rus, kaz, eng, deu, fra,"
        + " ita, spa, por, pol, ukr, ell, nld, cym").contains("Try 'lexkit convert --help'");
    Cli.Result early = Cli.run("convert", file, "--country", "kz", "--date", "1995-08-30", "--version-date",
        "1990-01-01");
    assertThat(early.exitCode()).isEqualTo(2);
    assertThat(early.err()).contains("--version-date 1990-01-01 is before the work's date 1995-08-30 (--date)");
    assertThat(Cli.run("convert", file, "--title", " ").exitCode()).isEqualTo(2);
    assertThat(Cli.filesBelow(dir)).containsExactly("small-act.en.txt");
  }

  @Test
  void convert_versionDateAndTitle_setTheExpressionDateAndTheTitle() throws Exception {
    Path text = Cli.copy("small-act.en.txt", dir);
    Path out = dir.resolve("act.xml");

    Cli.Result run = Cli.run("convert", text.toString(), "-o", out.toString(), "--country", "gb", "--date",
        "2020-05-01", "--name", "community-gardens", "--version-date", "2024-01-01", "--title",
        "Community Gardens Act 2020 (consolidated)");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    LegalDocument document = AknReader.create().readDocument(out).value();
    assertThat(document.identity().date()).isEqualTo(LocalDate.of(2020, 5, 1));
    assertThat(document.identity().versionDate()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(document.title()).isEqualTo("Community Gardens Act 2020 (consolidated)");
  }

  @Test
  void convert_lessFittingLang_warnsWithTheBetterOne() throws Exception {
    Path text = Cli.copy("small-act.en.txt", dir);

    Cli.Result run = Cli.run("convert", text.toString(), "-o", dir.resolve("act.xml").toString(), "--lang", "deu");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(run.err()).contains("warning: the text fits heading profile 'english' (language eng")
        .contains("better than the chosen 'german'");
  }

  @Test
  void convert_outputIsTheInput_refusedAndInputUntouched() throws Exception {
    Path text = Cli.copy("small-act.en.txt", dir);
    byte[] before = Files.readAllBytes(text);
    Files.createDirectories(dir.resolve("sub"));

    Cli.Result same = Cli.run("convert", text.toString(), "-o", text.toString());
    Cli.Result otherSpelling = Cli.run("convert", text.toString(), "-o",
        dir.resolve("sub/../small-act.en.txt").toString());

    assertThat(same.exitCode()).isEqualTo(2);
    assertThat(same.err()).contains("lexkit never writes over its input");
    assertThat(otherSpelling.exitCode()).isEqualTo(2);
    assertThat(Files.readAllBytes(text)).isEqualTo(before);
    assertThat(Cli.filesBelow(dir)).containsExactly("small-act.en.txt");
  }

  @Test
  void convert_outputThroughSymbolicLinkToInput_refused() throws Exception {
    Path text = Cli.copy("small-act.en.txt", dir);
    Path link = dir.resolve("link.xml");
    try {
      Files.createSymbolicLink(link, text);
    } catch (UnsupportedOperationException | java.io.IOException e) {
      assumeTrue(false, "symbolic links are not available here: " + e);
    }
    byte[] before = Files.readAllBytes(text);

    Cli.Result run = Cli.run("convert", text.toString(), "-o", link.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(Files.readAllBytes(text)).isEqualTo(before);
  }

  @Test
  void convert_directory_convertsEveryTextBelowIntoMirroredOutputsWithSummary() throws Exception {
    Path texts = dir.resolve("texts");
    Cli.copy("small-act.en.txt", texts, "a.txt");
    Cli.copy("small-act.en.txt", texts, "nested/b.txt");
    Cli.copy("small-act.en.txt", texts, "nested/deeper/c.TXT");
    Files.writeString(texts.resolve("notes.md"), "not a text to convert");
    Path out = dir.resolve("akn");

    Cli.Result run = Cli.run("convert", texts.toString(), "-o", out.toString(), "--lang", "eng", "-j", "2");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(Cli.filesBelow(out)).containsExactly("a.xml", "nested/b.xml", "nested/deeper/c.xml");
    assertThat(run.err()).contains("lexkit convert: 3 files, 3 converted;").doesNotContain("\r");
    // Messages come in input order whatever order the workers finished in.
    int a = run.err().indexOf(texts.resolve("a.txt") + ":");
    int b = run.err().indexOf(texts.resolve("nested/b.txt") + ":");
    int c = run.err().indexOf(texts.resolve("nested/deeper/c.TXT") + ":");
    assertThat(a).isLessThan(b);
    assertThat(b).isLessThan(c);
    for (String file : Cli.filesBelow(out)) {
      assertThat(AknReader.create().readDocument(out.resolve(file)).value().title()).isEqualTo("Community Gardens Act");
    }
  }

  @Test
  void convert_glob_expandedByLexkitWhenTheShellDidNot() throws Exception {
    Path texts = dir.resolve("texts");
    Cli.copy("small-act.en.txt", texts, "one.txt");
    Cli.copy("small-act.en.txt", texts, "sub/two.txt");
    Cli.copy("small-act.en.txt", texts, "skip.text");
    Path out = dir.resolve("out");

    Cli.Result run = Cli.run("convert", texts + "/**.txt", "-o", out.toString(), "-q");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(Cli.filesBelow(out)).containsExactly("one.xml", "sub/two.xml");
    assertThat(Cli.run("convert", texts + "/*.nothing", "-o", out.toString()).exitCode()).isEqualTo(2);
  }

  @Test
  void convert_severalInputsWithoutOutputDirectory_usageError() throws Exception {
    Path one = Cli.copy("small-act.en.txt", dir, "one.txt");
    Path two = Cli.copy("small-act.en.txt", dir, "two.txt");

    Cli.Result run = Cli.run("convert", one.toString(), two.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("2 inputs need an output directory: add -o DIRECTORY");
  }

  @Test
  void convert_batchWithAFailingInput_othersWrittenFailedOneAbsentNoTemporaryFilesLeft() throws Exception {
    Path texts = dir.resolve("texts");
    Cli.copy("small-act.en.txt", texts, "good.txt");
    Files.write(texts.resolve("bad.txt"), new byte[] {'A', 'c', 't', '\n', 0, 1, 2, 3});
    Path out = dir.resolve("out");

    Cli.Result run = Cli.run("convert", texts.toString(), "-o", out.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(Cli.filesBelow(out)).containsExactly("good.xml");
    assertThat(run.err()).contains(texts.resolve("bad.txt") + ":2:1: error: ")
        .contains("lexkit convert: 2 files, 1 converted, 1 with problems");
  }

  @Test
  void convert_missingAndProblemInOneBatch_ioErrorWins() throws Exception {
    Path good = Cli.copy("small-act.en.txt", dir, "good.txt");
    Path bad = dir.resolve("bad.txt");
    Files.write(bad, new byte[] {0, 0, 0});
    Path out = dir.resolve("out");

    Cli.Result run = Cli.run("convert", good.toString(), bad.toString(), dir.resolve("gone.txt").toString(),
        "-o", out.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("3 files, 1 converted, 1 with problems, 1 not readable or writable");
  }

  @Test
  void convert_interactiveTerminal_drawsProgressBarThenErasesIt() throws Exception {
    Path texts = dir.resolve("texts");
    for (int i = 0; i < 4; i++) {
      Cli.copy("small-act.en.txt", texts, "act" + i + ".txt");
    }

    Cli.Result run = Cli.runInteractive("convert", texts.toString(), "-o", dir.resolve("out").toString(), "-q");
    Cli.Result quietBar = Cli.runInteractive("convert", texts.toString(), "-o", dir.resolve("out2").toString(),
        "--no-progress");

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.err()).isEmpty(); // --quiet: no bar either
    assertThat(quietBar.err()).doesNotContain("\r");
    Cli.Result withBar = Cli.runInteractive("convert", texts.toString(), "-o", dir.resolve("out3").toString());
    assertThat(withBar.err()).contains("\rlexkit convert [").contains("] 4/4 100%")
        .contains("lexkit convert: 4 files, 4 converted");
  }
}
