package org.lexkit.core.amendment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.Num;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.ProvisionKind;
import org.lexkit.core.provision.Text;

/**
 * Replaces a whole provision, with everything below it, by a new version ("Article 39 shall read as follows"),
 * after checking that the current subtree's text is what the amendment expects, when the amendment quotes it
 * (real acts usually do not: "Absatz 2 wird wie folgt gefasst", "for section 5 substitute").
 *
 * <p>The replacement keeps the target's kind and number, so its id does not change; to change a number, use
 * {@link RenumberProvision}. The expected text is compared with the subtree's {@linkplain Provision#plainText()
 * plain text} after normalising whitespace.
 *
 * <p>Immutable and thread-safe.
 *
 * @param target the provision to replace
 * @param expectedOldText the current text of the whole subtree, numbers included, or empty when the act does not
 *     quote it (the replacement is then checked only for keeping the kind and number)
 * @param replacement the new subtree
 */
public record SubstituteProvision(ProvisionId target, Optional<String> expectedOldText, Provision replacement)
    implements AmendmentOperation {
  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if {@code replacement} is a {@link ProvisionKind#BODY}, which no provision
   *     can be replaced by
   */
  public SubstituteProvision {
    checkNotNull(target, "target");
    checkNotNull(expectedOldText, "expectedOldText");
    checkNotNull(replacement, "replacement");
    checkArgument(replacement.kind() != ProvisionKind.BODY,
        "cannot replace %s by a body (the root of a document's tree)", target);
  }

  /**
   * Returns the substitution of {@code target} by {@code replacement}.
   *
   * @param target the provision
   * @param expectedOldText its current subtree text
   * @param replacement the new version
   * @return the operation
   */
  public static SubstituteProvision of(ProvisionId target, String expectedOldText, Provision replacement) {
    return new SubstituteProvision(target, Optional.of(expectedOldText), replacement);
  }

  /**
   * Returns the substitution of {@code target} by {@code replacement} as an act that does not quote the old text
   * states it.
   *
   * @param target the provision
   * @param replacement the new version, with the target's kind and number
   * @return the operation
   */
  public static SubstituteProvision unquoted(ProvisionId target, Provision replacement) {
    return new SubstituteProvision(target, Optional.empty(), replacement);
  }

  @Override
  public LegalDocument applyTo(LegalDocument document) {
    Provision old = Conflicts.requireInForce(this, document, target);
    String actual = Text.normalize(old.plainText());
    if (expectedOldText.isPresent() && !actual.equals(Text.normalize(expectedOldText.get()))) {
      throw Conflicts.staleText(this, target, Text.normalize(expectedOldText.get()), actual);
    }
    if (replacement.kind() != old.kind()
        || !replacement.num().map(Num::token).equals(old.num().map(Num::token))) {
      throw Conflicts.conflict(this, target,
          "a replacement that keeps the " + old.kind().element() + " and its number "
              + old.num().map(Num::text).orElse("(none)"),
          "a " + replacement.kind().element() + " numbered " + replacement.num().map(Num::text).orElse("(none)"));
    }
    return document.withProvision(target, p -> replacement);
  }

  @Override
  public String verb() {
    return "substitute";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
