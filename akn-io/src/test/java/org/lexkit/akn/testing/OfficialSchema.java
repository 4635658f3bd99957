package org.lexkit.akn.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Validator;
import org.lexkit.akn.internal.xml.AknSchemas;
import org.xml.sax.SAXException;

/** The reference verdict: the JDK's validator with the unmodified official schema, identity constraints included. */
public final class OfficialSchema {
  private OfficialSchema() {}

  /** Returns the first error the official schema reports, or null if the document is valid. */
  public static String firstError(byte[] xml, String systemId) throws IOException {
    Validator validator = AknSchemas.official().newValidator();
    try {
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    } catch (SAXException e) {
      throw new IllegalStateException(e);
    }
    try (InputStream in = new java.io.ByteArrayInputStream(xml)) {
      validator.validate(new StreamSource(in, systemId));
      return null;
    } catch (SAXException e) {
      return e.getMessage();
    }
  }

  /** Same, for a file. */
  public static String firstError(Path file) throws IOException {
    return firstError(Files.readAllBytes(file), file.toString());
  }
}
