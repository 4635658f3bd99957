package org.lexkit.akn.internal;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import java.util.Map;
import org.lexkit.akn.internal.jaxb.ObjectFactory;

/**
 * The process-wide {@link JAXBContext} for the generated AKN classes, created on first use (holder idiom; about a
 * second cold, see the timing notes in the module README). JAXBContext is thread-safe; marshallers and
 * unmarshallers are not and are created per call.
 *
 * <p>The Glassfish reference implementation is instantiated directly instead of through {@code
 * JAXBContext.newInstance}'s service lookup, so another JAXB provider on the classpath (EclipseLink MOXy, say)
 * cannot silently change how documents are read and written.
 */
public final class AknJaxb {
  private AknJaxb() {}

  private static final class Holder {
    static final JAXBContext CONTEXT = create();
  }

  /**
   * Returns the shared context.
   *
   * @return the context for {@code org.lexkit.akn.internal.jaxb}
   */
  public static JAXBContext context() {
    return Holder.CONTEXT;
  }

  private static JAXBContext create() {
    try {
      return new org.glassfish.jaxb.runtime.v2.JAXBContextFactory()
          .createContext(new Class<?>[] {ObjectFactory.class}, Map.of());
    } catch (JAXBException e) {
      throw new IllegalStateException("cannot create the JAXB context for the Akoma Ntoso classes", e);
    }
  }
}
