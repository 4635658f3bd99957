package org.lexkit.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.lexkit.core.amendment.AddRestrictionGround;
import org.lexkit.core.amendment.AddRight;
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
import org.lexkit.core.document.LifecycleEvent;
import org.lexkit.core.document.Preamble;
import org.lexkit.core.provision.Inline;
import org.lexkit.core.provision.Note;
import org.lexkit.core.provision.Num;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.Text;
import org.lexkit.core.rights.GeneralLimitationClause;
import org.lexkit.core.rights.Holder;
import org.lexkit.core.rights.NonRestrictableRights;
import org.lexkit.core.rights.ProhibitedContent;
import org.lexkit.core.rights.RestrictionGround;
import org.lexkit.core.rights.Right;
import org.lexkit.core.rights.RightId;
import org.lexkit.core.rights.RightsCatalogue;

/** Test helpers over provision trees: deep copies, identity sets, paths, outlines for failure messages. */
public final class Trees {
  private Trees() {}

  /** Returns the normalised content text of a provision, the form {@code SubstituteText} checks. */
  public static String contentText(Provision provision) {
    StringBuilder text = new StringBuilder();
    provision.content().forEach(block -> text.append(block.plain()).append(' '));
    return Text.normalize(text);
  }

  /** Returns the id of the child {@code segment} of {@code parent} (the body when empty). */
  public static ProvisionId child(Optional<ProvisionId> parent, String segment) {
    return parent.map(p -> p.child(segment)).orElseGet(() -> ProvisionId.root(segment));
  }

  /** Returns the id {@code insert} gives its provision in {@code document}. */
  public static ProvisionId insertedId(LegalDocument document, InsertProvision insert) {
    Provision container = document.container(insert.at().container()).orElseThrow();
    List<Provision> children = new ArrayList<>(container.children());
    int index = children.size();
    if (insert.at().placement() != InsertionPoint.Placement.AT_END) {
      index = container.childSegments().indexOf(insert.at().anchor().orElseThrow().lastSegment())
          + (insert.at().placement() == InsertionPoint.Placement.AFTER ? 1 : 0);
    }
    children.add(index, insert.provision());
    return child(insert.at().container(), Provision.segmentsOf(children).get(index));
  }

  /** Returns every provision node of the tree, the body included, as an identity set. */
  public static Set<Provision> nodes(LegalDocument document) {
    Set<Provision> nodes = Sets.newIdentityHashSet();
    collect(document.body(), nodes);
    return nodes;
  }

  /** Returns every node of the subtree rooted at {@code root}, as an identity set. */
  public static Set<Provision> nodes(Provision root) {
    Set<Provision> nodes = Sets.newIdentityHashSet();
    collect(root, nodes);
    return nodes;
  }

  /** Returns the given nodes as an identity set. */
  public static Set<Provision> identitySet(List<Provision> nodes) {
    Set<Provision> set = Sets.newIdentityHashSet();
    set.addAll(nodes);
    return set;
  }

  private static void collect(Provision node, Set<Provision> nodes) {
    nodes.add(node);
    node.children().forEach(child -> collect(child, nodes));
  }

  /** Calls {@code visit} with every provision below {@code node} and its id, in document order. */
  public static void walk(Provision node, Optional<ProvisionId> id, BiConsumer<ProvisionId, Provision> visit) {
    List<String> segments = node.childSegments();
    for (int i = 0; i < segments.size(); i++) {
      ProvisionId childId = child(id, segments.get(i));
      visit.accept(childId, node.children().get(i));
      walk(node.children().get(i), Optional.of(childId), visit);
    }
  }

  /** Returns the nodes from the body down to {@code id}, both included; shorter if the path breaks off. */
  public static List<Provision> path(LegalDocument document, Optional<ProvisionId> id) {
    List<Provision> path = new ArrayList<>();
    Provision node = document.body();
    path.add(node);
    if (id.isEmpty()) {
      return path;
    }
    for (String segment : id.get().segments()) {
      int index = node.childSegments().indexOf(segment);
      if (index < 0) {
        break;
      }
      node = node.children().get(index);
      path.add(node);
    }
    return path;
  }

  /** Returns whether two provisions agree in their own fields (everything but children). */
  public static boolean sameOwnFields(Provision a, Provision b) {
    return a.kind() == b.kind() && a.num().equals(b.num()) && a.heading().equals(b.heading())
        && a.content().equals(b.content()) && a.wrapUp().equals(b.wrapUp()) && a.notes().equals(b.notes())
        && a.status() == b.status();
  }

  // ---------------------------------------------------------------- deep copies: equal values, no shared objects

  /** Returns a copy of {@code document} that shares no model object with it. */
  public static LegalDocument deepCopy(LegalDocument document) {
    DocumentIdentity i = document.identity();
    return new LegalDocument(
        new DocumentIdentity(copy(i.country()), i.type(), i.date(), copy(i.name()), copy(i.language()),
            i.versionDate()),
        copy(document.title()),
        document.preamble().map(p -> new Preamble(copyTexts(p.blocks()))),
        deepCopy(document.body()),
        deepCopy(document.rights()),
        document.lifecycle().stream().map(e -> new LifecycleEvent(e.date(), e.type(), e.source().map(Trees::copy)))
            .collect(ImmutableList.toImmutableList()));
  }

  /** Returns a copy of the tree that shares no node with it. */
  public static Provision deepCopy(Provision provision) {
    return new Provision(provision.kind(), provision.num().map(n -> new Num(copy(n.text()))),
        provision.heading().map(Trees::copy), copyTexts(provision.content()),
        provision.children().stream().map(Trees::deepCopy).collect(ImmutableList.toImmutableList()),
        copyTexts(provision.wrapUp()),
        provision.notes().stream().map(n -> new Note(copy(n.text()))).collect(ImmutableList.toImmutableList()),
        provision.status());
  }

  /** Returns a copy of {@code operation} that shares no model object with it. */
  public static AmendmentOperation deepCopy(AmendmentOperation operation) {
    return operation.accept(new AmendmentOperation.Visitor<AmendmentOperation>() {
      @Override
      public AmendmentOperation visit(SubstituteText o) {
        return new SubstituteText(copy(o.target()), copy(o.expectedOldText()), copyTexts(o.newText()));
      }

      @Override
      public AmendmentOperation visit(ChangeWords o) {
        return new ChangeWords(copy(o.target()), o.edit(), o.at().map(w -> new Words(w.words().map(Trees::copy),
            w.occurrence(), w.range().map(r -> new Words.Range(r.block(), r.from(), r.to())))), copy(o.words()));
      }

      @Override
      public AmendmentOperation visit(SubstituteProvision o) {
        return new SubstituteProvision(copy(o.target()), o.expectedOldText().map(Trees::copy),
            deepCopy(o.replacement()));
      }

      @Override
      public AmendmentOperation visit(InsertProvision o) {
        return new InsertProvision(new InsertionPoint(o.at().placement(), o.at().anchor().map(Trees::copy)),
            deepCopy(o.provision()), o.renumberFollowing());
      }

      @Override
      public AmendmentOperation visit(RepealProvision o) {
        return new RepealProvision(copy(o.target()), o.mode(), o.upTo().map(Trees::copy));
      }

      @Override
      public AmendmentOperation visit(RenumberProvision o) {
        return new RenumberProvision(copy(o.target()), new Num(copy(o.newNum().text())));
      }

      @Override
      public AmendmentOperation visit(AddRestrictionGround o) {
        return new AddRestrictionGround(copy(o.right()), copy(o.ground()));
      }

      @Override
      public AmendmentOperation visit(RemoveRestrictionGround o) {
        return new RemoveRestrictionGround(copy(o.right()), copy(o.ground()));
      }

      @Override
      public AmendmentOperation visit(AddRight o) {
        return new AddRight(copy(o.right()));
      }

      @Override
      public AmendmentOperation visit(RemoveRight o) {
        return new RemoveRight(copy(o.right()));
      }
    });
  }

  private static Right copy(Right r) {
    return new Right(copy(r.id()), copy(r.name()), r.topic().map(Trees::copy),
        new Holder(r.holder().scope(), r.holder().group().map(Trees::copy)),
        r.statedIn().stream().map(Trees::copy).collect(ImmutableList.toImmutableList()), r.absolute(),
        r.grounds().stream().map(Trees::copy).collect(ImmutableList.toImmutableList()));
  }

  private static RightsCatalogue deepCopy(RightsCatalogue catalogue) {
    ImmutableMap.Builder<RightId, Right> rights = ImmutableMap.builder();
    for (Map.Entry<RightId, Right> entry : catalogue.rights().entrySet()) {
      rights.put(copy(entry.getKey()), copy(entry.getValue()));
    }
    return new RightsCatalogue(rights.buildOrThrow(),
        catalogue.generalLimitations().stream().map(c -> new GeneralLimitationClause(copy(c.source()),
            c.grounds().stream().map(Trees::copy).collect(ImmutableList.toImmutableList())))
            .collect(ImmutableList.toImmutableList()),
        catalogue.prohibitedContent().stream().map(c -> new ProhibitedContent(copy(c.source()),
            c.items().stream().map(Trees::copy).collect(ImmutableList.toImmutableList())))
            .collect(ImmutableList.toImmutableList()),
        catalogue.nonRestrictable().stream().map(c -> new NonRestrictableRights(copy(c.source()),
            c.provisions().stream().map(Trees::copy).collect(com.google.common.collect.ImmutableSet
                .toImmutableSet()))).collect(ImmutableList.toImmutableList()));
  }

  private static RestrictionGround copy(RestrictionGround g) {
    return new RestrictionGround(copy(g.wording()), copy(g.source()), g.canonical());
  }

  private static ProvisionId copy(ProvisionId id) {
    return new ProvisionId(copy(id.value()));
  }

  private static RightId copy(RightId id) {
    return new RightId(copy(id.value()));
  }

  private static ImmutableList<Text> copyTexts(List<Text> texts) {
    return texts.stream().map(Trees::copy).collect(ImmutableList.toImmutableList());
  }

  private static Text copy(Text text) {
    return new Text(text.parts().stream().map(Trees::copy).collect(ImmutableList.toImmutableList()));
  }

  private static Inline copy(Inline inline) {
    if (inline instanceof Inline.Mark mark) {
      return new Inline.Mark(copy(mark.name()), ImmutableMap.copyOf(mark.attributes()),
          mark.children().stream().map(Trees::copy).collect(ImmutableList.toImmutableList()));
    }
    return new Inline.Run(copy(inline.plainText()));
  }

  private static String copy(String text) {
    return new String(text.toCharArray());
  }

  // ---------------------------------------------------------------- outlines for failure messages

  /** Returns a short outline of a document: one line per provision (at most 80), then its rights. */
  public static String outline(LegalDocument document) {
    StringBuilder text = new StringBuilder();
    ImmutableMap<ProvisionId, Provision> all = document.provisions();
    text.append(document.identity().country()).append('/').append(document.identity().name()).append(" @")
        .append(document.identity().versionDate()).append(", ").append(all.size()).append(" provisions, ")
        .append(document.rights().rights().size()).append(" rights");
    int lines = 0;
    for (Map.Entry<ProvisionId, Provision> entry : all.entrySet()) {
      if (lines++ == 80) {
        text.append("\n  ...");
        break;
      }
      Provision p = entry.getValue();
      String content = contentText(p);
      text.append("\n  ").append(entry.getKey()).append(p.isRepealed() ? " (repealed)" : "")
          .append(p.num().map(n -> " [" + n.text() + "]").orElse(""))
          .append(content.isEmpty() ? "" : " " + (content.length() > 40 ? content.substring(0, 40) + "..." : content));
    }
    document.rights().rights().values().forEach(r -> text.append("\n  right ").append(r.id()).append(" in ")
        .append(r.statedIn()).append(r.absolute() ? " absolute" : " grounds " + r.grounds().stream()
            .map(RestrictionGround::key).toList()));
    return text.toString();
  }
}
