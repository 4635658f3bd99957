package org.lexkit.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.lexkit.akn.AknWriter;
import org.lexkit.core.document.LegalDocument;
import org.xml.sax.SAXException;

/**
 * Generated AKN acts of a requested size (the model writer's output for a {@link GeneratedDocuments} code), and the
 * official AKN 3.0 schema exactly as bundled in akn-io, compiled by the JDK's own {@code javax.xml.validation} for the
 * baseline validator.
 */
public final class GeneratedAkn {
  /** The bundled official schema, a classpath resource of akn-io. */
  public static final String OFFICIAL_SCHEMA = "/org/lexkit/akn/schema/akomantoso30.xsd";

  private GeneratedAkn() {}

  /**
   * Returns an act of about {@code bytes} bytes (within a few percent).
   *
   * @param bytes the wanted size, at least 10,000
   * @return the UTF-8 XML, schema-valid
   */
  public static byte[] ofSize(int bytes) {
    return AknWriter.create().writeToBytes(documentOfSize(bytes));
  }

  /**
   * Returns a document whose AKN is about {@code bytes} bytes.
   *
   * @param bytes the wanted size
   * @return the document
   */
  public static LegalDocument documentOfSize(int bytes) {
    int sample = AknWriter.create().writeToBytes(GeneratedDocuments.withProvisions(2_000)).length;
    int provisions = (int) Math.max(10, (long) bytes * 2_000 / sample);
    return GeneratedDocuments.withProvisions(provisions);
  }

  /**
   * Compiles the official schema as it stands, with the JDK's default schema factory (its {@code xml.xsd} import is
   * resolved next to it on the classpath).
   *
   * @return the schema
   */
  public static Schema officialSchema() {
    URL url = GeneratedAkn.class.getResource(OFFICIAL_SCHEMA);
    if (url == null) {
      throw new IllegalStateException("akn-io's bundled schema " + OFFICIAL_SCHEMA + " is not on the classpath");
    }
    try (InputStream in = url.openStream()) {
      SchemaFactory factory = SchemaFactory.newDefaultInstance();
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
      return factory.newSchema(new StreamSource(in, url.toExternalForm()));
    } catch (SAXException e) {
      throw new IllegalStateException("the official schema does not compile", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Validates with the JDK's validator.
   *
   * @param schema a compiled schema
   * @param xml the document
   * @throws SAXException at the first error (the validator's default error handler)
   */
  public static void validate(Schema schema, byte[] xml) throws SAXException {
    try {
      schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    } catch (IOException e) {
      throw new UncheckedIOException("reading from memory cannot fail", e);
    }
  }
}
