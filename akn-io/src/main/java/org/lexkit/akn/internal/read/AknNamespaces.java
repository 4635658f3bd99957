package org.lexkit.akn.internal.read;

import java.util.regex.Pattern;
import org.lexkit.akn.internal.xml.AknSchemas;

/**
 * The namespaces Akoma Ntoso documents come in, and which of them can be read as AKN 3.0 by rewriting the namespace
 * while streaming. Found in the corpus: the OASIS drafts {@code .../akn/3.0/WD17} and {@code .../akn/3.0/CSD06},
 * and the German profile {@code http://Inhaltsdaten.LegalDocML.de/1.8.2/}; {@code CSD13} and the other committee
 * drafts follow the same pattern.
 */
final class AknNamespaces {
  private static final Pattern OASIS_DRAFT =
      Pattern.compile("http://docs\\.oasis-open\\.org/legaldocml/ns/akn/3\\.0/(WD|CSD|CSPRD|CS)\\d+/?");
  private static final Pattern LEGALDOCML_DE = Pattern.compile("http://Inhaltsdaten\\.LegalDocML\\.de/[0-9.]+/?");
  private static final Pattern AKN_2 = Pattern.compile("http://www\\.akomantoso\\.org/[0-9.]+/?");

  private AknNamespaces() {}

  static boolean isAkn30(String namespace) {
    return AknSchemas.AKN_NAMESPACE.equals(namespace);
  }

  /** Whether {@code withNamespaceMigration(true)} reads documents in this namespace. */
  static boolean isMigratable(String namespace) {
    return OASIS_DRAFT.matcher(namespace).matches() || LEGALDOCML_DE.matcher(namespace).matches();
  }

  /** The detail of the error for a root element in {@code namespace}. */
  static String unsupportedDetail(String namespace, String rootName) {
    String found = "<" + rootName + "> is in namespace '" + namespace + "'";
    if (OASIS_DRAFT.matcher(namespace).matches()) {
      return found + ", a pre-standard OASIS draft of Akoma Ntoso 3.0; expected '" + AknSchemas.AKN_NAMESPACE
          + "'. Convert the document, or read it with AknReader.withNamespaceMigration(true), which reads it as"
          + " AKN 3.0 and reports, as schema problems, where the draft's structure differs";
    }
    if (LEGALDOCML_DE.matcher(namespace).matches()) {
      return found + ", the German LegalDocML.de profile; expected '" + AknSchemas.AKN_NAMESPACE
          + "'. Read it with AknReader.withNamespaceMigration(true), which reads it as AKN 3.0 (the profile"
          + " restricts AKN 3.0 and adds metadata in its own namespaces)";
    }
    if (AKN_2.matcher(namespace).matches()) {
      return found + ", Akoma Ntoso 2.0, which is not supported; expected '" + AknSchemas.AKN_NAMESPACE
          + "'. Convert the document to AKN 3.0 first";
    }
    return (namespace.isEmpty() ? "<" + rootName + "> has no namespace" : found)
        + "; this is not an Akoma Ntoso 3.0 document (expected <akomaNtoso xmlns=\"" + AknSchemas.AKN_NAMESPACE
        + "\">)";
  }
}
