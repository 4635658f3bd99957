package org.lexkit.cli;

import com.google.common.hash.Hashing;
import com.google.common.html.HtmlEscapers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.Note;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.ProvisionKind;
import org.lexkit.core.provision.Text;

/**
 * What lexkit's HTML pages (render, diff, report) share: the page shell and its one inline style sheet, escaping,
 * the permalink id of a provision, a provision's label as a reader cites it, and a provision's own blocks. Every
 * page is self-contained (no script, font, image or style sheet is fetched) and readable without scripts; on a
 * phone nothing is wider than the screen, and printed pages drop the navigation.
 */
final class Html {
  private static final String STYLE = String.join("\n",
      ":root{--ink:#1d1d1b;--muted:#5f5d57;--rule:#dedad0;--paper:#fbfaf6;--accent:#24507a;"
          + "--ins:#d5f0dd;--ins-ink:#0b4a22;--del:#f9d9d6;--del-ink:#7a1c14;--chg:#fff3cf;--ren:#e4ecf8}",
      "*{box-sizing:border-box}",
      "html{-webkit-text-size-adjust:100%}",
      "body{margin:0;background:var(--paper);color:var(--ink);font:17px/1.6 Georgia,'Times New Roman',serif;"
          + "overflow-wrap:anywhere}",
      ".page{max-width:50rem;margin:0 auto;padding:1.5rem 1.1rem 4rem}",
      "header.masthead{border-bottom:2px solid var(--ink);padding-bottom:.8rem;margin-bottom:1.2rem}",
      ".kicker,.identity,.meta,nav,table,.legend,.summary,.label,.badge,footer{font-family:system-ui,"
          + "-apple-system,'Segoe UI',sans-serif}",
      ".kicker{text-transform:uppercase;letter-spacing:.06em;font-size:12px;color:var(--muted);margin:0 0 .3rem}",
      "h1{font-size:1.8rem;line-height:1.2;margin:0 0 .4rem}",
      "h2,h3,h4,h5,h6{line-height:1.3;margin:1.6rem 0 .5rem}",
      "h2{font-size:1.35rem}h3{font-size:1.15rem}h4,h5,h6{font-size:1rem}",
      ".identity,.meta{color:var(--muted);font-size:13px;line-height:1.45;margin:.2rem 0}",
      "a{color:var(--accent)}",
      "nav.toc{border:1px solid var(--rule);background:#fff;padding:.4rem 1rem;margin:1rem 0 1.6rem;"
          + "font-size:14px;line-height:1.45}",
      "nav.toc summary{cursor:pointer;font-weight:600;padding:.3rem 0}",
      "nav.toc ol{list-style:none;margin:0;padding-left:0}nav.toc ol ol{padding-left:1rem}",
      "nav.toc li{margin:.15rem 0}nav.toc a{text-decoration:none}nav.toc a:hover{text-decoration:underline}",
      ".num{font-weight:bold;margin-right:.35em}",
      "section.provision{position:relative}",
      "section section section{margin-left:1.1rem}",
      ".permalink{font:13px system-ui,sans-serif;color:var(--muted);text-decoration:none;margin-left:.4em;"
          + "opacity:.55}",
      ".permalink:hover,.permalink:focus{opacity:1}",
      ":target{background:#fffbe6;outline:2px solid #f0dc8c;outline-offset:2px}",
      "p{margin:.35rem 0}",
      ".preamble{font-style:italic;margin:1.2rem 0}",
      ".wrap-up{margin-top:.5rem}",
      ".note{color:var(--muted);font-size:.85em;border-left:3px solid var(--rule);padding-left:.6rem;margin:.4rem 0}",
      ".repealed{color:#888}",
      ".badge{display:inline-block;font-size:11px;font-weight:600;letter-spacing:.03em;text-transform:uppercase;"
          + "border-radius:3px;padding:.05rem .4rem;margin-left:.4rem;vertical-align:middle;background:#ecebe6;"
          + "color:var(--muted)}",
      ".badge.added{background:var(--ins);color:var(--ins-ink)}.badge.removed{background:var(--del);"
          + "color:var(--del-ink)}.badge.changed{background:var(--chg);color:#5c4700}"
          + ".badge.renumbered{background:var(--ren);color:#1f3d66}",
      ".not-represented{border:1px dashed #c9a227;background:#fffaf0;color:#6b5200;padding:.3rem .6rem;"
          + "font:13px/1.4 system-ui,sans-serif}",
      "table{border-collapse:collapse;font-size:14px;line-height:1.4;margin:.8rem 0;width:100%}",
      "td,th{border:1px solid var(--rule);padding:.3rem .6rem;text-align:left;vertical-align:top}",
      "th{background:#f1efe8}",
      "ins{background:var(--ins);color:var(--ins-ink);text-decoration:underline;text-decoration-color:#5fb37c;"
          + "text-underline-offset:2px}",
      "del{background:var(--del);color:var(--del-ink);text-decoration:line-through}",
      ".legend{display:flex;flex-wrap:wrap;gap:.4rem 1rem;font-size:13px;border:1px solid var(--rule);"
          + "background:#fff;padding:.5rem .8rem;margin:1rem 0}",
      ".summary{font-size:15px}.summary li{margin:.2rem 0}",
      ".change{border-left:4px solid var(--rule);padding:.2rem 0 .2rem .8rem;margin:1rem 0}",
      ".change.added{border-color:#5fb37c}.change.removed{border-color:#d0665c}.change.changed{border-color:#d9b43a}"
          + ".change.renumbered{border-color:#6f93c7}",
      ".change h3{font-size:1.05rem;margin:.2rem 0}",
      ".label{font-weight:600}",
      ".versions{display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:.8rem;margin:.6rem 0}",
      ".version{border:1px solid var(--rule);background:#fff;padding:.5rem .8rem}",
      ".version h4{margin:.1rem 0 .4rem;font:600 13px system-ui,sans-serif;color:var(--muted)}",
      ".flag{color:var(--del-ink);font-weight:600}",
      "code{font:13px ui-monospace,monospace}",
      "footer{margin-top:2.5rem;border-top:1px solid var(--rule);padding-top:.8rem;font-size:13px}",
      "@media (max-width:600px){body{font-size:16px}.page{padding:1rem .8rem 3rem}h1{font-size:1.45rem}"
          + "section section section{margin-left:.6rem}table,thead,tbody,tr,td,th{display:block;width:100%}"
          + "tr{margin-bottom:.5rem}}",
      "@media print{nav,.permalink,.legend{display:none}body{background:#fff;font-size:11pt}.page{max-width:none;"
          + "padding:0}a{color:inherit;text-decoration:none}section{break-inside:avoid-page}"
          + "ins,del{-webkit-print-color-adjust:exact;print-color-adjust:exact}}");

  private Html() {}

  static String escape(String text) {
    return HtmlEscapers.htmlEscaper().escape(text);
  }

  /** Returns the BCP 47 tag browsers and screen readers expect for a document language. */
  static String languageTag(String language) {
    return Labels.tag(language);
  }

  /** The longest HTML id written; longer provision ids are shortened by {@link #anchor}. */
  static final int MAX_ID_CHARS = 128;

  /**
   * Returns the HTML id of a provision, which is also its permalink: its eId ({@code page.html#sec_ii__art_32}),
   * unless longer than {@link #MAX_ID_CHARS}; then its first 100 characters, {@code ~} and 16 hex digits of a hash of the whole
   * id (unique in practice). Without the bound, ids grow with nesting: each repeats its ancestors' numbers, so a
   * 275 KB document of nested 1,000-character numbers rendered to 316 MB. Every page and every link derives
   * provision ids here and nowhere else.
   */
  static String anchor(ProvisionId id) {
    String full = id.toString();
    if (full.length() <= MAX_ID_CHARS) {
      return full;
    }
    int cut = Character.isHighSurrogate(full.charAt(99)) ? 99 : 100;
    return full.substring(0, cut) + "~"
        + Hashing.sha256().hashString(full, StandardCharsets.UTF_8).toString().substring(0, 16);
  }


  /** Opens a self-contained page: no external style sheet, script, font or image. */
  static void open(StringBuilder html, String language, String title) {
    html.append("<!DOCTYPE html>\n<html lang=\"").append(escape(languageTag(language))).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"lexkit\">\n")
        .append("<title>").append(escape(title)).append("</title>\n")
        .append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n<div class=\"page\">\n");
  }

  static void close(StringBuilder html) {
    html.append("</div>\n</body>\n</html>\n");
  }

  /** A table of contents: one entry per link, nested as given. */
  record TocEntry(String anchor, String label, List<TocEntry> children) {}

  /** Writes a table of contents that folds away on a phone and never prints. */
  static void toc(StringBuilder html, Labels labels, List<TocEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    html.append("<nav class=\"toc\" aria-label=\"").append(escape(labels.get(Labels.Key.CONTENTS)))
        .append("\">\n<details open>\n<summary>").append(escape(labels.get(Labels.Key.CONTENTS)))
        .append("</summary>\n");
    tocList(html, entries);
    html.append("</details>\n</nav>\n");
  }

  private static void tocList(StringBuilder html, List<TocEntry> entries) {
    html.append("<ol>\n");
    for (TocEntry entry : entries) {
      html.append("<li><a href=\"#").append(escape(entry.anchor())).append("\">").append(escape(entry.label()))
          .append("</a>");
      if (!entry.children().isEmpty()) {
        html.append('\n');
        tocList(html, entry.children());
      }
      html.append("</li>\n");
    }
    html.append("</ol>\n");
  }

  /** A permalink to a provision, shown beside its heading. */
  static void permalink(StringBuilder html, Labels labels, ProvisionId id) {
    html.append("<a class=\"permalink\" href=\"#").append(escape(anchor(id))).append("\" title=\"")
        .append(escape(labels.get(Labels.Key.PERMALINK))).append("\" aria-label=\"")
        .append(escape(labels.get(Labels.Key.PERMALINK))).append("\">¶</a>");
  }

  /**
   * Writes a provision's own blocks (content, then the caller's children, then wrap-up and notes): the one place
   * where each kind of block content becomes HTML, for every page.
   *
   * @param pendingNum a number to print at the start of the first paragraph, or empty
   * @param id the provision's id, for the permalink after that number (when the provision has no heading line)
   * @param children writes the children between content and wrap-up
   */
  static void blocks(StringBuilder html, Labels labels, Provision provision, Optional<String> pendingNum,
      ProvisionId id, Runnable children) {
    boolean first = true;
    for (Text block : provision.content()) {
      html.append("<p>");
      if (first && pendingNum.isPresent()) {
        html.append("<span class=\"num\">").append(escape(pendingNum.get())).append("</span>");
      }
      first = false;
      html.append(escape(block.plain()));
      if (pendingNum.isPresent()) {
        permalink(html, labels, id);
        pendingNum = Optional.empty();
      }
      html.append("</p>\n");
    }
    if (first && pendingNum.isPresent()) {
      html.append("<p><span class=\"num\">").append(escape(pendingNum.get())).append("</span>");
      permalink(html, labels, id);
      html.append("</p>\n");
    }
    if (isEmpty(provision)) {
      html.append("<p class=\"not-represented\" role=\"note\">")
          .append(escape(labels.get(Labels.Key.NOT_REPRESENTED))).append("</p>\n");
    }
    children.run();
    for (Text block : provision.wrapUp()) {
      html.append("<p class=\"wrap-up\">").append(escape(block.plain())).append("</p>\n");
    }
    for (Note note : provision.notes()) {
      html.append("<aside class=\"note\">").append(escape(note.text().plain())).append("</aside>\n");
    }
  }

  /** Whether a provision in force shows nothing at all: content the model did not represent. */
  static boolean isEmpty(Provision provision) {
    return !provision.isRepealed() && provision.content().isEmpty() && provision.children().isEmpty()
        && provision.wrapUp().isEmpty() && provision.heading().isEmpty();
  }

  /**
   * Returns how a reader cites a provision in the document's language: the number of the nearest article (or
   * higher unit) as printed, with the word for its kind when the number is bare, then the numbers below it in
   * parentheses: "Статья 20(1)", "Art. 5a", "Section 16(1)(a)".
   *
   * @param document the document the id is in
   * @param id a provision of that document
   */
  static String label(LegalDocument document, ProvisionId id, Labels labels) {
    List<Provision> path = new ArrayList<>();
    Provision node = document.body();
    ProvisionId at = null;
    for (String segment : id.segments()) {
      at = at == null ? ProvisionId.root(segment) : at.child(segment);
      Optional<Provision> child = document.provision(at);
      if (child.isEmpty()) {
        break;
      }
      node = child.get();
      path.add(node);
    }
    if (path.isEmpty()) {
      return id.toString();
    }
    int anchor = 0;
    for (int i = 0; i < path.size(); i++) {
      if (path.get(i).kind().ordinal() <= ProvisionKind.ARTICLE.ordinal()) {
        anchor = i;
      }
    }
    StringBuilder label = new StringBuilder(unit(path.get(anchor), labels, id));
    for (Provision below : path.subList(anchor + 1, path.size())) {
      below.num().map(n -> bare(n.text())).filter(n -> !n.isEmpty())
          .ifPresent(n -> label.append('(').append(n).append(')'));
    }
    return label.toString();
  }

  /** A unit's own name: its number as printed (with its kind's word when bare), else its heading. */
  private static String unit(Provision provision, Labels labels, ProvisionId id) {
    Optional<String> num = provision.num().map(n -> n.text().strip());
    if (num.isPresent() && num.get().codePoints().anyMatch(Character::isLetter) && num.get().length() > 3) {
      String printed = num.get();
      while (printed.endsWith(".") || printed.endsWith(":")) { // "Статья 2." is cited as "Статья 2"
        printed = printed.substring(0, printed.length() - 1);
      }
      return printed;
    }
    String word = labels.kind(provision.kind()).orElse(provision.kind().element());
    if (num.isPresent()) {
      return word + " " + bare(num.get());
    }
    return provision.heading().map(Text::plain).orElse(word + " " + id.lastSegment());
  }

  /** A number without the punctuation around it: "1." and "(1)" are "1". */
  private static String bare(String num) {
    int start = 0;
    int end = num.length();
    while (start < end && !Character.isLetterOrDigit(num.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetterOrDigit(num.charAt(end - 1))) {
      end--;
    }
    return num.substring(start, end);
  }
}
