package org.lexkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexkitTest {
  private static final String[] COMMANDS = {"convert", "validate", "fmt", "apply", "diff", "render", "export", "at", "report"};

  @Test
  void help_everyCommand_showsExamplesAndExitCodes() {
    for (String command : COMMANDS) {
      Cli.Result run = Cli.run(command, "--help");

      assertThat(run.exitCode()).as(command).isEqualTo(0);
      assertThat(run.stdout()).as(command).startsWith("Usage: lexkit " + command)
          .contains("\nExamples:\n  lexkit " + command + " ")
          .contains("Exit codes:\n  0   ok\n  1   problems found").contains("  2   usage error")
          .contains("  3   I/O error");
    }
    assertThat(Cli.run("--help").stdout()).contains("Commands:").contains("Examples:");
  }

  @Test
  void version_printsTheBuildsVersion() {
    Cli.Result run = Cli.run("--version");

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.stdout()).matches("(?s)lexkit \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\nJava .*");
    assertThat(Cli.run("convert", "--version").stdout()).isEqualTo(run.stdout());
  }

  @Test
  void noCommandOrUnknownCommand_usageError() {
    Cli.Result none = Cli.run();
    Cli.Result unknown = Cli.run("convrt", "x.txt");

    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).startsWith("lexkit: a command is required\nUsage: lexkit");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("Unmatched arguments").contains("convert");
  }
}
