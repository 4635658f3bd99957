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
  void diff_text_namesVersionsAndProvisionsAndMarksChangedWords() {
    Cli.Result run = Cli.run("diff", before.toString(), after.toString(), "-q");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(run.stdout()).isEqualTo(
        "--- Конституция Республики Казахстан (редакция от 2017-03-10)  " + before + "\n"
        + "+++ Конституция Республики Казахстан (редакция от 2026-03-15)  " + after + "\n"
        + "1 изменено, 1 добавлено, 1 × права и свободы\n"
        + "\n"
        + "изменено: Статья 32\n"
        + "    Граждане Республики Казахстан вправе мирно и без оружия собираться[-, проводить собрания, митинги"
        + " и демонстрации, шествия и пикетирование-]. Пользование этим правом может ограничиваться законом в"
        + " интересах {+защиты конституционного строя, +}государственной безопасности, общественного порядка,"
        + " охраны здоровья, защиты прав и свобод других лиц.\n"
        + "\n"
        + "добавлено: Статья 33-1\n"
        + "    {+Статья 33-1 Граждане Республики Казахстан имеют право на доступ к информации.+}\n"
        + "\n"
        + "Права и свободы:\n"
        + "  свобода мирных собраний: + «защиты конституционного строя» (конституционный строй / constitutional"
        + " order)\n");
  }

  @Test
  void diff_reversed_reportsTheOppositeChanges() {
    Cli.Result run = Cli.run("diff", after.toString(), before.toString(), "-q");

    assertThat(run.stdout()).contains("исключено: Статья 33-1\n")
        .contains("свобода мирных собраний: − «защиты конституционного строя»");
  }

  @Test
  void diff_json_oneShapeWithLabelsAndChangedWords() {
    Cli.Result run = Cli.run("diff", before.toString(), after.toString(), "--format", "json", "-q");

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.stdout()).startsWith("{\"format\":\"lexkit-diff\",\"version\":1,\"comparisons\":[{\"old\":{"
            + "\"file\":\"" + before + "\",\"title\":\"Конституция Республики Казахстан\",\"date\":\"2017-03-10\"")
        .contains("\"summary\":{\"added\":1,\"removed\":0,\"changed\":1,\"renumbered\":0,"
            + "\"renumberedAndChanged\":0,\"rights\":1,\"generalLimitations\":0}")
        .contains("{\"change\":\"changed\",\"id\":\"sec_ii__art_32\",\"label\":\"Статья 32\",\"words\":[")
        .contains("{\"op\":\"insert\",\"text\":\"защиты конституционного строя, \"}")
        .contains("{\"change\":\"added\",\"id\":\"sec_ii__art_33-1\",\"label\":\"Статья 33-1\"")
        .contains("{\"right\":\"peaceful-assembly\",\"name\":\"свобода мирных собраний\",\"change\":"
            + "\"groundGained\",\"ground\":{\"key\":\"CONSTITUTIONAL_ORDER\",\"wording\":\"защиты конституционного"
            + " строя\",\"source\":\"sec_ii__art_32\"")
        .endsWith("\"generalLimitations\":{\"groundsGained\":[],\"groundsLost\":[]}}]}\n");
  }

  @Test
  void diff_htmlToFile_selfContainedPage() throws Exception {
    Path page = dir.resolve("changes.html");

    Cli.Result run = Cli.run("diff", before.toString(), after.toString(), "--format", "html", "-o", page.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    String html = Files.readString(page);
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"ru\">").contains("<style>")
        .doesNotContain("<link").doesNotContain("<script").doesNotContain("src=")
        .contains("<title>Изменения: Конституция Республики Казахстан (редакция от 2017-03-10) → Конституция"
            + " Республики Казахстан (редакция от 2026-03-15)</title>")
        .contains("<aside class=\"legend\"")
        .contains("<h3>Статья 33-1<span class=\"badge added\">добавлено</span>")
        .contains("<ins>защиты конституционного строя, </ins>государственной безопасности")
        .contains("<ins>«защиты конституционного строя» <span class=\"meta\">— конституционный строй /"
            + " constitutional order</span></ins>");
  }

  /** The 2026 Constitution renumbered the articles: speech 20 → 23, assembly 32 → 34, each reworded. */
  @Test
  void diff_kazakhstan1995To2026_speechAndAssemblyMatchedAcrossRenumbering() {
    KazakhstanVersions kz = KazakhstanVersions.get();

    Cli.Result run = Cli.run("diff", kz.v1995.toString(), kz.v2026.toString(), "--format", "json", "-q");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout())
        .contains("{\"change\":\"renumbered\",\"id\":\"sec_ii__art_23\",\"label\":\"Статья 23\","
            + "\"oldId\":\"sec_ii__art_20\",\"oldLabel\":\"Статья 20\"}")
        .contains("{\"change\":\"renumberedAndChanged\",\"id\":\"sec_ii__art_34\",\"label\":\"Статья 34\","
            + "\"oldId\":\"sec_ii__art_32\",\"oldLabel\":\"Статья 32\",\"words\":[")
        .doesNotContain("{\"change\":\"removed\",\"id\":\"sec_ii__art_20\"")
        .doesNotContain("{\"change\":\"removed\",\"id\":\"sec_ii__art_32\"")
        .doesNotContain("{\"change\":\"added\",\"id\":\"sec_ii__art_23\"")
        .doesNotContain("{\"change\":\"added\",\"id\":\"sec_ii__art_34\"");
  }

  @Test
  void diff_sameDocument_noChanges_exitCodeOptionOnlyCountsDifferences() {
    Cli.Result same = Cli.run("diff", before.toString(), before.toString(), "--exit-code");
    Cli.Result different = Cli.run("diff", before.toString(), after.toString(), "--exit-code", "-q");

    assertThat(same.exitCode()).isEqualTo(0);
    assertThat(same.stdout()).endsWith("Изменений нет.\n");
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
    assertThat(run.stdout()).startsWith("{\"format\":\"lexkit-diff\",\"version\":1,\"comparisons\":[{\"old\":{"
            + "\"file\":\"" + old.resolve("kz.xml") + "\"")
        .contains("{\"old\":{\"file\":\"" + old.resolve("same/doc.xml") + "\"").endsWith("]}\n");
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
