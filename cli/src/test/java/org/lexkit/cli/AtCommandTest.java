package org.lexkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtCommandTest {
  @TempDir Path dir;
  private Path document;
  private Path act;

  @BeforeEach
  void copy() throws Exception {
    document = Cli.copy("kz-excerpt.xml", dir);
    act = Cli.copy("amendment-2026.xml", dir);
  }

  @Test
  void at_afterTheAmendment_versionWithItApplied() {
    Cli.Result run = Cli.run("at", document.toString(), act.toString(), "--date", "2026-12-31", "--format", "text");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout()).contains("Статья 33-1").contains("в интересах защиты конституционного строя");
  }

  @Test
  void at_beforeTheAmendment_versionWithoutItAndTheActListed() {
    Cli.Result run = Cli.run("at", document.toString(), act.toString(), "--date", "2020-01-01", "--format", "text");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout()).doesNotContain("Статья 33-1").contains("в интересах государственной безопасности");
    assertThat(run.err()).contains("warning: amendment").contains("after 2020-01-01; not applied");
  }

  @Test
  void at_beforeTheDocumentsOwnVersion_errorNamingIt() {
    Cli.Result run = Cli.run("at", document.toString(), "--date", "1990-01-01");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(document + ": error: no version in force on 1990-01-01: this document is the"
        + " version of 2017-03-10");
  }

  @Test
  void at_badDate_usageErrorNamingTheOption() {
    Cli.Result run = Cli.run("at", document.toString(), "--date", "31.12.2026");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--date '31.12.2026' is not a date (expected YYYY-MM-DD");
  }
}
