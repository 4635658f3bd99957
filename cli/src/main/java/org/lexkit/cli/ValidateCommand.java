package org.lexkit.cli;

import com.google.common.collect.ImmutableList;
import java.io.InputStream;
import java.util.List;
import org.lexkit.akn.AknDocument;
import org.lexkit.akn.AknReader;
import org.lexkit.akn.ValidationMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lexkit validate}: checks Akoma Ntoso documents against the official schema and lexkit's reading rules,
 * printing every problem with its location; exit 1 when any document has an error.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = Lexkit.Version.class,
    description = {
      "Check Akoma Ntoso 3.0 documents: well-formed, safe (no DOCTYPE), in the AKN namespace, valid against the"
          + " official OASIS schema, eIds unique. Every problem is printed as file:line:col: error|warning: message.",
      "Exit code 1 when a document has an error; warnings alone (eId syntax, dangling references) keep 0."
    },
    sortOptions = false,
    footerHeading = "%nExamples:%n",
    footer = {
      "  lexkit validate constitution.xml",
      "  lexkit validate corpus/ --lenient           # every *.xml below corpus/",
      "  curl -s https://example.org/act.xml | lexkit validate -",
    })
final class ValidateCommand extends LexkitCommand {
  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "XML files, directories (every *.xml below them) or globs; '-' reads standard input.")
  List<String> files = List.of();

  @Option(names = "--strict", description = "The official OASIS schema's verdict, exactly (the default).")
  boolean strict;

  @Option(names = "--lenient",
      description = "Accept as warnings the deviations real publishers make most: year-only FRBR dates, eIds"
          + " repeated between a document and its attachments.")
  boolean lenient;

  @Option(names = "--max-problems", paramLabel = "N",
      description = "Stop reporting a document's problems after N (default: ${DEFAULT-VALUE}).")
  int maxProblems = 100;

  @Mixin BatchOptions batch = new BatchOptions();

  @Override
  int execute() {
    if (strict && lenient) {
      throw new UsageException("--strict and --lenient are mutually exclusive");
    }
    if (maxProblems < 1) {
      throw new UsageException("--max-problems must be at least 1: " + maxProblems);
    }
    ImmutableList<Input> inputs = Inputs.expand(files, ".xml");
    AknReader reader = AknReader.create()
        .withValidation(lenient ? ValidationMode.LENIENT : ValidationMode.STRICT)
        .withProblemLimit(maxProblems);
    return new Batch(terminal(), batch, "validate", "valid").run(inputs, (input, index) -> {
      AknDocument document;
      try (InputStream in = input.open(terminal())) {
        document = reader.read(in, input.name()); // the lossless layer: every element is checked
      }
      WarningLines lines = batch.warnings().collector();
      lines.problems(document.problems());
      return Outcome.ok(lines.toString(), lines.count());
    }, Batch.Summary.ALWAYS);
  }
}
