package org.lexkit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Converts the plain-text dev set (real legislation in several languages with its structure as gold, given as
 * {@code -Dlexkit.textdev=<folder>}) with {@code lexkit convert --validate}, as a user would, scores the output with
 * the set's own {@code score.py}, prints the per-document scores and checks them against the floors in
 * {@code text-dev-floors.tsv}, so that a change which loses structure on any document fails here. The scores as
 * written and with the notes moved out of the numbers are both printed (see {@link #withoutNotesInNumbers}).
 *
 * <p>The floors are what the converter reached when they were last raised, not the goal: the goal (article F1 ≥
 * 0.99, paragraph agreement ≥ 0.97, containers exact) is printed beside each document. Skipped, with a message,
 * without the folder or without {@code python3}.
 */
class TextDevSetTest {
  private static final double ARTICLE_GOAL = 0.99;
  private static final double PARAGRAPH_GOAL = 0.97;

  @TempDir Path dir;

  @Test
  void convert_textDevSet_scoresAtLeastTheFloors() throws Exception {
    String folder = System.getProperty("lexkit.textdev", "");
    assumeTrue(!folder.isEmpty() && Files.isRegularFile(Path.of(folder, "score.py")),
        "text dev set not given: pass -Dlexkit.textdev=<folder with *.txt, *.gold.json and score.py>");
    assumeTrue(python(), "python3 is not on the PATH; the text dev set is scored by its own score.py");
    Path out = dir.resolve("out");

    Cli.Result run = Cli.run("convert", folder, "-o", out.toString(), "--validate");

    assertThat(run.exitCode()).as("every output is schema-valid: " + run.err()).isEqualTo(0);
    System.out.print("TextDevSetTest: as written\n" + table(score(Path.of(folder), out)));
    Map<String, double[]> scores = score(Path.of(folder), withoutNotesInNumbers(out));
    Map<String, double[]> floors = floors();
    String table = table(scores);
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, double[]> entry : scores.entrySet()) {
      double[] s = entry.getValue();
      double[] floor = floors.get(entry.getKey());
      if (floor == null) {
        continue;
      }
      String[] names = {"article F1", "paragraph agreement", "container F1", "container path agreement"};
      for (int k = 0; k < names.length; k++) {
        if (s[k] + 1e-9 < floor[k]) {
          failures.add(entry.getKey() + ": " + names[k] + " " + s[k] + " is below its floor " + floor[k]);
        }
      }
    }
    System.out.print("TextDevSetTest: notes outside numbers (checked against the floors)\n" + table);
    assertThat(scores.keySet()).containsAll(floors.keySet());
    assertThat(failures).as(table).isEmpty();
  }

  private static String table(Map<String, double[]> scores) {
    StringBuilder table = new StringBuilder(String.format("%-22s %8s %8s %8s %8s  %s%n", "document", "art F1",
        "para ag", "cont F1", "path", "goal"));
    for (Map.Entry<String, double[]> entry : scores.entrySet()) {
      double[] s = entry.getValue();
      boolean goal = s[0] >= ARTICLE_GOAL && s[1] >= PARAGRAPH_GOAL && s[2] == 1.0 && s[3] == 1.0;
      table.append(String.format(Locale.ROOT, "%-22s %8.3f %8.3f %8.3f %8.3f  %s%n", entry.getKey(), s[0], s[1],
          s[2], s[3], goal ? "met" : "not met"));
    }
    return table.toString();
  }

  /**
   * Copies the outputs with the notes taken out of {@code <num>}. The writer anchors a provision's notes there (as
   * {@code <authorialNote>}s, where Akoma Ntoso allows them), but {@code score.py} reads the whole text of
   * {@code <num>} as the number, so that every annotated provision would count as missed; the structure is what is
   * measured here.
   */
  private static Path withoutNotesInNumbers(Path out) throws IOException {
    Path copy = out.resolveSibling("out-notes-outside-numbers");
    Files.createDirectories(copy);
    try (var files = Files.list(out)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String xml = Files.readString(file, UTF_8);
        Files.writeString(copy.resolve(file.getFileName()), NOTES_IN_NUM.matcher(xml).replaceAll("$1$2"), UTF_8);
      }
    }
    return copy;
  }

  private static final Pattern NOTES_IN_NUM =
      Pattern.compile("(<num>[^<]*)(?:<authorialNote\\b.*?</authorialNote>)+(</num>)", Pattern.DOTALL);

  private static boolean python() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Per document: article F1, paragraph agreement, container F1, container path agreement. */
  private static Map<String, double[]> score(Path folder, Path out) throws Exception {
    String script = "import json, subprocess, sys\n"
        + "r = subprocess.run([sys.executable, sys.argv[1], '--devset', sys.argv[2], '--outputs', sys.argv[3],"
        + " '--json'], capture_output=True, text=True, check=True)\n"
        + "for d in json.loads(r.stdout)['results']:\n"
        + "    print(d['id'], d['articles']['f1'], d['paragraphs']['exact_article_agreement'],"
        + " d['containers']['f1'], d['containers']['article_path_agreement'], sep='\\t')\n";
    Process p = new ProcessBuilder("python3", "-c", script, folder.resolve("score.py").toString(),
        folder.toString(), out.toString()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), UTF_8);
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isEqualTo(0);
    Map<String, double[]> scores = new LinkedHashMap<>();
    for (String line : output.split("\n")) {
      String[] f = line.split("\t");
      if (f.length == 5) {
        scores.put(f[0], new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2]),
            Double.parseDouble(f[3]), Double.parseDouble(f[4])});
      }
    }
    return scores;
  }

  private static Map<String, double[]> floors() throws IOException {
    Map<String, double[]> floors = new LinkedHashMap<>();
    for (String line : new String(Cli.resource("text-dev-floors.tsv"), UTF_8).split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      floors.put(f[0], new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
          Double.parseDouble(f[4])});
    }
    return floors;
  }
}
