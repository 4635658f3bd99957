package org.lexkit.akn.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.xml.bind.JAXBElement;
import java.util.Optional;
import org.lexkit.akn.AknDocumentType;
import org.lexkit.akn.internal.jaxb.AkomaNtosoType;
import org.lexkit.akn.internal.xml.AknSchemas;

/**
 * The JAXB tree behind an {@link org.lexkit.akn.AknDocument}, plus what the lossless writer needs besides it. Only
 * the document and the writer of its package reach it; the model mapping never does (it streams).
 *
 * <p><b>Treat the tree as read-only.</b> It is shared with the immutable {@code AknDocument}. Beware that JAXB's
 * generated list getters create and store an empty list when the field is null: call them from one thread at a
 * time, or read the document's tree once before sharing it. To produce a different document, build a new tree and
 * wrap it with {@link #of(JAXBElement)}.
 */
public final class JaxbDocument {
  private final JAXBElement<AkomaNtosoType> root;
  private final AknDocumentType type;
  private final Trivia trivia;
  private final LocationIndex locations;
  private final String systemId;
  private final String sourceNamespace;

  /**
   * Creates the content of a read document.
   *
   * @param root the unmarshalled root
   * @param trivia comments, processing instructions, extra attributes and prefixes of the input
   * @param locations where each JAXB object came from
   * @param systemId the source name
   * @param sourceNamespace the namespace the input used (differs from AKN 3.0 after namespace migration)
   */
  public JaxbDocument(JAXBElement<AkomaNtosoType> root, Trivia trivia, LocationIndex locations, String systemId,
      String sourceNamespace) {
    this.root = checkNotNull(root, "root");
    this.trivia = checkNotNull(trivia, "trivia");
    this.locations = checkNotNull(locations, "locations");
    this.systemId = checkNotNull(systemId, "systemId");
    this.sourceNamespace = checkNotNull(sourceNamespace, "sourceNamespace");
    Optional<AknDocumentType> found = typeOf(root.getValue());
    checkArgument(found.isPresent(), "the <akomaNtoso> element contains no document (act, bill, doc, ...)");
    this.type = found.get();
  }

  /**
   * Wraps a tree built by code (no trivia, no locations).
   *
   * @param root the root element; its value must contain exactly one document
   * @return the content
   */
  public static JaxbDocument of(JAXBElement<AkomaNtosoType> root) {
    return new JaxbDocument(root, Trivia.NONE, LocationIndex.EMPTY, "", AknSchemas.AKN_NAMESPACE);
  }

  /**
   * Returns the document type of an {@code <akomaNtoso>} element's content.
   *
   * @param akomaNtoso the root's value
   * @return the type of the first document element present, or empty if there is none
   */
  public static Optional<AknDocumentType> typeOf(AkomaNtosoType akomaNtoso) {
    AkomaNtosoType a = akomaNtoso;
    AknDocumentType type = a.getAct() != null ? AknDocumentType.ACT
        : a.getBill() != null ? AknDocumentType.BILL
        : a.getAmendment() != null ? AknDocumentType.AMENDMENT
        : a.getAmendmentList() != null ? AknDocumentType.AMENDMENT_LIST
        : a.getJudgment() != null ? AknDocumentType.JUDGMENT
        : a.getDebate() != null ? AknDocumentType.DEBATE
        : a.getDebateReport() != null ? AknDocumentType.DEBATE_REPORT
        : a.getDoc() != null ? AknDocumentType.DOC
        : a.getStatement() != null ? AknDocumentType.STATEMENT
        : a.getPortion() != null ? AknDocumentType.PORTION
        : a.getOfficialGazette() != null ? AknDocumentType.OFFICIAL_GAZETTE
        : a.getDocumentCollection() != null ? AknDocumentType.DOCUMENT_COLLECTION
        : null;
    return Optional.ofNullable(type);
  }

  /**
   * Returns the JAXB root: {@code <akomaNtoso>} (the schema declares no {@code @XmlRootElement} for it, hence the
   * {@link JAXBElement}).
   *
   * @return the root; read-only by convention
   */
  public JAXBElement<AkomaNtosoType> root() {
    return root;
  }

  /**
   * Returns the document type.
   *
   * @return the element inside {@code <akomaNtoso>}
   */
  public AknDocumentType type() {
    return type;
  }

  /**
   * Returns what the writer restores besides the tree.
   *
   * @return the trivia, {@link Trivia#NONE} for trees built by code
   */
  public Trivia trivia() {
    return trivia;
  }

  /**
   * Returns where each JAXB object was in the source.
   *
   * @return the index, {@link LocationIndex#EMPTY} for trees built by code
   */
  public LocationIndex locations() {
    return locations;
  }

  /**
   * Returns the source name given to the reader.
   *
   * @return the system id, empty for trees built by code
   */
  public String systemId() {
    return systemId;
  }

  /**
   * Returns the namespace the source document used.
   *
   * @return AKN 3.0's, or the draft or profile namespace that was migrated
   */
  public String sourceNamespace() {
    return sourceNamespace;
  }
}
