package org.lexkit.cli;

import static org.lexkit.cli.Html.escape;

import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lexkit.core.document.DocumentIdentity;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.document.LifecycleEvent;
import org.lexkit.core.document.Preamble;
import org.lexkit.core.provision.Note;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.Text;

/**
 * A document as one self-contained HTML page (inline CSS, nothing fetched): title and identity, preamble, every
 * provision as a section whose {@code id} is its eId (so {@code page.html#sec_ii__art_32} links to article 32),
 * notes, and the life cycle. Text is escaped; markup inside text is rendered as its plain text.
 */
final class HtmlPage {
  private final StringBuilder html = new StringBuilder(1 << 16);

  private HtmlPage() {}

  static String render(LegalDocument document) {
    HtmlPage page = new HtmlPage();
    page.document(document);
    return page.html.toString();
  }

  private void document(LegalDocument document) {
    Html.open(html, document.identity().language(), document.title());
    html.append("<article>\n<header>\n<h1>").append(escape(document.title())).append("</h1>\n")
        .append("<p class=\"identity\">").append(escape(describe(document.identity()))).append("</p>\n")
        .append("</header>\n");
    document.preamble().ifPresent(this::preamble);
    Provision body = document.body();
    ImmutableList<String> segments = body.childSegments();
    for (int i = 0; i < segments.size(); i++) {
      provision(body.children().get(i), ProvisionId.root(segments.get(i)), 2);
    }
    if (!document.lifecycle().isEmpty()) {
      html.append("<footer>\n<p class=\"meta\">Life cycle</p>\n<table>\n");
      for (LifecycleEvent event : document.lifecycle()) {
        html.append("<tr><td>").append(event.date()).append("</td><td>")
            .append(escape(event.type().name().toLowerCase(Locale.ROOT))).append("</td><td>")
            .append(escape(event.source().orElse(""))).append("</td></tr>\n");
      }
      html.append("</table>\n</footer>\n");
    }
    html.append("</article>\n");
    Html.close(html);
  }

  static String describe(DocumentIdentity identity) {
    return identity.country() + " · " + identity.type().name().toLowerCase(Locale.ROOT) + " · "
        + identity.name() + " of " + identity.date() + " · " + identity.language() + ", version of "
        + identity.versionDate();
  }

  private void preamble(Preamble preamble) {
    html.append("<section class=\"preamble\">\n");
    for (Text block : preamble.blocks()) {
      html.append("<p>").append(escape(block.plain())).append("</p>\n");
    }
    html.append("</section>\n");
  }

  /** The longest HTML id written; longer provision ids are shortened by {@link #htmlId}. */
  static final int MAX_ID_CHARS = 128;

  /**
   * The HTML id of a provision: its provision id ({@code sec_ii__art_32}), which readers link to, unless longer
   * than {@link #MAX_ID_CHARS}; then its first 100 characters, {@code ~} and 16 hex digits of a hash of the whole
   * id (unique in practice). Without the bound, ids grow with nesting: each repeats its ancestors' numbers, so a
   * 275 KB document of nested 1,000-character numbers rendered to 316 MB.
   */
  static String htmlId(ProvisionId id) {
    String full = id.toString();
    if (full.length() <= MAX_ID_CHARS) {
      return full;
    }
    int cut = Character.isHighSurrogate(full.charAt(99)) ? 99 : 100;
    return full.substring(0, cut) + "~"
        + Hashing.sha256().hashString(full, StandardCharsets.UTF_8).toString().substring(0, 16);
  }

  private void provision(Provision provision, ProvisionId id, int level) {
    html.append("<section class=\"").append(provision.kind().element())
        .append(provision.isRepealed() ? " repealed" : "").append("\" id=\"").append(escape(htmlId(id)))
        .append("\">\n");
    Optional<String> num = provision.num().map(n -> n.text());
    @Nullable String pendingNum = num.orElse(null);
    // A heading line for a heading, a repealed placeholder, or a container whose number stands alone ("Статья 1"
    // over its paragraphs); otherwise the number starts the first paragraph ("1. Республика ...").
    boolean headingLine = provision.heading().isPresent() || provision.isRepealed()
        || (provision.content().isEmpty() && !provision.children().isEmpty());
    if (headingLine) {
      int h = Math.min(6, level);
      html.append("<h").append(h).append(" class=\"heading\">");
      num.ifPresent(n -> html.append("<span class=\"num\">").append(escape(n)).append("</span>"));
      provision.heading().ifPresent(heading -> html.append(escape(heading.plain())));
      html.append("</h").append(h).append(">\n");
      pendingNum = null;
    }
    for (Text block : provision.content()) {
      html.append("<p>");
      if (pendingNum != null) {
        html.append("<span class=\"num\">").append(escape(pendingNum)).append("</span>");
        pendingNum = null;
      }
      html.append(escape(block.plain())).append("</p>\n");
    }
    if (pendingNum != null) {
      html.append("<p><span class=\"num\">").append(escape(pendingNum)).append("</span></p>\n");
    }
    ImmutableList<String> segments = provision.childSegments();
    for (int i = 0; i < segments.size(); i++) {
      provision(provision.children().get(i), id.child(segments.get(i)), level + 1);
    }
    for (Text block : provision.wrapUp()) {
      html.append("<p class=\"wrap-up\">").append(escape(block.plain())).append("</p>\n");
    }
    for (Note note : provision.notes()) {
      html.append("<aside class=\"note\">").append(escape(note.text().plain())).append("</aside>\n");
    }
    html.append("</section>\n");
  }
}
