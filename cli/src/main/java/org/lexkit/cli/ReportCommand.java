package org.lexkit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lexkit.akn.AknReader;
import org.lexkit.akn.SourceLocation;
import org.lexkit.akn.ValidationMode;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.rights.extraction.Extraction;
import org.lexkit.rights.extraction.RightsExtractor;
import org.lexkit.rights.standards.Standards;
import org.lexkit.rights.standards.StandardsCheck;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lexkit report}: the rights of several versions of a constitution side by side, as one HTML page
 * ({@link RightsReport}). A version without a rights encoding has its rights extracted from its text first; the
 * grounds are checked against the treaties the state is bound by on the date of the latest version.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = Lexkit.Version.class,
    description = {
      "Compare the rights of versions of a constitution on one page: for each right (matched across renumbered"
          + " articles), where it is stated, the grounds on which it may be restricted, the grounds gained and lost"
          + " since the first version, and the grounds a binding treaty does not permit.",
      "Versions without a rights encoding have their rights extracted from the text (a warning says so)."
    },
    sortOptions = false,
    footerHeading = "%nExamples:%n",
    footer = {
      "  lexkit report kz-1995.xml kz-2026.xml -o rights.html",
      "  lexkit report kz-1995.xml kz-proposal.xml kz-2026.xml > rights.html",
    })
final class ReportCommand extends LexkitCommand {
  @Parameters(arity = "1..*", paramLabel = "VERSION",
      description = "Akoma Ntoso files, oldest first; the first is the baseline.")
  List<String> inputs = List.of();

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the page to FILE (default: standard output). Never an input.")
  @Nullable String output;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  @Nullable ValidationOptions validation;

  @Override
  int execute() {
    ImmutableList<Input> files = Inputs.expand(inputs, ".xml");
    if (files.stream().filter(Input::isStdin).count() > 1) {
      throw new UsageException("standard input ('-') can be read only once");
    }
    if (!isStdout(output)) {
      Outputs.checkNotAnInput(Path.of(output), files);
    }
    AknReader reader = AknReader.create().withValidation(ValidationOptions.mode(validation, ValidationMode.STRICT));
    PrintWriter err = spec.commandLine().getErr();
    List<RightsReport.Version> versions = new ArrayList<>();
    int exit = ExitCodes.OK;
    for (Input input : files) {
      List<LegalDocument> read = new ArrayList<>(1);
      Outcome outcome = Failures.run(input.name(), () -> {
        Documents.Read<LegalDocument> document = Documents.document(reader, input, terminal());
        read.add(document.value());
        return document.outcome();
      });
      err.print(outcome.stderr());
      if (outcome.exitCode() != ExitCodes.OK) {
        exit = Math.max(exit, outcome.exitCode());
        continue;
      }
      LegalDocument document = read.get(0);
      if (document.rights().rights().isEmpty()) {
        Extraction extraction = RightsExtractor.create().extract(document);
        document = extraction.applyTo(document);
        err.println(Failures.warning(SourceLocation.unknownPosition(input.name()), "no rights encoding; "
            + document.rights().rights().size() + " right(s) extracted from the text ("
            + extraction.notes().size() + " note(s) to review)"));
      }
      versions.add(new RightsReport.Version(input.name(), document));
    }
    err.flush();
    if (exit != ExitCodes.OK) {
      return exit;
    }
    LegalDocument latest = versions.stream().map(RightsReport.Version::document)
        .max(Comparator.comparing((LegalDocument d) -> d.identity().versionDate())).orElseThrow();
    LocalDate date = latest.identity().versionDate();
    String country = latest.identity().country();
    Optional<StandardsCheck> binding = Standards.standard().bindingOn(country, date).isEmpty() ? Optional.empty()
        : Optional.of(StandardsCheck.bindingOn(Standards.standard(), country, date));
    if (binding.isEmpty()) {
      err.println(Failures.warning(SourceLocation.unknownPosition(files.get(files.size() - 1).name()),
          "'" + country + "' is bound by none of the treaties lexkit knows on " + date
              + "; the grounds are not checked against any"));
      err.flush();
    }
    return writeReport(output, RightsReport.render(versions, binding).getBytes(UTF_8));
  }
}
