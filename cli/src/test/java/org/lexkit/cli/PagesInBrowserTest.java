package org.lexkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lexkit.testing.browser.Chromium;

/**
 * The pages of {@code render}, {@code diff} and {@code report} in headless Chromium, at a desktop width (1280 px)
 * and a phone width (390 px): what a reader relies on works, and screenshots go to {@code target/browser/} for a
 * person to look at. Skipped, saying why, without Chromium or without the shared Kazakhstan texts.
 */
class PagesInBrowserTest {
  private static final Path SCREENSHOTS = Path.of("target", "browser");
  private static final List<String> PAGES = List.of("render-1995", "diff-1995-proposal", "diff-1995-2026", "report");
  private static Chromium browser;
  private static Path pages;

  @BeforeAll
  static void makePagesAndStartBrowser() throws Exception {
    Optional<Chromium> found = Chromium.find();
    assumeTrue(found.isPresent(), Chromium.MISSING);
    KazakhstanVersions kz = KazakhstanVersions.get();
    pages = Files.createDirectories(SCREENSHOTS.resolve("pages"));
    run("render", kz.v1995.toString(), "--format", "html", "-o", page("render-1995").toString());
    run("diff", kz.v1995.toString(), kz.proposed.toString(), "--format", "html", "-o",
        page("diff-1995-proposal").toString());
    run("diff", kz.v1995.toString(), kz.v2026.toString(), "--format", "html", "-o",
        page("diff-1995-2026").toString());
    run("report", kz.v1995.toString(), kz.proposed.toString(), kz.v2026.toString(), "-o",
        page("report").toString());
    browser = found.get().start();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1280, 390})
  void everyPage_tableOfContentsLinksResolve_andScreenshotTaken(int width) {
    for (String name : PAGES) {
      browser.open(page(name)).resize(width, 900);
      @SuppressWarnings("unchecked")
      List<String> broken = (List<String>) browser.script("return [...document.querySelectorAll('nav a[href^=\"#\"]')]"
          + ".map(a => decodeURIComponent(a.getAttribute('href').slice(1)))"
          + ".filter(id => !document.getElementById(id))");
      Long links = (Long) browser.script("return document.querySelectorAll('nav a[href^=\"#\"]').length");
      assertThat(links).as("%s: table of contents links", name).isPositive();
      assertThat(broken).as("%s: links without a target", name).isEmpty();
      browser.screenshot(SCREENSHOTS.resolve(name + "-" + width + ".png"));
    }
  }

  @Test
  void everyPage_at390px_nothingWiderThanTheScreen() {
    for (String name : PAGES) {
      browser.open(page(name)).resize(390, 844);
      @SuppressWarnings("unchecked")
      Map<String, Object> widths = (Map<String, Object>) browser.script("return {viewport: window.innerWidth,"
          + " page: document.documentElement.scrollWidth, widest: [...document.querySelectorAll('body *')]"
          + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 3)"
          + ".map(e => e.tagName + '.' + e.className)}");
      assertThat(widths.get("viewport")).isEqualTo(390L);
      assertThat((Long) widths.get("page")).as("%s: %s", name, widths).isLessThanOrEqualTo(390L);
      assertThat((List<?>) widths.get("widest")).as("%s: elements past the right edge", name).isEmpty();
    }
  }

  @Test
  void everyPage_printMedia_hidesNavigation() {
    for (String name : PAGES) {
      browser.open(page(name)).resize(1280, 900).printMedia(true);
      Object shown = browser.script("return [...document.querySelectorAll('nav, .permalink')]"
          + ".filter(e => getComputedStyle(e).display !== 'none').length");
      Object navs = browser.script("return document.querySelectorAll('nav').length");
      browser.printMedia(false);
      assertThat(navs).as("%s has navigation", name).isEqualTo(1L);
      assertThat(shown).as("%s: navigation shown in print", name).isEqualTo(0L);
    }
  }

  @Test
  void diffOfTheProposal_art32_insAndDelSurroundExactlyTheChangedWords() {
    browser.open(page("diff-1995-proposal")).resize(1280, 900);
    @SuppressWarnings("unchecked")
    Map<String, List<String>> marks = (Map<String, List<String>>) browser.script(
        "const entry = document.getElementById('p0-sec_ii__art_32');"
            + "return {del: [...entry.querySelectorAll('del')].map(e => e.textContent),"
            + " ins: [...entry.querySelectorAll('ins')].map(e => e.textContent),"
            + " text: entry.querySelector('.words').textContent};");

    assertThat(marks.get("del")).containsExactly("государственной");
    assertThat(marks.get("ins")).containsExactly("защиты конституционного строя, обеспечения национальной",
        ", системы духовно-нравственных ценностей общества");
    assertThat(String.valueOf(marks.get("text"))).contains("в интересах государственнойзащиты конституционного"
        + " строя, обеспечения национальной безопасности, общественного порядка");
  }

  private static Path page(String name) {
    return pages.resolve(name + ".html");
  }

  private static void run(String... args) {
    Cli.Result run = Cli.run(args);
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
  }
}
