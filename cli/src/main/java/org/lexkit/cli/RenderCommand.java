package org.lexkit.cli;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
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
          + " back, a self-contained HTML page (inline CSS, no script; a table of contents, and each provision's id"
          + " is its eId, for links), or JSON.",
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
    HTML,
    JSON;

    String extension() {
      return "." + name().toLowerCase(Locale.ROOT).replace("text", "txt");
    }

    String render(LegalDocument document, TextRenderer text) {
      return switch (this) {
        case TEXT -> text.render(document);
        case HTML -> HtmlPage.render(document);
        case JSON -> DocumentJson.render(document);
      };
    }
  }

  @Parameters(arity = "1..*", paramLabel = "DOCUMENT",
      description = "Akoma Ntoso files, directories (every *.xml below them) or globs; '-' reads standard input.")
  List<String> inputs = List.of();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "text, html or json (the model, as 'lexkit export' writes it; default: ${DEFAULT-VALUE}).")
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
    TextRenderer renderer = TextRenderer.create();
    return eachDocument(inputs, output, format.extension(), validation, batch, "rendered",
        document -> format.render(document, renderer));
  }
}
