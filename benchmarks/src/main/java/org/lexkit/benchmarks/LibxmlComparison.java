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
 * Our strict read against libxml2 (lxml, schema parsed once) on the same files, in one interleaved run: each rotation
 * validates every file with both, ours on this thread and libxml2 in the helper process
 * {@code benchmarks/scripts/lxml_validate.py}, each timed by its own CPU clock (this thread's; the single-threaded
 * Python process's). Prints, per file, the median and minimum CPU time per validation over the rotations, the ratio
 * (libxml2's time over ours: above 1 means ours is faster) and both verdicts, which must agree.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.lexkit.benchmarks.LibxmlComparison [--python=/usr/bin/python3]
 *     [--script=benchmarks/scripts/lxml_validate.py] [--rotations=7] [--sample-ms=200] [--verdicts-only] FILE...
 * </pre>
 *
 * With {@code --verdicts-only} every file is validated once by each and only disagreements and counts are printed
 * (for a whole corpus).
 */
public final class LibxmlComparison {
  private static final AknReader STRICT = AknReader.create().withValidation(ValidationMode.STRICT);

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
      System.out.println("helper: " + answers.readLine());
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
      Sample ours = ours(Files.readAllBytes(file), file, 1);
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
        last = ours(bytes[i], files.get(i), 1);
      } while (System.nanoTime() < warmEnd);
      repetitions[i] = (int) Math.max(1, sampleNanos / Math.max(1, last.cpuNanosPerRun()));
      libxml.validate(files.get(i), 1);
    }
    long[][] oursCpu = new long[n][rotations];
    long[][] theirsCpu = new long[n][rotations];
    boolean[][] verdicts = new boolean[n][2];
    for (int round = 0; round < rotations; round++) {
      for (int i = 0; i < n; i++) {
        Sample ours = ours(bytes[i], files.get(i), repetitions[i]);
        Sample theirs = libxml.validate(files.get(i), Math.max(1, repetitions[i] / 4));
        oursCpu[i][round] = ours.cpuNanosPerRun();
        theirsCpu[i][round] = theirs.cpuNanosPerRun();
        verdicts[i][0] = ours.valid();
        verdicts[i][1] = theirs.valid();
      }
    }
    System.out.printf(Locale.ROOT, "%n%d interleaved rotations; CPU ms per validation, median (min)%n%n", rotations);
    System.out.println("| file | KB | ours strict | libxml2 | libxml2 / ours, medians | verdicts (ours, libxml2) |");
    System.out.println("|---|---|---|---|---|---|");
    for (int i = 0; i < n; i++) {
      long[] o = oursCpu[i].clone();
      long[] t = theirsCpu[i].clone();
      Arrays.sort(o);
      Arrays.sort(t);
      System.out.printf(Locale.ROOT, "| %s | %.0f | %.3f (%.3f) | %.3f (%.3f) | %.2f× | %s, %s |%n",
          files.get(i).getFileName(), bytes[i].length / 1e3, o[rotations / 2] / 1e6, o[0] / 1e6,
          t[rotations / 2] / 1e6, t[0] / 1e6, (double) t[rotations / 2] / o[rotations / 2],
          verdicts[i][0] ? "valid" : "invalid", verdicts[i][1] ? "valid" : "invalid");
    }
  }

  private static Sample ours(byte[] xml, Path file, int repetitions) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean valid = true;
    String error = "-";
    long start = threads.getCurrentThreadCpuTime();
    for (int r = 0; r < repetitions; r++) {
      try {
        STRICT.readDocument(new ByteArrayInputStream(xml), file.toString());
      } catch (AknReadException | IOException e) {
        valid = false;
        error = e.getMessage();
      }
    }
    return new Sample(valid, (threads.getCurrentThreadCpuTime() - start) / repetitions, error);
  }
}
