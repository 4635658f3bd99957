package org.lexkit.cli;

import com.google.common.collect.ImmutableList;
import java.io.InputStream;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.lexkit.akn.AknDocument;
import org.lexkit.akn.AknReader;
import org.lexkit.akn.AknWriter;
import org.lexkit.akn.ValidationMode;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lexkit fmt}: reads any Akoma Ntoso document through the lossless layer and writes it back canonically
 * indented; the output is XML-equivalent to the input (elements, attributes, text, comments and processing
 * instructions kept; only whitespace between elements of element-only content, namespace prefixes and attribute
 * order may change).
 */
@Command(
    name = "fmt",
    mixinStandardHelpOptions = true,
    versionProvider = Lexkit.Version.class,
    description = {
      "Format Akoma Ntoso documents: read them losslessly and write them back canonically indented. The output is"
          + " XML-equivalent to the input: comments, processing instructions and mixed-content whitespace are kept.",
      "The input is not validated unless --strict or --lenient asks for it."
    },
    sortOptions = false,
    footerHeading = "%nExamples:%n",
    footer = {
      "  lexkit fmt act.xml -o act.formatted.xml",
      "  lexkit fmt corpus/ -o formatted/ --indent 4",
      "  lexkit fmt - < act.xml > act.formatted.xml",
    })
final class FmtCommand extends LexkitCommand {
  private static final UnaryOperator<String> SAME_NAME = UnaryOperator.identity();

  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "XML files, directories (every *.xml below them) or globs; '-' reads standard input.")
  List<String> inputs = List.of();

  @Option(names = {"-o", "--output"}, paramLabel = "OUTPUT",
      description = "The output file (default: standard output), or for several inputs a directory that receives"
          + " each at its path below the directory or glob it was found in. Never an input.")
  @Nullable String output;

  @Option(names = "--indent", paramLabel = "N",
      description = "Spaces per level, 0 to 16; 0 adds no whitespace (default: ${DEFAULT-VALUE}).")
  int indent = 2;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  @Nullable ValidationOptions validation;

  @Mixin BatchOptions batch = new BatchOptions();

  @Override
  int execute() {
    if (indent < 0 || indent > 16) {
      throw new UsageException("--indent must be 0 to 16: " + indent);
    }
    ImmutableList<Input> files = Inputs.expand(inputs, ".xml");
    Targets targets = targets(files, output, SAME_NAME);
    AknReader reader = AknReader.create().withValidation(ValidationOptions.mode(validation, ValidationMode.NONE));
    AknWriter writer = AknWriter.create().withIndent(indent);
    return new Batch(terminal(), batch, "fmt", "formatted").run(files, (input, index) -> {
      AknDocument document;
      try (InputStream in = input.open(terminal())) {
        document = reader.read(in, input.name());
      }
      WarningLines lines = batch.warnings().collector();
      lines.problems(document.problems());
      return targets.write(input, SAME_NAME, Outcome.ok(lines.toString(), lines.count()),
          out -> writer.write(document, out));
    }, Batch.Summary.WHEN_SEVERAL);
  }
}
