package org.lexkit.core.amendment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.ProvisionKind;

/**
 * Inserts a new provision before or after an existing one, or at the end of a container.
 *
 * <p>Fails when the anchor does not exist or when the new provision's id would collide with a sibling's (an
 * article 5 inserted next to an existing article 5).
 *
 * <p>Immutable and thread-safe.
 *
 * @param at where the provision goes
 * @param provision the new provision, with its subtree
 */
public record InsertProvision(InsertionPoint at, Provision provision) implements AmendmentOperation {
  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if {@code provision} is a {@link ProvisionKind#BODY}, which is the root of
   *     every tree and can never be inserted below it
   */
  public InsertProvision {
    checkNotNull(at, "at");
    checkNotNull(provision, "provision");
    // Found by fuzzing: without this, apply threw a bare IllegalArgumentException instead of a located problem.
    checkArgument(provision.kind() != ProvisionKind.BODY,
        "cannot insert a body (the root of a document's tree) at %s; insert its provisions instead", at);
  }

  /**
   * Returns the insertion of {@code provision} at {@code at}.
   *
   * @param at where
   * @param provision what
   * @return the operation
   */
  public static InsertProvision of(InsertionPoint at, Provision provision) {
    return new InsertProvision(at, provision);
  }

  @Override
  public LegalDocument applyTo(LegalDocument document) {
    Provision container = at.container().isPresent()
        ? Conflicts.requireInForce(this, document, at.container().get())
        : document.body();
    List<Provision> children = new ArrayList<>(container.children());
    int index = children.size();
    if (at.placement() != InsertionPoint.Placement.AT_END) {
      ProvisionId anchor = at.anchor().orElseThrow();
      Conflicts.requireProvision(this, document, anchor);
      index = container.childSegments().indexOf(anchor.lastSegment())
          + (at.placement() == InsertionPoint.Placement.AFTER ? 1 : 0);
    }
    children.add(index, provision);
    ImmutableList<String> segments = Provision.segmentsOf(children);
    String segment = segments.get(index);
    if (segments.indexOf(segment) != index || segments.lastIndexOf(segment) != index) {
      throw Conflicts.conflict(this, idIn(segment), "no provision with the id " + idIn(segment),
          "an existing provision with that id");
    }
    return document.withContainer(at.container(), c -> c.withChildren(children));
  }

  /** Returns the id the inserted provision would have under a segment. */
  private ProvisionId idIn(String segment) {
    return at.container().map(c -> c.child(segment)).orElseGet(() -> ProvisionId.root(segment));
  }

  @Override
  public String verb() {
    return "insert";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
