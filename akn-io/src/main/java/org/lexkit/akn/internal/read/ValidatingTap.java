package org.lexkit.akn.internal.read;

import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import javax.xml.validation.ValidatorHandler;
import org.jspecify.annotations.Nullable;
import org.lexkit.akn.AknProblem;
import org.lexkit.akn.AknProblem.Rule;
import org.lexkit.akn.AknProblem.Severity;
import org.lexkit.akn.AknSchemaException;
import org.lexkit.akn.SourceLocation;
import org.lexkit.akn.ValidationMode;
import org.lexkit.akn.internal.xml.AknSchemas;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Validates a document while another component pulls it through a StAX reader: each event the puller sees is handed
 * to the same {@link AknSchemas#structural() schema validator} and {@link IdChecker} that {@link AknParser} uses, so
 * the model read path gets the reader's verdict (schema, eId uniqueness and syntax, dangling references, year-only
 * dates in lenient mode) in its own single pass, without building a JAXB tree.
 *
 * <p>One instance per read; not thread-safe.
 */
public final class ValidatingTap {
  private static final Pattern YEAR_ONLY = Pattern.compile("-?[0-9]{4,}(?:Z|[+-][0-9]{2}:[0-9]{2})?");

  private final String systemId;
  private final ValidationMode mode;
  private final ProblemCollector problems;
  private final ValidatorHandler validator;
  private final IdChecker ids;
  private final ArrayDeque<List<String>> declaredPrefixes = new ArrayDeque<>();
  /**
   * Reused for every start tag: the validator copies the attributes into its own structures and the id checker
   * reads them before the next event, so neither keeps this object.
   */
  private final AttributesImpl attributes = new AttributesImpl();
  private @Nullable XMLStreamReader xml;
  private boolean started;

  /**
   * Creates a tap.
   *
   * @param systemId the source name used in locations
   * @param mode {@link ValidationMode#STRICT} or {@link ValidationMode#LENIENT}
   * @param problemLimit errors collected before the read stops
   */
  public ValidatingTap(String systemId, ValidationMode mode, int problemLimit) {
    if (mode == ValidationMode.NONE) {
      throw new IllegalArgumentException("a validating tap needs STRICT or LENIENT");
    }
    this.systemId = systemId;
    this.mode = mode;
    this.problems = new ProblemCollector(problemLimit);
    this.validator = SchemaValidation.newValidator(systemId, problems);
    this.ids = new IdChecker(AknSchemas.identityConstraints(), mode == ValidationMode.LENIENT, problems);
  }

  /**
   * Sees one event of the stream; call after every {@code next()}.
   *
   * @param reader the reader, positioned on the event
   * @throws AknSchemaException as soon as the error limit is reached
   */
  public void event(XMLStreamReader reader) {
    try {
      if (!started) {
        started = true;
        xml = reader;
        validator.setDocumentLocator(new StaxLocator(reader, systemId));
        validator.startDocument();
      }
      switch (reader.getEventType()) {
        case XMLStreamConstants.START_ELEMENT:
          startElement(reader);
          break;
        case XMLStreamConstants.END_ELEMENT:
          String namespace = nullToEmpty(reader.getNamespaceURI());
          validator.endElement(namespace, reader.getLocalName(), reader.getLocalName());
          ids.endElement();
          List<String> declared = declaredPrefixes.pop();
          for (int i = 0; i < declared.size(); i++) {
            validator.endPrefixMapping(declared.get(i));
          }
          break;
        case XMLStreamConstants.CHARACTERS:
        case XMLStreamConstants.CDATA:
        case XMLStreamConstants.SPACE:
          if (!declaredPrefixes.isEmpty()) {
            validator.characters(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
          }
          break;
        case XMLStreamConstants.END_DOCUMENT:
          validator.endDocument();
          break;
        default:
          break;
      }
    } catch (SAXException e) {
      if (!problems.hasErrors()) {
        problems.add(here(), Severity.ERROR, Rule.SCHEMA, AknParser.cleanSchemaMessage(nullToEmpty(e.getMessage())));
      }
      throw new AknSchemaException(problems.problems());
    }
    if (problems.isFull()) {
      throw new AknSchemaException(problems.problems());
    }
  }

  private void startElement(XMLStreamReader reader) throws SAXException {
    int namespaces = reader.getNamespaceCount();
    List<String> declared = namespaces == 0 ? List.of() : new ArrayList<>(namespaces);
    for (int i = 0; i < namespaces; i++) {
      String prefix = nullToEmpty(reader.getNamespacePrefix(i));
      validator.startPrefixMapping(prefix, nullToEmpty(reader.getNamespaceURI(i)));
      declared.add(prefix);
    }
    declaredPrefixes.push(declared);
    attributes.clear();
    String namespace = nullToEmpty(reader.getNamespaceURI());
    String localName = reader.getLocalName();
    for (int i = 0, n = reader.getAttributeCount(); i < n; i++) {
      String attributeName = reader.getAttributeLocalName(i);
      String prefix = nullToEmpty(reader.getAttributePrefix(i));
      String value = reader.getAttributeValue(i);
      if (localName.equals("FRBRdate") && attributeName.equals("date") && AknSchemas.AKN_NAMESPACE.equals(namespace)
          && YEAR_ONLY.matcher(value).matches()) {
        boolean lenient = mode == ValidationMode.LENIENT;
        problems.add(here(), lenient ? Severity.WARNING : Severity.ERROR, Rule.YEAR_ONLY_DATE,
            "<FRBRdate> date '" + value + "' gives only a year; the schema requires a date (YYYY-MM-DD) or dateTime"
                + (lenient ? " (accepted in lenient mode)" : " (ValidationMode.LENIENT accepts it)"));
        value = value.replaceFirst("^(-?[0-9]{4,})", "$1-01-01");
      }
      attributes.addAttribute(nullToEmpty(reader.getAttributeNamespace(i)), attributeName,
          prefix.isEmpty() ? attributeName : prefix + ":" + attributeName, "CDATA", value);
    }
    validator.startElement(namespace, localName, localName, attributes);
    ids.startElement(namespace, localName, attributes, here());
  }

  /**
   * Ends the read: runs the document-wide checks (dangling references) and returns the warnings.
   *
   * @return the warnings
   * @throws AknSchemaException if there were errors
   */
  public ImmutableList<AknProblem> finish() {
    ids.finish();
    if (problems.hasErrors()) {
      throw new AknSchemaException(problems.problems());
    }
    return problems.problems();
  }

  private SourceLocation here() {
    return xml == null ? SourceLocation.unknownPosition(systemId)
        : SourceLocation.of(systemId, xml.getLocation().getLineNumber(), xml.getLocation().getColumnNumber());
  }

  private static String nullToEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }
}
