package org.lexkit.akn.internal.read;

import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Locator;

/**
 * A SAX locator that reads a StAX reader's current position, so that SAX-side consumers (the JAXB unmarshaller, the
 * schema validator) report the same line and column as the StAX pass that feeds them.
 */
final class StaxLocator implements Locator {
  private final XMLStreamReader xml;
  private final String systemId;

  StaxLocator(XMLStreamReader xml, String systemId) {
    this.xml = xml;
    this.systemId = systemId;
  }

  @Override
  public @Nullable String getPublicId() {
    return null;
  }

  @Override
  public String getSystemId() {
    return systemId;
  }

  @Override
  public int getLineNumber() {
    return xml.getLocation().getLineNumber();
  }

  @Override
  public int getColumnNumber() {
    return xml.getLocation().getColumnNumber();
  }
}
