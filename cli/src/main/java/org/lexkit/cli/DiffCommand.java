package org.lexkit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lexkit.akn.AknReader;
import org.lexkit.akn.SourceLocation;
import org.lexkit.akn.ValidationMode;
import org.lexkit.core.document.LegalDocument;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lexkit diff}: what changed between two versions of a document: provisions added, removed, changed and
 * renumbered; for each right, restriction grounds gained and lost and a changed holder; the grounds of the general
 * limitation clauses. Two directories compare their files pairwise, by path.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = Lexkit.Version.class,
    description = {
      "Compare two versions of an Akoma Ntoso document: provisions added, removed, changed and renumbered; for each"
          + " right, restriction grounds gained and lost, and a changed holder; general limitation grounds.",
      "Given two directories, compares the files with the same path below both (in parallel); a file found in only"
          + " one of them is a warning. The exit code is 0 whether or not there are changes, unless --exit-code."
    },
    sortOptions = false,
    footerHeading = "%nExamples:%n",
    footer = {
      "  lexkit diff kz-1995.xml kz-2026.xml",
      "  lexkit diff kz-1995.xml kz-2026.xml --format html -o changes.html",
      "  lexkit diff old/ new/ --format json > changes.json",
    })
final class DiffCommand extends LexkitCommand {
  @Parameters(index = "0", paramLabel = "OLD", description = "The earlier version (a file, or a directory).")
  String oldPath = "";

  @Parameters(index = "1", paramLabel = "NEW", description = "The later version (a file, or a directory).")
  String newPath = "";

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "text, html or json (default: ${DEFAULT-VALUE}).")
  DiffReport.Format format = DiffReport.Format.TEXT;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report to FILE (default: standard output). Never an input.")
  @Nullable String output;

  @Option(names = "--exit-code", description = "Exit with 1 when the versions differ (like git diff --exit-code).")
  boolean exitCode;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  @Nullable ValidationOptions validation;

  @Mixin BatchOptions batch = new BatchOptions();

  @Override
  int execute() {
    List<String> unmatched = new ArrayList<>();
    ImmutableList<Input[]> pairs = pairs(unmatched);
    List<Input> all = new ArrayList<>();
    pairs.forEach(pair -> all.add(pair[0]));
    pairs.forEach(pair -> all.add(pair[1]));
    if (all.stream().filter(Input::isStdin).count() > 1) {
      throw new UsageException("standard input ('-') can be read only once");
    }
    if (!isStdout(output)) {
      Outputs.checkNotAnInput(Path.of(output), all);
    }
    ValidationMode mode = ValidationOptions.mode(validation, ValidationMode.STRICT);
    // As apply does: unvalidated, documents in another AKN namespace (LegalDocML.de) are read as AKN 3.0.
    AknReader reader = AknReader.create().withValidation(mode).withNamespaceMigration(mode == ValidationMode.NONE);
    PrintWriter err = spec.commandLine().getErr();
    if (!batch.quiet) {
      unmatched.forEach(err::print);
      err.flush();
    }

    DiffReport.Pair[] compared = new DiffReport.Pair[pairs.size()];
    ImmutableList<Input> jobs = pairs.stream().map(pair -> pair[1]).collect(ImmutableList.toImmutableList());
    int exit = new Batch(terminal(), batch, "diff", "compared").run(jobs, (input, index) -> {
      Input before = pairs.get(index)[0];
      Documents.Read<LegalDocument> old = Documents.document(reader, before, terminal());
      Documents.Read<LegalDocument> fresh = Documents.document(reader, input, terminal());
      compared[index] = new DiffReport.Pair(before.name(), input.name(), old.value(), fresh.value());
      return Outcome.ok(old.warnings() + fresh.warnings(), old.count() + fresh.count());
    }, Batch.Summary.WHEN_SEVERAL);
    if (exit != ExitCodes.OK) {
      return exit;
    }
    List<DiffReport.Pair> report = List.of(compared);
    int written = writeReport(output, DiffReport.render(format, report).getBytes(UTF_8));
    if (written != ExitCodes.OK) {
      return written;
    }
    boolean differ = report.stream().anyMatch(pair -> !pair.comparison().isEmpty());
    return exitCode && differ ? ExitCodes.PROBLEMS : ExitCodes.OK;
  }

  /** The pairs to compare: the two files, or the files with the same path below two directories. */
  private ImmutableList<Input[]> pairs(List<String> unmatched) {
    Path oldDir = Path.of(oldPath);
    Path newDir = Path.of(newPath);
    boolean oldIsDir = !oldPath.equals("-") && Files.isDirectory(oldDir);
    boolean newIsDir = !newPath.equals("-") && Files.isDirectory(newDir);
    if (oldIsDir != newIsDir) {
      throw new UsageException("compare a file with a file, or a directory with a directory: " + oldPath + " and "
          + newPath + " are not both of one kind");
    }
    if (!oldIsDir) {
      ImmutableList<Input> old = Inputs.expand(List.of(oldPath), ".xml");
      ImmutableList<Input> fresh = Inputs.expand(List.of(newPath), ".xml");
      if (old.size() != 1 || fresh.size() != 1) {
        throw new UsageException("diff compares one file with one file, or two directories");
      }
      return ImmutableList.<Input[]>of(new Input[] {old.get(0), fresh.get(0)});
    }
    Map<Path, Input> olds = new LinkedHashMap<>();
    Inputs.expand(List.of(oldPath), ".xml").forEach(input -> olds.put(input.relative(), input));
    Map<Path, Input> news = new LinkedHashMap<>();
    Inputs.expand(List.of(newPath), ".xml").forEach(input -> news.put(input.relative(), input));
    ImmutableList.Builder<Input[]> pairs = ImmutableList.builder();
    olds.forEach((relative, input) -> {
      Input counterpart = news.get(relative);
      if (counterpart == null) {
        unmatched.add(Failures.warning(SourceLocation.unknownPosition(input.name()),
            "no counterpart in " + newPath + "; not compared"));
      } else {
        pairs.add(new Input[] {input, counterpart});
      }
    });
    news.forEach((relative, input) -> {
      if (!olds.containsKey(relative)) {
        unmatched.add(Failures.warning(SourceLocation.unknownPosition(input.name()),
            "no counterpart in " + oldPath + "; not compared"));
      }
    });
    ImmutableList<Input[]> result = pairs.build();
    if (result.isEmpty()) {
      throw new UsageException(oldPath + " and " + newPath + " have no file path in common");
    }
    return result;
  }
}
