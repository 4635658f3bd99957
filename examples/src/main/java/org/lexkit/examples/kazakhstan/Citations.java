package org.lexkit.examples.kazakhstan;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.ProvisionKind;

/**
 * How a reader cites a provision: "art. 20(1)" rather than {@code sec_ii__art_20__para_1}. Stateless and
 * thread-safe.
 */
public final class Citations {
  private Citations() {}

  /**
   * Returns the usual citation of {@code id} in {@code document}: the article's number, then the numbers of the
   * paragraphs and points below it in parentheses; a provision outside any article is cited by its kind and number.
   * Falls back to the id itself for an unnumbered provision or one the document lacks.
   *
   * @param document the document the provision is in
   * @param id the provision
   * @return e.g. "art. 20(1)"
   */
  public static String of(LegalDocument document, ProvisionId id) {
    Deque<ProvisionId> path = new ArrayDeque<>();
    for (Optional<ProvisionId> at = Optional.of(id); at.isPresent(); at = at.get().parent()) {
      path.push(at.get());
    }
    StringBuilder citation = new StringBuilder();
    boolean inArticle = false;
    for (ProvisionId step : path) {
      Optional<Provision> provision = document.provision(step);
      if (provision.isEmpty() || provision.get().num().isEmpty()) {
        if (inArticle) {
          return id.toString(); // an unnumbered part of an article has no short citation
        }
        continue;
      }
      String token = provision.get().num().get().token();
      if (provision.get().kind() == ProvisionKind.ARTICLE) {
        citation.setLength(0);
        citation.append("art. ").append(token);
        inArticle = true;
      } else if (inArticle) {
        citation.append('(').append(token).append(')');
      } else if (step.equals(id)) {
        citation.append(provision.get().kind().element()).append(' ').append(token.toUpperCase(Locale.ROOT));
      }
    }
    return citation.length() == 0 ? id.toString() : citation.toString();
  }

  /**
   * Returns the article that contains (or is) {@code id}.
   *
   * @param document the document the provision is in
   * @param id the provision
   * @return the article's id, or {@code id} itself when no article contains it
   */
  public static ProvisionId article(LegalDocument document, ProvisionId id) {
    for (Optional<ProvisionId> at = Optional.of(id); at.isPresent(); at = at.get().parent()) {
      if (document.provision(at.get()).map(p -> p.kind() == ProvisionKind.ARTICLE).orElse(false)) {
        return at.get();
      }
    }
    return id;
  }
}
