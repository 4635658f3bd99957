/**
 * Lexkit's Akoma Ntoso 3.0 input and output. Only {@code org.lexkit.akn} is API; everything under
 * {@code org.lexkit.akn.internal} is encapsulated.
 *
 * <p>The JAXB classes generated from the OASIS schema ({@code org.lexkit.akn.internal.jaxb}) are neither exported
 * nor open to everyone: only the JAXB reference implementation may reflect on them. {@code AknJaxb} creates the
 * context through the implementation's own factory ({@code org.glassfish.jaxb.runtime}), not through
 * {@code JAXBContext.newInstance}, so the JAXB API never passes the opening on, and the implementation needs it
 * directly: opening the package to {@code jakarta.xml.bind} alone is not enough. Without this line akn-io's
 * {@code ModulePathSmokeTest} and the consumer check ({@code examples/consumer}), both run on the module path, fail
 * with "Package org.lexkit.akn.internal.jaxb ... must be open to at least org.glassfish.jaxb.runtime module".
 *
 * <p>{@code module} warnings are suppressed for the qualified export to the command line, a module compiled after
 * this one (javac would warn that it does not know it yet).
 */
@SuppressWarnings("module")
module org.lexkit.akn {
  requires transitive org.lexkit.core;
  requires transitive com.google.common;
  requires java.xml;
  requires jakarta.xml.bind;
  requires org.glassfish.jaxb.runtime;
  requires static transitive org.jspecify;
  requires static com.google.errorprone.annotations;

  exports org.lexkit.akn;
  // Writing outputs safely is one rule for the library's AknWriter and for the command line's HTML and JSON.
  exports org.lexkit.akn.internal.files to org.lexkit.cli;

  opens org.lexkit.akn.internal.jaxb to org.glassfish.jaxb.runtime;
}
