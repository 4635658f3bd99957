package org.lexkit.cli;

import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lexkit export}: the model of a document for other programs ({@link DocumentJson}): identity, provisions,
 * rights, life cycle. One stable shape, described by the JSON Schema shipped in the jar.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = Lexkit.Version.class,
    description = {
      "Export the model of Akoma Ntoso documents as JSON: identity, title, preamble, the provision tree with eIds,"
          + " the rights catalogue and the life cycle (JSON Schema: org/lexkit/cli/schema/document.schema.json in"
          + " the jar)."
    },
    sortOptions = false,
    footerHeading = "%nExamples:%n",
    footer = {
      "  lexkit export kz.xml --format json -o kz.json",
      "  lexkit export akn/ --format json -o json/     # akn/**.xml to json/**.json",
    })
final class ExportCommand extends LexkitCommand {
  /** The export formats. */
  enum Format {
    JSON
  }

  @Parameters(arity = "1..*", paramLabel = "DOCUMENT",
      description = "Akoma Ntoso files, directories (every *.xml below them) or globs; '-' reads standard input.")
  List<String> inputs = List.of();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "json (default: ${DEFAULT-VALUE}).")
  Format format = Format.JSON;

  @Option(names = {"-o", "--output"}, paramLabel = "OUTPUT",
      description = "The output file (default: standard output), or for several inputs a directory: each *.xml"
          + " becomes *.json at its path below the directory or glob it was found in.")
  @Nullable String output;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  @Nullable ValidationOptions validation;

  @Mixin BatchOptions batch = new BatchOptions();

  @Override
  int execute() {
    return eachDocument(inputs, output, ".json", validation, batch, "exported", DocumentJson::render);
  }
}
