package org.lexkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexkit.akn.SourceLocation;
import org.lexkit.core.provision.ProvisionId;

/**
 * Bounded outputs and inputs of the command line (issue 17): HTML ids that do not grow with nesting, warnings capped
 * per input, and {@code convert}'s size limit. The heap-sized cases run in {@code HostileCliTest} (-Xmx256m).
 */
class ResourceLimitsTest {
  @TempDir Path dir;

  @Test
  void htmlId_shortIdKept_longIdBoundedAndDistinct() {
    ProvisionId art = ProvisionId.root("art_32");
    assertThat(Html.anchor(art)).isEqualTo("art_32");
    ProvisionId deep = art;
    for (int i = 0; i < 50; i++) {
      deep = deep.child("point_" + "7".repeat(1_000));
    }
    ProvisionId sibling = deep.child("point_1");
    assertThat(Html.anchor(deep)).hasSizeLessThanOrEqualTo(Html.MAX_ID_CHARS).startsWith("art_32__point_7");
    assertThat(Html.anchor(sibling)).hasSizeLessThanOrEqualTo(Html.MAX_ID_CHARS)
        .isNotEqualTo(Html.anchor(deep));
  }

  @Test
  void warningLines_capped_countKept_lastLineLocatedAtTheFirstLeftOut() {
    WarningLines lines = new Warnings(100, false).collector();
    for (int i = 1; i <= 1_000; i++) {
      lines.warning(SourceLocation.of("a.txt", i, 1), "warning " + i);
    }
    assertThat(lines.count()).isEqualTo(1_000);
    assertThat(lines.toString().lines()).hasSize(100 + 1)
        .startsWith("a.txt:1:1: warning: warning 1")
        .endsWith("a.txt:101:1: warning: 900 more warnings from here on not shown (900 other warnings);"
            + " --verbose shows them all, --max-warnings N shows N");
  }

  @Test
  void convert_maxSize_refusesALargerInput_locatedAtTheFirstByteOver() throws Exception {
    Path text = Cli.copy("small-act.en.txt", dir);

    Cli.Result refused = Cli.run("convert", text.toString(), "--max-size", "100", "-o", dir.resolve("o.xml")
        .toString());
    Cli.Result accepted = Cli.run("convert", text.toString(), "--max-size", "1K", "-o", dir.resolve("o.xml")
        .toString(), "-q");

    assertThat(refused.exitCode()).as("%s", refused).isEqualTo(ExitCodes.PROBLEMS);
    assertThat(refused.err()).matches("(?s)" + java.util.regex.Pattern.quote(text.toString())
        + ":[1-9][0-9]*:[1-9][0-9]*: error: the input is larger than the size limit of 100 bytes.*--max-size.*");
    assertThat(accepted.exitCode()).as("%s", accepted).isZero();
  }

  @Test
  void convert_maxSizeNotASize_usageError() throws Exception {
    Path text = Cli.copy("small-act.en.txt", dir);
    for (String size : new String[] {"0", "abc", "-5", "3T"}) {
      Cli.Result run = Cli.run("convert", text.toString(), "--max-size", size);
      assertThat(run.exitCode()).as("%s: %s", size, run).isEqualTo(ExitCodes.USAGE);
      assertThat(run.err()).contains("--max-size " + size + ": expected a size");
    }
  }
}
