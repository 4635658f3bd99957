package org.lexkit.akn;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * The root element is in a namespace other than Akoma Ntoso 3.0's
 * ({@code http://docs.oasis-open.org/legaldocml/ns/akn/3.0}), for example a pre-standard draft (WD17, CSD06, CSD13)
 * or the German LegalDocML.de profile. The message names the namespace and says what to do; for the drafts and
 * LegalDocML.de, {@link AknReader#withNamespaceMigration(boolean)} reads the document as AKN 3.0.
 */
public class AknNamespaceException extends AknSchemaException {
  private static final long serialVersionUID = 1L;

  private final String namespace;

  /**
   * Creates an exception for a root element in an unsupported namespace.
   *
   * @param problem the error, located at the root element
   * @param namespace the namespace URI found (empty for no namespace)
   */
  public AknNamespaceException(AknProblem problem, String namespace) {
    super(problem, ImmutableList.of(problem), null);
    this.namespace = checkNotNull(namespace, "namespace");
  }

  /**
   * Returns the namespace URI of the document's root element.
   *
   * @return the namespace found, empty if the root element has none
   */
  public String namespace() {
    return namespace;
  }
}
