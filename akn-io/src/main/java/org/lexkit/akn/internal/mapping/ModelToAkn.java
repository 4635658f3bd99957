package org.lexkit.akn.internal.mapping;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lexkit.akn.AknIri;
import org.lexkit.akn.AknWriteException;
import org.lexkit.core.document.DocumentIdentity;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.document.LifecycleEvent;
import org.lexkit.core.provision.Inline;
import org.lexkit.core.provision.Note;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.ProvisionKind;
import org.lexkit.core.provision.ProvisionStatus;
import org.lexkit.core.provision.Text;
import org.lexkit.core.rights.CanonicalGround;
import org.lexkit.core.rights.GeneralLimitationClause;
import org.lexkit.core.rights.NonRestrictableRights;
import org.lexkit.core.rights.ProhibitedContent;
import org.lexkit.core.rights.RestrictionGround;
import org.lexkit.core.rights.Right;
import org.lexkit.core.rights.RightsCatalogue;

/**
 * Writes a {@link LegalDocument} as an Akoma Ntoso 3.0 act in one streaming pass: the model is walked once and
 * every element goes straight to the output. The encoding is the one {@link AknToModel} reads back to an equal
 * document; see {@link Vocabulary} for rights and the package documentation for the rest.
 *
 * <p>One instance per write; not thread-safe.
 */
public final class ModelToAkn {

  /** Extra metadata an amended version or an amending act adds to what the document itself says. */
  interface Extra {
    /** Writes {@code <analysis>} children, or nothing. */
    default void analysis(XmlOut xml) {}

    /** Writes extra {@code <references>} entries (after Lexkit's own). */
    default void references(XmlOut xml) {}

    /** Whether {@link #analysis} writes anything. */
    default boolean hasAnalysis() {
      return false;
    }
  }

  private static final Extra NONE = new Extra() {};

  private final XmlOut xml;
  private final LegalDocument document;
  private final Map<String, String> eventSources = new LinkedHashMap<>(); // source text -> eId
  private final Map<ProvisionId, List<String>> refersTo = new HashMap<>();
  private final Set<CanonicalGround> grounds = new LinkedHashSet<>();

  private ModelToAkn(XmlOut xml, LegalDocument document) {
    this.xml = xml;
    this.document = document;
  }

  /**
   * Writes a document as UTF-8 XML.
   *
   * @param document the document
   * @param indent spaces per level, 0 for none
   * @param out where the bytes go; flushed, not closed
   * @throws IOException if the stream fails
   * @throws AknWriteException if something in the document cannot be written (a character XML 1.0 cannot carry, a
   *     wrap-up without sub-provisions, a mark that is no AKN inline element or lacks an attribute the schema
   *     requires, a mark's eId that is also a provision's, ...)
   */
  public static void write(LegalDocument document, int indent, OutputStream out) throws IOException {
    write(document, indent, out, NONE);
  }

  static void write(LegalDocument document, int indent, OutputStream out, Extra extra) throws IOException {
    BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, UTF_8), 1 << 16);
    try {
      XmlOut xml = new XmlOut(writer, indent);
      xml.declaration();
      new ModelToAkn(xml, document).writeDocument(extra);
      xml.finish();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Returns the work-level IRI Lexkit writes for an identity. */
  public static AknIri workIri(DocumentIdentity identity) {
    try {
      return AknIri.work(identity.country(), Vocabulary.documentElement(identity.type()),
          AknIri.WorkDate.of(identity.date()), identity.name());
    } catch (IllegalArgumentException e) {
      throw new AknWriteException("document " + identity.name() + " has no AKN IRI: " + e.getMessage(), e);
    }
  }

  /** Returns the expression-level IRI Lexkit writes for an identity. */
  public static AknIri expressionIri(DocumentIdentity identity) {
    return workIri(identity).withVersion(identity.language(), identity.versionDate());
  }

  private void writeDocument(Extra extra) {
    collectReferences();
    DocumentIdentity identity = document.identity();
    xml.start("akomaNtoso").attribute("xmlns", Vocabulary.AKN);
    xml.start(Vocabulary.documentElement(identity.type()))
        .attribute("name", Vocabulary.documentName(identity.type()));
    writeMeta(extra);
    xml.context("the title");
    xml.start("preface").start("p").startMixed("docTitle").text(document.title()).end().end().end();
    if (document.preamble().isPresent()) {
      xml.context("the preamble");
      xml.start("preamble");
      ProvisionWriter text = new ProvisionWriter(xml, refersTo, "");
      for (Text block : document.preamble().get().blocks()) {
        text.paragraph(block);
      }
      xml.end();
    }
    if (document.body().children().isEmpty()) {
      throw new AknWriteException("the document has no provisions; an AKN <body> needs at least one", null);
    }
    // A <doc> has a <mainBody>, an <act> or <bill> a <body>; both take the hierarchy.
    xml.start(identity.type() == org.lexkit.core.document.DocumentType.OTHER ? "mainBody" : "body");
    writeChildren(document.body(), Optional.empty());
    xml.end();
    xml.end().end();
  }

  // ------------------------------------------------------------------------------------------------ meta

  private void writeMeta(Extra extra) {
    DocumentIdentity identity = document.identity();
    AknIri work = workIri(identity);
    AknIri expression = expressionIri(identity);
    xml.context("the identification");
    xml.start("meta");
    xml.start("identification").attribute("source", "#" + Vocabulary.SOURCE);
    xml.start("FRBRWork");
    value("FRBRthis", work.withComponent("main").toString());
    value("FRBRuri", work.toString());
    xml.start("FRBRdate").attribute("date", identity.date().toString()).attribute("name", "work").end();
    xml.start("FRBRauthor").attribute("href", "#" + Vocabulary.SOURCE).end();
    value("FRBRcountry", identity.country());
    value("FRBRnumber", identity.name());
    xml.end();
    xml.start("FRBRExpression");
    value("FRBRthis", expression.withComponent("main").toString());
    value("FRBRuri", expression.toString());
    xml.start("FRBRdate").attribute("date", identity.versionDate().toString()).attribute("name", "version").end();
    xml.start("FRBRauthor").attribute("href", "#" + Vocabulary.SOURCE).end();
    xml.start("FRBRlanguage").attribute("language", identity.language()).end();
    xml.end();
    xml.start("FRBRManifestation");
    value("FRBRthis", expression.withComponent("main").withFormat("xml").toString());
    value("FRBRuri", expression.withFormat("akn").toString());
    // The version date, not today: the same document always gives the same bytes.
    xml.start("FRBRdate").attribute("date", identity.versionDate().toString()).attribute("name", "manifestation")
        .end();
    xml.start("FRBRauthor").attribute("href", "#" + Vocabulary.SOURCE).end();
    xml.end();
    xml.end(); // identification

    writeClassification();
    if (!document.lifecycle().isEmpty()) {
      xml.context("the lifecycle");
      xml.start("lifecycle").attribute("source", "#" + Vocabulary.SOURCE);
      int n = 0;
      for (LifecycleEvent event : document.lifecycle()) {
        n++;
        xml.start("eventRef").attribute("eId", "evt_" + n).attribute("date", event.date().toString())
            .attribute("source", "#" + event.source().map(eventSources::get).orElse(Vocabulary.SOURCE))
            .attribute("type", event.type().name().toLowerCase(java.util.Locale.ROOT)).end();
      }
      xml.end();
    }
    if (extra.hasAnalysis()) {
      xml.start("analysis").attribute("source", "#" + Vocabulary.SOURCE);
      extra.analysis(xml);
      xml.end();
    }
    writeReferences(extra);
    xml.end(); // meta
  }

  private void value(String element, String value) {
    xml.start(element).attribute("value", value).end();
  }

  private void collectReferences() {
    int n = 0;
    for (LifecycleEvent event : document.lifecycle()) {
      if (event.source().isPresent() && !eventSources.containsKey(event.source().get())) {
        eventSources.put(event.source().get(), Vocabulary.EVENT_SOURCE_PREFIX + (++n));
      }
    }
    RightsCatalogue rights = document.rights();
    for (Right right : rights.rights().values()) {
      for (ProvisionId statedIn : right.statedIn()) {
        refer(statedIn, Vocabulary.rightEid(right.id()));
      }
      right.grounds().forEach(g -> g.canonical().ifPresent(grounds::add));
    }
    for (int i = 0; i < rights.generalLimitations().size(); i++) {
      GeneralLimitationClause clause = rights.generalLimitations().get(i);
      refer(clause.source(), Vocabulary.LIMITATION_PREFIX + (i + 1));
      clause.grounds().forEach(g -> g.canonical().ifPresent(grounds::add));
    }
    for (int i = 0; i < rights.prohibitedContent().size(); i++) {
      refer(rights.prohibitedContent().get(i).source(), Vocabulary.PROHIBITED_PREFIX + (i + 1));
    }
    for (int i = 0; i < rights.nonRestrictable().size(); i++) {
      refer(rights.nonRestrictable().get(i).source(), Vocabulary.NON_RESTRICTABLE_PREFIX + (i + 1));
    }
  }

  private void refer(ProvisionId provision, String concept) {
    List<String> concepts = refersTo.computeIfAbsent(provision, p -> new ArrayList<>());
    if (!concepts.contains(concept)) {
      concepts.add(concept);
    }
  }

  private void writeClassification() {
    RightsCatalogue rights = document.rights();
    if (rights.equals(RightsCatalogue.empty())) {
      return;
    }
    xml.context("the rights catalogue");
    xml.start("classification").attribute("source", "#" + Vocabulary.SOURCE);
    for (Right right : rights.rights().values()) {
      String concept = Vocabulary.rightEid(right.id());
      switch (right.holder().scope()) {
        case EVERYONE:
          keyword(Vocabulary.HOLDER_EVERYONE, "everyone", Optional.empty(), concept);
          break;
        case CITIZENS:
          keyword(Vocabulary.HOLDER_CITIZENS, "citizens", Optional.empty(), concept);
          break;
        case GROUP:
          keyword(Vocabulary.HOLDER_GROUP, right.holder().group().orElseThrow(), Optional.empty(), concept);
          break;
      }
      right.topic().ifPresent(topic -> keyword(Vocabulary.TOPIC, topic, Optional.empty(), concept));
      if (right.absolute()) {
        keyword(Vocabulary.ABSOLUTE, "absolute", Optional.empty(), concept);
      }
      for (ProvisionId statedIn : right.statedIn()) {
        keyword(Vocabulary.STATED_IN, statedIn.value(), Optional.of(statedIn), concept);
      }
      right.grounds().forEach(ground -> ground(ground, concept));
    }
    for (int i = 0; i < rights.generalLimitations().size(); i++) {
      GeneralLimitationClause clause = rights.generalLimitations().get(i);
      String concept = Vocabulary.LIMITATION_PREFIX + (i + 1);
      keyword(Vocabulary.GENERAL_LIMITATION, clause.source().value(), Optional.of(clause.source()), concept);
      clause.grounds().forEach(ground -> ground(ground, concept));
    }
    for (int i = 0; i < rights.prohibitedContent().size(); i++) {
      ProhibitedContent list = rights.prohibitedContent().get(i);
      String concept = Vocabulary.PROHIBITED_PREFIX + (i + 1);
      keyword(Vocabulary.PROHIBITED_CONTENT, list.source().value(), Optional.of(list.source()), concept);
      list.items().forEach(item -> keyword(Vocabulary.ITEM, item, Optional.empty(), concept));
    }
    for (int i = 0; i < rights.nonRestrictable().size(); i++) {
      NonRestrictableRights list = rights.nonRestrictable().get(i);
      String concept = Vocabulary.NON_RESTRICTABLE_PREFIX + (i + 1);
      keyword(Vocabulary.NON_RESTRICTABLE, list.source().value(), Optional.of(list.source()), concept);
      list.provisions().forEach(p -> keyword(Vocabulary.PROTECTS, p.value(), Optional.of(p), concept));
    }
    xml.end();
  }

  private void ground(RestrictionGround ground, String concept) {
    xml.start("keyword").attribute("value", Vocabulary.GROUND).attribute("showAs", ground.wording())
        .attribute("dictionary", "#" + Vocabulary.DICTIONARY).attribute("href", "#" + ground.source().value())
        .attribute("refersTo", "#" + concept + ground.canonical().map(c -> " #" + Vocabulary.groundEid(c)).orElse(""))
        .end();
  }

  private void keyword(String value, String showAs, Optional<ProvisionId> href, String concept) {
    xml.start("keyword").attribute("value", value).attribute("showAs", showAs)
        .attribute("dictionary", "#" + Vocabulary.DICTIONARY);
    href.ifPresent(h -> xml.attribute("href", "#" + h.value()));
    xml.attribute("refersTo", "#" + concept).end();
  }

  private void writeReferences(Extra extra) {
    xml.context("the references");
    xml.start("references").attribute("source", "#" + Vocabulary.SOURCE);
    eventSources.forEach((source, eid) -> {
      String href = isIri(source) ? source : "/akn/ontology/reference/lexkit." + eid;
      xml.start("passiveRef").attribute("eId", eid).attribute("href", href).attribute("showAs", source).end();
    });
    xml.start("TLCOrganization").attribute("eId", Vocabulary.SOURCE).attribute("href", Vocabulary.SOURCE_HREF)
        .attribute("showAs", "Lexkit").end();
    RightsCatalogue rights = document.rights();
    if (!rights.equals(RightsCatalogue.empty())) {
      concept(Vocabulary.DICTIONARY, Vocabulary.DICTIONARY_HREF, "Lexkit rights vocabulary");
      for (Right right : rights.rights().values()) {
        concept(Vocabulary.rightEid(right.id()), Vocabulary.rightHref(right.id()), right.name());
      }
      for (CanonicalGround ground : grounds) {
        concept(Vocabulary.groundEid(ground), Vocabulary.groundHref(ground), ground.code());
      }
      for (int i = 1; i <= rights.generalLimitations().size(); i++) {
        concept(Vocabulary.LIMITATION_PREFIX + i, Vocabulary.CONCEPT_HREF + "generalLimitation",
            "general limitation clause " + i);
      }
      for (int i = 1; i <= rights.prohibitedContent().size(); i++) {
        concept(Vocabulary.PROHIBITED_PREFIX + i, Vocabulary.CONCEPT_HREF + "prohibitedContent",
            "prohibited content " + i);
      }
      for (int i = 1; i <= rights.nonRestrictable().size(); i++) {
        concept(Vocabulary.NON_RESTRICTABLE_PREFIX + i, Vocabulary.CONCEPT_HREF + "nonRestrictable",
            "non-restrictable rights " + i);
      }
    }
    extra.references(xml);
    xml.end();
  }

  private void concept(String eid, String href, String showAs) {
    xml.start("TLCConcept").attribute("eId", eid).attribute("href", href).attribute("showAs", showAs).end();
  }

  private static boolean isIri(String source) {
    try {
      AknIri.parse(source);
      return true;
    } catch (IllegalArgumentException notAnIri) {
      return false;
    }
  }

  // ------------------------------------------------------------------------------------------------ body

  private void writeChildren(Provision parent, Optional<ProvisionId> parentId) {
    new ProvisionWriter(xml, refersTo, "").writeChildren(parent, parentId);
  }
}
