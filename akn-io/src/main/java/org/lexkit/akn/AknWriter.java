package org.lexkit.akn;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.lexkit.akn.internal.files.FileReplacement;
import org.lexkit.akn.internal.mapping.AmendmentToAkn;
import org.lexkit.akn.internal.mapping.ModelToAkn;
import org.lexkit.akn.internal.write.AknSerializer;
import org.lexkit.core.amendment.Amendment;
import org.lexkit.core.document.DocumentIdentity;
import org.lexkit.core.document.LegalDocument;

/**
 * Writes {@link AknDocument}s as Akoma Ntoso 3.0 XML, UTF-8 with an XML declaration. A document read by
 * {@link AknReader} is written back XML-equivalent to its input, comments, processing instructions and namespace
 * prefixes included. Immutable and reusable, configured by {@code with...} methods.
 *
 * <pre>{@code
 * AknWriter.create().write(document, Path.of("out.akn.xml"));      // indented by 2
 * String compact = AknWriter.create().withIndent(0).writeToString(document);
 * }</pre>
 *
 * <p>Indentation is only added between elements whose content is element-only in the schema; inside mixed content
 * (a {@code <p>}, say) whitespace is text and is never touched.
 *
 * <p>Immutable and thread-safe.
 */
public final class AknWriter {
  private static final int DEFAULT_INDENT = 2;
  private static final int MAX_INDENT = 16;

  private final int indent;

  private AknWriter(int indent) {
    this.indent = indent;
  }

  /**
   * Returns a writer that indents by two spaces.
   *
   * @return the writer
   */
  public static AknWriter create() {
    return new AknWriter(DEFAULT_INDENT);
  }

  /**
   * Returns a writer with another indentation.
   *
   * @param spaces spaces per nesting level, 0 to 16; 0 adds no whitespace at all
   * @return a writer with the indentation replaced ({@code this} if unchanged)
   * @throws IllegalArgumentException if {@code spaces} is out of range
   */
  public AknWriter withIndent(int spaces) {
    checkArgument(spaces >= 0 && spaces <= MAX_INDENT, "indent must be 0 to %s spaces: %s", MAX_INDENT, spaces);
    return spaces == indent ? this : new AknWriter(spaces);
  }

  /**
   * Returns the indentation.
   *
   * @return spaces per level, 0 for none
   */
  public int indent() {
    return indent;
  }

  /**
   * Writes a document to a stream, which is flushed but not closed.
   *
   * @param document the document
   * @param out where the UTF-8 bytes go
   * @throws IOException if the stream fails
   * @throws AknWriteException if the document cannot be expressed as XML (nothing useful has been written then)
   */
  public void write(AknDocument document, OutputStream out) throws IOException {
    checkNotNull(document, "document");
    checkNotNull(out, "out");
    AknSerializer.write(document.content(), indent, out);
  }

  /**
   * Writes a document to a file, replacing it atomically (a temporary file renamed over it, keeping its
   * permissions; a symbolic link is followed; a device or named pipe such as {@code /dev/null} is written through,
   * never replaced). The XML is produced in memory first, so a document that cannot be written leaves an existing
   * file untouched.
   *
   * @param document the document
   * @param path the file
   * @throws IOException if the file cannot be written
   * @throws AknWriteException if the document cannot be expressed as XML
   */
  public void write(AknDocument document, Path path) throws IOException {
    checkNotNull(path, "path");
    replace(path, writeToBytes(document));
  }

  /**
   * Writes a document to bytes.
   *
   * @param document the document
   * @return the UTF-8 encoded XML
   * @throws AknWriteException if the document cannot be expressed as XML
   */
  public byte[] writeToBytes(AknDocument document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      write(document, out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return out.toByteArray();
  }

  /**
   * Writes a document to a string.
   *
   * @param document the document
   * @return the XML text, starting with {@code <?xml version="1.0" encoding="UTF-8"?>}
   * @throws AknWriteException if the document cannot be expressed as XML
   */
  public String writeToString(AknDocument document) {
    return new String(writeToBytes(document), StandardCharsets.UTF_8);
  }

  // ------------------------------------------------------------------------------------------------ the model

  /**
   * Writes a Lexkit document as an Akoma Ntoso act in one streaming pass; {@link AknReader#readDocument} reads it
   * back to an equal document. The stream is flushed, not closed.
   *
   * <pre>{@code
   * AknWriter.create().write(constitution, Path.of("constitution.akn.xml"));
   * }</pre>
   *
   * @param document the document
   * @param out where the UTF-8 bytes go
   * @throws IOException if the stream fails
   * @throws AknWriteException if the document cannot be expressed in AKN (the message names the provision)
   */
  public void write(LegalDocument document, OutputStream out) throws IOException {
    checkNotNull(document, "document");
    checkNotNull(out, "out");
    ModelToAkn.write(document, indent, out);
  }

  /**
   * Writes a Lexkit document to a file, replacing it as {@link #write(AknDocument, Path)} does; a document that
   * cannot be written leaves the file untouched.
   *
   * @param document the document
   * @param path the file
   * @throws IOException if the file cannot be written
   * @throws AknWriteException if the document cannot be expressed in AKN
   */
  public void write(LegalDocument document, Path path) throws IOException {
    checkNotNull(path, "path");
    replace(path, writeToBytes(document));
  }

  /**
   * Writes a Lexkit document to bytes.
   *
   * @param document the document
   * @return the UTF-8 encoded XML
   * @throws AknWriteException if the document cannot be expressed in AKN
   */
  public byte[] writeToBytes(LegalDocument document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      write(document, out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return out.toByteArray();
  }

  /**
   * Writes a Lexkit document to a string.
   *
   * @param document the document
   * @return the XML text
   * @throws AknWriteException if the document cannot be expressed in AKN
   */
  public String writeToString(LegalDocument document) {
    return new String(writeToBytes(document), StandardCharsets.UTF_8);
  }

  /**
   * Writes an amendment as an Akoma Ntoso amending act of the document version {@code target}: one {@code <mod>} per
   * operation quoting the old and new text, and one active modification per operation pointing at the target's
   * provisions. {@link AknReader#readAmendment} reads it back to an equal amendment.
   *
   * @param amendment the amendment
   * @param target the identity of the version it amends (its IRIs are derived from it)
   * @param out where the UTF-8 bytes go; flushed, not closed
   * @throws IOException if the stream fails
   * @throws AknWriteException if the amendment cannot be expressed (e.g. its id is no AKN IRI number)
   */
  public void write(Amendment amendment, DocumentIdentity target, OutputStream out) throws IOException {
    checkNotNull(amendment, "amendment");
    checkNotNull(target, "target");
    checkNotNull(out, "out");
    AmendmentToAkn.write(amendment, target, indent, out);
  }

  /**
   * Writes an amending act to a string; see {@link #write(Amendment, DocumentIdentity, OutputStream)}.
   *
   * @param amendment the amendment
   * @param target the identity of the version it amends
   * @return the XML text
   * @throws AknWriteException if the amendment cannot be expressed
   */
  public String writeToString(Amendment amendment, DocumentIdentity target) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    try {
      write(amendment, target, out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return new String(out.toByteArray(), StandardCharsets.UTF_8);
  }

  /**
   * Writes {@code amended}, the version that {@code amendment} produced from the version {@code amendedFrom}, with
   * {@code <passiveModifications>} pointing at the amending act's {@code <mod>}s (as
   * {@link #write(Amendment, DocumentIdentity, OutputStream)} writes them). The life-cycle event that cites the
   * amending act is the model's: add it with {@code amended.withLifecycleEvent(...)}, its source being the act's IRI.
   *
   * @param amended the amended version
   * @param amendment the amendment that produced it
   * @param amendedFrom the identity of the version it was applied to
   * @param out where the UTF-8 bytes go; flushed, not closed
   * @throws IOException if the stream fails
   * @throws AknWriteException if the document cannot be expressed in AKN
   */
  public void writeAmended(LegalDocument amended, Amendment amendment, DocumentIdentity amendedFrom,
      OutputStream out) throws IOException {
    checkNotNull(amended, "amended");
    checkNotNull(amendment, "amendment");
    checkNotNull(amendedFrom, "amendedFrom");
    checkNotNull(out, "out");
    AmendmentToAkn.writeAmended(amended, amendment, amendedFrom, indent, out);
  }

  private static void replace(Path path, byte[] bytes) throws IOException {
    FileReplacement.write(path, out -> out.write(bytes));
  }

  @Override
  public String toString() {
    return "AknWriter{indent=" + indent + "}";
  }
}
