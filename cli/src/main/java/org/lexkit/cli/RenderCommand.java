package org.lexkit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.lexkit.akn.AknReader;
import org.lexkit.akn.ValidationMode;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.text.TextRenderer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lexkit render}: a document for people: plain text in the layout {@code lexkit convert} reads back
 * ({@link TextRenderer}), or one self-contained HTML page.
 */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    versionProvider = Lexkit.Version.class,
    description = {
      "Render Akoma Ntoso documents for reading: plain text in the canonical layout that 'lexkit convert' reads"
          + " back, or a self-contained HTML page (inline CSS; each provision's id is its eId, for links).",
      "Content the model does not represent is reported as a warning, not dropped silently."
    },
    sortOptions = false,
    footerHeading = "%nExamples:%n",
    footer = {
      "  lexkit render kz.xml --format html -o kz.html",
      "  lexkit render kz.xml                         # plain text on standard output",
      "  lexkit render akn/ --format html -o site/    # akn/**.xml to site/**.html",
    })
final class RenderCommand extends LexkitCommand {
  /** The output formats. */
  enum Format {
    TEXT,
    HTML;

    String extension() {
      return "." + name().toLowerCase(Locale.ROOT).replace("text", "txt");
    }
  }

  @Parameters(arity = "1..*", paramLabel = "DOCUMENT",
      description = "Akoma Ntoso files, directories (every *.xml below them) or globs; '-' reads standard input.")
  List<String> inputs = List.of();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "text or html (default: ${DEFAULT-VALUE}).")
  Format format = Format.TEXT;

  @Option(names = {"-o", "--output"}, paramLabel = "OUTPUT",
      description = "The output file (default: standard output), or for several inputs a directory: each *.xml"
          + " becomes *.txt or *.html at its path below the directory or glob it was found in.")
  @Nullable String output;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  @Nullable ValidationOptions validation;

  @Mixin BatchOptions batch = new BatchOptions();

  @Override
  int execute() {
    ImmutableList<Input> files = Inputs.expand(inputs, ".xml");
    UnaryOperator<String> rename = name -> ConvertCommand.stripExtension(
        ConvertCommand.stripExtension(name, ".xml"), ".akn") + format.extension();
    Targets targets = targets(files, output, rename);
    AknReader reader = AknReader.create().withValidation(ValidationOptions.mode(validation, ValidationMode.STRICT));
    TextRenderer renderer = TextRenderer.create();
    return new Batch(terminal(), batch, "render", "rendered").run(files, (input, index) -> {
      Documents.Read<LegalDocument> read = Documents.document(reader, input, terminal(), batch.warnings());
      String rendered = format == Format.HTML ? HtmlPage.render(read.value()) : renderer.render(read.value());
      return targets.write(input, rename, read.outcome(), out -> out.write(rendered.getBytes(UTF_8)));
    }, Batch.Summary.WHEN_SEVERAL);
  }
}
