package org.lexkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexkit.akn.AknReader;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.document.LifecycleEvent;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.rights.CanonicalGround;
import org.lexkit.core.rights.RightId;

class ApplyCommandTest {
  private static final String ACT_IRI = "/akn/kz/act/2026-03-01/kz-2026/rus@2026-03-01";

  @TempDir Path dir;

  @Test
  void apply_amendingAct_writesTheAmendedVersionCitingTheAct() throws Exception {
    Path document = Cli.copy("kz-excerpt.xml", dir);
    Path act = Cli.copy("amendment-2026.xml", dir);
    Path out = dir.resolve("kz-2026.xml");

    Cli.Result run = Cli.run("apply", document.toString(), act.toString(), "-o", out.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(run.err()).endsWith("lexkit apply: 1 amendment applied to " + document
        + "; wrote the version of 2026-03-15 to " + out + "\n");
    LegalDocument amended = AknReader.create().readDocument(out).value();
    assertThat(amended.identity().versionDate()).isEqualTo(LocalDate.of(2026, 3, 15));
    assertThat(amended.provision(ProvisionId.parse("sec_ii__art_33-1"))).isPresent();
    assertThat(amended.rights().right(RightId.parse("peaceful-assembly")).orElseThrow()
        .hasGround(CanonicalGround.CONSTITUTIONAL_ORDER)).isTrue();
    assertThat(amended.lifecycle()).last()
        .isEqualTo(LifecycleEvent.of(LocalDate.of(2026, 3, 15), LifecycleEvent.Type.AMENDMENT, ACT_IRI));
    // The life-cycle event and the passive modifications (written by AknWriter.writeAmended) cite the same act.
    assertThat(Files.readString(out)).contains("<source href=\"" + ACT_IRI + "/~mod_1\"/>");
    // Same model as the version AknWriter wrote directly when the test data was made.
    LegalDocument expected = AknReader.create().readDocument(Cli.copy("kz-excerpt-2026.xml", dir)).value();
    assertThat(amended).isEqualTo(expected);
  }

  @Test
  void apply_conflict_exitOneWithOperationProvisionExpectedFound_andNoOutputFile() throws Exception {
    Path document = Cli.copy("kz-excerpt.xml", dir);
    Path act = Cli.copy("conflict.xml", dir);
    Path out = dir.resolve("out.xml");

    Cli.Result run = Cli.run("apply", document.toString(), act.toString(), "-o", out.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    // Located at the act's <textualMod> (line 39), the operation that does not apply (issue 17).
    assertThat(run.errLines()).singleElement().asString()
        .matches(java.util.regex.Pattern.quote(act.toString()) + ":39:[1-9][0-9]*: error: .*")
        .contains(": error: amendment kz-2026-conflict does not apply to " + document
            + ": operation 1 (substitute text) on sec_ii__art_32: expected old text 'Граждане вправе собираться без"
            + " каких-либо ограничений.', found 'Граждане Республики Казахстан вправе мирно");
    assertThat(out).doesNotExist();
    assertThat(Cli.filesBelow(dir)).containsExactly("conflict.xml", "kz-excerpt.xml");
  }

  @Test
  void apply_conflictInTheSecondOfTwoActs_nothingWritten() throws Exception {
    Path document = Cli.copy("kz-excerpt.xml", dir);
    Path acts = dir.resolve("acts");
    Cli.copy("amendment-2026.xml", acts, "1-amendment.xml");
    Cli.copy("conflict.xml", acts, "2-conflict.xml");
    Path out = dir.resolve("out.xml");

    Cli.Result run = Cli.run("apply", document.toString(), acts.toString(), "-o", out.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(acts.resolve("2-conflict.xml") + ":39:").contains(": error: amendment"
        + " kz-2026-conflict");
    assertThat(out).doesNotExist();
  }

  @Test
  void apply_actForAnotherDocument_exitOne() throws Exception {
    Path document = Cli.copy("kz-excerpt.xml", dir);
    Path act = Cli.copy("foreign-amendment.xml", dir);

    Cli.Result run = Cli.run("apply", document.toString(), act.toString(), "-o", dir.resolve("o.xml").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(act + ": error: the act amends /akn/kz/act/2000-01-01/other-law/rus@2000-01-01,"
        + " not this document (kz, constitution of 1995-08-30)");
    assertThat(dir.resolve("o.xml")).doesNotExist();
  }

  @Test
  void apply_outputIsTheDocumentOrTheAct_refused() throws Exception {
    Path document = Cli.copy("kz-excerpt.xml", dir);
    Path act = Cli.copy("amendment-2026.xml", dir);
    byte[] before = Files.readAllBytes(document);

    assertThat(Cli.run("apply", document.toString(), act.toString(), "-o", document.toString()).exitCode())
        .isEqualTo(2);
    assertThat(Cli.run("apply", document.toString(), act.toString(), "-o", act.toString()).exitCode())
        .isEqualTo(2);
    assertThat(Files.readAllBytes(document)).isEqualTo(before);
  }

  @Test
  void apply_documentFromStdinToStdout() throws Exception {
    Path act = Cli.copy("amendment-2026.xml", dir);

    Cli.Result run = Cli.runWithInput(Cli.resource("kz-excerpt.xml"), "apply", "-", act.toString(), "-q");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(run.err()).isEmpty();
    LegalDocument amended =
        AknReader.create().readDocument(new ByteArrayInputStream(run.out()), "stdout").value();
    assertThat(amended.identity().versionDate()).isEqualTo(LocalDate.of(2026, 3, 15));
  }

  @Test
  void apply_malformedAct_locatedProblem() throws Exception {
    Path document = Cli.copy("kz-excerpt.xml", dir);
    Path act = Cli.copy("malformed.xml", dir);

    Cli.Result run = Cli.run("apply", document.toString(), act.toString(), "-o", dir.resolve("o.xml").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith(act + ":6:7: error: not well-formed XML");
    assertThat(dir.resolve("o.xml")).doesNotExist();
  }

  @Test
  void apply_missingAct_exitThree() throws Exception {
    Path document = Cli.copy("kz-excerpt.xml", dir);

    Cli.Result run = Cli.run("apply", document.toString(), dir.resolve("none.xml").toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
  }
}
