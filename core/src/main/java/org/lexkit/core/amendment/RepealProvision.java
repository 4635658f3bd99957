package org.lexkit.core.amendment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;

/**
 * Repeals a provision: either removes it from the tree, or leaves a {@linkplain Provision#asRepealed() repealed
 * placeholder} that keeps its number and heading (the way official consolidated texts show "Статья 94-1
 * исключена").
 *
 * <p>Repealing an existing placeholder again with {@link Mode#PLACEHOLDER} changes nothing (repeal is idempotent
 * in that form). Repealing a provision that does not exist fails. A range ("sections 3 to 6 are repealed") names
 * its first and last provision, siblings in that order, and repeals both and every sibling between them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param target the provision to repeal
 * @param mode remove it, or keep a placeholder
 * @param upTo the last provision of a range that starts at {@code target}, or empty for one provision
 */
public record RepealProvision(ProvisionId target, Mode mode, Optional<ProvisionId> upTo)
    implements AmendmentOperation {
  /** What a repeal leaves behind. */
  public enum Mode {
    /** Nothing: the provision disappears from the tree. */
    REMOVE,
    /** A placeholder with the number and heading but no text. */
    PLACEHOLDER
  }

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if {@code upTo} is not a sibling of {@code target}
   */
  public RepealProvision {
    checkNotNull(target, "target");
    checkNotNull(mode, "mode");
    checkNotNull(upTo, "upTo");
    upTo.ifPresent(last -> checkArgument(last.parent().equals(target.parent()),
        "a repealed range runs between siblings; %s and %s are not", target, last));
  }

  /** Returns the repeal of one provision. */
  public RepealProvision(ProvisionId target, Mode mode) {
    this(target, mode, Optional.empty());
  }

  /** Returns the repeal of {@code first}, {@code last} and every sibling between them. */
  public static RepealProvision range(ProvisionId first, ProvisionId last, Mode mode) {
    return new RepealProvision(first, mode, Optional.of(last));
  }

  /** Returns the repeal of {@code target} that removes it. */
  public static RepealProvision removing(ProvisionId target) {
    return new RepealProvision(target, Mode.REMOVE);
  }

  /** Returns the repeal of {@code target} that leaves a placeholder. */
  public static RepealProvision leavingPlaceholder(ProvisionId target) {
    return new RepealProvision(target, Mode.PLACEHOLDER);
  }

  @Override
  public LegalDocument applyTo(LegalDocument document) {
    Conflicts.requireProvision(this, document, target);
    Provision container = document.container(target.parent()).orElseThrow();
    int first = container.childSegments().indexOf(target.lastSegment());
    int last = first;
    if (upTo.isPresent()) {
      Conflicts.requireProvision(this, document, upTo.get());
      last = container.childSegments().indexOf(upTo.get().lastSegment());
      if (last < first) {
        throw Conflicts.conflict(this, upTo.get(), "the end of a range that starts at " + target,
            "a provision before it");
      }
    }
    List<Provision> children = new ArrayList<>(container.children());
    for (int i = last; i >= first; i--) {
      if (mode == Mode.PLACEHOLDER) {
        children.set(i, children.get(i).asRepealed());
      } else {
        children.remove(i);
      }
    }
    return document.withContainer(target.parent(), c -> c.withChildren(children));
  }

  @Override
  public String verb() {
    return "repeal";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
