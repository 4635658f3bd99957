package org.lexkit.benchmarks;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.lexkit.akn.AknReadException;
import org.lexkit.akn.AknReader;
import org.lexkit.akn.ValidationMode;

/**
 * Our strict validation against libxml2 (lxml, schema parsed once) on the same files, in one interleaved run: each
 * rotation validates every file with ours on this thread, twice (the lossless strict read that {@code lexkit validate}
 * does, {@link AknReader#read}, and the strict read into the model, {@link AknReader#readDocument}), and with libxml2
 * in the helper process {@code benchmarks/scripts/lxml_validate.py}, each timed by its own CPU clock (this thread's;
 * the single-threaded Python process's). Prints, per file, the median and minimum CPU time per validation over the
 * rotations, the ratios (libxml2's time over ours: above 1 means ours is faster) and the verdicts of
 * {@code validate}'s read and libxml2, which must agree.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.lexkit.benchmarks.LibxmlComparison [--python=/usr/bin/python3]
 *     [--script=benchmarks/scripts/lxml_validate.py] [--rotations=7] [--sample-ms=200] [--verdicts-only]
 *     [--corpus=DIR] FILE...
 * </pre>
 *
 * With {@code --verdicts-only} every file (with {@code --corpus}, every {@code .xml} file under the folder too) is
 * validated once by {@code validate}'s read and by libxml2, and only disagreements and counts are printed.
 */
public final class LibxmlComparison {
  private static final AknReader STRICT = AknReader.create().withValidation(ValidationMode.STRICT);

  /** The two strict reads of ours that are compared. */
  private enum Ours {
    VALIDATE, MODEL
  }

  private LibxmlComparison() {}

  /**
   * Runs the comparison.
   *
   * @param args options and files
   * @throws Exception if the helper cannot be started or a file cannot be read
   */
  public static void main(String[] args) throws Exception {
    String python = "python3";
    String script = "benchmarks/scripts/lxml_validate.py";
    int rotations = 7;
    long sampleNanos = 200_000_000L;
    boolean verdictsOnly = false;
    List<Path> files = new ArrayList<>();
    for (String arg : args) {
      if (arg.startsWith("--python=")) {
        python = arg.substring(9);
      } else if (arg.startsWith("--script=")) {
        script = arg.substring(9);
      } else if (arg.startsWith("--rotations=")) {
        rotations = Integer.parseInt(arg.substring(12));
      } else if (arg.startsWith("--sample-ms=")) {
        sampleNanos = Long.parseLong(arg.substring(12)) * 1_000_000L;
      } else if (arg.equals("--verdicts-only")) {
        verdictsOnly = true;
      } else if (arg.startsWith("--corpus=")) {
        files.addAll(Inputs.corpusFiles(arg.substring(9)));
      } else {
        files.add(Path.of(arg));
      }
    }
    Path dir = Files.createTempDirectory("lexkit-libxml");
    Path xsd = ValidationComparison.extractSchema(dir);
    Process helper = new ProcessBuilder(python, script, xsd.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    try (BufferedReader answers =
            new BufferedReader(new InputStreamReader(helper.getInputStream(), StandardCharsets.UTF_8));
        Writer questions = new java.io.OutputStreamWriter(helper.getOutputStream(), StandardCharsets.UTF_8)) {
      String ready = answers.readLine();
      if (ready == null || !ready.startsWith("ready")) {
        throw new IllegalStateException("the libxml2 helper did not start (its error is above): " + python + " "
            + script + " (run from the repository root, or pass --script=PATH; --python= names a Python with lxml)");
      }
      System.out.println("helper: " + ready);
      Libxml libxml = (file, repetitions) -> {
        questions.write(file.toAbsolutePath() + " " + repetitions + "\n");
        questions.flush();
        String[] answer = answers.readLine().split(" ", 3);
        return new Sample(answer[0].equals("valid"), Long.parseLong(answer[1]) / repetitions, answer[2]);
      };
      if (verdictsOnly) {
        verdicts(files, libxml);
      } else {
        compare(files, libxml, rotations, sampleNanos);
      }
    } finally {
      helper.destroy();
    }
  }

  private interface Libxml {
    Sample validate(Path file, int repetitions) throws IOException;
  }

  private record Sample(boolean valid, long cpuNanosPerRun, String error) {}

  private static void verdicts(List<Path> files, Libxml libxml) throws IOException {
    int agree = 0;
    int valid = 0;
    for (Path file : files) {
      Sample ours = ours(Ours.VALIDATE, Files.readAllBytes(file), file, 1);
      Sample theirs = libxml.validate(file, 1);
      if (ours.valid() == theirs.valid()) {
        agree++;
        valid += ours.valid() ? 1 : 0;
      } else {
        System.out.printf(Locale.ROOT, "DISAGREE %s: ours %s (%s), libxml2 %s (%s)%n", file,
            ours.valid() ? "valid" : "invalid", ours.error(), theirs.valid() ? "valid" : "invalid", theirs.error());
      }
    }
    System.out.printf(Locale.ROOT, "%d files: verdicts agree on %d (%d valid by both), differ on %d%n", files.size(),
        agree, valid, files.size() - agree);
  }

  private static void compare(List<Path> files, Libxml libxml, int rotations, long sampleNanos) throws IOException {
    int n = files.size();
    byte[][] bytes = new byte[n][];
    int[] repetitions = new int[n];
    for (int i = 0; i < n; i++) {
      bytes[i] = Files.readAllBytes(files.get(i));
      // Warm up our side for a few seconds' worth of this file, then size the samples from its warm time.
      long warmEnd = System.nanoTime() + 3_000_000_000L;
      Sample last;
      do {
        ours(Ours.MODEL, bytes[i], files.get(i), 1);
        last = ours(Ours.VALIDATE, bytes[i], files.get(i), 1);
      } while (System.nanoTime() < warmEnd);
      repetitions[i] = (int) Math.max(1, sampleNanos / Math.max(1, last.cpuNanosPerRun()));
      libxml.validate(files.get(i), 1);
    }
    long[][][] cpu = new long[3][n][rotations]; // validate's read, model read, libxml2
    boolean[][] verdicts = new boolean[n][3];
    for (int round = 0; round < rotations; round++) {
      for (int i = 0; i < n; i++) {
        Sample[] samples = {ours(Ours.VALIDATE, bytes[i], files.get(i), repetitions[i]),
            ours(Ours.MODEL, bytes[i], files.get(i), repetitions[i]), libxml.validate(files.get(i), repetitions[i])};
        for (int k = 0; k < 3; k++) {
          cpu[k][i][round] = samples[k].cpuNanosPerRun();
          verdicts[i][k] = samples[k].valid();
        }
      }
    }
    System.out.printf(Locale.ROOT, "%n%d interleaved rotations; CPU ms per validation, median (min)%n%n", rotations);
    System.out.println("| file | KB | ours: validate (lossless strict read) | ours: strict model read | libxml2 |"
        + " libxml2 / validate | libxml2 / model read | verdicts (validate, model read, libxml2) |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    for (int i = 0; i < n; i++) {
      double[] median = new double[3];
      double[] min = new double[3];
      for (int k = 0; k < 3; k++) {
        long[] sorted = cpu[k][i].clone();
        Arrays.sort(sorted);
        median[k] = sorted[rotations / 2] / 1e6;
        min[k] = sorted[0] / 1e6;
      }
      System.out.printf(Locale.ROOT, "| %s | %.0f | %.3f (%.3f) | %.3f (%.3f) | %.3f (%.3f) | %.2f× | %.2f× | %s, %s, %s |%n",
          files.get(i).getFileName(), bytes[i].length / 1e3, median[0], min[0], median[1], min[1], median[2], min[2],
          median[2] / median[0], median[2] / median[1], verdict(verdicts[i][0]), verdict(verdicts[i][1]),
          verdict(verdicts[i][2]));
    }
  }

  private static String verdict(boolean valid) {
    return valid ? "valid" : "invalid";
  }

  private static Sample ours(Ours read, byte[] xml, Path file, int repetitions) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean valid = true;
    String error = "-";
    long start = threads.getCurrentThreadCpuTime();
    for (int r = 0; r < repetitions; r++) {
      try {
        if (read == Ours.VALIDATE) {
          STRICT.read(new ByteArrayInputStream(xml), file.toString());
        } else {
          STRICT.readDocument(new ByteArrayInputStream(xml), file.toString());
        }
      } catch (AknReadException | IOException e) {
        valid = false;
        error = e.getMessage();
      }
    }
    return new Sample(valid, (threads.getCurrentThreadCpuTime() - start) / repetitions, error);
  }
}
