package org.lexkit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.lexkit.akn.AknReader;
import org.lexkit.akn.AknWriter;
import org.lexkit.akn.AmendingAct;
import org.lexkit.akn.SourceLocation;
import org.lexkit.akn.ValidationMode;
import org.lexkit.core.amendment.Amendment;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.document.LifecycleEvent;
import org.lexkit.core.history.History;
import org.lexkit.text.TextRenderer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lexkit at}: a document as it stood on a date ({@link History#asOf}): the document with every amending act
 * given that takes effect on or before the date applied, in order of effect. A date before the document's own
 * version cannot be reached without the acts that made it, so that is an error naming the life-cycle events in
 * between; an act given for a later date is left out and listed.
 */
@Command(
    name = "at",
    mixinStandardHelpOptions = true,
    versionProvider = Lexkit.Version.class,
    description = {
      "The version of a document in force on a date: the document, with the amending acts given that take effect on"
          + " or before that date applied in order (acts for later dates are listed and left out).",
      "Written as Akoma Ntoso (default), text, HTML or JSON."
    },
    sortOptions = false,
    footerHeading = "%nExamples:%n",
    footer = {
      "  lexkit at kz-1995.xml --date 2026-02-01 kz-proposal-act.xml -o kz-2026-02-01.xml",
      "  lexkit at kz.xml --date 2020-01-01 --format html -o kz-2020.html",
    })
final class AtCommand extends LexkitCommand {
  /** The output formats. */
  enum Format {
    XML,
    TEXT,
    HTML,
    JSON
  }

  @Parameters(index = "0", paramLabel = "DOCUMENT", description = "The document (an Akoma Ntoso file).")
  String document = "";

  @Parameters(index = "1..*", paramLabel = "AMENDMENT", description = "Amending acts (Akoma Ntoso), any order.")
  List<String> amendments = List.of();

  @Option(names = {"-d", "--date"}, paramLabel = "DATE", required = true,
      description = "The day, as YYYY-MM-DD.")
  String date = "";

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "xml, text, html or json (default: ${DEFAULT-VALUE}).")
  Format format = Format.XML;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the version to FILE (default: standard output). Never an input.")
  @Nullable String output;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  @Nullable ValidationOptions validation;

  @Override
  int execute() {
    LocalDate day;
    try {
      day = LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new UsageException("--date '" + date + "' is not a date (expected YYYY-MM-DD, e.g. 2026-07-01)");
    }
    ImmutableList<Input> documents = Inputs.expand(List.of(document), ".xml");
    if (documents.size() != 1) {
      throw new UsageException("at takes one DOCUMENT; " + document + " names " + documents.size() + " files");
    }
    ImmutableList<Input> acts = Inputs.expand(amendments, ".xml");
    List<Input> all = new ArrayList<>(documents);
    all.addAll(acts);
    if (all.stream().filter(Input::isStdin).count() > 1) {
      throw new UsageException("standard input ('-') can be read only once");
    }
    if (!isStdout(output)) {
      Outputs.checkNotAnInput(Path.of(output), all);
    }
    AknReader reader = AknReader.create().withValidation(ValidationOptions.mode(validation, ValidationMode.STRICT));
    Input input = documents.get(0);
    List<byte[]> result = new ArrayList<>(1);
    Outcome outcome = Failures.run(input.name(), () -> {
      Documents.Read<LegalDocument> read = Documents.document(reader, input, terminal());
      StringBuilder warnings = new StringBuilder(read.warnings());
      List<Amendment> given = new ArrayList<>();
      for (Input act : acts) {
        Documents.Read<AmendingAct> amendment = Documents.amendment(reader, act, terminal());
        warnings.append(amendment.warnings());
        given.add(amendment.value().amendment());
      }
      LegalDocument original = read.value();
      Optional<LegalDocument> version = History.of(original, given).asOf(day);
      if (version.isEmpty()) {
        return Outcome.failed(ExitCodes.PROBLEMS, warnings + Failures.error(
            SourceLocation.unknownPosition(input.name()), "no version in force on " + day + ": this document is"
                + " the version of " + original.identity().versionDate() + since(original, day)
                + ", and an earlier version cannot be made without the acts that changed it"));
      }
      for (Amendment amendment : given) {
        amendment.effectiveDate().filter(effective -> effective.isAfter(day)).ifPresent(effective ->
            warnings.append(Failures.warning(SourceLocation.unknownPosition(input.name()), "amendment "
                + amendment.id() + " takes effect on " + effective + ", after " + day + "; not applied")));
      }
      result.add(render(version.get()));
      return Outcome.ok(warnings.toString(), 1);
    });
    spec.commandLine().getErr().print(outcome.stderr());
    spec.commandLine().getErr().flush();
    if (outcome.exitCode() != ExitCodes.OK) {
      return outcome.exitCode();
    }
    return writeReport(output, result.get(0));
  }

  /** The life-cycle events between the date asked for and the document's version, for the error. */
  private static String since(LegalDocument document, LocalDate day) {
    List<LifecycleEvent> between = document.lifecycle().stream()
        .filter(e -> e.date().isAfter(day) && !e.date().isAfter(document.identity().versionDate())).toList();
    return between.isEmpty() ? "" : " (its life cycle records " + between.stream()
        .map(e -> e.type().name().toLowerCase(Locale.ROOT) + " on " + e.date() + e.source().map(s -> " by " + s)
            .orElse("")).collect(Collectors.joining(", ")) + " after " + day + ")";
  }

  private byte[] render(LegalDocument version) {
    return switch (format) {
      case XML -> AknWriter.create().writeToBytes(version);
      case TEXT -> TextRenderer.create().render(version).getBytes(UTF_8);
      case HTML -> HtmlPage.render(version).getBytes(UTF_8);
      case JSON -> DocumentJson.render(version).getBytes(UTF_8);
    };
  }
}
