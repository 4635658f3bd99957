package org.lexkit.akn.internal.read;

import java.util.Locale;
import javax.xml.validation.ValidatorHandler;
import org.lexkit.akn.AknProblem.Rule;
import org.lexkit.akn.AknProblem.Severity;
import org.lexkit.akn.SourceLocation;
import org.lexkit.akn.internal.xml.AknSchemas;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The schema validator both read paths feed (the lossless {@link AknParser} and the model path's
 * {@link ValidatingTap}): the {@link AknSchemas#structural() structural schema}, English messages whatever the
 * default locale (so they are stable in logs and golden files), every problem collected located.
 */
final class SchemaValidation {
  private SchemaValidation() {}

  static ValidatorHandler newValidator(String systemId, ProblemCollector problems) {
    ValidatorHandler handler = AknSchemas.structural().newValidatorHandler();
    try {
      handler.setProperty("http://apache.org/xml/properties/locale", Locale.ENGLISH);
    } catch (SAXException e) {
      throw new IllegalStateException("the JDK validator does not accept a locale", e);
    }
    handler.setErrorHandler(new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {
        report(e, Severity.WARNING);
      }

      @Override
      public void error(SAXParseException e) {
        report(e, Severity.ERROR);
      }

      @Override
      public void fatalError(SAXParseException e) throws SAXException {
        report(e, Severity.ERROR);
        throw e;
      }

      private void report(SAXParseException e, Severity severity) {
        problems.add(SourceLocation.of(systemId, e.getLineNumber(), e.getColumnNumber()), severity, Rule.SCHEMA,
            AknParser.cleanSchemaMessage(e.getMessage() == null ? "" : e.getMessage()));
      }
    });
    return handler;
  }
}
