package org.lexkit.examples.kazakhstan;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Optional;
import org.lexkit.examples.kazakhstan.KazakhstanReport.ArticleText;
import org.lexkit.examples.kazakhstan.KazakhstanReport.Block;
import org.lexkit.examples.kazakhstan.KazakhstanReport.Clause;
import org.lexkit.examples.kazakhstan.KazakhstanReport.GeneralCell;
import org.lexkit.examples.kazakhstan.KazakhstanReport.GroundCell;
import org.lexkit.examples.kazakhstan.KazakhstanReport.Quote;
import org.lexkit.examples.kazakhstan.KazakhstanReport.RightCell;
import org.lexkit.examples.kazakhstan.KazakhstanReport.RightRow;
import org.lexkit.examples.kazakhstan.KazakhstanReport.Version;

/**
 * Renders a {@link KazakhstanReport} as JSON ({@code report.json}): the same findings as the web page, for
 * programs. The output is deterministic (same report, same bytes: no timestamps, fixed key order) and indented by
 * two spaces. Grounds are named by their canonical codes ({@code CONSTITUTIONAL_ORDER}); an unmapped ground has
 * {@code "ground": null} and a {@code key} starting with {@code wording:}.
 *
 * <p>Shape (objects keyed by version key list the versions in order, with {@code null} where a version lacks the
 * item):
 * <pre>{@code
 * {
 *   "format": "lexkit-kazakhstan-report/1",
 *   "versions":   [ {"key": "1995", "label", "status", "date": "2022-09-17", "title"}, ... ],
 *   "clauses":    [ {"citation": "ICCPR art. 21", "instrument": "ICCPR", "binding": true,
 *                    "boundSince": "2006-01-24" | null, "permitted": ["NATIONAL_SECURITY", ...]}, ... ],
 *   "rights": [ {
 *       "id": "peaceful-assembly", "name": "Freedom of peaceful assembly",
 *       "versions": { "1995": <cell> | null, "proposal": ..., "2026": ... } }, ... ],
 *   "general":    { "<version>": {"citations": ["art. 39(1)"], "sources": [...], "grounds": [<ground>...],
 *                                 "gained": [...], "lost": [...]} | null },
 *   "censorship": { "<version>": {"provision": "sec_ii__art_23__para_5", "citation": "art. 23(5)",
 *                                 "sentence": "Цензура запрещена."} | null },
 *   "proposal":   {"id", "title", "proposed": "2026-01-26", "status": "PROPOSED", "operations": [...],
 *                  "explanations": [...]},
 *   "texts":      { "<version>": [ {"id", "citation", "title",
 *                                   "blocks": [ {"id", "citation", "num", "text", "amended": false} ]} ] }
 * }
 * <cell>   = {"name", "articles": ["art. 34"], "statedIn": ["sec_ii__art_34"], "holder": "citizens",
 *             "neverRestrictable": false, "governedBy": ["ICCPR art. 21", "ECHR art. 11(2)"],
 *             "gained": [codes gained by the right's own article vs. the first version], "lost": [...],
 *             "dropped": [codes no longer effective at all], "grounds": [<ground>...]}
 * <ground> = {"ground": "CONSTITUTIONAL_ORDER" | null, "key", "label": "constitutional order",
 *             "wording": "защиты основ конституционного строя", "source": "sec_ii__art_34", "citation": "art. 34",
 *             "origin": "own" | "general", "novelty": "unchanged" | "new" | "now-in-article",
 *             "notPermittedBy": ["ICCPR art. 21"], "notInComparator": [...], "uncheckable": false}
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class JsonReport {
  /** Identifies the shape above; changes that break readers change the number. */
  public static final String FORMAT = "lexkit-kazakhstan-report/1";

  private JsonReport() {}

  /**
   * Renders the report.
   *
   * @param report the findings
   * @return the JSON text, ending with a newline
   */
  public static String render(KazakhstanReport report) {
    checkNotNull(report, "report");
    JsonWriter json = new JsonWriter();
    json.beginObject();
    json.name("format").value(FORMAT);

    json.name("versions").beginArray();
    for (Version v : report.versions()) {
      json.beginObject().name("key").value(v.key()).name("label").value(v.label()).name("status").value(v.status())
          .name("date").value(v.date().toString()).name("title").value(v.title()).endObject();
    }
    json.endArray();

    json.name("clauses").beginArray();
    for (Clause c : report.clauses()) {
      json.beginObject().name("citation").value(c.citation()).name("instrument").value(c.instrument())
          .name("binding").value(c.binding()).name("boundSince").value(c.boundSince())
          .name("permitted").strings(c.permitted()).endObject();
    }
    json.endArray();

    json.name("rights").beginArray();
    for (RightRow row : report.rights()) {
      json.beginObject().name("id").value(row.id().value()).name("name").value(row.name());
      json.name("versions").beginObject();
      for (Version v : report.versions()) {
        json.name(v.key());
        Optional<RightCell> cell = row.in(v.key());
        if (cell.isPresent()) {
          cell(json, cell.get());
        } else {
          json.nullValue();
        }
      }
      json.endObject().endObject();
    }
    json.endArray();

    json.name("general").beginObject();
    for (Version v : report.versions()) {
      json.name(v.key());
      GeneralCell g = report.general().get(v.key());
      if (g == null) {
        json.nullValue();
        continue;
      }
      json.beginObject().name("citations").strings(g.citations()).name("sources").strings(g.sources());
      grounds(json, g.grounds());
      json.name("gained").strings(g.gained()).name("lost").strings(g.lost()).endObject();
    }
    json.endObject();

    json.name("censorship").beginObject();
    for (Version v : report.versions()) {
      json.name(v.key());
      Quote q = report.censorship().get(v.key());
      if (q == null) {
        json.nullValue();
      } else {
        json.beginObject().name("provision").value(q.provision().value()).name("citation").value(q.citation())
            .name("sentence").value(q.sentence()).endObject();
      }
    }
    json.endObject();

    KazakhstanReport.ProposalSummary p = report.proposal();
    json.name("proposal").beginObject().name("id").value(p.id()).name("title").value(p.title())
        .name("proposed").value(p.proposed().toString()).name("status").value(p.status())
        .name("operations").strings(p.operations()).name("explanations").strings(p.explanations()).endObject();

    json.name("texts").beginObject();
    for (Version v : report.versions()) {
      json.name(v.key()).beginArray();
      for (ArticleText article : report.texts().getOrDefault(v.key(), ImmutableList.of())) {
        json.beginObject().name("id").value(article.id().value()).name("citation").value(article.citation())
            .name("title").value(article.title()).name("blocks").beginArray();
        for (Block b : article.blocks()) {
          json.beginObject().name("id").value(b.id().value()).name("citation").value(b.citation())
              .name("num").value(b.num()).name("text").value(b.text()).name("amended").value(b.amended())
              .endObject();
        }
        json.endArray().endObject();
      }
      json.endArray();
    }
    json.endObject();

    json.endObject();
    return json.toString();
  }

  private static void cell(JsonWriter json, RightCell cell) {
    json.beginObject().name("name").value(cell.name()).name("articles").strings(cell.articles())
        .name("statedIn").strings(cell.statedIn()).name("holder").value(cell.holder())
        .name("neverRestrictable").value(cell.neverRestrictable()).name("governedBy").strings(cell.governedBy())
        .name("gained").strings(cell.gained()).name("lost").strings(cell.lost()).name("dropped")
        .strings(cell.dropped());
    grounds(json, cell.grounds());
    json.endObject();
  }

  private static void grounds(JsonWriter json, Iterable<GroundCell> grounds) {
    json.name("grounds").beginArray();
    for (GroundCell g : grounds) {
      json.beginObject().name("ground").value(g.canonical()).name("key").value(g.key())
          .name("label").value(KazakhstanReport.label(g.key())).name("wording").value(g.wording())
          .name("source").value(g.source().value()).name("citation").value(g.sourceCitation())
          .name("origin").value(g.origin().name().toLowerCase(Locale.ROOT))
          .name("novelty").value(g.novelty().name().toLowerCase(Locale.ROOT).replace('_', '-'))
          .name("notPermittedBy").strings(g.notPermittedBy()).name("notInComparator").strings(g.notInComparator())
          .name("uncheckable").value(g.uncheckable()).endObject();
    }
    json.endArray();
  }
}
