package org.lexkit.akn.internal.mapping;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lexkit.akn.AknWriteException;
import org.lexkit.core.provision.Inline;
import org.lexkit.core.provision.Note;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.ProvisionKind;
import org.lexkit.core.provision.ProvisionStatus;
import org.lexkit.core.provision.Text;

/**
 * Writes provision trees and text: the part of {@link ModelToAkn} that amending acts reuse for the provisions they
 * quote. Every eId is the provision's id behind a fixed prefix ({@code ""} in a document, {@code mod_1__qstr_1__}
 * inside a quoted structure), so eIds stay unique in the written document.
 */
final class ProvisionWriter {
  private final XmlOut xml;
  private final Map<ProvisionId, List<String>> refersTo;
  private final String prefix;

  ProvisionWriter(XmlOut xml, Map<ProvisionId, List<String>> refersTo, String prefix) {
    this.xml = xml;
    this.refersTo = refersTo;
    this.prefix = prefix;
  }

  void writeChildren(Provision parent, Optional<ProvisionId> parentId) {
    ImmutableList<String> segments = parent.childSegments();
    for (int i = 0; i < segments.size(); i++) {
      String segment = segments.get(i);
      ProvisionId id = parentId.isPresent() ? parentId.get().child(segment) : ProvisionId.root(segment);
      writeProvision(parent.children().get(i), id);
    }
  }

  /** Writes one provision whose id (relative to the quoted or document root) is {@code id}. */
  void writeProvision(Provision provision, ProvisionId id) {
    String context = "provision " + prefix + id;
    xml.context(context);
    // Derived from a valid ProvisionId plus fixed suffixes, so the eIds need no re-validation.
    String eid = prefix + id.value();
    ProvisionKind kind = provision.kind();
    xml.start(Vocabulary.element(kind)).attribute("eId", eid);
    if (kind == ProvisionKind.HCONTAINER) {
      xml.attribute("name", Vocabulary.HCONTAINER_NAME);
    } else if (kind == ProvisionKind.ITEM) {
      xml.attribute("name", Vocabulary.ITEM_CONTAINER_NAME);
    }
    if (provision.status() == ProvisionStatus.REPEALED) {
      xml.attribute("status", Vocabulary.REPEALED_STATUS);
    }
    List<String> concepts = refersTo.get(id);
    if (concepts != null) {
      StringBuilder tokens = new StringBuilder();
      for (String concept : concepts) {
        tokens.append(tokens.length() == 0 ? "#" : " #").append(concept);
      }
      xml.attribute("refersTo", tokens.toString());
    }
    boolean notesInNum = provision.num().isPresent();
    boolean notesInHeading = !notesInNum && provision.heading().isPresent();
    if (provision.num().isPresent()) {
      xml.startMixed("num").text(provision.num().get().text());
      notes(provision.notes(), eid);
      xml.end();
    }
    if (provision.heading().isPresent()) {
      xml.startMixed("heading").attribute("eId", eid + "__heading");
      for (Inline part : provision.heading().get().parts()) {
        if (part instanceof Inline.Mark && ((Inline.Mark) part).name().equals("authorialNote")) {
          throw new AknWriteException(context + ": its heading contains an <authorialNote> mark; notes belong in "
              + "Provision.notes(), which are written as authorialNotes", null);
        }
      }
      inlines(provision.heading().get().parts());
      if (notesInHeading) {
        notes(provision.notes(), eid);
      }
      xml.end();
    }
    if (!notesInNum && !notesInHeading && !provision.notes().isEmpty()) {
      // Nowhere else to anchor them: a subheading holding nothing but the notes, read back as notes only.
      xml.startMixed("subheading");
      notes(provision.notes(), eid);
      xml.end();
    }
    if (provision.children().isEmpty()) {
      if (!provision.wrapUp().isEmpty()) {
        throw new AknWriteException(context + " has wrap-up text but no sub-provisions; AKN puts a <wrapUp> only"
            + " after sub-provisions", null);
      }
      blocks("content", eid + "__content", provision.content(), true);
    } else {
      blocks("intro", eid + "__intro", provision.content(), false);
      writeChildren(provision, Optional.of(id));
      xml.context(context);
      blocks("wrapUp", eid + "__wrapup", provision.wrapUp(), false);
    }
    xml.end();
  }

  private void blocks(String element, String eid, List<Text> blocks, boolean evenIfEmpty) {
    if (blocks.isEmpty() && !evenIfEmpty) {
      return;
    }
    xml.start(element).attribute("eId", eid);
    for (Text block : blocks) {
      paragraph(block);
    }
    xml.end();
  }

  /** Writes a block: running text as a {@code <p>}, a block of structure as its own element (the reader's rule). */
  void paragraph(Text block) {
    Optional<Inline.Mark> structure = block.block();
    if (structure.isPresent()) {
      mark(structure.get(), false);
      return;
    }
    xml.startMixed("p");
    inlines(block.parts());
    xml.end();
  }

  private void notes(List<Note> notes, String owner) {
    int n = 0;
    for (Note note : notes) {
      n++;
      xml.startMixed("authorialNote").attribute("eId", owner + "__authorialNote_" + n)
          .attribute("marker", Integer.toString(n)).attribute("placement", "bottom");
      paragraph(note.text());
      xml.end();
    }
  }

  void inlines(List<Inline> parts) {
    for (Inline part : parts) {
      if (part instanceof Inline.Run) {
        xml.text(((Inline.Run) part).text());
      } else {
        mark((Inline.Mark) part, true);
      }
    }
  }

  private void mark(Inline.Mark mark, boolean topLevel) {
    if (mark.name().indexOf(':') >= 0) {
      throw new AknWriteException(xmlContextMessage("mark <" + mark.name() + "> has a namespace prefix; marks are"
          + " AKN elements"), null);
    }
    if (topLevel && !Vocabulary.INLINE_ELEMENTS.contains(mark.name())) {
      throw new AknWriteException(xmlContextMessage("<" + mark.name() + "> is not an AKN inline element (expected"
          + " one of b, i, u, ref, term, concept, span, ins, del, ...)"), null);
    }
    for (String required : Vocabulary.REQUIRED_INLINE_ATTRIBUTES.getOrDefault(mark.name(), ImmutableList.of())) {
      if (!mark.attributes().containsKey(required)) {
        // Only a document read without validation gets here; writing it would be silently schema-invalid.
        throw new AknWriteException(xmlContextMessage("mark <" + mark.name() + "> has no " + required
            + " attribute; AKN requires one on <" + mark.name() + "> (expected e.g. <" + mark.name() + " "
            + required + "=\"...\">)"), null);
      }
    }
    xml.startMixed(mark.name());
    mark.attributes().forEach((name, value) -> {
      if (name.equals("xmlns") || name.startsWith("xmlns:")) {
        throw new AknWriteException(xmlContextMessage("mark <" + mark.name() + "> declares a namespace (" + name
            + "); marks are AKN elements"), null);
      }
      if (name.indexOf(':') >= 0 && !name.startsWith("xml:")) {
        throw new AknWriteException(xmlContextMessage("mark <" + mark.name() + "> has attribute " + name
            + " in an undeclared namespace"), null);
      }
      xml.attribute(name, value);
    });
    for (Inline child : mark.children()) {
      if (child instanceof Inline.Run) {
        xml.text(((Inline.Run) child).text());
      } else {
        mark((Inline.Mark) child, false);
      }
    }
    xml.end();
  }

  private String xmlContextMessage(String detail) {
    return xml.context() + ": " + detail;
  }
}
