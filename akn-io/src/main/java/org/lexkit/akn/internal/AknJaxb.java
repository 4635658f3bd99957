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

  /** The RI's context property for how many unmarshalling errors it reports (its default is 10). */
  private static final String MAX_ERRORS = "org.glassfish.jaxb.maxErrorsCount";

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
      // The RI reports only the first 10 "unexpected element" events, and counts them in a static field that every
      // new unmarshaller resets: in concurrent reads one document's errors used up another's, whose unknown element
      // was then dropped without an event (found by fuzzing with two threads). Count high enough never to stop.
      return new org.glassfish.jaxb.runtime.v2.JAXBContextFactory()
          .createContext(new Class<?>[] {ObjectFactory.class}, Map.of(MAX_ERRORS, Integer.MAX_VALUE));
    } catch (JAXBException e) {
      throw new IllegalStateException("cannot create the JAXB context for the Akoma Ntoso classes", e);
    }
  }
}
