package org.lexkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RightsCommandTest {
  /** The constitution excerpts of the rights module's gold, read where they are rather than copied. */
  private static final Path EXCERPTS = Path.of("../rights/src/test/resources/org/lexkit/rights/support/constitutions");

  @TempDir Path dir;

  private static String excerpt(String name) {
    Path file = EXCERPTS.resolve(name);
    assumeTrue(Files.isRegularFile(file), "the rights module's excerpts are not next to this module: " + file);
    return file.toString();
  }

  @Test
  void rights_kazakhstan1995Text_tableWithHoldersGroundsAndTreatyVerdicts() {
    Optional<Path> text = Cli.domainFile("kz/constitution-1995.ru.txt");
    assumeTrue(text.isPresent(), "the shared domain texts are not available (-Dlexkit.domain)");

    Cli.Result run = Cli.run("rights", text.get().toString(), "--country", "kz", "--treaty", "--date", "2026-07-01");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(run.stdout())
        .contains("peaceful-assembly  [citizens]  sec_ii__art_32")
        .contains("NATIONAL_SECURITY 'государственной безопасности' (sec_ii__art_32)")
        .contains("treaties: ICCPR")
        .contains("CONSTITUTIONAL_ORDER");
  }

  @Test
  void rights_kenya_listItemsAndProportionalityClauseNotAnalysed() {
    Cli.Result run = Cli.run("rights", excerpt("ke-constitution.eng.txt"), "--treaty", "--country", "ke");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(run.stdout())
        .contains("freedom-of-information  [everyone]")
        .contains("access-to-information  [citizens]")
        .containsPattern("freedom-of-speech  \\[everyone\\]  [^\\n]*— not analysed")
        .contains("REPUTATION_OF_OTHERS 'reputation of others'")
        .contains("treaty status is not in the bundled standards")
        .contains("UNANALYSED_LIMITATION");
  }

  @Test
  void rights_india_json_groundsBoundToTheirSubClause() {
    Cli.Result run = Cli.run("rights", excerpt("in-constitution.eng.txt"), "--format", "json");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    String json = run.stdout();
    assertThat(json).startsWith("{\"format\":\"lexkit-rights\",\"version\":1,\"document\":").contains("\"id\":\"peaceful-assembly\"")
        .contains("\"holder\":\"citizens\"").contains("\"canonical\":\"SOVEREIGNTY_AND_INTEGRITY\"")
        .contains("\"canonical\":\"JUDICIARY_AUTHORITY\"");
    String assembly = json.substring(json.indexOf("\"id\":\"peaceful-assembly\""));
    assembly = assembly.substring(0, assembly.indexOf("\"analysed\""));
    assertThat(assembly).contains("PUBLIC_ORDER").doesNotContain("JUDICIARY_AUTHORITY");
  }

  @Test
  void rights_southAfrica_csvAndHtml() throws Exception {
    Cli.Result csv = Cli.run("rights", excerpt("za-constitution.eng.txt"), "--format", "csv", "--treaty");
    Path page = dir.resolve("za.html");
    Cli.Result html = Cli.run("rights", excerpt("za-constitution.eng.txt"), "--format", "html", "-o",
        page.toString());

    assertThat(csv.exitCode()).as(csv.toString()).isEqualTo(0);
    assertThat(csv.stdout()).startsWith("right,holder,stated_in,ground,wording,source,verdict\n")
        .contains("freedom-of-press,everyone,").contains(",not analysed\n");
    assertThat(html.exitCode()).as(html.toString()).isEqualTo(0);
    assertThat(Files.readString(page)).startsWith("<!DOCTYPE html>").contains("<td>peaceful-assembly</td>")
        .doesNotContain("<script");
  }

  @Test
  void rights_unsupportedLanguage_failsNamingTheLanguages() throws Exception {
    Path text = dir.resolve("x.txt");
    Files.writeString(text, "Бап 1\nӘркімнің құқығы бар.\n");

    Cli.Result run = Cli.run("rights", text.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.PROBLEMS);
    assertThat(run.err()).contains("there are no extraction rules for language");
  }

  @Test
  void convert_extractRights_writtenDocumentCarriesTheCatalogueThatRightsReads() throws Exception {
    Path xml = dir.resolve("ke.xml");

    Cli.Result convert = Cli.run("convert", excerpt("ke-constitution.eng.txt"), "--extract-rights", "-o",
        xml.toString(), "--lang", "eng");
    Cli.Result plain = Cli.run("convert", excerpt("ke-constitution.eng.txt"), "--lang", "eng");

    assertThat(convert.exitCode()).as(convert.toString()).isEqualTo(0);
    assertThat(convert.err()).contains("warning: rights: ").contains("UNANALYSED_LIMITATION");
    String written = Files.readString(xml);
    assertThat(written).contains("freedom-of-speech").contains("access-to-information");
    assertThat(plain.stdout()).doesNotContain("freedom-of-speech");
    assertThat(Cli.run("validate", xml.toString()).exitCode()).isEqualTo(0);
  }
}
