package org.lexkit.akn.internal.read;

import java.util.Iterator;
import javax.xml.namespace.NamespaceContext;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import org.jspecify.annotations.Nullable;
import org.lexkit.akn.internal.xml.AknSchemas;

/**
 * A StAX reader that reads a document whose root {@code <akomaNtoso>} is in a namespace
 * {@code AknReader.withNamespaceMigration(true)} accepts (an OASIS draft, LegalDocML.de) as Akoma Ntoso 3.0: every
 * name in the root's namespace is reported in the AKN 3.0 namespace instead. The rule is {@link AknParser}'s (the
 * lossless read): {@link AknNamespaces#isMigratable} decides on the root element, and only that one namespace is
 * rewritten; a document in AKN 3.0 or in any other namespace passes through unchanged, so whoever reads it refuses
 * it as before. The model read paths put it outermost, so the validating tap and the mapper see the same names.
 *
 * <p>Not thread-safe, like the reader it wraps.
 */
public final class MigratingStreamReader extends StreamReaderDelegate {
  private boolean rootSeen;
  private @Nullable String migrateFrom;

  /**
   * Wraps {@code reader}, which must be positioned before the root element.
   *
   * @param reader the hardened reader
   */
  public MigratingStreamReader(XMLStreamReader reader) {
    super(reader);
  }

  @Override
  public int next() throws XMLStreamException {
    return seen(super.next());
  }

  @Override
  public int nextTag() throws XMLStreamException {
    return seen(super.nextTag());
  }

  private int seen(int event) {
    if (!rootSeen && event == XMLStreamConstants.START_ELEMENT) {
      rootSeen = true;
      String namespace = super.getNamespaceURI();
      if (super.getLocalName().equals("akomaNtoso") && namespace != null && AknNamespaces.isMigratable(namespace)) {
        migrateFrom = namespace;
      }
    }
    return event;
  }

  private @Nullable String migrate(@Nullable String namespace) {
    return migrateFrom != null && migrateFrom.equals(namespace) ? AknSchemas.AKN_NAMESPACE : namespace;
  }

  private QName migrate(QName name) {
    return migrateFrom != null && migrateFrom.equals(name.getNamespaceURI())
        ? new QName(AknSchemas.AKN_NAMESPACE, name.getLocalPart(), name.getPrefix()) : name;
  }

  @Override
  public @Nullable String getNamespaceURI() {
    return migrate(super.getNamespaceURI());
  }

  @Override
  public @Nullable String getNamespaceURI(int index) {
    return migrate(super.getNamespaceURI(index));
  }

  @Override
  public @Nullable String getNamespaceURI(String prefix) {
    return migrate(super.getNamespaceURI(prefix));
  }

  @Override
  public @Nullable String getAttributeNamespace(int index) {
    return migrate(super.getAttributeNamespace(index));
  }

  @Override
  public QName getName() {
    return migrate(super.getName());
  }

  @Override
  public QName getAttributeName(int index) {
    return migrate(super.getAttributeName(index));
  }

  @Override
  public NamespaceContext getNamespaceContext() {
    NamespaceContext context = super.getNamespaceContext();
    String from = migrateFrom;
    if (from == null) {
      return context;
    }
    return new NamespaceContext() {
      @Override
      public @Nullable String getNamespaceURI(String prefix) {
        return migrate(context.getNamespaceURI(prefix));
      }

      @Override
      public @Nullable String getPrefix(String namespaceUri) {
        return context.getPrefix(namespaceUri.equals(AknSchemas.AKN_NAMESPACE) ? from : namespaceUri);
      }

      @Override
      public Iterator<String> getPrefixes(String namespaceUri) {
        return context.getPrefixes(namespaceUri.equals(AknSchemas.AKN_NAMESPACE) ? from : namespaceUri);
      }
    };
  }
}
