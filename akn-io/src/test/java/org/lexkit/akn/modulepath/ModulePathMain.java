package org.lexkit.akn.modulepath;

import java.io.IOException;
import java.nio.file.Path;
import org.lexkit.akn.AknDocument;
import org.lexkit.akn.AknReader;
import org.lexkit.akn.AknWriter;
import org.lexkit.core.document.LegalDocument;

/**
 * The program {@link ModulePathSmokeTest} runs in a JVM with Lexkit on the module path: it reports how the Lexkit
 * classes were loaded, then reads {@code args[0]} into the model and as a JAXB tree, and writes the tree to
 * {@code args[1]}. The JAXB read and write fail unless {@code org.lexkit.akn} opens its generated package to the
 * JAXB runtime.
 */
public final class ModulePathMain {
  private ModulePathMain() {}

  public static void main(String[] args) throws IOException {
    for (Class<?> type : new Class<?>[] {AknReader.class, LegalDocument.class}) {
      Module module = type.getModule();
      System.out.println(module.getName() + " named=" + module.isNamed()
          + " automatic=" + (module.isNamed() && module.getDescriptor().isAutomatic()));
    }
    LegalDocument model = AknReader.create().readDocument(Path.of(args[0])).value();
    System.out.println("provisions=" + model.provisions().size());
    AknDocument tree = AknReader.create().read(Path.of(args[0]));
    AknWriter.create().write(tree, Path.of(args[1]));
  }
}
