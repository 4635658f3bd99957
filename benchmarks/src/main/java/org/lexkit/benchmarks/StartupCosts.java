package org.lexkit.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import org.lexkit.akn.AknReader;
import org.lexkit.akn.ValidationMode;
import org.lexkit.akn.internal.benchmarks.InternalBaselines;

/**
 * Times one start-up cost in a fresh JVM, so each is measured cold: {@code jaxb} (creating the JAXB context, which
 * the lossless reader and writer need), {@code schema} (compiling the structural schema, which validating reads
 * need), {@code strict-read} (a first strict model read of a small generated act: schema, reader and mapping
 * classes). Run each in its own process:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.lexkit.benchmarks.StartupCosts jaxb
 * </pre>
 */
public final class StartupCosts {
  private StartupCosts() {}

  /**
   * Times the named cost.
   *
   * @param args {@code jaxb}, {@code schema} or {@code strict-read}
   * @throws IOException never for bytes in memory
   */
  public static void main(String[] args) throws IOException {
    String what = args.length > 0 ? args[0] : "jaxb";
    byte[] act = what.equals("strict-read") ? GeneratedAkn.ofSize(20_000) : new byte[0];
    long start = System.nanoTime();
    switch (what) {
      case "jaxb" -> InternalBaselines.jaxbContext();
      case "schema" -> InternalBaselines.structuralSchema();
      case "strict-read" -> AknReader.create().withValidation(ValidationMode.STRICT)
          .readDocument(new ByteArrayInputStream(act), "cold").value();
      default -> throw new IllegalArgumentException("expected jaxb, schema or strict-read: " + what);
    }
    System.out.printf(Locale.ROOT, "%s: %d ms cold%n", what, (System.nanoTime() - start) / 1_000_000);
  }
}
