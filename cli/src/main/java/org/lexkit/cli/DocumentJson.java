package org.lexkit.cli;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.document.LifecycleEvent;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.Text;
import org.lexkit.core.rights.GeneralLimitationClause;
import org.lexkit.core.rights.RestrictionGround;
import org.lexkit.core.rights.Right;

/**
 * The model of a document as JSON, for {@code lexkit export --format json} and {@code lexkit render --format json}:
 * identity, title, preamble, the provision tree (each provision with its eId, kind, number, heading, text blocks,
 * notes, status and children), the rights catalogue and the life cycle. Text is plain (inline markup is its plain
 * text). The shape is the JSON Schema {@code org/lexkit/cli/schema/document.schema.json} in this jar.
 */
final class DocumentJson {
  private DocumentJson() {}

  static String render(LegalDocument document) {
    Json json = new Json();
    json.beginObject().member("format", "lexkit-document").member("version", 1);
    json.name("identity").beginObject()
        .member("country", document.identity().country())
        .member("type", document.identity().type().name().toLowerCase(Locale.ROOT))
        .member("date", document.identity().date().toString())
        .member("name", document.identity().name())
        .member("language", document.identity().language())
        .member("versionDate", document.identity().versionDate().toString())
        .endObject();
    json.member("title", document.title());
    json.name("preamble").beginArray();
    document.preamble().ifPresent(p -> p.blocks().forEach(block -> json.value(block.plain())));
    json.endArray();
    json.name("provisions");
    children(json, document.body(), null);
    rights(json, document);
    json.name("lifecycle").beginArray();
    for (LifecycleEvent event : document.lifecycle()) {
      json.beginObject().member("date", event.date().toString())
          .member("type", event.type().name().toLowerCase(Locale.ROOT));
      event.source().ifPresent(source -> json.member("source", source));
      json.endObject();
    }
    json.endArray();
    json.endObject();
    return json + "\n";
  }

  private static void children(Json json, Provision parent, ProvisionId parentId) {
    json.beginArray();
    ImmutableList<String> segments = parent.childSegments();
    for (int i = 0; i < segments.size(); i++) {
      ProvisionId id = parentId == null ? ProvisionId.root(segments.get(i)) : parentId.child(segments.get(i));
      provision(json, parent.children().get(i), id);
    }
    json.endArray();
  }

  private static void provision(Json json, Provision provision, ProvisionId id) {
    json.beginObject().member("id", id.toString()).member("kind", provision.kind().element());
    provision.num().ifPresent(num -> json.member("num", num.text()));
    provision.heading().ifPresent(heading -> json.member("heading", heading.plain()));
    texts(json, "content", provision.content());
    texts(json, "wrapUp", provision.wrapUp());
    json.name("notes").beginArray();
    provision.notes().forEach(note -> json.value(note.text().plain()));
    json.endArray();
    json.member("status", provision.status().name().toLowerCase(Locale.ROOT));
    json.name("children");
    children(json, provision, id);
    json.endObject();
  }

  private static void texts(Json json, String name, ImmutableList<Text> blocks) {
    json.name(name).beginArray();
    blocks.forEach(block -> json.value(block.plain()));
    json.endArray();
  }

  private static void rights(Json json, LegalDocument document) {
    json.name("rights").beginArray();
    for (Right right : document.rights().rights().values()) {
      json.beginObject().member("id", right.id().toString()).member("name", right.name())
          .member("holder", right.holder().toString())
          .member("absolute", right.absolute());
      right.topic().ifPresent(topic -> json.member("topic", topic));
      json.name("statedIn").beginArray();
      right.statedIn().forEach(id -> json.value(id.toString()));
      json.endArray();
      json.name("grounds").beginArray();
      right.grounds().forEach(ground -> ground(json, ground));
      json.endArray();
      json.endObject();
    }
    json.endArray();
    json.name("generalLimitations").beginArray();
    for (GeneralLimitationClause clause : document.rights().generalLimitations()) {
      json.beginObject().member("source", clause.source().toString()).name("grounds").beginArray();
      clause.grounds().forEach(ground -> ground(json, ground));
      json.endArray().endObject();
    }
    json.endArray();
  }

  /** A ground: its key, wording, source provision and, when mapped, its canonical code. Shared with diff. */
  static void ground(Json json, RestrictionGround ground) {
    json.beginObject().member("key", ground.key()).member("wording", ground.wording())
        .member("source", ground.source().toString());
    ground.canonical().ifPresent(canonical -> json.member("canonical", canonical.code())
        .member("canonicalName", Labels.groundInEnglish(canonical)));
    json.endObject();
  }
}
