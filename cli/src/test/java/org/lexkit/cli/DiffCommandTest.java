package org.lexkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
  @TempDir Path dir;
  private Path before;
  private Path after;

  @BeforeEach
  void copyVersions() throws Exception {
    before = Cli.copy("kz-excerpt.xml", dir);
    after = Cli.copy("kz-excerpt-2026.xml", dir);
  }

  @Test
  void diff_text_listsProvisionAndRightChanges() {
    Cli.Result run = Cli.run("diff", before.toString(), after.toString(), "-q");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(run.stdout()).isEqualTo("--- " + before + "\n+++ " + after + "\n"
        + "2 provision change(s), 1 right change(s), 0 general limitation change(s)\n"
        + "  changed sec_ii__art_32 (content)\n"
        + "  added sec_ii__art_33-1\n"
        + "  peaceful-assembly: gained ground CONSTITUTIONAL_ORDER (\"защиты конституционного строя\" in"
        + " sec_ii__art_32)\n"
        + "  words sec_ii__art_32: ... и без оружия [-собираться, проводить собрания, митинги и демонстрации,"
        + " шествия и пикетирование. Пользование этим правом может ограничиваться законом в интересах-]{+собираться."
        + " Пользование этим правом может ограничиваться законом в интересах защиты конституционного строя,+}"
        + " государственной безопасности, общественного ...\n");
  }

  @Test
  void diff_reversed_reportsTheOppositeChanges() {
    Cli.Result run = Cli.run("diff", after.toString(), before.toString(), "-q");

    assertThat(run.stdout()).contains("  removed sec_ii__art_33-1\n")
        .contains("peaceful-assembly: lost ground CONSTITUTIONAL_ORDER");
  }

  @Test
  void diff_json_structuredChanges() {
    Cli.Result run = Cli.run("diff", before.toString(), after.toString(), "--format", "json", "-q");

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.stdout()).startsWith("{\"old\":\"" + before + "\",\"new\":\"" + after + "\",")
        .contains("\"summary\":{\"added\":1,\"removed\":0,\"changed\":1,\"renumbered\":0,\"rights\":1,"
            + "\"generalLimitations\":0}")
        .contains("{\"change\":\"changed\",\"id\":\"sec_ii__art_32\",\"fields\":[\"content\"],\"before\":{")
        .contains("{\"change\":\"added\",\"id\":\"sec_ii__art_33-1\",\"kind\":\"article\",\"num\":\"Статья 33-1\"")
        .contains("{\"change\":\"groundGained\",\"right\":\"peaceful-assembly\",\"ground\":{\"key\":"
            + "\"CONSTITUTIONAL_ORDER\",\"wording\":\"защиты конституционного строя\",\"source\":\"sec_ii__art_32\"")
        .endsWith("\"generalLimitations\":{\"groundsGained\":[],\"groundsLost\":[]}}\n");
  }

  @Test
  void diff_htmlToFile_selfContainedPage() throws Exception {
    Path page = dir.resolve("changes.html");

    Cli.Result run = Cli.run("diff", before.toString(), after.toString(), "--format", "html", "-o", page.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    String html = Files.readString(page);
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"ru\">").contains("<style>")
        .doesNotContain("<link").doesNotContain("<script").doesNotContain("src=")
        .contains("<code>sec_ii__art_33-1</code>").contains("<ins>Статья 33-1 Граждане Республики Казахстан")
        .contains("gained ground CONSTITUTIONAL_ORDER");
  }

  @Test
  void diff_sameDocument_noChanges_exitCodeOptionOnlyCountsDifferences() {
    Cli.Result same = Cli.run("diff", before.toString(), before.toString(), "--exit-code");
    Cli.Result different = Cli.run("diff", before.toString(), after.toString(), "--exit-code", "-q");

    assertThat(same.exitCode()).isEqualTo(0);
    assertThat(same.stdout()).endsWith("no changes\n");
    assertThat(different.exitCode()).isEqualTo(1);
  }

  @Test
  void diff_directories_comparesFilesWithTheSamePathAndWarnsAboutTheRest() throws Exception {
    Path old = dir.resolve("old");
    Path fresh = dir.resolve("new");
    Cli.copy("kz-excerpt.xml", old, "kz.xml");
    Cli.copy("kz-excerpt-2026.xml", fresh, "kz.xml");
    Cli.copy("kz-excerpt.xml", old, "same/doc.xml");
    Cli.copy("kz-excerpt.xml", fresh, "same/doc.xml");
    Cli.copy("kz-excerpt.xml", old, "gone.xml");
    Cli.copy("kz-excerpt.xml", fresh, "new-only.xml");

    Cli.Result run = Cli.run("diff", old.toString(), fresh.toString(), "--format", "json");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(run.stdout()).startsWith("[{\"old\":\"" + old.resolve("kz.xml") + "\"")
        .contains("{\"old\":\"" + old.resolve("same/doc.xml") + "\"").endsWith("]\n");
    assertThat(run.err()).contains(old.resolve("gone.xml") + ": warning: no counterpart in " + fresh)
        .contains(fresh.resolve("new-only.xml") + ": warning: no counterpart in " + old)
        .contains("lexkit diff: 2 files, 2 compared");
  }

  @Test
  void diff_fileAgainstDirectoryOrBadFormat_usageError() {
    assertThat(Cli.run("diff", before.toString(), dir.toString()).exitCode()).isEqualTo(2);
    assertThat(Cli.run("diff", before.toString(), after.toString(), "--format", "pdf").exitCode()).isEqualTo(2);
    assertThat(Cli.run("diff", before.toString()).exitCode()).isEqualTo(2);
    assertThat(Cli.run("diff", before.toString(), after.toString(), "-o", after.toString()).exitCode()).isEqualTo(2);
  }

  @Test
  void diff_malformedVersion_exitOneAndNoReport() throws Exception {
    Path broken = Cli.copy("malformed.xml", dir);

    Cli.Result run = Cli.run("diff", before.toString(), broken.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith(broken + ":6:7: error: not well-formed XML");
  }
}
