package org.lexkit.examples.kazakhstan;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.examples.kazakhstan.KazakhstanReport.ArticleText;
import org.lexkit.examples.kazakhstan.KazakhstanReport.Block;
import org.lexkit.examples.kazakhstan.KazakhstanReport.Clause;
import org.lexkit.examples.kazakhstan.KazakhstanReport.GeneralCell;
import org.lexkit.examples.kazakhstan.KazakhstanReport.GroundCell;
import org.lexkit.examples.kazakhstan.KazakhstanReport.Novelty;
import org.lexkit.examples.kazakhstan.KazakhstanReport.Origin;
import org.lexkit.examples.kazakhstan.KazakhstanReport.Quote;
import org.lexkit.examples.kazakhstan.KazakhstanReport.RightCell;
import org.lexkit.examples.kazakhstan.KazakhstanReport.RightRow;
import org.lexkit.examples.kazakhstan.KazakhstanReport.Version;

/**
 * Renders a {@link KazakhstanReport} as one self-contained web page ({@code report.html}) that a journalist can
 * read: the rights side by side (one column per version), each restriction ground with its wording and a link to
 * the article that states it, new grounds highlighted, grounds no binding treaty permits marked, a legend, and the
 * text of every cited article further down the page. Inline CSS only: no scripts, fonts or images, nothing loaded
 * from the network. Every piece of data is escaped ({@link Html}). Deterministic: no dates of generation.
 *
 * <p>Anchors: the text of provision {@code P} of version {@code V} has the id {@code v-V-P} (e.g.
 * {@code v-2026-sec_ii__art_34}); ground entries carry the classes {@code ground}, {@code own}/{@code general},
 * {@code new}/{@code now-in-article} and {@code not-permitted}, and {@code data-ground} with the canonical code.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlReport {
  private static final String CSS = """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
        max-width:80rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;line-height:1.45;background:#fff}
      h1{font-size:1.7rem;margin-bottom:.2rem}
      h2{margin-top:2.2rem;border-bottom:2px solid #1b1b1b;padding-bottom:.2rem}
      .lede{font-size:1.1rem;color:#333;max-width:60rem}
      table{border-collapse:collapse;width:100%}
      th,td{border:1px solid #c8c8c8;vertical-align:top;padding:.5rem;text-align:left}
      thead th{background:#eef1f5}
      th.right{width:13%;background:#f6f6f6}
      .muted{color:#555;font-size:.88rem}
      ul.grounds{list-style:none;margin:.4rem 0 0;padding:0}
      li.ground{margin:.3rem 0;padding:.25rem .45rem;border-left:4px solid #9aa3ad;background:#f4f5f7}
      li.ground.general{border-left-style:dotted;background:#fafafa}
      li.ground.new{background:#ffd54f;border-left-color:#b26a00}
      li.ground.now-in-article{background:#fff3c4;border-left-color:#d4a017}
      li.ground.not-permitted{outline:2px solid #b00020;outline-offset:-2px}
      .code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.8rem;font-weight:600}
      .tag{display:inline-block;font-size:.72rem;font-weight:700;padding:0 .3rem;border-radius:.2rem;
        margin-left:.25rem;vertical-align:middle}
      .tag.new{background:#b26a00;color:#fff}
      .tag.now-in-article{background:#d4a017;color:#1b1b1b}
      .tag.general{background:#dde1e6;color:#1b1b1b}
      .tag.not-permitted{background:#b00020;color:#fff}
      .flag{color:#b00020;font-weight:600;font-size:.85rem}
      .cmp{color:#555;font-size:.82rem}
      q[lang=ru]{font-style:italic}
      dl.legend{display:grid;grid-template-columns:max-content 1fr;gap:.35rem 1rem;max-width:60rem}
      dl.legend dt{margin:0}
      dl.legend dd{margin:0}
      .texts{display:grid;grid-template-columns:repeat(auto-fit,minmax(22rem,1fr));gap:1.2rem}
      article.text{border:1px solid #c8c8c8;padding:.3rem .8rem .6rem}
      article.text h4{margin:.4rem 0}
      p.block{margin:.35rem 0}
      p.block:target,article.text:target{background:#e3f2fd}
      p.block.amended{background:#fff3c4;border-left:4px solid #d4a017;padding-left:.4rem}
      .num{font-weight:600}
      code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85rem}
      footer{margin-top:3rem;color:#555;font-size:.85rem}
      """;

  private HtmlReport() {}

  /**
   * Renders the report.
   *
   * @param report the findings
   * @return the page, UTF-8 text
   */
  public static String render(KazakhstanReport report) {
    checkNotNull(report, "report");
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Kazakhstan: free speech and peaceful assembly, 1995 to 2026</title>\n")
        .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");

    h.append("<header>\n<h1>Kazakhstan: free speech and peaceful assembly, 1995 &rarr; 2026</h1>\n")
        .append("<p class=\"lede\">On what grounds may the law restrict the freedoms of speech, information,"
            + " assembly and association? This page compares the Constitution of 1995, the proposal of the"
            + " Constitutional Commission of 26 January 2026, and the Constitution adopted by referendum on"
            + " 15 March 2026 (in force since 1 July 2026), and checks every ground against the closed lists of the"
            + " International Covenant on Civil and Political Rights, which binds Kazakhstan.</p>\n</header>\n");

    h.append("<section id=\"summary\">\n<h2>In short</h2>\n<ul>\n");
    for (String line : TextReport.summary(report, KazakhstanReport::label)) {
      h.append("<li>").append(Html.text(line)).append("</li>\n");
    }
    h.append("</ul>\n</section>\n");

    legend(h);
    rights(h, report);
    treaties(h, report);
    proposal(h, report);
    texts(h, report);
    sources(h);

    h.append("<footer>Generated by the Lexkit Kazakhstan example (<code>org.lexkit.examples.KazakhstanStory</code>)"
        + " from the texts bundled with it. Grounds are matched to canonical grounds by a published vocabulary;"
        + " extraction is automatic and every finding links to the words it rests on.</footer>\n");
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  private static void legend(StringBuilder h) {
    h.append("<section id=\"legend\">\n<h2>How to read the table</h2>\n<dl class=\"legend\">\n")
        .append("<dt><span class=\"tag new\">NEW</span></dt><dd>The right could not be restricted on this ground"
            + " under the 1995 Constitution at all.</dd>\n")
        .append("<dt><span class=\"tag now-in-article\">IN ARTICLE</span></dt><dd>The 1995 general limitation"
            + " clause (art. 39) already allowed this ground for every right; now the right's own article names it"
            + " too.</dd>\n")
        .append("<dt><span class=\"tag general\">general</span></dt><dd>The ground comes from the general"
            + " limitation clause that applies to all rights, not from the right's own article.</dd>\n")
        .append("<dt><span class=\"tag not-permitted\">NOT PERMITTED</span></dt><dd>The closed list of the treaty"
            + " clause binding on Kazakhstan (ICCPR) does not include this ground. Under the ICCPR no other grounds"
            + " are allowed (UN Human Rights Committee, General Comment 34, para. 22).</dd>\n")
        .append("<dt><span class=\"cmp\">ECHR &hellip; lacks it</span></dt><dd>For comparison only: the European"
            + " Convention's list does not include it. Kazakhstan is not a party to the ECHR.</dd>\n")
        .append("<dt><span class=\"code\">CODE</span></dt><dd>The canonical name of the ground; the Russian words"
            + " of the text follow in italics, with a link to the article.</dd>\n")
        .append("</dl>\n</section>\n");
  }

  private static void rights(StringBuilder h, KazakhstanReport report) {
    h.append("<section id=\"rights\">\n<h2>The rights side by side</h2>\n<table>\n<thead>\n<tr><th>Right</th>");
    for (Version v : report.versions()) {
      h.append("<th>").append(Html.text(v.label())).append("<br><span class=\"muted\">")
          .append(Html.text(v.status())).append("</span></th>");
    }
    h.append("</tr>\n</thead>\n<tbody>\n");
    for (RightRow row : report.rights()) {
      h.append("<tr id=\"").append(Html.id("right", row.id().value())).append("\"><th class=\"right\">")
          .append(Html.text(row.name())).append("<br><code>").append(Html.text(row.id().value()))
          .append("</code>");
      row.cells().values().stream().findFirst().ifPresent(c -> h.append("<br><span class=\"muted\">governed by ")
          .append(Html.text(String.join(", ", c.governedBy()))).append("</span>"));
      h.append("</th>");
      for (Version v : report.versions()) {
        h.append("<td>");
        Optional<RightCell> cell = row.in(v.key());
        if (cell.isPresent()) {
          rightCell(h, v, cell.get());
        } else {
          h.append("<span class=\"muted\">not stated in this text</span>");
        }
        h.append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("<tr id=\"general\"><th class=\"right\">General limitation clause<br><span class=\"muted\">applies to"
        + " every right</span></th>");
    for (Version v : report.versions()) {
      h.append("<td>");
      GeneralCell g = report.general().get(v.key());
      if (g == null) {
        h.append("<span class=\"muted\">none</span>");
      } else {
        for (int i = 0; i < g.sources().size(); i++) {
          h.append(i == 0 ? "" : ", ").append(link(v, g.sources().get(i), g.citations().get(i)));
        }
        changes(h, "gained", g.gained());
        changes(h, "lost", g.lost());
        groundList(h, v, g.grounds());
      }
      h.append("</td>");
    }
    h.append("</tr>\n<tr id=\"censorship\"><th class=\"right\">Ban on censorship</th>");
    for (Version v : report.versions()) {
      Quote q = report.censorship().get(v.key());
      h.append("<td>");
      if (q == null) {
        h.append("<strong class=\"flag\">no ban on censorship found</strong>");
      } else {
        h.append(link(v, q.provision(), q.citation())).append(": <q lang=\"ru\">").append(Html.text(q.sentence()))
            .append("</q>");
      }
      h.append("</td>");
    }
    h.append("</tr>\n</tbody>\n</table>\n</section>\n");
  }

  private static void rightCell(StringBuilder h, Version v, RightCell c) {
    for (int i = 0; i < c.statedIn().size(); i++) {
      ProvisionId id = c.statedIn().get(i);
      h.append(i == 0 ? "" : ", ").append(link(v, id, c.articles().get(i)));
    }
    h.append("<br><span class=\"muted\">held by ").append(Html.text(c.holder())).append(" &middot; <span lang=\"ru\">")
        .append(Html.text(c.name())).append("</span></span>");
    if (c.neverRestrictable()) {
      h.append("<br><strong>may never be restricted</strong>");
    }
    changes(h, "own article gained", c.gained());
    changes(h, "own article lost", c.lost());
    changes(h, "no longer restrictable on", c.dropped());
    if (c.grounds().isEmpty()) {
      h.append("<br><span class=\"muted\">no restriction grounds</span>");
    }
    groundList(h, v, c.grounds());
  }

  private static void changes(StringBuilder h, String what, List<String> keys) {
    if (!keys.isEmpty()) {
      h.append("<br><span class=\"muted\">").append(Html.text(what)).append(": </span><span class=\"code\">")
          .append(Html.text(String.join(", ", keys))).append("</span>");
    }
  }

  private static void groundList(StringBuilder h, Version v, List<GroundCell> grounds) {
    if (grounds.isEmpty()) {
      return;
    }
    h.append("<ul class=\"grounds\">");
    for (GroundCell g : grounds) {
      String novelty = g.novelty() == Novelty.NEW ? " new" : g.novelty() == Novelty.NOW_IN_ARTICLE
          ? " now-in-article" : "";
      h.append("\n<li class=\"ground ").append(g.origin() == Origin.OWN ? "own" : "general").append(novelty)
          .append(g.notPermittedBy().isEmpty() ? "" : " not-permitted").append("\" data-ground=\"")
          .append(Html.attr(g.key())).append("\"><span class=\"code\">").append(Html.text(g.key()))
          .append("</span>");
      if (g.novelty() == Novelty.NEW) {
        h.append("<span class=\"tag new\">NEW</span>");
      } else if (g.novelty() == Novelty.NOW_IN_ARTICLE) {
        h.append("<span class=\"tag now-in-article\">IN ARTICLE</span>");
      }
      if (g.origin() == Origin.GENERAL) {
        h.append("<span class=\"tag general\">general</span>");
      }
      if (!g.notPermittedBy().isEmpty()) {
        h.append("<span class=\"tag not-permitted\">NOT PERMITTED</span>");
      }
      h.append("<br>").append(Html.text(KazakhstanReport.label(g.key()))).append(": <q lang=\"ru\">")
          .append(Html.text(g.wording())).append("</q> (").append(link(v, g.source(), g.sourceCitation()))
          .append(')');
      if (!g.notPermittedBy().isEmpty()) {
        h.append("<br><span class=\"flag\">&#10006; not permitted by ").append(Html.text(String.join(", ",
            g.notPermittedBy()))).append("</span>");
      }
      if (!g.notInComparator().isEmpty()) {
        h.append("<br><span class=\"cmp\">").append(Html.text(String.join(", ", g.notInComparator())))
            .append(" lacks it</span>");
      }
      if (g.uncheckable()) {
        h.append("<br><span class=\"cmp\">wording not in the vocabulary: not checked</span>");
      }
      h.append("</li>");
    }
    h.append("\n</ul>");
  }

  private static void treaties(StringBuilder h, KazakhstanReport report) {
    h.append("<section id=\"treaties\">\n<h2>What the treaties permit</h2>\n<p>Each clause lists every ground on"
        + " which the right it governs may be restricted; the lists are closed (Siracusa Principles, principle 1;"
        + " Human Rights Committee, General Comment 34, para. 22). &ldquo;Spiritual and moral values&rdquo; and"
        + " &ldquo;constitutional order&rdquo; appear in none of them.</p>\n<table>\n<thead><tr><th>Clause</th>"
        + "<th>Status for Kazakhstan</th><th>Permitted grounds</th></tr></thead>\n<tbody>\n");
    for (Clause c : report.clauses()) {
      h.append("<tr><td>").append(Html.text(c.citation())).append("</td><td>")
          .append(c.binding() ? "binding" + c.boundSince().map(d -> " since " + Html.text(d.toString())).orElse("")
              : "comparator only (not a party)")
          .append("</td><td>").append(Html.text(String.join(", ",
              c.permitted().stream().map(KazakhstanReport::label).toList()))).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</section>\n");
  }

  private static void proposal(StringBuilder h, KazakhstanReport report) {
    KazakhstanReport.ProposalSummary p = report.proposal();
    h.append("<section id=\"proposal\">\n<h2>How the proposal of 26 January 2026 is modelled</h2>\n");
    for (String paragraph : p.explanations()) {
      h.append("<p>").append(Html.text(paragraph)).append("</p>\n");
    }
    h.append("<p>The amendment <code>").append(Html.text(p.id())).append("</code> (status ")
        .append(Html.text(p.status())).append(", proposed ").append(Html.text(p.proposed().toString()))
        .append(") makes these changes, in order:</p>\n<ol>\n");
    for (String operation : p.operations()) {
      h.append("<li><code>").append(Html.text(operation)).append("</code></li>\n");
    }
    h.append("</ol>\n</section>\n");
  }

  private static void texts(StringBuilder h, KazakhstanReport report) {
    h.append("<section id=\"texts\">\n<h2>The provisions cited</h2>\n<p class=\"muted\">Russian texts as bundled"
        + " with the example. Highlighted paragraphs are those the proposal inserts or rewords.</p>\n");
    for (Version v : report.versions()) {
      h.append("<h3 id=\"").append(Html.id("texts", v.key())).append("\">").append(Html.text(v.label()))
          .append(" <span class=\"muted\">").append(Html.text(v.title())).append("</span></h3>\n")
          .append("<div class=\"texts\">\n");
      for (ArticleText article : report.texts().getOrDefault(v.key(), ImmutableList.of())) {
        h.append("<article class=\"text\" lang=\"ru\" id=\"").append(anchor(v, article.id())).append("\"><h4>")
            .append(Html.text(article.title())).append("</h4>\n");
        for (Block b : article.blocks()) {
          h.append("<p class=\"block").append(b.amended() ? " amended" : "").append('"');
          if (!b.id().equals(article.id())) {
            h.append(" id=\"").append(anchor(v, b.id())).append('"');
          }
          h.append('>');
          if (!b.num().isEmpty()) {
            h.append("<span class=\"num\">").append(Html.text(b.num())).append("</span> ");
          }
          h.append(Html.text(b.text()).replace("\n", "<br>"));
          if (b.amended()) {
            h.append(" <span class=\"tag now-in-article\" lang=\"en\">changed by the proposal</span>");
          }
          h.append("</p>\n");
        }
        h.append("</article>\n");
      }
      h.append("</div>\n");
    }
    h.append("</section>\n");
  }

  private static void sources(StringBuilder h) {
    h.append("<section id=\"sources\">\n<h2>Sources</h2>\n<ul>\n")
        .append("<li>Constitution of 1995: official Russian text as amended to 17 September 2022, IPS"
            + " &laquo;Әділет&raquo;, document K950001000_"
            + " (https://adilet.zan.kz/rus/docs/K950001000_), extracted from the official PDF.</li>\n")
        .append("<li>Constitution of 2026: Russian text of the key articles from a secondary copy of the official"
            + " text (IPS &laquo;Әділет&raquo;, document K2600000000); the wording"
            + " of art. 23(4) is confirmed by news reports of the final draft (qalampir.uz, kommersant.ru).</li>\n")
        .append("<li>Proposal of 26 January 2026: as reported by Fergana (https://en.fergana.agency/news/145077/),"
            + " citing KazTAG. The Russian wording of the amendment is reconstructed from that report.</li>\n")
        .append("<li>Treaty lists: ICCPR arts. 19(3), 21, 22(2) (Kazakhstan bound since 24 January 2006); ECHR"
            + " arts. 10(2), 11(2) as a comparator.</li>\n")
        .append("</ul>\n</section>\n");
  }

  private static String link(Version v, ProvisionId id, String citation) {
    return "<a href=\"#" + anchor(v, id) + "\">" + Html.text(citation) + "</a>";
  }

  private static String anchor(Version v, ProvisionId id) {
    return Html.id("v", v.key(), id.value());
  }
}
