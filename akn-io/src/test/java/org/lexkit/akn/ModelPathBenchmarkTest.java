package org.lexkit.akn;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.Test;
import org.lexkit.akn.internal.AknJaxb;
import org.lexkit.akn.internal.xml.GuardedXmlReader;
import org.lexkit.akn.internal.xml.SecureXml;
import org.lexkit.testing.akn.Corpus;
import org.lexkit.core.document.LegalDocument;

/**
 * Measures the model read and write paths against a raw StAX pass and a plain JAXB unmarshal over the same bytes
 * (the corpus' 1 MB UK Data Protection Act 1998). Performance is measured, not asserted: this prints MB/s and runs
 * only with {@code -Dlexkit.benchmark=true}:
 *
 * <pre>
 * mvn -B -ntp -q -pl akn-io -am verify -Dtest=ModelPathBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dlexkit.corpus=../shared/akn/corpus -Dlexkit.benchmark=true
 * </pre>
 */
class ModelPathBenchmarkTest {
  private static final String FILE = "legaldocml-java/legaldocml-test/src/main/resources/xml/v3/uk_pga_1998_29.xml";

  private interface Pass {
    Object run(byte[] bytes) throws Exception;
  }

  @Test
  void measure_ukDataProtectionAct() throws Exception {
    assumeTrue(Boolean.getBoolean("lexkit.benchmark"), "benchmark skipped: pass -Dlexkit.benchmark=true");
    byte[] bytes = Files.readAllBytes(Corpus.requireFolder().resolve(FILE));
    LegalDocument document = AknReader.create().withValidation(ValidationMode.NONE)
        .readDocument(new ByteArrayInputStream(bytes), "uk").value();
    byte[] written = AknWriter.create().writeToBytes(document);

    Pass rawStax = b -> {
      XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(new ByteArrayInputStream(b));
      long n = 0;
      while (xml.hasNext()) {
        n += xml.next();
      }
      return n;
    };
    Pass hardenedStax = b -> {
      XMLStreamReader xml = SecureXml.newInputFactory()
          .createXMLStreamReader("uk", GuardedXmlReader.open(new ByteArrayInputStream(b), "uk"));
      long n = 0;
      while (xml.hasNext()) {
        n += xml.next();
      }
      return n;
    };
    Pass jaxb = b -> AknJaxb.context().createUnmarshaller().unmarshal(new StreamSource(new ByteArrayInputStream(b)));
    Pass modelNone = b -> AknReader.create().withValidation(ValidationMode.NONE)
        .readDocument(new ByteArrayInputStream(b), "uk");
    Pass modelStrict = b -> AknReader.create().withValidation(ValidationMode.LENIENT)
        .readDocument(new ByteArrayInputStream(b), "uk");
    Pass lossless = b -> AknReader.create().withValidation(ValidationMode.LENIENT)
        .read(new ByteArrayInputStream(b), "uk");
    Pass write = b -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
      AknWriter.create().write(document, out);
      return out.size();
    };

    // Interleaved rounds: on a shared machine, load then slows every pass alike instead of whichever ran last.
    String[] names = {"raw StAX pass (JDK factory, bytes)", "hardened StAX pass (SecureXml + GuardedXmlReader)",
        "plain JAXB unmarshal", "model read, ValidationMode.NONE", "model read, LENIENT (schema + ids, one pass)",
        "lossless AknDocument read, LENIENT", "model write (" + written.length / 1024 + " KiB out)"};
    Pass[] passes = {rawStax, hardenedStax, jaxb, modelNone, modelStrict, lossless, write};
    long[] best = new long[passes.length];
    java.util.Arrays.fill(best, Long.MAX_VALUE);
    int rounds = Integer.getInteger("lexkit.benchmark.rounds", 40);
    for (int round = -10; round < rounds; round++) {
      for (int i = 0; i < passes.length; i++) {
        long start = System.nanoTime();
        passes[i].run(i == passes.length - 1 ? written : bytes);
        long elapsed = System.nanoTime() - start;
        if (round >= 0) {
          best[i] = Math.min(best[i], elapsed);
        }
      }
    }
    double[] rate = new double[passes.length];
    for (int i = 0; i < passes.length; i++) {
      int size = i == passes.length - 1 ? written.length : bytes.length;
      rate[i] = size / 1e6 / (best[i] / 1e9);
      System.out.printf(Locale.ROOT, "%-58s %8.1f MB/s  (best of %d: %.2f ms for %.2f MB)%n", names[i], rate[i],
          rounds, best[i] / 1e6, size / 1e6);
    }
    System.out.printf(Locale.ROOT, "model read / raw StAX = %.2f, model read / hardened StAX = %.2f,"
        + " model read / plain JAXB = %.2f%n", rate[3] / rate[0], rate[3] / rate[1], rate[3] / rate[2]);
  }
}
