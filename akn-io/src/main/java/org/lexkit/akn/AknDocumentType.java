package org.lexkit.akn;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * The kind of an Akoma Ntoso document: the element directly inside {@code <akomaNtoso>}. A closed set fixed by the
 * AKN 3.0 schema.
 */
public enum AknDocumentType {
  /** {@code <act>}: an enacted law. */
  ACT("act"),
  /** {@code <bill>}: a draft law. */
  BILL("bill"),
  /** {@code <amendment>}: a proposed amendment to a bill. */
  AMENDMENT("amendment"),
  /** {@code <amendmentList>}: a collection of amendments. */
  AMENDMENT_LIST("amendmentList"),
  /** {@code <judgment>}: a court decision. */
  JUDGMENT("judgment"),
  /** {@code <debate>}: the record of a debate. */
  DEBATE("debate"),
  /** {@code <debateReport>}: a report about a debate. */
  DEBATE_REPORT("debateReport"),
  /** {@code <doc>}: any other document. */
  DOC("doc"),
  /** {@code <statement>}: a formal statement (resolution, declaration). */
  STATEMENT("statement"),
  /** {@code <portion>}: a fragment of another document. */
  PORTION("portion"),
  /** {@code <officialGazette>}: an issue of an official gazette. */
  OFFICIAL_GAZETTE("officialGazette"),
  /** {@code <documentCollection>}: a package of documents. */
  DOCUMENT_COLLECTION("documentCollection");

  private final String elementName;

  AknDocumentType(String elementName) {
    this.elementName = elementName;
  }

  /**
   * Returns the AKN element name of this document type.
   *
   * @return for example {@code "act"} or {@code "debateReport"}
   */
  public String elementName() {
    return elementName;
  }

  /**
   * Finds the document type with the given AKN element name.
   *
   * @param elementName a local name such as {@code "act"}; case-sensitive
   * @return the type, or empty if the name is not an AKN document type
   */
  public static Optional<AknDocumentType> fromElementName(String elementName) {
    checkNotNull(elementName, "elementName");
    for (AknDocumentType type : values()) {
      if (type.elementName.equals(elementName)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
