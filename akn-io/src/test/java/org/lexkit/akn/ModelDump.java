package org.lexkit.akn;

import java.util.List;
import java.util.Map;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.document.LifecycleEvent;
import org.lexkit.core.provision.Inline;
import org.lexkit.core.provision.Note;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.Text;
import org.lexkit.core.rights.GeneralLimitationClause;
import org.lexkit.core.rights.NonRestrictableRights;
import org.lexkit.core.rights.ProhibitedContent;
import org.lexkit.core.rights.RestrictionGround;
import org.lexkit.core.rights.Right;

/**
 * A stable, line-oriented text dump of a mapped document for golden files: every component of the model, provisions
 * by id in document order, inline marks in brackets, and the unmapped-content report. Strings are shown with
 * control characters escaped so that the dump is one line per fact.
 */
final class ModelDump {
  private ModelDump() {}

  static String of(MappingResult<LegalDocument> read) {
    StringBuilder out = new StringBuilder();
    LegalDocument document = read.value();
    var identity = document.identity();
    out.append("identity: country=").append(identity.country()).append(" type=").append(identity.type())
        .append(" date=").append(identity.date()).append(" name=").append(identity.name())
        .append(" language=").append(identity.language()).append(" version=").append(identity.versionDate())
        .append('\n');
    out.append("title: ").append(quote(document.title())).append('\n');
    document.preamble().ifPresent(p -> p.blocks().forEach(b -> out.append("preamble: ").append(text(b))
        .append('\n')));
    for (Map.Entry<ProvisionId, Provision> entry : document.provisions().entrySet()) {
      Provision p = entry.getValue();
      out.append("provision ").append(entry.getKey()).append(" (").append(p.kind().element()).append(')');
      p.num().ifPresent(n -> out.append(" num=").append(quote(n.text())));
      if (p.isRepealed()) {
        out.append(" REPEALED");
      }
      out.append('\n');
      p.heading().ifPresent(h -> out.append("  heading: ").append(text(h)).append('\n'));
      p.content().forEach(t -> out.append("  text: ").append(text(t)).append('\n'));
      p.wrapUp().forEach(t -> out.append("  wrap-up: ").append(text(t)).append('\n'));
      for (Note note : p.notes()) {
        out.append("  note: ").append(text(note.text())).append('\n');
      }
    }
    for (Right right : document.rights().rights().values()) {
      out.append("right ").append(right.id()).append(": ").append(quote(right.name())).append(" holder=")
          .append(right.holder()).append(right.topic().map(t -> " topic=" + t).orElse(""))
          .append(right.absolute() ? " ABSOLUTE" : "").append(" statedIn=").append(right.statedIn()).append('\n');
      grounds(out, right.grounds());
    }
    for (GeneralLimitationClause clause : document.rights().generalLimitations()) {
      out.append("general limitation in ").append(clause.source()).append('\n');
      grounds(out, clause.grounds());
    }
    for (ProhibitedContent list : document.rights().prohibitedContent()) {
      out.append("prohibited content in ").append(list.source()).append('\n');
      list.items().forEach(item -> out.append("  item: ").append(quote(item)).append('\n'));
    }
    for (NonRestrictableRights list : document.rights().nonRestrictable()) {
      out.append("non-restrictable in ").append(list.source()).append(": ").append(list.provisions()).append('\n');
    }
    for (LifecycleEvent event : document.lifecycle()) {
      out.append("event ").append(event.date()).append(' ').append(event.type())
          .append(event.source().map(s -> " source=" + quote(s)).orElse("")).append('\n');
    }
    for (UnmappedContent unmapped : read.unmapped()) {
      out.append("unmapped ").append(unmapped.kind()).append(' ').append(unmapped.describe()).append('\n');
    }
    return out.toString();
  }

  private static void grounds(StringBuilder out, List<RestrictionGround> grounds) {
    for (RestrictionGround ground : grounds) {
      out.append("  ground ").append(ground.canonical().map(Object::toString).orElse("(unmapped)")).append(": ")
          .append(quote(ground.wording())).append(" in ").append(ground.source()).append('\n');
    }
  }

  private static String text(Text text) {
    StringBuilder out = new StringBuilder("\"");
    inlines(out, text.parts());
    return out.append('"').toString();
  }

  private static void inlines(StringBuilder out, List<Inline> parts) {
    for (Inline part : parts) {
      if (part instanceof Inline.Run) {
        out.append(escape(((Inline.Run) part).text()));
      } else {
        Inline.Mark mark = (Inline.Mark) part;
        out.append('[').append(mark.name());
        mark.attributes().forEach((k, v) -> out.append(' ').append(k).append('=').append(escape(v)));
        out.append(']');
        inlines(out, mark.children());
        out.append("[/").append(mark.name()).append(']');
      }
    }
  }

  private static String quote(String s) {
    return "\"" + escape(s) + "\"";
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
  }
}
