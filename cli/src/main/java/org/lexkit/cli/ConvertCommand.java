package org.lexkit.cli;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.lexkit.akn.AknReader;
import org.lexkit.akn.AknWriter;
import org.lexkit.akn.SourceLocation;
import org.lexkit.core.document.DocumentIdentity;
import org.lexkit.core.document.DocumentType;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.text.Conversion;
import org.lexkit.text.HeadingProfile;
import org.lexkit.text.TextConverter;
import org.lexkit.text.TextWarning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lexkit convert}: plain legal text to Akoma Ntoso 3.0. The converter's warnings (every guess, every line
 * removed) are printed as {@code file:line:col: warning: ...}.
 *
 * <p>Start-up matters here (a one-second budget for a constitution): this path writes with the streaming model
 * writer and never loads JAXB or compiles the schema, unless {@code --validate} asks for the schema.
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    versionProvider = Lexkit.Version.class,
    description = {
      "Convert plain legal text (an official text, a PDF extract) to Akoma Ntoso 3.0 XML.",
      "Warnings about every guess and every removed line (page numbers, running headers) are printed as"
          + " file:line:col: warning: message; they do not change the exit code."
    },
    sortOptions = false,
    footerHeading = "%nExamples:%n",
    footer = {
      "  lexkit convert constitution-1995.ru.txt -o kz.xml --lang rus \\",
      "      --country kz --date 1995-08-30 --name constitution --type constitution",
      "  lexkit convert texts/ -o akn/ --charset windows-1251   # every *.txt in texts/",
      "  cat act.txt | lexkit convert - > act.xml",
    })
final class ConvertCommand extends LexkitCommand {
  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "Text files, directories (every *.txt below them) or globs; '-' reads standard input.")
  List<String> inputs = List.of();

  @Option(names = {"-o", "--output"}, paramLabel = "OUTPUT",
      description = "The XML file (default: standard output), or for several inputs a directory: each input's"
          + " *.txt becomes *.xml at its path below the directory or glob it was found in.")
  @Nullable String output;

  @Option(names = "--lang", paramLabel = "LANG",
      description = "The text's language (ISO 639-2), which picks the headings to read: rus, kaz, eng, deu, fra,"
          + " ita, spa, por, pol, ukr, ell, nld or cym (default: detected from the text, with a warning saying why;"
          + " a given language that fits the text worse than another gets a warning naming the better one).")
  @Nullable String language;

  @Option(names = "--country", paramLabel = "CODE", description = "The country, ISO 3166-1 alpha-2 (e.g. kz).")
  @Nullable String country;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date of the work (adoption).")
  @Nullable LocalDate date;

  @Option(names = "--version-date", paramLabel = "YYYY-MM-DD",
      description = "The date of the version the text is (the expression date), e.g. of a consolidation;"
          + " not before --date (default: --date).")
  @Nullable LocalDate versionDate;

  @Option(names = "--title", paramLabel = "TITLE",
      description = "The document's title, instead of the one read from the text (its first line).")
  @Nullable String title;

  @Option(names = "--name", paramLabel = "NAME",
      description = "The work's name in its IRI (default: from the file name, as constitution-1995-ru for constitution-1995.ru.txt).")
  @Nullable String name;

  @Option(names = "--type", paramLabel = "TYPE",
      description = "The kind of document: constitution, act, code, decree, regulation, bill or other"
          + " (default: act).")
  @Nullable DocumentType type;

  @Option(names = "--charset", paramLabel = "CHARSET",
      description = "The text's encoding (default: UTF-8, strictly), e.g. windows-1251.")
  @Nullable Charset charset;

  @Option(names = "--validate",
      description = "Check the XML against the Akoma Ntoso schema before writing it (slower start: the schema is"
          + " compiled).")
  boolean validate;

  @Option(names = "--extract-rights",
      description = "Extract the rights and their restriction grounds (as 'lexkit rights' does) into the written"
          + " document; what extraction does not understand is printed as a warning.")
  boolean extractRights;

  @Option(names = "--max-size", paramLabel = "SIZE",
      description = "Refuse an input larger than SIZE bytes (suffix K, M or G: 20M), read no further than that"
          + " (default: 1 byte per 64 of the JVM's heap, at most 256M).")
  @Nullable String maxSize;

  @Mixin BatchOptions batch = new BatchOptions();

  @Override
  int execute() {
    ImmutableList<Input> files = Inputs.expand(inputs, ".txt");
    Targets targets = targets(files, output, ConvertCommand::rename);
    TextConverter converter = converter().withSizeLimit(sizeLimit());
    AknWriter writer = AknWriter.create();
    boolean identified = country != null || date != null || name != null || type != null;
    if (identified && (country == null || date == null)) {
      throw new UsageException("--country and --date together identify the document; give both (or neither, for"
          + " a placeholder identity)");
    }
    if (date != null && (date.getYear() < 1 || date.getYear() > 9999)) {
      // XML Schema dates have no year 0 and AKN IRIs four-digit years: every input would fail alike (exit 1).
      throw new UsageException("--date " + date + ": the year must be between 0001 and 9999");
    }
    if (identified) {
      identityFor("document", "und"); // the options' values are checked before any input is read
    }
    if (versionDate != null) {
      versionOf(identified ? identityFor("document", "und")
          : DocumentIdentity.of("xx", DocumentType.OTHER, TextConverter.PLACEHOLDER_DATE, "document", "und"));
    }
    if (title != null && title.isBlank()) {
      throw new UsageException("--title must not be blank");
    }
    return new Batch(terminal(), batch, "convert", "converted").run(files, (input, index) -> {
      Conversion conversion =
          converter.convert(input.readAtMost(terminal(), converter.sizeLimit() + 1), input.name());
      WarningLines messages = batch.warnings().collector();
      for (TextWarning warning : conversion.warnings()) {
        messages.warning(SourceLocation.of(input.name(), warning.line(), warning.column()), warning.message());
      }
      LegalDocument document = conversion.document();
      if (identified) {
        document = document.withIdentity(identityFor(input.name(), conversion.profile().language()));
      }
      if (versionDate != null) {
        document = document.withIdentity(versionOf(document.identity()));
      }
      if (title != null) {
        document = new LegalDocument(document.identity(), title, document.preamble(), document.body(),
            document.rights(), document.lifecycle());
      }
      if (extractRights) {
        document = RightsCommand.annotate(document, input.name(), messages);
      }
      String warnings = messages.toString();
      int count = messages.count();
      LegalDocument converted = document;
      return Failures.run(input.name(), () -> {
        byte[] xml = writer.writeToBytes(converted); // the streaming model writer: no JAXB
        if (validate) {
          AknReader.create().readDocument(new ByteArrayInputStream(xml), input.name() + " (converted)");
        }
        return targets.write(input, ConvertCommand::rename, Outcome.ok("", 0), out -> out.write(xml));
      }).after(warnings, count);
    }, Batch.Summary.WHEN_SEVERAL);
  }

  /** The {@code --max-size} in bytes, or the converter's default. */
  private long sizeLimit() {
    if (maxSize == null) {
      return TextConverter.defaultSizeLimit();
    }
    String size = maxSize.trim().toUpperCase(Locale.ROOT);
    int shift = size.endsWith("K") ? 10 : size.endsWith("M") ? 20 : size.endsWith("G") ? 30 : 0;
    String digits = shift == 0 ? size : size.substring(0, size.length() - 1);
    try {
      long value = Long.parseLong(digits);
      if (value >= 1 && value <= (Integer.MAX_VALUE - 9L) >> shift) {
        return value << shift;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new UsageException("--max-size " + Terminal.printable(maxSize) + ": expected a size from 1 to 2047M"
        + " (bytes, or with K, M or G)");
  }

  private TextConverter converter() {
    TextConverter converter = TextConverter.create();
    if (language != null) {
      converter = converter.withProfile(profile(language));
    }
    if (charset != null) {
      converter = converter.withCharset(charset);
    }
    if (country != null && date != null) {
      // The language is the profile's, known only after detection; the document's identity is set again then.
      converter = converter.withIdentity(identityFor("document", "und"));
    }
    return converter;
  }

  private DocumentIdentity identityFor(String source, String detectedLanguage) {
    try {
      return DocumentIdentity.of(checkPresent(country), type == null ? DocumentType.ACT : type, checkPresent(date),
          name != null ? name : nameOf(source), language != null ? profile(language).language() : detectedLanguage);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private DocumentIdentity versionOf(DocumentIdentity identity) {
    LocalDate version = checkPresent(versionDate);
    if (version.isBefore(identity.date())) {
      throw new UsageException("--version-date " + version + " is before the work's date " + identity.date()
          + (date == null ? " (the placeholder date, as --date is not given)" : " (--date)"));
    }
    return identity.withVersionDate(version);
  }

  private static <T> T checkPresent(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("checked before use");
    }
    return value;
  }

  private static HeadingProfile profile(String language) {
    String wanted = language.toLowerCase(Locale.ROOT);
    for (HeadingProfile profile : HeadingProfile.builtIns()) {
      if (profile.language().equals(wanted)) {
        return profile;
      }
    }
    StringBuilder known = new StringBuilder();
    for (HeadingProfile profile : HeadingProfile.builtIns()) {
      known.append(known.length() == 0 ? "" : ", ").append(profile.language());
    }
    throw new UsageException("--lang " + language + " has no heading profile; known languages: " + known);
  }

  /** {@code act.txt} becomes {@code act.xml}. */
  static String rename(String fileName) {
    return stripExtension(fileName, ".txt") + ".xml";
  }

  static String stripExtension(String fileName, String extension) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(extension)
        ? fileName.substring(0, fileName.length() - extension.length())
        : fileName;
  }

  /**
   * A document name for the IRI from a file name: {@code texts/constitution-1995.ru.txt} gives
   * {@code constitution-1995-ru}; characters an AKN work number cannot have ('.' included) become '-'.
   */
  static String nameOf(String source) {
    String base = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
    base = stripExtension(base, ".txt");
    StringBuilder name = new StringBuilder();
    base.codePoints().forEach(cp -> {
      if (Character.isLetterOrDigit(cp) || cp == '_' || cp == '-') {
        name.appendCodePoint(cp);
      } else if (name.length() > 0 && name.charAt(name.length() - 1) != '-') {
        name.append('-');
      }
    });
    while (name.length() > 0 && !Character.isLetterOrDigit(name.codePointAt(0))) {
      name.deleteCharAt(0);
    }
    return name.length() == 0 ? "document" : name.toString();
  }
}
