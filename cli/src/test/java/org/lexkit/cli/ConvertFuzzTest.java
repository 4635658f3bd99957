package org.lexkit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexkit.akn.AknReadException;
import org.lexkit.akn.AknReader;
import org.lexkit.testing.fuzz.ByteMutations;
import org.lexkit.testing.fuzz.FuzzCampaign;
import org.lexkit.testing.fuzz.FuzzFinding;
import org.lexkit.testing.fuzz.FuzzReport;
import org.lexkit.testing.fuzz.FuzzTarget;
import org.lexkit.testing.fuzz.Mutation;
import org.lexkit.testing.fuzz.ResourceMutations;
import org.lexkit.testing.fuzz.Seed;

/**
 * Mutation fuzzing of {@code lexkit convert} as a command: the text module's {@code TextFuzzTest} fuzzes the
 * converter, this slice what the command makes of its outcome. Each case writes a mutant of a plain text (the test's
 * {@code small-act.en.txt} and, when {@code -Dlexkit.domain} finds them, the two Kazakhstan key-article texts) to a
 * file of its own folder, runs {@code convert FILE -o OUT/FILE.xml} in-process and checks:
 *
 * <ul>
 *   <li>exit code 0, every line on standard error a located warning, and the output folder holds exactly the
 *       output file, which {@link AknReader#readDocument} reads in {@code STRICT} (schema-valid and mappable); or
 *   <li>exit code 1, a {@code FILE:line:column: error: } line on standard error, and the output folder empty (no
 *       output, no temporary file);
 *   <li>in both cases the input file is unchanged. Any other exit code is a failure.
 * </ul>
 *
 * <p>Mutations are the shared {@link ByteMutations} (the text module's own mutations live in its test tree).
 * {@code -Dlexkit.fuzz.cases} and {@code -Dlexkit.fuzz.seed} change the slice; failing inputs are saved under
 * {@code target/convert-fuzz-crashes/}.
 */
class ConvertFuzzTest {
  private static final long DEFAULT_CASES = 300;
  private static final Pattern LOCATED = Pattern.compile("^.+:[1-9][0-9]*:[1-9][0-9]*: (warning|error): .+$");

  @TempDir Path dir;

  @Test
  void convert_mutatedTexts_exitZeroWithReadableOutput_orExitOneLocatedWithNothingLeft() throws IOException {
    ImmutableList.Builder<Seed> builder = ImmutableList.builder();
    builder.add(new Seed("small-act.en.txt", Cli.resource("small-act.en.txt")));
    for (String name : List.of("kz/constitution-1995-key-articles.en.txt", "kz/constitution-2026-key-articles.txt")) {
      Optional<Path> text = Cli.domainFile(name);
      if (text.isPresent()) {
        builder.add(Seed.of(text.get(), name));
      }
    }
    ImmutableList<Seed> seeds = builder.build();
    long cases = Long.getLong("lexkit.fuzz.cases", DEFAULT_CASES);

    FuzzReport report = FuzzCampaign.of(seeds, ImmutableList.<Mutation>builder().addAll(ByteMutations.all(seeds))
        .addAll(ResourceMutations.all()).build(), new ConvertTarget(dir))
        .withCases(cases)
        .withSeed(Long.getLong("lexkit.fuzz.seed", 20261128))
        .withThreads(Math.min(2, Runtime.getRuntime().availableProcessors()))
        .withMaxMutations(3)
        .withCrashDirectory(Path.of("target", "convert-fuzz-crashes"), ".txt")
        .run();
    System.out.println("seeds: " + seeds + "\n" + report.summary());

    assertThat(report.failures()).as(report.summary()).isEmpty();
    assertThat(report.cases()).as("every case ran").isEqualTo(cases);
    // Both sides of the oracle, or it proves nothing.
    assertThat(report.outcomes()).as(report.summary()).containsKeys("exit-0", "exit-1");
  }

  /** Runs the command on one mutant in a folder of its own; see the class comment for what it checks. */
  private static final class ConvertTarget implements FuzzTarget {
    private final Path root;
    private final AtomicLong runs = new AtomicLong();

    ConvertTarget(Path root) {
      this.root = root;
    }

    @Override
    public List<String> run(byte[] input, String name) throws IOException {
      Path folder = root.resolve("run-" + runs.incrementAndGet());
      Path in = Files.createDirectories(folder.resolve("in")).resolve(name);
      Path outFolder = Files.createDirectories(folder.resolve("out"));
      Path out = outFolder.resolve(ConvertCommand.rename(name));
      Files.write(in, input);

      Cli.Result run = Cli.run("convert", in.toString(), "-o", out.toString());

      if (!Arrays.equals(Files.readAllBytes(in), input)) {
        throw new FuzzFinding("input-modified", "convert changed its input", null);
      }
      List<String> left = Cli.filesBelow(outFolder);
      List<String> err = run.errLines();
      String outcome;
      if (run.exitCode() == 0) {
        if (!left.equals(List.of(out.getFileName().toString()))) {
          throw new FuzzFinding("exit-0-output-folder", "expected only " + out.getFileName() + ", found " + left,
              null);
        }
        try {
          AknReader.create().readDocument(new ByteArrayInputStream(Files.readAllBytes(out)), out.toString());
        } catch (AknReadException e) {
          throw new FuzzFinding("exit-0-output-unreadable", e.getMessage(), e);
        }
        outcome = "exit-0";
      } else if (run.exitCode() == 1) {
        if (err.stream().noneMatch(line -> line.startsWith(in + ":") && LOCATED.matcher(line).matches()
            && line.contains(": error: "))) {
          throw new FuzzFinding("exit-1-unlocated", "no '" + in + ":line:column: error:' line in: " + run.err(),
              null);
        }
        if (!left.isEmpty()) {
          throw new FuzzFinding("exit-1-left-files", "the output folder holds " + left, null);
        }
        outcome = "exit-1";
      } else {
        throw new FuzzFinding("exit-" + run.exitCode(), run.toString(), null);
      }
      if (!err.stream().allMatch(line -> LOCATED.matcher(line).matches())) {
        throw new FuzzFinding("unlocated-message", run.err(), null);
      }
      if (run.out().length != 0) {
        throw new FuzzFinding("stdout-not-empty", new String(run.out(), UTF_8), null);
      }
      deleteRecursively(folder);
      return List.of(outcome);
    }

    private static void deleteRecursively(Path folder) throws IOException {
      try (var files = Files.walk(folder)) {
        for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }
}
