package org.lexkit.akn.internal.mapping;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lexkit.akn.AknIri;
import org.lexkit.akn.AknWriteException;
import org.lexkit.core.amendment.AddRestrictionGround;
import org.lexkit.core.amendment.AddRight;
import org.lexkit.core.amendment.Amendment;
import org.lexkit.core.amendment.AmendmentOperation;
import org.lexkit.core.amendment.ChangeWords;
import org.lexkit.core.amendment.InsertProvision;
import org.lexkit.core.amendment.InsertionPoint;
import org.lexkit.core.amendment.RemoveRestrictionGround;
import org.lexkit.core.amendment.RemoveRight;
import org.lexkit.core.amendment.RenumberProvision;
import org.lexkit.core.amendment.RepealProvision;
import org.lexkit.core.amendment.SubstituteProvision;
import org.lexkit.core.amendment.SubstituteText;
import org.lexkit.core.amendment.Words;
import org.lexkit.core.document.DocumentIdentity;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.Text;
import org.lexkit.core.rights.CanonicalGround;
import org.lexkit.core.rights.RestrictionGround;
import org.lexkit.core.rights.Right;

/**
 * Writes an {@link Amendment} as an Akoma Ntoso amending act: one {@code <mod>} per operation in the body, quoting
 * old and new text ({@code <quotedText>}) and new provisions ({@code <quotedStructure>}), and in
 * {@code <meta><analysis><activeModifications>} one modification per operation pointing from the mod to the target
 * document's provision. Read back by {@link AknToAmendment}.
 *
 * <p>Encoding per operation ({@code T} is the target expression's IRI, {@code N} the operation's 1-based number):
 *
 * <ul>
 *   <li>substitute text: {@code <textualMod type="substitution">}, destination {@code T/~target}, {@code <old>} the
 *       quoted old text, {@code <new>} a quoted structure of {@code <p>} blocks;
 *   <li>substitute provision: the same, the quoted structure holding the replacement provision;
 *   <li>insert: {@code type="insertion"}, destination {@code T/~anchor} with {@code pos} before, after or end
 *       ({@code T} itself with {@code pos="end"} for the end of the body), {@code <new>} the quoted provision;
 *   <li>repeal: {@code type="repeal"}, destination {@code T/~target}; the mode (remove or leave a placeholder) is a
 *       keyword {@code repealMode};
 *   <li>renumber: {@code type="renumbering"}, {@code <new>} the quoted new number;
 *   <li>change words: {@code type="substitution"} (replace), {@code "repeal"} (omit) or {@code "insertion"}
 *       ({@code pos} before, after, start or end), destination {@code T/~target}, {@code <old>} the quoted words
 *       acted on, {@code <new>} the quoted new words; the edit, the occurrence and a character range are keywords
 *       ({@link ChangeWordsCodec});
 *   <li>rights operations: {@code <scopeMod type="extensionOfScope">} (add a ground) or {@code exceptionOfScope}
 *       (remove one), {@code <meaningMod type="variation">} (add or remove a right), destination the provision
 *       concerned (or {@code T}); the exact data are keywords of the rights vocabulary ({@link Vocabulary}) whose
 *       first {@code refersTo} token is the mod, provision hrefs being {@code T/~eId}.
 * </ul>
 *
 * <p>The operation's kind is also a keyword ({@code operation}, dictionary {@code #lexkitAmendments}), as are the
 * status; the proposal, adoption and entry-into-force dates are {@code <eventRef>}s referring to the TLCEvents
 * {@code #proposal}, {@code #adoption} and {@code #entryIntoForce}; each modification's {@code <force>} names the
 * temporal group that starts at entry into force.
 */
public final class AmendmentToAkn {
  static final String DICTIONARY = "lexkitAmendments";
  static final String OPERATION = "operation";
  static final String STATUS = "status";
  static final String REPEAL_MODE = "repealMode";
  static final String RENUMBER_FOLLOWING = "renumberFollowing";
  static final String RIGHT = "right";
  static final String NAME = "name";
  static final String FORCE_GROUP = "tg_force";

  private final XmlOut xml;
  private final Amendment amendment;
  private final String target;
  private final Set<CanonicalGround> grounds = new LinkedHashSet<>();

  private AmendmentToAkn(XmlOut xml, Amendment amendment, String target) {
    this.xml = xml;
    this.amendment = amendment;
    this.target = target;
  }

  /**
   * Writes an amending act.
   *
   * @param amendment the amendment
   * @param target the identity of the document version it amends
   * @param indent spaces per level
   * @param out where the UTF-8 bytes go; flushed, not closed
   * @throws IOException if the stream fails
   * @throws AknWriteException if the amendment cannot be expressed
   */
  public static void write(Amendment amendment, DocumentIdentity target, int indent, OutputStream out)
      throws IOException {
    BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, UTF_8), 1 << 16);
    try {
      XmlOut xml = new XmlOut(writer, indent);
      xml.declaration();
      new AmendmentToAkn(xml, amendment, ModelToAkn.expressionIri(target).toString()).writeAct(target);
      xml.finish();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Writes {@code amended}, the version an amendment produced from {@code amendedFrom}, with
   * {@code <passiveModifications>}: one modification per operation whose source is the amending act's {@code <mod>}
   * ({@code <actIRI>/~mod_N}) and whose destination is the provision in this version ({@code #eId}). The life-cycle
   * event that cites the amending act comes from the model ({@link org.lexkit.core.document.LifecycleEvent} with the
   * act's IRI as source).
   *
   * @param amended the amended version
   * @param amendment the amendment that produced it
   * @param amendedFrom the identity of the version it was applied to
   * @param indent spaces per level
   * @param out where the bytes go
   * @throws IOException if the stream fails
   */
  public static void writeAmended(LegalDocument amended, Amendment amendment, DocumentIdentity amendedFrom,
      int indent, OutputStream out) throws IOException {
    AknIri act = actIri(amendment, amendedFrom).withVersion(amendedFrom.language(), actDate(amendment, amendedFrom));
    ModelToAkn.write(amended, indent, out, new ModelToAkn.Extra() {
      @Override
      public boolean hasAnalysis() {
        return true;
      }

      @Override
      public void analysis(XmlOut xml) {
        xml.start("passiveModifications");
        for (int i = 0; i < amendment.operations().size(); i++) {
          AmendmentOperation operation = amendment.operations().get(i);
          String source = act + "/~" + mod(i);
          String eid = "pmod_" + (i + 1);
          operation.accept(new Visitor() {
            private void textual(String element, String type, ProvisionId destination) {
              xml.start(element).attribute("eId", eid).attribute("type", type);
              xml.start("source").attribute("href", source).end();
              xml.start("destination").attribute("href", "#" + destination.value()).end();
              xml.end();
            }

            @Override
            public Void visit(SubstituteText o) {
              textual("textualMod", "substitution", o.target());
              return null;
            }

            @Override
            public Void visit(ChangeWords o) {
              textual("textualMod", ChangeWordsCodec.type(o), o.target());
              return null;
            }

            @Override
            public Void visit(SubstituteProvision o) {
              textual("textualMod", "substitution", o.target());
              return null;
            }

            @Override
            public Void visit(InsertProvision o) {
              ProvisionId inserted = insertedId(amended, o.at().container().orElse(null), o.provision());
              textual("textualMod", "insertion", inserted);
              return null;
            }

            @Override
            public Void visit(RepealProvision o) {
              textual("textualMod", "repeal", o.target());
              return null;
            }

            @Override
            public Void visit(RenumberProvision o) {
              textual("textualMod", "renumbering", o.renumberedId());
              return null;
            }

            @Override
            public Void visit(AddRestrictionGround o) {
              textual("scopeMod", "extensionOfScope", o.ground().source());
              return null;
            }

            @Override
            public Void visit(RemoveRestrictionGround o) {
              textual("scopeMod", "exceptionOfScope", o.ground().source());
              return null;
            }

            @Override
            public Void visit(AddRight o) {
              textual("meaningMod", "variation", o.right().statedIn().get(0));
              return null;
            }

            @Override
            public Void visit(RemoveRight o) {
              ProvisionId first = amended.provisions().keySet().iterator().next();
              textual("meaningMod", "variation", first);
              return null;
            }
          });
        }
        xml.end();
      }

      @Override
      public void references(XmlOut xml) {
        xml.start("activeRef").attribute("eId", Vocabulary.AMENDING_ACT_REF).attribute("href", act.toString())
            .attribute("showAs", amendment.title()).end();
      }
    });
  }

  /** The id an inserted provision has in the amended version (its container's child with its segment). */
  private static ProvisionId insertedId(LegalDocument amended, @org.jspecify.annotations.Nullable ProvisionId container,
      Provision provision) {
    Provision parent = container == null ? amended.body() : amended.provision(container).orElseThrow();
    int index = -1;
    for (int i = 0; i < parent.children().size(); i++) {
      if (parent.children().get(i) == provision || parent.children().get(i).equals(provision)) {
        index = i;
      }
    }
    String segment = parent.childSegments().get(Math.max(index, 0));
    return container == null ? ProvisionId.root(segment) : container.child(segment);
  }

  /** Returns the work IRI Lexkit gives the amending act of {@code amendment} for a target in {@code country}. */
  static AknIri actIri(Amendment amendment, DocumentIdentity target) {
    LocalDate date = actDate(amendment, target);
    try {
      return AknIri.work(target.country(), "act", AknIri.WorkDate.of(date), amendment.id().value());
    } catch (IllegalArgumentException e) {
      throw new AknWriteException("amendment " + amendment.id() + " has no AKN IRI: " + e.getMessage(), e);
    }
  }

  /** The act's FRBR date: adoption, else proposal, else entry into force, else the target's version date. */
  private static LocalDate actDate(Amendment amendment, DocumentIdentity target) {
    return amendment.adopted().or(amendment::proposed).or(amendment::inForce).orElse(target.versionDate());
  }

  private void writeAct(DocumentIdentity targetIdentity) {
    AknIri work = actIri(amendment, targetIdentity);
    AknIri expression = work.withVersion(targetIdentity.language(), actDate(amendment, targetIdentity));
    String date = actDate(amendment, targetIdentity).toString();
    collectGrounds();
    xml.start("akomaNtoso").attribute("xmlns", Vocabulary.AKN);
    xml.start("act").attribute("name", "amendment");
    xml.start("meta");
    xml.context("the identification");
    xml.start("identification").attribute("source", "#" + Vocabulary.SOURCE);
    xml.start("FRBRWork");
    value("FRBRthis", work.withComponent("main").toString());
    value("FRBRuri", work.toString());
    xml.start("FRBRdate").attribute("date", date).attribute("name", "work").end();
    author();
    value("FRBRcountry", targetIdentity.country());
    value("FRBRnumber", amendment.id().value());
    xml.end();
    xml.start("FRBRExpression");
    value("FRBRthis", expression.withComponent("main").toString());
    value("FRBRuri", expression.toString());
    xml.start("FRBRdate").attribute("date", date).attribute("name", "version").end();
    author();
    xml.start("FRBRlanguage").attribute("language", targetIdentity.language()).end();
    xml.end();
    xml.start("FRBRManifestation");
    value("FRBRthis", expression.withComponent("main").withFormat("xml").toString());
    value("FRBRuri", expression.withFormat("akn").toString());
    xml.start("FRBRdate").attribute("date", date).attribute("name", "manifestation").end();
    author();
    xml.end();
    xml.end();

    xml.context("the amendment's keywords");
    xml.start("classification").attribute("source", "#" + Vocabulary.SOURCE);
    keyword(DICTIONARY, STATUS, amendment.status().name(), Optional.empty(), "#" + Vocabulary.SOURCE);
    for (int i = 0; i < amendment.operations().size(); i++) {
      operationKeywords(amendment.operations().get(i), mod(i));
    }
    xml.end();

    boolean dated = amendment.proposed().isPresent() || amendment.adopted().isPresent()
        || amendment.inForce().isPresent();
    if (dated) {
      xml.start("lifecycle").attribute("source", "#" + Vocabulary.SOURCE);
      amendment.proposed().ifPresent(d -> event("evt_proposal", d, "proposal"));
      amendment.adopted().ifPresent(d -> event("evt_adoption", d, "adoption"));
      amendment.inForce().ifPresent(d -> event("evt_entryIntoForce", d, "entryIntoForce"));
      xml.end();
    }
    xml.context("the active modifications");
    xml.start("analysis").attribute("source", "#" + Vocabulary.SOURCE);
    xml.start("activeModifications");
    for (int i = 0; i < amendment.operations().size(); i++) {
      amendment.operations().get(i).accept(new Modification(mod(i)));
    }
    xml.end();
    xml.end();
    if (amendment.inForce().isPresent()) {
      xml.start("temporalData").attribute("source", "#" + Vocabulary.SOURCE);
      xml.start("temporalGroup").attribute("eId", FORCE_GROUP);
      xml.start("timeInterval").attribute("start", "#evt_entryIntoForce").attribute("refersTo", "#entryIntoForce")
          .end();
      xml.end();
      xml.end();
    }
    xml.start("references").attribute("source", "#" + Vocabulary.SOURCE);
    xml.start("activeRef").attribute("eId", "target").attribute("href", target).attribute("showAs", target).end();
    xml.start("TLCOrganization").attribute("eId", Vocabulary.SOURCE).attribute("href", Vocabulary.SOURCE_HREF)
        .attribute("showAs", "Lexkit").end();
    for (String event : List.of("proposal", "adoption", "entryIntoForce")) {
      xml.start("TLCEvent").attribute("eId", event).attribute("href", "/akn/ontology/event/lexkit." + event)
          .attribute("showAs", event).end();
    }
    concept(DICTIONARY, Vocabulary.CONCEPT_HREF + "amendments", "Lexkit amendment vocabulary");
    concept(Vocabulary.DICTIONARY, Vocabulary.DICTIONARY_HREF, "Lexkit rights vocabulary");
    for (CanonicalGround ground : grounds) {
      concept(Vocabulary.groundEid(ground), Vocabulary.groundHref(ground), ground.code());
    }
    xml.end();
    xml.end(); // meta

    xml.context("the title");
    xml.start("preface").start("p").startMixed("docTitle").text(amendment.title()).end().end().end();
    xml.start("body");
    xml.start("article").attribute("eId", "art_1");
    xml.startMixed("num").text("1").end();
    xml.start("intro").attribute("eId", "art_1__intro");
    xml.startMixed("p").text("Amendments to ").startMixed("ref").attribute("href", target).text(target).end()
        .text(":").end();
    xml.end();
    for (int i = 0; i < amendment.operations().size(); i++) {
      AmendmentOperation operation = amendment.operations().get(i);
      xml.context("operation " + (i + 1) + " (" + operation.verb() + ")");
      xml.start("point").attribute("eId", "art_1__point_" + (i + 1));
      xml.startMixed("num").text((i + 1) + ")").end();
      xml.start("content").attribute("eId", "art_1__point_" + (i + 1) + "__content");
      xml.startMixed("p");
      xml.startMixed("mod").attribute("eId", mod(i));
      operation.accept(new Body(mod(i)));
      xml.end();
      xml.end();
      xml.end();
      xml.end();
    }
    xml.end();
    xml.end(); // body
    xml.end().end();
  }

  private static String mod(int index) {
    return "mod_" + (index + 1);
  }

  private String portion(ProvisionId id) {
    return target + "/~" + id.value();
  }

  private void value(String element, String value) {
    xml.start(element).attribute("value", value).end();
  }

  private void author() {
    xml.start("FRBRauthor").attribute("href", "#" + Vocabulary.SOURCE).end();
  }

  private void event(String eid, LocalDate date, String concept) {
    xml.start("eventRef").attribute("eId", eid).attribute("date", date.toString())
        .attribute("source", "#" + Vocabulary.SOURCE).attribute("type", "generation")
        .attribute("refersTo", "#" + concept).end();
  }

  private void concept(String eid, String href, String showAs) {
    xml.start("TLCConcept").attribute("eId", eid).attribute("href", href).attribute("showAs", showAs).end();
  }

  private void keyword(String dictionary, String value, String showAs, Optional<String> href, String refersTo) {
    xml.start("keyword").attribute("value", value).attribute("showAs", showAs)
        .attribute("dictionary", "#" + dictionary);
    href.ifPresent(h -> xml.attribute("href", h));
    xml.attribute("refersTo", refersTo).end();
  }

  private void collectGrounds() {
    for (AmendmentOperation operation : amendment.operations()) {
      operation.accept(new Visitor() {
        @Override
        void ground(RestrictionGround ground) {
          ground.canonical().ifPresent(grounds::add);
        }
      });
    }
  }

  // ------------------------------------------------------------------------------------------------ keywords

  private void operationKeywords(AmendmentOperation operation, String mod) {
    String owner = "#" + mod;
    keyword(DICTIONARY, OPERATION, Operations.name(operation), Optional.empty(), owner);
    operation.accept(new Visitor() {
      @Override
      public Void visit(ChangeWords change) {
        keyword(DICTIONARY, ChangeWordsCodec.EDIT, ChangeWordsCodec.edit(change.edit()), Optional.empty(), owner);
        change.at().ifPresent(words -> ChangeWordsCodec.where(words).forEach((value, showAs) ->
            keyword(DICTIONARY, value, showAs, Optional.empty(), owner)));
        return null;
      }

      @Override
      public Void visit(InsertProvision insert) {
        if (insert.renumberFollowing()) {
          keyword(DICTIONARY, RENUMBER_FOLLOWING, "true", Optional.empty(), owner);
        }
        return null;
      }

      @Override
      public Void visit(RepealProvision repeal) {
        keyword(DICTIONARY, REPEAL_MODE, repeal.mode().name().toLowerCase(Locale.ROOT), Optional.empty(), owner);
        return null;
      }

      @Override
      public Void visit(AddRestrictionGround add) {
        keyword(DICTIONARY, RIGHT, add.right().value(), Optional.empty(), owner);
        groundKeyword(add.ground(), owner);
        return null;
      }

      @Override
      public Void visit(RemoveRestrictionGround remove) {
        keyword(DICTIONARY, RIGHT, remove.right().value(), Optional.empty(), owner);
        groundKeyword(remove.ground(), owner);
        return null;
      }

      @Override
      public Void visit(AddRight add) {
        Right right = add.right();
        keyword(DICTIONARY, RIGHT, right.id().value(), Optional.empty(), owner);
        keyword(DICTIONARY, NAME, right.name(), Optional.empty(), owner);
        switch (right.holder().scope()) {
          case EVERYONE:
            keyword(Vocabulary.DICTIONARY, Vocabulary.HOLDER_EVERYONE, "everyone", Optional.empty(), owner);
            break;
          case CITIZENS:
            keyword(Vocabulary.DICTIONARY, Vocabulary.HOLDER_CITIZENS, "citizens", Optional.empty(), owner);
            break;
          case GROUP:
            keyword(Vocabulary.DICTIONARY, Vocabulary.HOLDER_GROUP, right.holder().group().orElseThrow(),
                Optional.empty(), owner);
            break;
        }
        right.topic().ifPresent(t -> keyword(Vocabulary.DICTIONARY, Vocabulary.TOPIC, t, Optional.empty(), owner));
        if (right.absolute()) {
          keyword(Vocabulary.DICTIONARY, Vocabulary.ABSOLUTE, "absolute", Optional.empty(), owner);
        }
        for (ProvisionId statedIn : right.statedIn()) {
          keyword(Vocabulary.DICTIONARY, Vocabulary.STATED_IN, statedIn.value(), Optional.of(portion(statedIn)),
              owner);
        }
        right.grounds().forEach(g -> groundKeyword(g, owner));
        return null;
      }

      @Override
      public Void visit(RemoveRight remove) {
        keyword(DICTIONARY, RIGHT, remove.right().value(), Optional.empty(), owner);
        return null;
      }
    });
  }

  private void groundKeyword(RestrictionGround ground, String owner) {
    keyword(Vocabulary.DICTIONARY, Vocabulary.GROUND, ground.wording(), Optional.of(portion(ground.source())),
        owner + ground.canonical().map(c -> " #" + Vocabulary.groundEid(c)).orElse(""));
  }

  // ------------------------------------------------------------------------------------------------ analysis

  /** Writes the {@code activeModifications} entry of one operation. */
  private final class Modification extends Visitor {
    private final String mod;

    Modification(String mod) {
      this.mod = mod;
    }

    private void textual(String type, String destination, Optional<String> pos, Optional<String> old,
        Optional<String> newPart) {
      textual(type, destination, pos, Optional.empty(), old, newPart);
    }

    private void textual(String type, String destination, Optional<String> pos, Optional<String> upTo,
        Optional<String> old, Optional<String> newPart) {
      xml.start("textualMod").attribute("eId", "a" + mod).attribute("type", type);
      common(destination, pos, upTo);
      old.ifPresent(o -> xml.start("old").attribute("href", "#" + o).end());
      newPart.ifPresent(n -> xml.start("new").attribute("href", "#" + n).end());
      xml.end();
    }

    private void common(String destination, Optional<String> pos, Optional<String> upTo) {
      xml.start("source").attribute("href", "#" + mod).end();
      xml.start("destination").attribute("href", destination);
      pos.ifPresent(p -> xml.attribute("pos", p));
      upTo.ifPresent(u -> xml.attribute("upTo", u));
      xml.end();
      if (amendment.inForce().isPresent()) {
        xml.start("force").attribute("period", "#" + FORCE_GROUP).end();
      }
    }

    private void semantic(String element, String type, String destination) {
      xml.start(element).attribute("eId", "a" + mod).attribute("type", type);
      common(destination, Optional.empty(), Optional.empty());
      xml.end();
    }

    @Override
    public Void visit(SubstituteText operation) {
      // No new text at all: no quoted structure (it cannot be empty) and no <new>.
      textual("substitution", portion(operation.target()), Optional.empty(), Optional.of(mod + "__qtext_1"),
          operation.newText().isEmpty() ? Optional.empty() : Optional.of(mod + "__qstr_1"));
      return null;
    }

    @Override
    public Void visit(ChangeWords operation) {
      textual(ChangeWordsCodec.type(operation), portion(operation.target()), ChangeWordsCodec.pos(operation),
          operation.at().flatMap(Words::words).map(w -> mod + "__qtext_1"),
          operation.edit() == ChangeWords.Edit.OMIT ? Optional.empty() : Optional.of(mod + "__qtext_2"));
      return null;
    }

    @Override
    public Void visit(SubstituteProvision operation) {
      textual("substitution", portion(operation.target()), Optional.empty(),
          operation.expectedOldText().map(o -> mod + "__qtext_1"),
          Optional.of(mod + "__qstr_1"));
      return null;
    }

    @Override
    public Void visit(InsertProvision operation) {
      InsertionPoint at = operation.at();
      String pos = at.placement() == InsertionPoint.Placement.BEFORE ? "before"
          : at.placement() == InsertionPoint.Placement.AFTER ? "after" : "end";
      textual("insertion", at.anchor().map(AmendmentToAkn.this::portion).orElse(target), Optional.of(pos),
          Optional.empty(), Optional.of(mod + "__qstr_1"));
      return null;
    }

    @Override
    public Void visit(RepealProvision operation) {
      textual("repeal", portion(operation.target()), Optional.empty(),
          operation.upTo().map(AmendmentToAkn.this::portion), Optional.empty(), Optional.empty());
      return null;
    }

    @Override
    public Void visit(RenumberProvision operation) {
      textual("renumbering", portion(operation.target()), Optional.empty(), Optional.empty(),
          Optional.of(mod + "__qtext_1"));
      return null;
    }

    @Override
    public Void visit(AddRestrictionGround operation) {
      semantic("scopeMod", "extensionOfScope", portion(operation.ground().source()));
      return null;
    }

    @Override
    public Void visit(RemoveRestrictionGround operation) {
      semantic("scopeMod", "exceptionOfScope", portion(operation.ground().source()));
      return null;
    }

    @Override
    public Void visit(AddRight operation) {
      semantic("meaningMod", "variation", portion(operation.right().statedIn().get(0)));
      return null;
    }

    @Override
    public Void visit(RemoveRight operation) {
      semantic("meaningMod", "variation", target);
      return null;
    }
  }

  // ------------------------------------------------------------------------------------------------ body

  /** Writes the text of one {@code <mod>}. */
  private final class Body extends Visitor {
    private final String mod;

    Body(String mod) {
      this.mod = mod;
    }

    private void ref(ProvisionId id) {
      xml.startMixed("ref").attribute("href", portion(id)).text(id.value()).end();
    }

    private void quotedText(String text) {
      quotedText(text, 1);
    }

    private void quotedText(String text, int n) {
      xml.startMixed("quotedText").attribute("eId", mod + "__qtext_" + n).text(text).end();
    }

    private void quotedBlocks(List<Text> blocks) {
      xml.start("quotedStructure").attribute("eId", mod + "__qstr_1");
      ProvisionWriter writer = new ProvisionWriter(xml, Map.of(), mod + "__qstr_1__");
      blocks.forEach(writer::paragraph);
      xml.end();
    }

    private void quotedProvision(Provision provision) {
      xml.start("quotedStructure").attribute("eId", mod + "__qstr_1");
      new ProvisionWriter(xml, Map.of(), mod + "__qstr_1__")
          .writeChildren(Provision.body(List.of(provision)), Optional.empty());
      xml.end();
    }

    @Override
    public Void visit(SubstituteText operation) {
      xml.text("In ");
      ref(operation.target());
      xml.text(" the text ");
      quotedText(operation.expectedOldText());
      if (operation.newText().isEmpty()) {
        xml.text(" is deleted");
      } else {
        xml.text(" is replaced by ");
        quotedBlocks(operation.newText());
      }
      return null;
    }

    @Override
    public Void visit(ChangeWords operation) {
      xml.text("In ");
      ref(operation.target());
      Optional<String> old = operation.at().flatMap(Words::words);
      switch (operation.edit()) {
        case REPLACE:
          xml.text(old.isPresent() ? ", for \u201c" : ", for the words at " + operation.at().orElseThrow() + " ");
          old.ifPresent(o -> quotedText(o, 1));
          xml.text(old.isPresent() ? "\u201d substitute \u201c" : "substitute \u201c");
          break;
        case OMIT:
          xml.text(old.isPresent() ? ", omit \u201c" : ", omit the words at " + operation.at().orElseThrow());
          old.ifPresent(o -> quotedText(o, 1));
          xml.text(old.isPresent() ? "\u201d." : ".");
          return null;
        case INSERT_BEFORE:
        case INSERT_AFTER:
          xml.text(operation.edit() == ChangeWords.Edit.INSERT_BEFORE ? ", before " : ", after ");
          if (old.isPresent()) {
            xml.text("\u201c");
            quotedText(old.get(), 1);
            xml.text("\u201d");
          } else {
            xml.text("the words at " + operation.at().orElseThrow());
          }
          xml.text(" insert \u201c");
          break;
        default:
          xml.text(operation.edit() == ChangeWords.Edit.INSERT_AT_START ? ", at the beginning insert \u201c"
              : ", at the end insert \u201c");
      }
      quotedText(operation.words(), 2);
      xml.text("\u201d.");
      return null;
    }

    @Override
    public Void visit(SubstituteProvision operation) {
      ref(operation.target());
      if (operation.expectedOldText().isPresent()) {
        xml.text(", now reading ");
        quotedText(operation.expectedOldText().get());
        xml.text(",");
      }
      xml.text(" is replaced by ");
      quotedProvision(operation.replacement());
      return null;
    }

    @Override
    public Void visit(InsertProvision operation) {
      InsertionPoint at = operation.at();
      xml.text(at.placement() == InsertionPoint.Placement.BEFORE ? "Before "
          : at.placement() == InsertionPoint.Placement.AFTER ? "After " : "At the end of ");
      if (at.anchor().isPresent()) {
        ref(at.anchor().get());
      } else {
        xml.text("the body");
      }
      xml.text(" insert ");
      quotedProvision(operation.provision());
      return null;
    }

    @Override
    public Void visit(RepealProvision operation) {
      ref(operation.target());
      operation.upTo().ifPresent(last -> {
        xml.text(" to ");
        ref(last);
      });
      xml.text(operation.mode() == RepealProvision.Mode.REMOVE ? " is repealed"
          : " is repealed; its number remains");
      return null;
    }

    @Override
    public Void visit(RenumberProvision operation) {
      ref(operation.target());
      xml.text(" is renumbered ");
      quotedText(operation.newNum().text());
      return null;
    }

    @Override
    public Void visit(AddRestrictionGround operation) {
      xml.text("The right " + operation.right() + " may also be restricted on the ground ");
      quotedText(operation.ground().wording());
      return null;
    }

    @Override
    public Void visit(RemoveRestrictionGround operation) {
      xml.text("The right " + operation.right() + " may no longer be restricted on the ground ");
      quotedText(operation.ground().wording());
      return null;
    }

    @Override
    public Void visit(AddRight operation) {
      xml.text("The right " + operation.right().id() + " is added: ");
      quotedText(operation.right().name());
      return null;
    }

    @Override
    public Void visit(RemoveRight operation) {
      xml.text("The right " + operation.right() + " is removed");
      return null;
    }
  }

  /** A visitor that does nothing unless overridden; {@link #ground} sees every ground an operation carries. */
  private static class Visitor implements AmendmentOperation.Visitor<Void> {
    void ground(RestrictionGround ground) {}

    @Override
    public Void visit(SubstituteText operation) {
      return null;
    }

    @Override
    public Void visit(ChangeWords operation) {
      return null;
    }

    @Override
    public Void visit(SubstituteProvision operation) {
      return null;
    }

    @Override
    public Void visit(InsertProvision operation) {
      return null;
    }

    @Override
    public Void visit(RepealProvision operation) {
      return null;
    }

    @Override
    public Void visit(RenumberProvision operation) {
      return null;
    }

    @Override
    public Void visit(AddRestrictionGround operation) {
      ground(operation.ground());
      return null;
    }

    @Override
    public Void visit(RemoveRestrictionGround operation) {
      ground(operation.ground());
      return null;
    }

    @Override
    public Void visit(AddRight operation) {
      operation.right().grounds().forEach(this::ground);
      return null;
    }

    @Override
    public Void visit(RemoveRight operation) {
      return null;
    }
  }

  /** The names of the operations in the {@code operation} keyword. */
  static final class Operations {
    private Operations() {}

    static String name(AmendmentOperation operation) {
      return operation.accept(new AmendmentOperation.Visitor<String>() {
        @Override
        public String visit(SubstituteText o) {
          return "substituteText";
        }

        @Override
        public String visit(ChangeWords o) {
          return "changeWords";
        }

        @Override
        public String visit(SubstituteProvision o) {
          return "substituteProvision";
        }

        @Override
        public String visit(InsertProvision o) {
          return "insertProvision";
        }

        @Override
        public String visit(RepealProvision o) {
          return "repealProvision";
        }

        @Override
        public String visit(RenumberProvision o) {
          return "renumberProvision";
        }

        @Override
        public String visit(AddRestrictionGround o) {
          return "addRestrictionGround";
        }

        @Override
        public String visit(RemoveRestrictionGround o) {
          return "removeRestrictionGround";
        }

        @Override
        public String visit(AddRight o) {
          return "addRight";
        }

        @Override
        public String visit(RemoveRight o) {
          return "removeRight";
        }
      });
    }
  }
}
