package org.lexkit.akn;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.lexkit.akn.internal.AknJaxb;
import org.lexkit.akn.internal.xml.AknSchemas;

/**
 * Prints cold and warm timings of the AKN layer (not a test: performance is measured, not asserted). Run in a
 * fresh JVM, from the module directory after {@code mvn test-compile}:
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(deps) org.lexkit.akn.StartupTiming path/to/uk_pga_1998_29.xml
 * </pre>
 */
public final class StartupTiming {
  private StartupTiming() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    if (args.length > 1 && args[1].equals("--end-to-end")) {
      // What a CLI sees: nothing initialised, one strict read (context and schema overlap), one write.
      long start = System.nanoTime();
      AknDocument document = AknReader.create().read(file);
      long read = System.nanoTime();
      AknWriter.create().writeToBytes(document);
      long write = System.nanoTime();
      System.out.printf(Locale.ROOT, "end-to-end cold: first strict read %d ms, first write %d ms, total %d ms%n",
          ms(start, read), ms(read, write), ms(start, write));
      return;
    }
    long start = System.nanoTime();
    AknJaxb.context();
    long context = System.nanoTime();
    AknSchemas.structural();
    long schema = System.nanoTime();
    byte[] bytes = Files.readAllBytes(file);
    AknReader strict = AknReader.create();
    AknReader none = strict.withValidation(ValidationMode.NONE);
    AknDocument document = strict.read(new ByteArrayInputStream(bytes), file.toString());
    long firstRead = System.nanoTime();
    byte[] written = AknWriter.create().writeToBytes(document);
    long firstWrite = System.nanoTime();
    System.out.printf(Locale.ROOT, "cold: JAXBContext %d ms, structural schema compile %d ms, first strict read of"
        + " %d bytes %d ms, first write %d ms (%d bytes); total %d ms%n", ms(start, context), ms(context, schema),
        bytes.length, ms(schema, firstRead), ms(firstRead, firstWrite), written.length, ms(start, firstWrite));
    long officialStart = System.nanoTime();
    AknSchemas.official();
    System.out.printf(Locale.ROOT, "cold: official schema compile %d ms%n", ms(officialStart, System.nanoTime()));

    int runs = 15;
    long[] strictRuns = new long[runs];
    long[] noneRuns = new long[runs];
    long[] writeRuns = new long[runs];
    long[] officialRuns = new long[runs];
    for (int i = 0; i < runs; i++) {
      long a = System.nanoTime();
      strict.read(new ByteArrayInputStream(bytes), "x");
      long b = System.nanoTime();
      none.read(new ByteArrayInputStream(bytes), "x");
      long c = System.nanoTime();
      AknWriter.create().writeToBytes(document);
      long d = System.nanoTime();
      javax.xml.validation.Validator validator = AknSchemas.official().newValidator();
      validator.validate(new javax.xml.transform.stream.StreamSource(new ByteArrayInputStream(bytes)));
      long e = System.nanoTime();
      strictRuns[i] = b - a;
      noneRuns[i] = c - b;
      writeRuns[i] = d - c;
      officialRuns[i] = e - d;
    }
    System.out.printf(Locale.ROOT, "warm medians of %d: strict read %d ms (%.1f MB/s), no-validation read %d ms,"
        + " write %d ms, JDK validator with official schema alone %d ms (%.1f MB/s)%n", runs, median(strictRuns),
        bytes.length / 1e6 / (median(strictRuns) / 1e3), median(noneRuns), median(writeRuns), median(officialRuns),
        bytes.length / 1e6 / (median(officialRuns) / 1e3));
  }

  private static long ms(long from, long to) {
    return (to - from) / 1_000_000;
  }

  private static long median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2] / 1_000_000;
  }
}
