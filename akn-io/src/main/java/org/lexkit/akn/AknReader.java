package org.lexkit.akn;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lexkit.akn.internal.mapping.AknToAmendment;
import org.lexkit.akn.internal.mapping.AknToModel;
import org.lexkit.akn.internal.read.AknParser;
import org.lexkit.akn.internal.xml.XmlLimits;
import org.lexkit.core.document.LegalDocument;

/**
 * Reads Akoma Ntoso 3.0 XML into {@link AknDocument}s. Immutable and reusable, configured by {@code with...} methods
 * that return a new reader (Jackson's {@code ObjectReader} pattern); keep one in a {@code static final}.
 *
 * <pre>{@code
 * AknReader reader = AknReader.create()                     // strict OASIS schema validation, 100 problems
 *     .withValidation(ValidationMode.LENIENT)
 *     .withProblemLimit(50);
 * AknDocument act = reader.read(Path.of("act.akn.xml"));   // IOException | AknReadException
 * }</pre>
 *
 * <p>Every read is hardened: no DTD (a DOCTYPE is refused, so no entity can read a file, reach the network or
 * expand), nesting, attribute and text size limits, document size limits ({@link #withCharacterLimit},
 * {@link #withNodeLimit}) that keep a document within the heap and end a stream that never ends, and nothing but
 * the input is ever opened. Problems carry
 * {@code file:line:column}. A read either returns a document or throws:
 *
 * <ul>
 *   <li>{@link MalformedAknException}: not well-formed, or refused as hostile;
 *   <li>{@link AknNamespaceException}: not in the AKN 3.0 namespace (see {@link #withNamespaceMigration(boolean)});
 *   <li>{@link AknSchemaException}: not acceptable in the {@link ValidationMode}, with all problems found up to the
 *       limit;
 *   <li>{@link IOException}: the input could not be read.
 * </ul>
 *
 * <p>No {@link Error} escapes a read: should a document still exhaust the stack or the heap within the limits (a
 * heap far smaller than the limits assume, a thread with a tiny stack), the read throws a
 * {@link MalformedAknException} without a position saying which, and the reader stays usable.
 *
 * <p>Costs: the first read in a process builds the JAXB context (about a second), and the first validating read
 * compiles the schema (about half a second); both are then shared. Immutable and thread-safe.
 */
public final class AknReader {
  private static final int DEFAULT_PROBLEM_LIMIT = 100;
  private static final String STRING_SYSTEM_ID = "<string>";

  private final ValidationMode mode;
  private final int problemLimit;
  private final boolean migrateNamespaces;
  private final long characterLimit;
  private final long nodeLimit;

  private AknReader(
      ValidationMode mode, int problemLimit, boolean migrateNamespaces, long characterLimit, long nodeLimit) {
    this.mode = mode;
    this.problemLimit = problemLimit;
    this.migrateNamespaces = migrateNamespaces;
    this.characterLimit = characterLimit;
    this.nodeLimit = nodeLimit;
  }

  /**
   * Returns a reader with the defaults: {@link ValidationMode#STRICT}, a limit of 100 problems, no namespace
   * migration, and size limits sized to the heap ({@link #withCharacterLimit}, {@link #withNodeLimit}).
   *
   * @return the reader
   */
  public static AknReader create() {
    return new AknReader(ValidationMode.STRICT, DEFAULT_PROBLEM_LIMIT, false, XmlLimits.defaultCharacterLimit(),
        XmlLimits.defaultNodeLimit());
  }

  /**
   * Returns a reader that validates in the given mode.
   *
   * @param validation how strictly to check documents
   * @return a reader with the mode replaced ({@code this} if unchanged)
   */
  public AknReader withValidation(ValidationMode validation) {
    checkNotNull(validation, "validation");
    return validation == mode ? this
        : new AknReader(validation, problemLimit, migrateNamespaces, characterLimit, nodeLimit);
  }

  /**
   * Returns a reader that collects up to {@code limit} errors before it stops and fails, and keeps up to
   * {@code limit} warnings.
   *
   * @param limit at least 1
   * @return a reader with the limit replaced ({@code this} if unchanged)
   * @throws IllegalArgumentException if {@code limit < 1}
   */
  public AknReader withProblemLimit(int limit) {
    checkArgument(limit >= 1, "problem limit must be at least 1: %s", limit);
    return limit == problemLimit ? this : new AknReader(mode, limit, migrateNamespaces, characterLimit, nodeLimit);
  }

  /**
   * Returns a reader that reads documents in a pre-standard OASIS draft namespace ({@code .../akn/3.0/WD17},
   * {@code CSD06}, {@code CSD13}, ...) or the German LegalDocML.de namespace as Akoma Ntoso 3.0, by rewriting the
   * namespace while streaming. Where the draft's or profile's structure differs from AKN 3.0, validation reports it
   * like any other schema problem. Every read method honours it, the model's ({@code readDocument},
   * {@code readAmendment}) included; the model read rewrites the namespace by the same rule, in its one streaming
   * pass. Off by default: such a document then fails, located, naming the namespace: with an
   * {@link AknNamespaceException} from {@code read}, with an {@link AknMappingException} from the model's read
   * methods.
   *
   * @param migrate whether to migrate
   * @return a reader with the option replaced ({@code this} if unchanged)
   */
  public AknReader withNamespaceMigration(boolean migrate) {
    return migrate == migrateNamespaces ? this : new AknReader(mode, problemLimit, migrate, characterLimit, nodeLimit);
  }

  /**
   * Returns a reader that refuses, with a located {@link MalformedAknException}, a document longer than
   * {@code limit} characters (UTF-16 code units after decoding), as soon as the next character arrives. A read
   * holds the whole document in memory, so this bounds both the heap a document can take and the time a stream
   * that never ends can run.
   *
   * <p>The default is one character per 16 bytes of the JVM's maximum heap, at most 1 Gi: 16 Mi characters in a
   * 256 MiB heap, 1 Gi from a 16 GiB heap up. Real documents are far smaller (a 1 MB act has about a million
   * characters); raise the limit for a larger one, and give the JVM heap to match. Every read method honours it,
   * the model's ({@code readDocument}, {@code readAmendment}) included.
   *
   * @param limit at least 1
   * @return a reader with the limit replaced ({@code this} if unchanged)
   * @throws IllegalArgumentException if {@code limit < 1}
   */
  public AknReader withCharacterLimit(long limit) {
    checkArgument(limit >= 1, "character limit must be at least 1: %s", limit);
    return limit == characterLimit ? this : new AknReader(mode, problemLimit, migrateNamespaces, limit, nodeLimit);
  }

  /**
   * Returns a reader that refuses, with a located {@link MalformedAknException}, a document with more than
   * {@code limit} elements, attributes and namespace declarations together, at the element that exceeds it. Each
   * costs a few hundred bytes of heap however short its markup ({@code <b/>} is four characters), so the character
   * limit alone cannot bound the memory of a flood of tiny elements.
   *
   * <p>The default is one per KiB of the JVM's maximum heap, at most 16 Mi: 256 Ki in a 256 MiB heap, 4 Mi in a
   * 4 GiB heap. The largest corpus document (3.9 MB) has about a hundred thousand. Every read method honours it,
   * the model's ({@code readDocument}, {@code readAmendment}) included.
   *
   * @param limit at least 1
   * @return a reader with the limit replaced ({@code this} if unchanged)
   * @throws IllegalArgumentException if {@code limit < 1}
   */
  public AknReader withNodeLimit(long limit) {
    checkArgument(limit >= 1, "node limit must be at least 1: %s", limit);
    return limit == nodeLimit ? this : new AknReader(mode, problemLimit, migrateNamespaces, characterLimit, limit);
  }

  /**
   * Returns the validation mode.
   *
   * @return the mode
   */
  public ValidationMode validation() {
    return mode;
  }

  /**
   * Returns the problem limit.
   *
   * @return at least 1
   */
  public int problemLimit() {
    return problemLimit;
  }

  /**
   * Returns whether draft and profile namespaces are migrated.
   *
   * @return the option
   */
  public boolean namespaceMigration() {
    return migrateNamespaces;
  }

  /**
   * Returns the most characters a document may have.
   *
   * @return at least 1
   */
  public long characterLimit() {
    return characterLimit;
  }

  /**
   * Returns the most elements plus attributes a document may have.
   *
   * @return at least 1
   */
  public long nodeLimit() {
    return nodeLimit;
  }

  /**
   * Reads a file; locations use the path as given.
   *
   * @param path the file
   * @return the document
   * @throws IOException if the file cannot be read
   * @throws AknReadException if the content is not an acceptable AKN document
   */
  public AknDocument read(Path path) throws IOException {
    checkNotNull(path, "path");
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, path.toString());
    }
  }

  /**
   * Reads a stream of XML bytes (encoding from the byte order mark or XML declaration, else UTF-8). The stream is
   * read to the end of the document and not closed.
   *
   * @param in the bytes
   * @param systemId the name to use in locations, such as a file name or URI (never opened)
   * @return the document
   * @throws IOException if the stream fails
   * @throws AknReadException if the content is not an acceptable AKN document
   */
  public AknDocument read(InputStream in, String systemId) throws IOException {
    checkNotNull(in, "in");
    checkNotNull(systemId, "systemId");
    AknParser.Result result = withoutErrors(systemId, () -> AknParser.parse(in, systemId,
        new AknParser.Options(mode, problemLimit, migrateNamespaces, characterLimit, nodeLimit)));
    return new AknDocument(result.content(), result.warnings());
  }

  /**
   * Reads XML held in a string; locations name the source {@code <string>}.
   *
   * @param xml the document text
   * @return the document
   * @throws AknReadException if the content is not an acceptable AKN document
   */
  public AknDocument readString(String xml) {
    return readString(xml, STRING_SYSTEM_ID);
  }

  /**
   * Reads XML held in a string.
   *
   * @param xml the document text; an {@code encoding} in its XML declaration is ignored
   * @param systemId the name to use in locations
   * @return the document
   * @throws AknReadException if the content is not an acceptable AKN document
   */
  public AknDocument readString(String xml, String systemId) {
    checkNotNull(xml, "xml");
    checkNotNull(systemId, "systemId");
    // Re-encoded as UTF-8 with a neutral declaration so a declared encoding cannot contradict the characters.
    String text = xml.startsWith("<?xml") ? stripEncoding(xml) : xml;
    try {
      return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), systemId);
    } catch (IOException e) {
      throw new AssertionError("reading from memory cannot fail", e);
    }
  }

  // ------------------------------------------------------------------------------------------------ the model

  /**
   * Reads a file straight into the Lexkit model, in one streaming pass (no JAXB tree), validating in the same pass
   * unless the reader's mode is {@link ValidationMode#NONE}. Acts, bills and docs are mapped; whatever the model
   * does not represent is listed in {@link MappingResult#unmapped()} with its location. A document in an OASIS
   * draft or LegalDocML.de namespace is read as AKN 3.0 when {@link #withNamespaceMigration(boolean) namespace
   * migration} is on, and refused with an {@link AknMappingException} at its root element otherwise.
   *
   * <pre>{@code
   * MappingResult<LegalDocument> read = AknReader.create().readDocument(Path.of("constitution.akn.xml"));
   * LegalDocument constitution = read.value();
   * }</pre>
   *
   * @param path the file
   * @return the document, what was not mapped, and the reader's warnings
   * @throws IOException if the file cannot be read
   * @throws AknReadException if the content is malformed ({@link MalformedAknException}), not acceptable in the
   *     validation mode ({@link AknSchemaException}), or valid AKN the model cannot represent
   *     ({@link AknMappingException})
   */
  public MappingResult<LegalDocument> readDocument(Path path) throws IOException {
    checkNotNull(path, "path");
    try (InputStream in = Files.newInputStream(path)) {
      return readDocument(in, path.toString());
    }
  }

  /**
   * Reads a stream of XML bytes straight into the Lexkit model; see {@link #readDocument(Path)}.
   *
   * @param in the bytes; read to the end of the document, not closed
   * @param systemId the name to use in locations (never opened)
   * @return the document, what was not mapped, and the reader's warnings
   * @throws IOException if the stream fails
   * @throws AknReadException if the content cannot be read into the model
   */
  public MappingResult<LegalDocument> readDocument(InputStream in, String systemId) throws IOException {
    checkNotNull(in, "in");
    checkNotNull(systemId, "systemId");
    return withoutErrors(systemId, () -> AknToModel.readStream(in, systemId, mode, problemLimit,
        migrateNamespaces, characterLimit, nodeLimit));
  }

  /**
   * Reads XML held in a string straight into the Lexkit model; locations name the source {@code <string>}.
   *
   * @param xml the document text
   * @return the document, what was not mapped, and the reader's warnings
   * @throws AknReadException if the content cannot be read into the model
   */
  public MappingResult<LegalDocument> readDocumentString(String xml) {
    checkNotNull(xml, "xml");
    String text = xml.startsWith("<?xml") ? stripEncoding(xml) : xml;
    try {
      return readDocument(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), STRING_SYSTEM_ID);
    } catch (IOException e) {
      throw new AssertionError("reading from memory cannot fail", e);
    }
  }

  /**
   * Reads an amending act into an {@link AmendingAct}: the amendment's operations from its active modifications and
   * quoted content, and the IRI of the document version it amends. Modifications the model cannot express are
   * listed in {@link MappingResult#unmapped()}; the read fails only when none is expressible.
   *
   * @param in the bytes; read to the end of the document, not closed
   * @param systemId the name to use in locations (never opened)
   * @return the amending act, what was not mapped, and the reader's warnings
   * @throws IOException if the stream fails
   * @throws AknReadException if the content is malformed, invalid, or expresses no operation
   */
  public MappingResult<AmendingAct> readAmendment(InputStream in, String systemId) throws IOException {
    checkNotNull(in, "in");
    checkNotNull(systemId, "systemId");
    return withoutErrors(systemId, () -> AknToAmendment.readStream(in, systemId, mode, problemLimit,
        migrateNamespaces, characterLimit, nodeLimit));
  }

  /**
   * Reads an amending act against the document it amends; see {@link #readAmendment(InputStream, String)}. The
   * target resolves what the act alone cannot: LegalDocML.de destinations (ELI paths whose eIds count positions),
   * sentences named in the prose ("In Satz 2"), ranges of provisions. A destination that the target does not have,
   * or that names something the model does not hold (a list item), is reported and left out, never widened to the
   * provision around it.
   *
   * @param in the bytes; read to the end of the document, not closed
   * @param systemId the name to use in locations (never opened)
   * @param target the document the act amends, as {@link #readDocument(Path)} read it
   * @return the amending act, what was not mapped, and the reader's warnings
   * @throws IOException if the stream fails
   * @throws AknReadException if the content is malformed, invalid, or expresses no operation
   */
  public MappingResult<AmendingAct> readAmendment(InputStream in, String systemId, LegalDocument target)
      throws IOException {
    checkNotNull(in, "in");
    checkNotNull(systemId, "systemId");
    checkNotNull(target, "target");
    return AknToAmendment.readStream(in, systemId, mode, problemLimit, migrateNamespaces, characterLimit,
        nodeLimit, java.util.Optional.of(target));
  }

  /**
   * Reads an amending act from a file against the document it amends; see
   * {@link #readAmendment(InputStream, String, LegalDocument)}.
   *
   * @param path the file
   * @param target the document the act amends
   * @return the amending act, what was not mapped, and the reader's warnings
   * @throws IOException if the file cannot be read
   * @throws AknReadException if the content is malformed, invalid, or expresses no operation
   */
  public MappingResult<AmendingAct> readAmendment(Path path, LegalDocument target) throws IOException {
    checkNotNull(path, "path");
    checkNotNull(target, "target");
    try (InputStream in = Files.newInputStream(path)) {
      return readAmendment(in, path.toString(), target);
    }
  }

  /**
   * Reads an amending act from a file; see {@link #readAmendment(InputStream, String)}.
   *
   * @param path the file
   * @return the amending act, what was not mapped, and the reader's warnings
   * @throws IOException if the file cannot be read
   * @throws AknReadException if the content is malformed, invalid, or expresses no operation
   */
  public MappingResult<AmendingAct> readAmendment(Path path) throws IOException {
    checkNotNull(path, "path");
    try (InputStream in = Files.newInputStream(path)) {
      return readAmendment(in, path.toString());
    }
  }

  /**
   * Reads an amending act held in a string; see {@link #readAmendment(InputStream, String)}.
   *
   * @param xml the document text
   * @return the amending act, what was not mapped, and the reader's warnings
   * @throws AknReadException if the content is malformed, invalid, or expresses no operation
   */
  public MappingResult<AmendingAct> readAmendmentString(String xml) {
    checkNotNull(xml, "xml");
    String text = xml.startsWith("<?xml") ? stripEncoding(xml) : xml;
    try {
      return readAmendment(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), STRING_SYSTEM_ID);
    } catch (IOException e) {
      throw new AssertionError("reading from memory cannot fail", e);
    }
  }

  /** One read, by any entry point. */
  @FunctionalInterface
  private interface Read<T> {
    T run() throws IOException;
  }

  /**
   * Runs {@code read}, turning a stack overflow or an exhausted heap into the documented refusal. Both unwind the
   * read completely (nothing it built is reachable any more), so the JVM and the reader are usable afterwards.
   */
  private static <T> T withoutErrors(String systemId, Read<T> read) throws IOException {
    try {
      return read.run();
    } catch (StackOverflowError e) {
      throw new MalformedAknException(SourceLocation.unknownPosition(systemId), "reading the document overflowed"
          + " the thread's stack; refused as too complex (a thread with a larger stack may read it)", e);
    } catch (OutOfMemoryError e) {
      throw new MalformedAknException(SourceLocation.unknownPosition(systemId), "reading the document exhausted"
          + " the heap; refused as too large (lower AknReader.withCharacterLimit and withNodeLimit, or give the JVM"
          + " more heap)", e);
    }
  }

  private static String stripEncoding(String xml) {
    int end = xml.indexOf("?>");
    if (end < 0) {
      return xml;
    }
    String declaration = xml.substring(0, end)
        .replaceFirst("\\s+encoding\\s*=\\s*(\"[^\"]*\"|'[^']*')", "");
    return declaration + xml.substring(end);
  }

  @Override
  public String toString() {
    return "AknReader{validation=" + mode + ", problemLimit=" + problemLimit
        + ", namespaceMigration=" + migrateNamespaces + ", characterLimit=" + characterLimit
        + ", nodeLimit=" + nodeLimit + "}";
  }
}
