package org.lexkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexkit.akn.AknReader;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.text.TextRenderer;

class RenderCommandTest {
  @TempDir Path dir;

  @Test
  void render_text_isTheTextRenderersLayout() throws Exception {
    Path document = Cli.copy("kz-excerpt.xml", dir);

    Cli.Result run = Cli.run("render", document.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    LegalDocument model = AknReader.create().readDocument(document).value();
    assertThat(run.stdout()).isEqualTo(TextRenderer.create().render(model)).contains("Статья 32\n");
  }

  @Test
  void render_text_readsBackThroughConvert() throws Exception {
    Path document = Cli.copy("kz-excerpt.xml", dir);
    Path text = dir.resolve("kz.txt");
    assertThat(Cli.run("render", document.toString(), "-o", text.toString()).exitCode()).isEqualTo(0);

    Cli.Result back = Cli.run("convert", text.toString(), "-q");

    assertThat(back.exitCode()).isEqualTo(0);
    assertThat(back.stdout()).contains("eId=\"sec_ii__art_32\"").contains("eId=\"sec_ii__art_39__para_3__point_б\"");
  }

  @Test
  void render_html_selfContainedPageWithProvisionAnchors() throws Exception {
    Path document = Cli.copy("kz-excerpt-2026.xml", dir);
    Path page = dir.resolve("kz.html");

    Cli.Result run = Cli.run("render", document.toString(), "--format", "html", "-o", page.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    String html = Files.readString(page);
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"ru\">").contains("<meta charset=\"utf-8\">")
        .contains("<style>").doesNotContain("<link").doesNotContain("<script")
        .contains("<h1>Конституция Республики Казахстан</h1>")
        .contains("<section class=\"provision article\" id=\"sec_ii__art_32\">")
        .contains("<section class=\"provision point\" id=\"sec_ii__art_39__para_3__point_а\">")
        .contains("<section class=\"provision article\" id=\"sec_ii__art_33\">\n<h3 class=\"heading\"><span"
            + " class=\"num\">Статья 33</span><a class=\"permalink\" href=\"#sec_ii__art_33\"")
        .contains("<nav class=\"toc\" aria-label=\"Содержание\">")
        .contains("<li><a href=\"#sec_ii__art_32\">Статья 32</a></li>")
        .contains("<li><a href=\"#rights\">Права и свободы</a></li>")
        .contains("<section class=\"rights\" id=\"rights\">")
        .contains("<a href=\"#sec_ii__art_32\">Статья 32</a>")
        .contains("«защиты конституционного строя» <span class=\"meta\">— конституционный строй / constitutional"
            + " order</span>")
        .contains("<p><span class=\"num\">1.</span>Граждане Республики Казахстан имеют право участвовать")
        .contains("<p><span class=\"num\">Статья 33-1</span>Граждане Республики Казахстан имеют право на доступ")
        .contains("<aside class=\"note\">Сноска. Статья 33 с изменениями")
        .contains("<td>/akn/kz/act/2026-03-01/kz-2026/rus@2026-03-01</td>");
  }

  @Test
  void render_html_escapesText() throws Exception {
    String xml = new String(Cli.resource("kz-excerpt.xml"), java.nio.charset.StandardCharsets.UTF_8)
        .replace("<docTitle>Конституция Республики Казахстан</docTitle>",
            "<docTitle>Закон &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co</docTitle>");
    Path document = dir.resolve("doc.xml");
    Files.writeString(document, xml);

    Cli.Result run = Cli.run("render", document.toString(), "-f", "html");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(run.stdout()).contains("<h1>Закон &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co</h1>")
        .doesNotContain("<script>");
  }

  @Test
  void render_directory_oneHtmlPagePerDocument() throws Exception {
    Path docs = dir.resolve("docs");
    Cli.copy("kz-excerpt.xml", docs, "kz-1995.xml");
    Cli.copy("kz-excerpt-2026.xml", docs, "amended/kz-2026.akn.xml");
    Path site = dir.resolve("site");

    Cli.Result run = Cli.run("render", docs.toString(), "-f", "html", "-o", site.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(Cli.filesBelow(site)).containsExactly("amended/kz-2026.html", "kz-1995.html");
    assertThat(run.err()).contains("lexkit render: 2 files, 2 rendered");
  }

  @Test
  void render_markupLexkitWroteItself_isNoWarning() throws Exception {
    // kz-excerpt-2026.xml is what 'lexkit apply' wrote: its <analysis> is the amendment's, read by readAmendment.
    Path document = Cli.copy("kz-excerpt-2026.xml", dir);

    Cli.Result run = Cli.run("render", document.toString());

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.err()).doesNotContain("<analysis>");
  }
}
