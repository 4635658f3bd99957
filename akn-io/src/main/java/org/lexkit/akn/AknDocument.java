package org.lexkit.akn;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.lexkit.akn.internal.Identifications;
import org.lexkit.akn.internal.JaxbDocument;
import org.lexkit.akn.internal.xml.AknSchemas;

/**
 * An Akoma Ntoso 3.0 document as read by {@link AknReader}, held losslessly: written back by {@link AknWriter} it is
 * XML-equivalent to the input (same elements, attributes, text, comments and processing instructions; only
 * insignificant whitespace, namespace prefixes and attribute order may differ). It exposes what every caller needs
 * to know about the document; the content itself is mapped to Lexkit's model by the mapping layer.
 *
 * <pre>{@code
 * AknDocument act = AknReader.create().read(Path.of("uk_pga_1998_29.xml"));
 * act.type();                                          // AknDocumentType.ACT
 * act.identification().get().work().thisIri();         // "/akn/uk/act/1998/29/!main"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class AknDocument {
  private final JaxbDocument content;
  private final Optional<FrbrIdentification> identification;
  private final ImmutableList<AknProblem> problems;

  AknDocument(JaxbDocument content, ImmutableList<AknProblem> problems) {
    this.content = checkNotNull(content, "content");
    this.problems = checkNotNull(problems, "problems");
    // Read once here, before the document is shared: JAXB's list getters lazily write empty lists.
    this.identification = Identifications.of(content);
  }

  /** The JAXB tree and trivia, for the writer in this package; never leaves it. */
  JaxbDocument content() {
    return content;
  }

  /**
   * Returns the kind of document.
   *
   * @return the element directly inside {@code <akomaNtoso>}
   */
  public AknDocumentType type() {
    return content.type();
  }

  /**
   * Returns the FRBR identification from {@code <meta><identification>}.
   *
   * @return the identification; empty only if the document was read with {@link ValidationMode#NONE} and lacks a
   *     part the schema requires
   */
  public Optional<FrbrIdentification> identification() {
    return identification;
  }

  /**
   * Returns the warnings found while reading (lenient-mode deviations, eId syntax, dangling references). Errors are
   * never here: they make the read fail with an {@link AknSchemaException}.
   *
   * @return the warnings in document order, up to the reader's problem limit; empty for documents built by code
   */
  public ImmutableList<AknProblem> problems() {
    return problems;
  }

  /**
   * Returns the name of the source this document was read from.
   *
   * @return the system id given to the reader (a path for {@link AknReader#read(java.nio.file.Path)}), or empty
   */
  public String systemId() {
    return content.systemId();
  }

  /**
   * Returns the namespace the source used. It is always Akoma Ntoso 3.0's, unless the document was read with
   * {@link AknReader#withNamespaceMigration(boolean)} from a draft or profile namespace; the document itself is
   * then AKN 3.0 and is written as such.
   *
   * @return the source's namespace URI
   */
  public String sourceNamespace() {
    return content.sourceNamespace();
  }

  /**
   * Tells whether the document was read from another namespace and migrated to AKN 3.0.
   *
   * @return true if {@link #sourceNamespace()} is not the AKN 3.0 namespace
   */
  public boolean isMigrated() {
    return !AknSchemas.AKN_NAMESPACE.equals(content.sourceNamespace());
  }

  @Override
  public String toString() {
    return "AknDocument{" + type().elementName()
        + identification.map(i -> ", " + i.expression().thisIri()).orElse("")
        + (systemId().isEmpty() ? "" : ", from " + systemId()) + "}";
  }
}
