package org.lexkit.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.xml.validation.Schema;
import org.lexkit.akn.AknReader;
import org.lexkit.akn.AknReadException;
import org.lexkit.akn.ValidationMode;
import org.xml.sax.SAXException;

/**
 * Strict validation of generated acts of 1, 5 and 20 MB by three validators, timed in the same run, with their
 * verdicts compared: our strict read ({@link ValidationMode#STRICT}), the JDK's validator with the official schema,
 * and {@code xmllint --schema} (libxml2) with the same schema files, if installed. The verdicts must agree on the
 * valid acts and on three broken variants of the 1 MB act (a duplicate eId, an unknown element, an impossible date).
 *
 * <p>Timing: ours is warmed up and the median of 5 runs is taken; the JDK validator's median of 3 runs at 1 MB and
 * one run above (it is quadratic; a run predicted to exceed the cap is skipped and says so); xmllint's median of 3
 * process runs, minus the median time xmllint takes for a tiny act with the same schema (process start and schema
 * parsing), which is printed too.
 *
 * <pre>
 * java -Xmx2g -cp benchmarks/target/benchmarks.jar org.lexkit.benchmarks.ValidationComparison [cap-seconds] [sizes...]
 * </pre>
 */
public final class ValidationComparison {
  private static final AknReader STRICT = AknReader.create().withValidation(ValidationMode.STRICT);

  private ValidationComparison() {}

  /**
   * Runs the comparison.
   *
   * @param args the cap in seconds for one JDK validator run (default 300), then sizes in MB (default 1 5 20)
   * @throws Exception if a file cannot be written or a process not run
   */
  public static void main(String[] args) throws Exception {
    double cap = args.length > 0 ? Double.parseDouble(args[0]) : 300;
    int[] sizes = args.length > 1 ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
        : new int[] {1, 5, 20};
    Path dir = Files.createTempDirectory("lexkit-validation");
    Path xsd = extractSchema(dir);
    Optional<String> xmllint = xmllintVersion();
    System.out.println("xmllint: " + xmllint.orElse("not installed (apt-get install libxml2-utils); skipped"));
    Schema official = GeneratedAkn.officialSchema();

    double tinyLint = Double.NaN;
    if (xmllint.isPresent()) {
      Path tiny = dir.resolve("tiny.xml");
      Files.write(tiny, GeneratedAkn.ofSize(10_000));
      double[] runs = new double[3];
      for (int i = 0; i < runs.length; i++) {
        runs[i] = xmllint(xsd, tiny).seconds;
      }
      tinyLint = median(runs);
      System.out.printf(Locale.ROOT, "xmllint on a %d-byte act (start-up + schema parse): %.3f s%n",
          Files.size(tiny), tinyLint);
    }

    System.out.println();
    System.out.println("| act | MB | ours strict MB/s | JDK official MB/s | xmllint MB/s (net of start-up) | ours/JDK |"
        + " ours/xmllint | verdicts (ours, JDK, xmllint) |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    double previousJdkSeconds = Double.NaN;
    double previousMegabytes = Double.NaN;
    boolean allAgree = true;
    for (int size : sizes) {
      byte[] valid = GeneratedAkn.ofSize(size * 1_000_000);
      Map<String, byte[]> cases = new LinkedHashMap<>();
      cases.put("valid", valid);
      if (size == sizes[0]) {
        String text = new String(valid, StandardCharsets.UTF_8);
        cases.put("duplicate eId", replaceOnce(text, "eId=\"sec_1__chp_1__art_2\"", "eId=\"sec_1__chp_1__art_1\""));
        cases.put("unknown element", replaceOnce(text, "<p>the first condition", "<bogus/><p>the first condition"));
        cases.put("impossible date", replaceOnce(text, "<FRBRdate date=\"2001-01-01\" name=\"work\"/>",
            "<FRBRdate date=\"2001-13-01\" name=\"work\"/>"));
      }
      for (Map.Entry<String, byte[]> entry : cases.entrySet()) {
        byte[] xml = entry.getValue();
        double megabytes = xml.length / 1e6;
        boolean isValid = entry.getKey().equals("valid");

        Timed ours = timeOurs(xml, isValid ? 5 : 1);
        Timed jdk;
        double predicted = Double.isNaN(previousJdkSeconds) ? 0
            : previousJdkSeconds * Math.pow(megabytes / previousMegabytes, 2);
        if (predicted > cap) {
          jdk = new Timed(Double.NaN, null);
        } else {
          jdk = timeJdk(official, xml, isValid && size <= 1 ? 3 : 1);
          if (isValid) {
            previousJdkSeconds = jdk.seconds;
            previousMegabytes = megabytes;
          }
        }
        Timed lint = new Timed(Double.NaN, null);
        if (xmllint.isPresent()) {
          Path file = dir.resolve("act-" + size + "-" + entry.getKey().replace(' ', '-') + ".xml");
          Files.write(file, xml);
          double[] runs = new double[isValid ? 3 : 1];
          Boolean verdict = null;
          for (int i = 0; i < runs.length; i++) {
            Timed run = xmllint(xsd, file);
            runs[i] = run.seconds;
            verdict = run.valid;
          }
          lint = new Timed(median(runs), verdict);
          Files.delete(file);
        }
        boolean agree = ours.valid == isValid && (jdk.valid == null || jdk.valid == isValid)
            && (lint.valid == null || lint.valid == isValid);
        allAgree &= agree;
        double lintNet = lint.seconds - tinyLint;
        System.out.printf(Locale.ROOT, "| %s | %.2f | %s | %s | %s | %s | %s | %s, %s, %s%s |%n", entry.getKey(), megabytes,
            rate(megabytes, ours.seconds), jdk.valid == null
                ? "skipped (predicted " + Math.round(predicted) + " s > cap)" : rate(megabytes, jdk.seconds),
            rate(megabytes, lintNet), ratio(jdk.seconds, ours.seconds), ratio(lintNet, ours.seconds),
            verdict(ours.valid), verdict(jdk.valid), verdict(lint.valid), agree ? "" : " **DISAGREE**");
      }
    }
    System.out.println();
    System.out.println(allAgree ? "All verdicts agree with the expected ones." : "VERDICTS DISAGREE (see above).");
  }

  /** A duration and a verdict (null when not run). */
  private record Timed(double seconds, Boolean valid) {}

  private static Timed timeOurs(byte[] xml, int runs) throws IOException {
    int warmups = runs > 1 ? Math.max(3, (int) (20_000_000L / xml.length)) : 3;
    Boolean verdict = null;
    for (int i = 0; i < warmups; i++) {
      verdict = ours(xml);
    }
    double[] seconds = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      verdict = ours(xml);
      seconds[i] = (System.nanoTime() - start) / 1e9;
    }
    return new Timed(median(seconds), verdict);
  }

  private static boolean ours(byte[] xml) throws IOException {
    try {
      STRICT.readDocument(new ByteArrayInputStream(xml), "generated");
      return true;
    } catch (AknReadException e) {
      // A schema violation, or (the impossible date) the model mapping's own located refusal of the same value,
      // which can come first in the single pass: either way the act is rejected.
      return false;
    }
  }

  private static Timed timeJdk(Schema schema, byte[] xml, int runs) {
    double[] seconds = new double[runs];
    Boolean verdict = null;
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      try {
        GeneratedAkn.validate(schema, xml);
        verdict = true;
      } catch (SAXException e) {
        verdict = false;
      }
      seconds[i] = (System.nanoTime() - start) / 1e9;
    }
    return new Timed(median(seconds), verdict);
  }

  private static Timed xmllint(Path xsd, Path file) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process process = new ProcessBuilder("xmllint", "--noout", "--nonet", "--schema", xsd.toString(), file.toString())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (!process.waitFor(30, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("xmllint did not finish on " + file);
    }
    return new Timed((System.nanoTime() - start) / 1e9, process.exitValue() == 0);
  }

  private static Optional<String> xmllintVersion() {
    try {
      Process process = new ProcessBuilder("xmllint", "--version").redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      process.waitFor();
      return Optional.of(output.lines().findFirst().orElse("xmllint"));
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** Copies the bundled schema and its xml.xsd next to each other, as xmllint needs files. */
  static Path extractSchema(Path dir) throws IOException {
    for (String name : List.of("akomantoso30.xsd", "xml.xsd")) {
      try (InputStream in = GeneratedAkn.class.getResourceAsStream("/org/lexkit/akn/schema/" + name)) {
        if (in == null) {
          throw new IllegalStateException("akn-io's bundled " + name + " is not on the classpath");
        }
        Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return dir.resolve("akomantoso30.xsd");
  }

  private static byte[] replaceOnce(String text, String from, String to) {
    int at = text.indexOf(from);
    if (at < 0) {
      throw new IllegalStateException("the generated act has no " + from);
    }
    return (text.substring(0, at) + to + text.substring(at + from.length())).getBytes(StandardCharsets.UTF_8);
  }

  private static String rate(double megabytes, double seconds) {
    return Double.isNaN(seconds) ? "–" : String.format(Locale.ROOT, "%.1f (%.3f s)", megabytes / seconds, seconds);
  }

  private static String ratio(double baselineSeconds, double seconds) {
    return Double.isNaN(baselineSeconds) ? "–" : String.format(Locale.ROOT, "%.1f×", baselineSeconds / seconds);
  }

  private static String verdict(Boolean valid) {
    return valid == null ? "–" : valid ? "valid" : "invalid";
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
