package org.lexkit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.lexkit.akn.AknReader;
import org.lexkit.akn.SourceLocation;
import org.lexkit.akn.ValidationMode;
import org.lexkit.core.document.DocumentIdentity;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.rights.RestrictionGround;
import org.lexkit.core.rights.Right;
import org.lexkit.core.rights.RightsCatalogue;
import org.lexkit.rights.extraction.Extraction;
import org.lexkit.rights.extraction.ExtractionNote;
import org.lexkit.rights.extraction.RightsExtractor;
import org.lexkit.rights.standards.Instrument;
import org.lexkit.rights.standards.RightsAnalysis;
import org.lexkit.text.Conversion;
import org.lexkit.text.TextConverter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lexkit rights}: the rights a constitution grants, who holds them, the grounds on which each may be
 * restricted, and with {@code --treaty} how those grounds compare with the treaties binding on the state
 * ({@link RightsAnalysis}). Rights whose limitation text was not understood are reported "not analysed".
 */
@Command(
    name = "rights",
    mixinStandardHelpOptions = true,
    versionProvider = Lexkit.Version.class,
    description = {
      "Extract the rights of constitutions (Akoma Ntoso *.xml, or plain text *.txt converted first): each right,"
          + " its holder, where it is stated, and the grounds on which it may be restricted.",
      "Whatever looks like a right or a limitation but is not understood is printed as a located note. With"
          + " --treaty, each right's grounds are checked against the treaties binding on the state at the date;"
          + " a right whose limitation was not understood is 'not analysed', never compliant."
    },
    sortOptions = false,
    footerHeading = "%nExamples:%n",
    footer = {
      "  lexkit rights kz-2026.xml --treaty",
      "  lexkit rights constitution-1995.ru.txt --country kz --treaty --date 2026-07-01",
      "  lexkit rights za.xml --format json -o za-rights.json",
    })
final class RightsCommand extends LexkitCommand {
  /** The output formats. */
  enum Format {
    TABLE,
    JSON,
    CSV,
    HTML;

    String extension() {
      return this == TABLE ? ".txt" : "." + name().toLowerCase(Locale.ROOT);
    }
  }

  @Parameters(arity = "1..*", paramLabel = "DOCUMENT",
      description = "Akoma Ntoso files, plain texts (*.txt), directories (every *.xml below them) or globs.")
  List<String> inputs = List.of();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "table, json, csv or html (default: ${DEFAULT-VALUE}).")
  Format format = Format.TABLE;

  @Option(names = "--treaty", description = "Check each right's grounds against the binding treaties.")
  boolean treaty;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "The date whose treaty obligations apply (default: the document's version date).")
  @Nullable LocalDate date;

  @Option(names = "--country", paramLabel = "CODE",
      description = "The state, ISO 3166-1 alpha-2, for a plain text (whose converted identity names none).")
  @Nullable String country;

  @Option(names = {"-o", "--output"}, paramLabel = "OUTPUT",
      description = "The output file (default: standard output), or for several inputs a directory.")
  @Nullable String output;

  @Mixin BatchOptions batch = new BatchOptions();

  @Override
  int execute() {
    ImmutableList<Input> files = Inputs.expand(inputs, ".xml");
    UnaryOperator<String> rename = name -> ConvertCommand.stripExtension(ConvertCommand.stripExtension(
        ConvertCommand.stripExtension(name, ".xml"), ".akn"), ".txt") + "-rights" + format.extension();
    Targets targets = targets(files, output, rename);
    AknReader reader = AknReader.create().withValidation(ValidationMode.LENIENT);
    return new Batch(terminal(), batch, "rights", "analysed").run(files, (input, index) -> {
      LegalDocument document;
      Outcome read;
      if (input.name().endsWith(".txt")) {
        TextConverter converter = TextConverter.create();
        Conversion conversion =
            converter.convert(input.readAtMost(terminal(), converter.sizeLimit() + 1), input.name());
        document = conversion.document();
        read = Outcome.ok("", conversion.warnings().size());
      } else {
        Documents.Read<LegalDocument> akn = Documents.document(reader, input, terminal());
        document = akn.value();
        read = akn.outcome();
      }
      if (country != null) {
        try {
          DocumentIdentity id = document.identity();
          document = document.withIdentity(new DocumentIdentity(country.toLowerCase(Locale.ROOT), id.type(),
              id.date(), id.name(), id.language(), id.versionDate()));
        } catch (IllegalArgumentException e) {
          throw new UsageException("--country: " + e.getMessage());
        }
      }
      LegalDocument analysed = document;
      RightsAnalysis analysis;
      try {
        analysis = RightsAnalysis.of(analysed, date != null ? date : analysed.identity().versionDate());
      } catch (IllegalArgumentException e) {
        return Outcome.failed(ExitCodes.PROBLEMS, input.name() + ": " + e.getMessage() + "\n");
      }
      String rendered = render(analysed, analysis);
      return targets.write(input, rename, read, out -> out.write(rendered.getBytes(UTF_8)));
    }, Batch.Summary.WHEN_SEVERAL);
  }

  /** A document with its extracted rights, and the notes of extraction as warning lines. */
  /**
   * Extracts the rights of {@code document} into it, for {@code lexkit convert --extract-rights}, adding what
   * extraction did not understand to {@code warnings}; a language without extraction rules leaves it as it is, with
   * one warning.
   */
  static LegalDocument annotate(LegalDocument document, String source, WarningLines warnings) {
    SourceLocation at = SourceLocation.unknownPosition(source);
    Extraction extraction;
    try {
      extraction = RightsExtractor.create().extract(document);
    } catch (IllegalArgumentException e) {
      warnings.warning(at, "rights not extracted: " + e.getMessage());
      return document;
    }
    for (ExtractionNote note : extraction.notes()) {
      warnings.warning(at, "rights: " + note.describe());
    }
    return extraction.applyTo(document);
  }

  private String render(LegalDocument document, RightsAnalysis analysis) {
    return switch (format) {
      case TABLE -> table(analysis);
      case JSON -> json(document, analysis);
      case CSV -> csv(analysis);
      case HTML -> html(document, analysis);
    };
  }

  private List<RestrictionGround> grounds(RightsAnalysis analysis, Right right) {
    return analysis.extraction().catalogue().effectiveGrounds(right.id());
  }

  private static String ground(RestrictionGround g) {
    return g.canonical().map(Object::toString).orElse("unmapped") + " '" + g.wording() + "' (" + g.source() + ")";
  }

  private static String statedIn(Right right) {
    return right.statedIn().stream().map(ProvisionId::value).collect(Collectors.joining(", "));
  }

  private String treatyLine(RightsAnalysis analysis) {
    if (!analysis.partiesKnown()) {
      return "treaties: the state's treaty status is not in the bundled standards (unknown, not 'bound by none')";
    }
    return "treaties: " + (analysis.binding().isEmpty() ? "bound by none of the bundled instruments"
        : analysis.binding().stream().map(Instrument::code).collect(Collectors.joining(", ")));
  }

  private String table(RightsAnalysis analysis) {
    StringBuilder out = new StringBuilder();
    RightsCatalogue catalogue = analysis.extraction().catalogue();
    for (Right right : catalogue.rights().values()) {
      out.append(right.id()).append("  [").append(right.holder()).append("]  ").append(statedIn(right));
      if (treaty) {
        out.append("  — ").append(analysis.verdict(right));
      }
      out.append('\n');
      for (RestrictionGround g : grounds(analysis, right)) {
        out.append("    ").append(ground(g)).append('\n');
      }
    }
    if (treaty) {
      out.append(treatyLine(analysis)).append('\n');
      analysis.report().notPermitted().forEach(f -> out.append("  ").append(f.describe()).append('\n'));
    }
    for (ExtractionNote note : analysis.extraction().notes()) {
      out.append("note: ").append(note.describe()).append('\n');
    }
    return out.toString();
  }

  private String csv(RightsAnalysis analysis) {
    StringBuilder out = new StringBuilder("right,holder,stated_in,ground,wording,source");
    out.append(treaty ? ",verdict\n" : "\n");
    for (Right right : analysis.extraction().catalogue().rights().values()) {
      List<RestrictionGround> grounds = grounds(analysis, right);
      List<List<String>> rows = new ArrayList<>();
      for (RestrictionGround g : grounds) {
        rows.add(List.of(g.canonical().map(Object::toString).orElse(""), g.wording(), g.source().value()));
      }
      if (rows.isEmpty()) {
        rows.add(List.of("", "", ""));
      }
      for (List<String> row : rows) {
        List<String> cells = new ArrayList<>(List.of(right.id().value(), right.holder().toString(), statedIn(right)));
        cells.addAll(row);
        if (treaty) {
          cells.add(analysis.verdict(right));
        }
        out.append(cells.stream().map(RightsCommand::csvCell).collect(Collectors.joining(","))).append('\n');
      }
    }
    return out.toString();
  }

  private static String csvCell(String cell) {
    return cell.matches("[^\",\\n\\r]*") ? cell : "\"" + cell.replace("\"", "\"\"") + "\"";
  }

  private String json(LegalDocument document, RightsAnalysis analysis) {
    // One shape for every document, described by schema/rights.schema.json in the jar.
    Json json = new Json().beginObject().member("format", "lexkit-rights").member("version", 1)
        .member("document", document.identity().toString());
    json.name("rights").beginArray();
    for (Right right : analysis.extraction().catalogue().rights().values()) {
      json.beginObject().member("id", right.id().value()).member("name", right.name())
          .member("holder", right.holder().toString());
      right.topic().ifPresent(t -> json.member("topic", t));
      json.name("statedIn").beginArray();
      right.statedIn().forEach(p -> json.value(p.value()));
      json.endArray().name("grounds").beginArray();
      for (RestrictionGround g : grounds(analysis, right)) {
        json.beginObject().member("wording", g.wording()).member("source", g.source().value());
        g.canonical().ifPresent(c -> json.member("canonical", c.code()));
        json.endObject();
      }
      json.endArray();
      json.name("analysed").value(!analysis.notAnalysed().contains(right.id()));
      if (treaty) {
        json.member("verdict", analysis.verdict(right));
      }
      json.endObject();
    }
    json.endArray();
    if (treaty) {
      json.name("partiesKnown").value(analysis.partiesKnown());
      json.name("binding").beginArray();
      analysis.binding().forEach(i -> json.value(i.code()));
      json.endArray();
      json.name("notPermitted").beginArray();
      analysis.report().notPermitted().forEach(f -> json.value(f.describe()));
      json.endArray();
    }
    json.name("notes").beginArray();
    for (ExtractionNote note : analysis.extraction().notes()) {
      json.beginObject().member("kind", note.kind().name()).member("provision", note.provision().value())
          .member("text", note.text()).member("detail", note.detail()).endObject();
    }
    return json.endArray().endObject() + "\n";
  }

  private String html(LegalDocument document, RightsAnalysis analysis) {
    StringBuilder html = new StringBuilder();
    Html.open(html, document.identity().language(), "Rights: " + document.title());
    html.append("<h1>").append(Html.escape(document.title())).append("</h1>\n<table>\n<thead><tr><th>right</th>"
        + "<th>holder</th><th>stated in</th><th>grounds</th>").append(treaty ? "<th>treaties</th>" : "")
        .append("</tr></thead>\n<tbody>\n");
    for (Right right : analysis.extraction().catalogue().rights().values()) {
      html.append("<tr><td>").append(Html.escape(right.id().value())).append("</td><td>")
          .append(Html.escape(right.holder().toString())).append("</td><td>")
          .append(Html.escape(statedIn(right))).append("</td><td>");
      for (RestrictionGround g : grounds(analysis, right)) {
        html.append(Html.escape(ground(g))).append("<br>");
      }
      html.append("</td>");
      if (treaty) {
        html.append("<td>").append(Html.escape(analysis.verdict(right))).append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n");
    if (treaty) {
      html.append("<p>").append(Html.escape(treatyLine(analysis))).append("</p>\n");
    }
    html.append("<h2>Notes</h2>\n<ul>\n");
    analysis.extraction().notes().forEach(n -> html.append("<li>").append(Html.escape(n.describe())).append("</li>\n"));
    html.append("</ul>\n");
    Html.close(html);
    return html.toString();
  }
}
