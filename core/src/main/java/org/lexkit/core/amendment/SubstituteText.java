package org.lexkit.core.amendment;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.Text;

/**
 * Replaces the text of a provision (its content before any children) with new text, after checking that the
 * current text is what the amendment expects. Children, heading and number stay as they are.
 *
 * <p>The expected and actual texts are compared after {@linkplain Text#normalize normalising whitespace}, with the
 * content blocks joined by a space.
 *
 * <p>Immutable and thread-safe.
 *
 * @param target the provision whose text changes
 * @param expectedOldText the text the amendment replaces, verbatim from the amending act
 * @param newText the new content blocks
 */
public record SubstituteText(ProvisionId target, String expectedOldText, ImmutableList<Text> newText)
    implements AmendmentOperation {
  /** Validates the components. */
  public SubstituteText {
    checkNotNull(target, "target");
    checkNotNull(expectedOldText, "expectedOldText");
    newText = ImmutableList.copyOf(newText);
  }

  /**
   * Returns the substitution of {@code target}'s text.
   *
   * @param target the provision
   * @param expectedOldText its current text
   * @param newText the new text, one block
   * @return the operation
   */
  public static SubstituteText of(ProvisionId target, String expectedOldText, String newText) {
    return new SubstituteText(target, expectedOldText, ImmutableList.of(Text.of(newText)));
  }

  /** Returns the normalised text of a provision's content, the form {@link #expectedOldText} is checked in. */
  static String contentText(Provision provision) {
    StringBuilder text = new StringBuilder();
    for (Text block : provision.content()) {
      text.append(block.plain()).append(' ');
    }
    return Text.normalize(text);
  }

  @Override
  public LegalDocument applyTo(LegalDocument document) {
    Provision old = Conflicts.requireInForce(this, document, target);
    String actual = contentText(old);
    if (!actual.equals(Text.normalize(expectedOldText))) {
      throw Conflicts.staleText(this, target, Text.normalize(expectedOldText), actual);
    }
    return document.withProvision(target, p -> p.withContent(newText));
  }

  @Override
  public String verb() {
    return "substitute text";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
