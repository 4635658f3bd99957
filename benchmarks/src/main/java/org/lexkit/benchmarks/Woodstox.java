package org.lexkit.benchmarks;

import java.util.ServiceLoader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;

/**
 * Woodstox's StAX factories, the peer baselines of the read and write benchmarks. They are found as the StAX
 * services Woodstox registers (it is a runtime dependency of this module), not by naming its classes: its class
 * files carry OSGi annotations whose types are not on the compile class path, which the compiler would warn about.
 */
final class Woodstox {
  private static final String PACKAGE = "com.ctc.wstx.";

  private Woodstox() {}

  /**
   * Returns a new Woodstox input factory configured as for untrusted input: no DTDs, namespace-aware.
   *
   * @return the factory
   */
  static XMLInputFactory inputFactory() {
    XMLInputFactory factory = find(XMLInputFactory.class);
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    return factory;
  }

  /**
   * Returns a new Woodstox output factory with its defaults.
   *
   * @return the factory
   */
  static XMLOutputFactory outputFactory() {
    return find(XMLOutputFactory.class);
  }

  private static <T> T find(Class<T> service) {
    for (T factory : ServiceLoader.load(service)) {
      if (factory.getClass().getName().startsWith(PACKAGE)) {
        return factory;
      }
    }
    throw new IllegalStateException("Woodstox's " + service.getSimpleName() + " is not on the class path");
  }
}
