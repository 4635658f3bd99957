package org.lexkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  @TempDir Path dir;

  @Test
  void report_twoVersions_rightSideBySideWithGainedGroundAndTreatyFinding() throws Exception {
    Path before = Cli.copy("kz-excerpt.xml", dir);
    Path after = Cli.copy("kz-excerpt-2026.xml", dir);
    Path page = dir.resolve("rights.html");

    Cli.Result run = Cli.run("report", before.toString(), after.toString(), "-o", page.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    String html = Files.readString(page);
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"ru\">").doesNotContain("<script")
        .contains("<h1>Права: сравнение редакций</h1>")
        .contains("<li><a href=\"#right-peaceful-assembly\">свобода мирных собраний</a>: добавлены основания"
            + " <ins>конституционный строй</ins></li>")
        .contains("<section class=\"right\" id=\"right-peaceful-assembly\">")
        .contains("<div class=\"versions\">")
        .contains("<li><ins>«защиты конституционного строя» <span class=\"meta\">— конституционный строй /"
            + " constitutional order</span></ins> <span class=\"meta\">(теперь названо в самой статье)</span> <span"
            + " class=\"flag\">⚠ не допускается ICCPR art. 21</span></li>");
  }

  @Test
  void report_versionWithoutRights_extractsThemAndSaysSo() throws Exception {
    Path text = Cli.copy("small-act.en.txt", dir);
    Path xml = dir.resolve("act.xml");
    assertThat(Cli.run("convert", text.toString(), "-o", xml.toString(), "-q").exitCode()).isZero();

    Cli.Result run = Cli.run("report", xml.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).contains(xml + ": warning: no rights encoding;").contains("extracted from the text");
    assertThat(run.stdout()).startsWith("<!DOCTYPE html>");
  }

  @Test
  void report_outputIsAnInput_usageError() throws Exception {
    Path before = Cli.copy("kz-excerpt.xml", dir);

    assertThat(Cli.run("report", before.toString(), "-o", before.toString()).exitCode()).isEqualTo(2);
  }
}
