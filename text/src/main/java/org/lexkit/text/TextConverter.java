package org.lexkit.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lexkit.core.document.DocumentIdentity;
import org.lexkit.core.document.DocumentType;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.document.LifecycleEvent;
import org.lexkit.core.document.Preamble;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.rights.RightsCatalogue;

/**
 * Converts plain legal text — an official text, a PDF extract — into a {@link LegalDocument}: title, preamble,
 * the tree of sections, articles, paragraphs and points with their numbers verbatim, amendment notes attached to
 * their provisions, and the amending acts those notes name as life-cycle events.
 *
 * <pre>{@code
 * Conversion kz = TextConverter.create()
 *     .withProfile(HeadingProfile.RUSSIAN)                 // or leave it out: detected from the text
 *     .withIdentity(DocumentIdentity.of("kz", DocumentType.CONSTITUTION, LocalDate.of(1995, 8, 30),
 *         "constitution", "rus"))
 *     .convert(Path.of("constitution-1995.ru.txt"));
 * kz.warnings().forEach(w -> System.err.println(w.describe(kz.sourceName())));
 * LegalDocument document = kz.document();
 * }</pre>
 *
 * <p>Guarantees: well-formed text is never refused, only text that is not text (binary data, undecodable bytes,
 * control characters) throws {@link TextConversionException}. No text is lost: every character of the input that
 * is not whitespace appears in the document (title, preamble, numbers, headings, content, wrap-ups, notes), in
 * input order except that a note's place within its provision is not kept, and the only lines removed — page
 * numbers and running headers the converter is confident about — are each reported by a
 * {@link TextWarning#droppedText() dropping warning}. Every other guess (a heading taken from the next line, a
 * repeated number kept as text, the detected profile, ...) is reported as a located warning too.
 *
 * <p>How the text is read (the profile's data decides the details):
 * <ul>
 *   <li>The first line is the title; when the text starts with a heading instead, the source name is the title (the
 *       only text the document has that the input lacks), with a warning.
 *   <li>Lines between the title and the first heading are the preamble. The model has no other place for front
 *       matter (AKN's {@code <preface>}), so lines before the profile's preamble marker ("Мы, народ ...") are kept as
 *       leading preamble blocks, with a warning.
 *   <li>Text without any heading becomes one unnumbered {@link org.lexkit.core.provision.ProvisionKind#HCONTAINER}
 *       block; text between provisions stays where it stands, as content, wrap-up or a list's intro.
 *   <li>A line that is only a page number ("12", "- 12 -", "стр. 12") is dropped only when it belongs to a rising
 *       sequence of such lines or follows a page break (form feed); a short line repeated three times or more is
 *       dropped as a running header only when it stands next to those page numbers (or repeats the title). Each
 *       dropped line is reported with its text; anything less certain stays text, with a warning.
 * </ul>
 *
 * <p>Without {@link #withIdentity}, the document gets a placeholder identity (country {@code xx}, type
 * {@link DocumentType#OTHER}, date 1970-01-01, named after the source) and a warning says so.
 *
 * <p>Immutable and thread-safe: configure once, convert many texts, from any thread.
 */
public final class TextConverter {
  /**
   * Heap bytes budgeted per input byte by the default size limit. Measured: a conversion holds about 36 bytes per
   * input byte at its peak (a 200 MB text took 7.2 GB), so 64 leaves room for the caller and the writer.
   */
  static final int HEAP_BYTES_PER_INPUT_BYTE = 64;

  /** The largest default size limit, whatever the heap: 256 MiB. */
  public static final long MAX_DEFAULT_SIZE_LIMIT = 256L << 20;

  private static final TextConverter DEFAULT = new TextConverter(null, null, null, defaultSizeLimit());
  /** The work date of a document converted without {@link #withIdentity}. */
  public static final LocalDate PLACEHOLDER_DATE = LocalDate.of(1970, 1, 1);

  private final @Nullable HeadingProfile profile;
  private final @Nullable DocumentIdentity identity;
  private final @Nullable Charset charset;
  private final long sizeLimit;

  private TextConverter(@Nullable HeadingProfile profile, @Nullable DocumentIdentity identity,
      @Nullable Charset charset, long sizeLimit) {
    this.profile = profile;
    this.identity = identity;
    this.charset = charset;
    this.sizeLimit = sizeLimit;
  }

  /**
   * Returns the default size limit: one input byte per 64 bytes of the JVM's maximum heap, at most 256 MiB (4 MiB
   * in a 256 MiB heap, 64 MiB in a 4 GiB heap), so that a text at the limit still converts in memory.
   *
   * @return at least 1
   */
  public static long defaultSizeLimit() {
    long heap = Runtime.getRuntime().maxMemory();
    return Math.max(1, Math.min(MAX_DEFAULT_SIZE_LIMIT, heap / HEAP_BYTES_PER_INPUT_BYTE));
  }

  /**
   * Returns the default converter.
   *
   * @return a converter that detects the heading profile, reads strict UTF-8 and uses a placeholder identity
   */
  public static TextConverter create() {
    return DEFAULT;
  }

  /**
   * Returns a converter that reads every text with {@code profile} instead of detecting one.
   *
   * @param profile e.g. {@link HeadingProfile#RUSSIAN}
   * @return the configured converter
   */
  public TextConverter withProfile(HeadingProfile profile) {
    return new TextConverter(checkNotNull(profile, "profile"), identity, charset, sizeLimit);
  }

  /**
   * Returns a converter that detects each text's profile ({@link HeadingProfile#detect}), reporting the choice as a
   * warning.
   *
   * @return the configured converter, or this one if it already detects
   */
  public TextConverter withDetectedProfile() {
    return profile == null ? this : new TextConverter(null, identity, charset, sizeLimit);
  }

  /**
   * Returns a converter that gives every document {@code identity}.
   *
   * @param identity the work and expression the text is
   * @return the configured converter
   */
  public TextConverter withIdentity(DocumentIdentity identity) {
    return new TextConverter(profile, checkNotNull(identity, "identity"), charset, sizeLimit);
  }

  /**
   * Returns a converter that decodes bytes with {@code charset} instead of strict UTF-8.
   *
   * @param charset e.g. {@code Charset.forName("windows-1251")}
   * @return the configured converter
   */
  public TextConverter withCharset(Charset charset) {
    return new TextConverter(profile, identity, checkNotNull(charset, "charset"), sizeLimit);
  }

  /**
   * Returns a converter that refuses, with a {@link TextConversionException} at the first byte past it, an input of
   * more than {@code limit} bytes (characters for {@link #convert(String, String)}). A file is read only up to the
   * limit, so {@code /dev/zero} or a stream that never ends is refused too.
   *
   * @param limit at least 1; the default is {@link #defaultSizeLimit()}
   * @return the configured converter
   * @throws IllegalArgumentException if {@code limit < 1}
   */
  public TextConverter withSizeLimit(long limit) {
    checkArgument(limit >= 1, "size limit must be at least 1: %s", limit);
    return new TextConverter(profile, identity, charset, limit);
  }

  /**
   * Returns the size limit.
   *
   * @return the most bytes (or characters) an input may have
   */
  public long sizeLimit() {
    return sizeLimit;
  }

  /**
   * Converts a file.
   *
   * @param file a plain-text file, UTF-8 unless {@link #withCharset} says otherwise
   * @return the document and the warnings, which name the file as given
   * @throws IOException if the file cannot be read
   * @throws TextConversionException if the file is not text, or larger than the {@linkplain #withSizeLimit limit}
   */
  public Conversion convert(Path file) throws IOException {
    checkNotNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return convert(TextDecoding.readAtMost(in, sizeLimit), file.toString());
    }
  }

  /**
   * Converts bytes.
   *
   * @param bytes the text's bytes, UTF-8 (a byte-order mark is allowed) unless {@link #withCharset} says otherwise
   * @param sourceName the input's name for warnings and errors, e.g. a file name; not blank
   * @return the document and the warnings
   * @throws TextConversionException if the bytes are binary, or do not decode, or contain control characters, or
   *     are more than the {@linkplain #withSizeLimit limit}
   */
  public Conversion convert(byte[] bytes, String sourceName) {
    checkNotNull(bytes, "bytes");
    checkSourceName(sourceName);
    TextDecoding.checkSize(bytes, sizeLimit, sourceName);
    return convertText(TextDecoding.decode(bytes, charset, sourceName), sourceName);
  }

  /**
   * Converts text.
   *
   * @param text the whole text
   * @param sourceName the input's name for warnings and errors; not blank
   * @return the document and the warnings
   * @throws TextConversionException if the text contains control characters (other than tab, CR, LF, form feed),
   *     or has more characters than the {@linkplain #withSizeLimit limit}
   */
  public Conversion convert(String text, String sourceName) {
    checkNotNull(text, "text");
    checkSourceName(sourceName);
    TextDecoding.checkSize(text, sizeLimit, sourceName);
    return convertText(text, sourceName);
  }

  private Conversion convertText(String input, String sourceName) {
    String text = TextDecoding.checkText(input, sourceName);
    List<TextWarning> warnings = new ArrayList<>();
    HeadingProfile used = profile;
    if (used == null) {
      HeadingProfile.Detection detection = HeadingProfile.detectWithReason(text);
      used = detection.profile();
      warnings.add(TextWarning.of(1, 1, detection.reason()));
    } else {
      String better = HeadingProfile.betterFit(text, used);
      if (better != null) {
        warnings.add(TextWarning.of(1, 1, better));
      }
    }
    HeadingProfile structure = used.orderedFor(text);
    SourceLines lines = SourceLines.read(text, structure, warnings);
    TreeBuilder builder = new TreeBuilder(structure, lines, warnings);
    Provision body = builder.build();
    TreeBuilder.Block titleBlock = builder.title();
    String title = titleBlock == null ? sourceName : titleBlock.toString();
    if (titleBlock == null && lines.count > 0 && builder.preamble().isEmpty() && body.children().isEmpty()) {
      warnings.add(TextWarning.of(1, 1, "the input has no text; the document is empty and titled after its source"));
    }
    ImmutableList<LifecycleEvent> lifecycle = AmendmentNotes.events(structure, builder.notes(), warnings);
    DocumentIdentity id = identity;
    if (id == null) {
      id = DocumentIdentity.of("xx", DocumentType.OTHER, PLACEHOLDER_DATE, nameOf(sourceName), used.language());
      warnings.add(TextWarning.of(1, 1, "no document identity given (TextConverter.withIdentity); used the "
          + "placeholder country 'xx', type OTHER, date " + PLACEHOLDER_DATE + ", name '" + id.name() + "'"));
    }
    Optional<Preamble> preamble = builder.preamble().isEmpty()
        ? Optional.empty()
        : Optional.of(new Preamble(builder.preamble()));
    LegalDocument document =
        new LegalDocument(id, title, preamble, body, RightsCatalogue.empty(), lifecycle);
    warnings.sort(Comparator.comparingInt(TextWarning::line).thenComparingInt(TextWarning::column));
    return new Conversion(sourceName, document, used, ImmutableList.copyOf(warnings));
  }

  private static void checkSourceName(String sourceName) {
    checkNotNull(sourceName, "sourceName");
    checkArgument(!sourceName.isBlank(), "the source name must not be blank");
  }

  /**
   * A URI-safe document name from a source name: "dir/constitution-1995.ru.txt" gives "constitution-1995-ru". A '.'
   * becomes '-' like any other separator: the name is an Akoma Ntoso work number in the document's IRI, where a
   * '.' is not allowed (it would start the format suffix).
   */
  static String nameOf(String sourceName) {
    String base = sourceName.substring(Math.max(sourceName.lastIndexOf('/'), sourceName.lastIndexOf('\\')) + 1);
    if (base.endsWith(".txt")) {
      base = base.substring(0, base.length() - 4);
    }
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < base.length(); ) {
      int cp = base.codePointAt(i);
      if (Character.isLetterOrDigit(cp) || cp == '_' || cp == '-') {
        name.appendCodePoint(cp);
      } else if (name.length() > 0 && name.charAt(name.length() - 1) != '-') {
        name.append('-');
      }
      i += Character.charCount(cp);
    }
    while (name.length() > 0 && !Character.isLetterOrDigit(name.codePointAt(0))) {
      name.deleteCharAt(0);
    }
    return name.length() == 0 ? "document" : name.toString();
  }
}
