package org.lexkit.cli;

import com.google.common.collect.ImmutableMap;
import com.google.common.html.HtmlEscapers;

/** The parts the HTML pages share: escaping, the page shell with its inline style sheet, the language tag. */
final class Html {
  /** ISO 639-2 codes of the built-in profiles to the BCP 47 tags browsers and screen readers expect. */
  private static final ImmutableMap<String, String> LANGUAGE_TAGS =
      ImmutableMap.of("rus", "ru", "eng", "en", "kaz", "kk");

  private static final String STYLE = String.join("\n",
      "body{margin:0;background:#fafaf7;color:#1d1d1b;font:17px/1.55 Georgia,'Times New Roman',serif}",
      "main{max-width:46rem;margin:0 auto;padding:2rem 1.25rem 4rem}",
      "h1{font-size:1.7rem;line-height:1.25;margin:0 0 .4rem}",
      "h2,h3,h4,h5,h6{line-height:1.3;margin:1.6rem 0 .5rem}",
      "h2{font-size:1.35rem}h3{font-size:1.15rem}h4,h5,h6{font-size:1rem}",
      ".identity,.meta{color:#666;font:13px/1.4 system-ui,sans-serif}",
      ".num{font-weight:bold;margin-right:.35em}",
      "section section section{margin-left:1.1rem}",
      "p{margin:.35rem 0}",
      ".preamble{font-style:italic;margin:1.2rem 0}",
      ".wrap-up{margin-top:.5rem}",
      ".note{color:#555;font-size:.85em;border-left:3px solid #d8d4c8;padding-left:.6rem;margin:.4rem 0}",
      ".repealed{color:#888}",
      ".repealed .heading::after{content:' (repealed)';font-weight:normal;font-style:italic}",
      "table{border-collapse:collapse;font:14px/1.4 system-ui,sans-serif;margin:.8rem 0}",
      "td,th{border:1px solid #ddd;padding:.25rem .6rem;text-align:left;vertical-align:top}",
      ".added{background:#e9f7ec}.removed{background:#fbeaea}.changed{background:#fff7e0}"
          + ".renumbered{background:#eef2fb}",
      "del{background:#f7d4d4;text-decoration:line-through}ins{background:#cfeedd;text-decoration:none}",
      "code{font:13px ui-monospace,monospace}",
      "footer{margin-top:2.5rem;border-top:1px solid #ddd;padding-top:.8rem}");

  private Html() {}

  static String escape(String text) {
    return HtmlEscapers.htmlEscaper().escape(text);
  }

  static String languageTag(String language) {
    return LANGUAGE_TAGS.getOrDefault(language, language);
  }

  /** Opens a self-contained page: no external style sheet, script, font or image. */
  static void open(StringBuilder html, String language, String title) {
    html.append("<!DOCTYPE html>\n<html lang=\"").append(escape(languageTag(language))).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"lexkit\">\n")
        .append("<title>").append(escape(title)).append("</title>\n")
        .append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n<main>\n");
  }

  static void close(StringBuilder html) {
    html.append("</main>\n</body>\n</html>\n");
  }
}
