package org.lexkit.akn.internal;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.lang.invoke.MethodHandles;
import org.jspecify.annotations.Nullable;
import org.lexkit.akn.AknDocument;

/**
 * The internal door between the public {@link AknDocument} and its JAXB content, so that the mapping layer in
 * {@code org.lexkit.akn.internal..} can reach the tree while no JAXB type appears in a public signature (the
 * "shared secrets" pattern of the JDK). {@code AknDocument} registers itself here when its class initialises.
 *
 * <pre>{@code
 * AknDocument document = AknReader.create().read(path);
 * JaxbDocument content = AknDocumentAccess.content(document);
 * AkomaNtosoType akn = content.root().getValue();
 * SourceLocation where = content.locations().locationOf(akn.getAct());
 * AknDocument built = AknDocumentAccess.document(JaxbDocument.of(newRoot));   // for AknWriter
 * }</pre>
 *
 * <p>Not API: may change without notice.
 */
public final class AknDocumentAccess {

  /** Implemented by {@link AknDocument}. */
  public interface Accessor {
    /**
     * Returns a document's content.
     *
     * @param document the document
     * @return its content
     */
    JaxbDocument content(AknDocument document);

    /**
     * Wraps content as a document.
     *
     * @param content the content
     * @return a new document
     */
    AknDocument document(JaxbDocument content);
  }

  private static volatile @Nullable Accessor accessor;

  private AknDocumentAccess() {}

  /**
   * Registers the accessor; called once by {@link AknDocument}'s static initialiser.
   *
   * @param implementation the accessor
   */
  public static void register(Accessor implementation) {
    checkState(accessor == null, "AknDocument's accessor is already registered");
    accessor = checkNotNull(implementation, "implementation");
  }

  /**
   * Returns the JAXB content of a document.
   *
   * @param document a document
   * @return its content
   */
  public static JaxbDocument content(AknDocument document) {
    return accessor().content(checkNotNull(document, "document"));
  }

  /**
   * Wraps JAXB content as a public document (for example the output of a model-to-AKN mapping).
   *
   * @param content the content
   * @return the document
   */
  public static AknDocument document(JaxbDocument content) {
    return accessor().document(checkNotNull(content, "content"));
  }

  private static Accessor accessor() {
    Accessor current = accessor;
    if (current == null) {
      try {
        MethodHandles.lookup().ensureInitialized(AknDocument.class);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
      current = accessor;
    }
    return checkNotNull(current, "AknDocument did not register its accessor");
  }
}
