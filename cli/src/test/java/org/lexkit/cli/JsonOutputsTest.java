package org.lexkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every JSON output against the JSON Schema the jar ships for it. */
class JsonOutputsTest {
  private static final Schema DIFF = schema("diff.schema.json");
  private static final Schema DOCUMENT = schema("document.schema.json");
  private static final Schema RIGHTS = schema("rights.schema.json");

  @TempDir Path dir;

  @Test
  void diff_onePairAndDirectories_sameShapeValidAgainstTheSchema() throws Exception {
    Path before = Cli.copy("kz-excerpt.xml", dir.resolve("old"), "kz.xml");
    Path after = Cli.copy("kz-excerpt-2026.xml", dir.resolve("new"), "kz.xml");
    Cli.copy("kz-excerpt.xml", dir.resolve("old"), "same.xml");
    Cli.copy("kz-excerpt.xml", dir.resolve("new"), "same.xml");

    String one = Cli.run("diff", before.toString(), after.toString(), "--format", "json", "-q").stdout();
    String reversed = Cli.run("diff", after.toString(), before.toString(), "--format", "json", "-q").stdout();
    String two = Cli.run("diff", dir.resolve("old").toString(), dir.resolve("new").toString(), "--format", "json",
        "-q").stdout();

    assertThat(errors(DIFF, one)).isEmpty();
    assertThat(errors(DIFF, reversed)).isEmpty();
    assertThat(errors(DIFF, two)).isEmpty();
    assertThat(one).startsWith("{\"format\":\"lexkit-diff\"");
    assertThat(two).startsWith("{\"format\":\"lexkit-diff\"");
  }

  @Test
  void diff_kazakhstan1995To2026_validAgainstTheSchema() {
    KazakhstanVersions kz = KazakhstanVersions.get();

    String json = Cli.run("diff", kz.v1995.toString(), kz.v2026.toString(), "--format", "json", "-q").stdout();

    assertThat(errors(DIFF, json)).isEmpty();
  }

  @Test
  void diffSchema_rejectsTheOldArrayShapeAndUnknownChanges() {
    assertThat(errors(DIFF, "[{\"old\":\"a.xml\",\"new\":\"b.xml\"}]")).isNotEmpty();
    assertThat(errors(DIFF, "{\"format\":\"lexkit-diff\",\"version\":1,\"comparisons\":[{\"old\":{\"file\":\"a\","
        + "\"title\":\"t\",\"date\":\"2020-01-01\",\"language\":\"rus\"},\"new\":{\"file\":\"b\",\"title\":\"t\","
        + "\"date\":\"2020-01-01\",\"language\":\"rus\"},\"summary\":{\"added\":0,\"removed\":0,\"changed\":0,"
        + "\"renumbered\":0,\"renumberedAndChanged\":0,\"rights\":0,\"generalLimitations\":0},\"provisions\":[{"
        + "\"change\":\"moved\",\"id\":\"art_1\",\"label\":\"Статья 1\"}],\"rights\":[],\"generalLimitations\":{"
        + "\"groundsGained\":[],\"groundsLost\":[]}}]}")).isNotEmpty();
  }

  @Test
  void exportRenderAndAt_oneDocumentShapeValidAgainstTheSchema() throws Exception {
    Path document = Cli.copy("kz-excerpt-2026.xml", dir);
    Path act = Cli.copy("amendment-2026.xml", dir);

    String exported = Cli.run("export", document.toString(), "--format", "json", "-q").stdout();
    String rendered = Cli.run("render", document.toString(), "--format", "json", "-q").stdout();
    String at = Cli.run("at", Cli.copy("kz-excerpt.xml", dir).toString(), act.toString(), "--date", "2026-12-31",
        "--format", "json").stdout();

    assertThat(errors(DOCUMENT, exported)).isEmpty();
    assertThat(rendered).isEqualTo(exported);
    assertThat(errors(DOCUMENT, at)).isEmpty();
    assertThat(exported).contains("\"id\":\"sec_ii__art_33-1\",\"kind\":\"article\",\"num\":\"Статья 33-1\"")
        .contains("\"rights\":[{\"id\":\"peaceful-assembly\"");
  }

  @Test
  void export_kazakhstan1995_validAgainstTheSchema() throws Exception {
    KazakhstanVersions kz = KazakhstanVersions.get();
    Path json = dir.resolve("kz.json");

    Cli.Result run = Cli.run("export", kz.v1995.toString(), "-o", json.toString(), "-q");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(errors(DOCUMENT, Files.readString(json))).isEmpty();
  }

  @Test
  void rights_withAndWithoutTreaty_oneShapeValidAgainstTheSchema() throws Exception {
    Path document = Cli.copy("kz-excerpt-2026.xml", dir);
    KazakhstanVersions kz = KazakhstanVersions.get();

    String plain = Cli.run("rights", document.toString(), "--format", "json", "-q").stdout();
    String treaty = Cli.run("rights", kz.v2026.toString(), "--format", "json", "--treaty", "--date", "2026-07-01",
        "-q").stdout();

    assertThat(errors(RIGHTS, plain)).isEmpty();
    assertThat(errors(RIGHTS, treaty)).isEmpty();
    assertThat(plain).startsWith("{\"format\":\"lexkit-rights\",\"version\":1,");
    assertThat(treaty).contains("\"binding\":[").contains("\"verdict\":");
    assertThat(errors(RIGHTS, "{\"document\":\"x\",\"rights\":[],\"notes\":[]}")).isNotEmpty();
  }

  private static List<String> errors(Schema schema, String json) {
    return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  private static Schema schema(String name) {
    try (InputStream in = Lexkit.class.getResourceAsStream("schema/" + name)) {
      assertThat(in).as("schema %s in the jar", name).isNotNull();
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
