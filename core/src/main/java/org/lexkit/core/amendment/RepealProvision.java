package org.lexkit.core.amendment;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;

/**
 * Repeals a provision: either removes it from the tree, or leaves a {@linkplain Provision#asRepealed() repealed
 * placeholder} that keeps its number and heading (the way official consolidated texts show "Статья 94-1
 * исключена").
 *
 * <p>Repealing an existing placeholder again with {@link Mode#PLACEHOLDER} changes nothing (repeal is idempotent
 * in that form). Repealing a provision that does not exist fails.
 *
 * <p>Immutable and thread-safe.
 *
 * @param target the provision to repeal
 * @param mode remove it, or keep a placeholder
 */
public record RepealProvision(ProvisionId target, Mode mode) implements AmendmentOperation {
  /** What a repeal leaves behind. */
  public enum Mode {
    /** Nothing: the provision disappears from the tree. */
    REMOVE,
    /** A placeholder with the number and heading but no text. */
    PLACEHOLDER
  }

  /** Validates the components. */
  public RepealProvision {
    checkNotNull(target, "target");
    checkNotNull(mode, "mode");
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
    if (mode == Mode.PLACEHOLDER) {
      return document.withProvision(target, Provision::asRepealed);
    }
    return document.withContainer(target.parent(), container -> {
      List<Provision> children = new ArrayList<>(container.children());
      children.remove(container.childSegments().indexOf(target.lastSegment()));
      return container.withChildren(children);
    });
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
