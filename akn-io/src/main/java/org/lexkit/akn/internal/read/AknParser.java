package org.lexkit.akn.internal.read;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.UnmarshallerHandler;
import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventLocator;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.validation.ValidatorHandler;
import org.jspecify.annotations.Nullable;
import org.lexkit.akn.AknNamespaceException;
import org.lexkit.akn.AknProblem;
import org.lexkit.akn.AknProblem.Rule;
import org.lexkit.akn.AknProblem.Severity;
import org.lexkit.akn.AknReadException;
import org.lexkit.akn.AknSchemaException;
import org.lexkit.akn.MalformedAknException;
import org.lexkit.akn.SourceLocation;
import org.lexkit.akn.ValidationMode;
import org.lexkit.akn.internal.AknJaxb;
import org.lexkit.akn.internal.JaxbDocument;
import org.lexkit.akn.internal.LocationIndex;
import org.lexkit.akn.internal.Trivia;
import org.lexkit.akn.internal.jaxb.AkomaNtosoType;
import org.lexkit.akn.internal.xml.AknSchemas;
import org.lexkit.akn.internal.xml.XmlEventSource;
import org.lexkit.akn.internal.xml.XmlLimits;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Reads one Akoma Ntoso document in a single streaming pass: the events of the hardened {@link XmlEventSource}
 * (which enforces the limits and refuses DTDs and entity references) are fanned out, as SAX, to JAXB's
 * {@link UnmarshallerHandler} and (unless the mode is {@link ValidationMode#NONE}) to a validator of the
 * {@link AknSchemas#structural() structural schema} plus the linear {@link IdChecker}. Along the way it records
 * comments and processing instructions (JAXB drops them) and checks the root namespace, rewriting it when namespace
 * migration is on.
 *
 * <p>One instance per read; not thread-safe.
 */
public final class AknParser {

  /**
   * How to read.
   *
   * @param mode the validation mode
   * @param problemLimit errors collected before the read stops (and warnings kept), at least 1
   * @param migrateNamespaces whether to read OASIS draft and LegalDocML.de namespaces as AKN 3.0
   * @param characterLimit the most characters the document may have, at least 1
   * @param nodeLimit the most elements plus attributes the document may have, at least 1
   */
  public record Options(
      ValidationMode mode, int problemLimit, boolean migrateNamespaces, long characterLimit, long nodeLimit) {
    /** Rejects a null mode and limits below 1. */
    public Options {
      checkNotNull(mode, "mode");
      if (problemLimit < 1 || characterLimit < 1 || nodeLimit < 1) {
        throw new IllegalArgumentException("limits must be at least 1: problems " + problemLimit + ", characters "
            + characterLimit + ", nodes " + nodeLimit);
      }
    }

    /**
     * Options with the default size limits ({@link XmlLimits#defaultCharacterLimit()},
     * {@link XmlLimits#defaultNodeLimit()}).
     *
     * @param mode the validation mode
     * @param problemLimit errors collected before the read stops, at least 1
     * @param migrateNamespaces whether to migrate draft namespaces
     */
    public Options(ValidationMode mode, int problemLimit, boolean migrateNamespaces) {
      this(mode, problemLimit, migrateNamespaces, XmlLimits.defaultCharacterLimit(), XmlLimits.defaultNodeLimit());
    }
  }

  /**
   * The outcome of a successful read.
   *
   * @param content the JAXB tree and trivia
   * @param warnings the problems that did not prevent the read (all warnings)
   */
  public record Result(JaxbDocument content, ImmutableList<AknProblem> warnings) {}

  private static final Pattern YEAR_ONLY = Pattern.compile("-?[0-9]{4,}(?:Z|[+-][0-9]{2}:[0-9]{2})?");
  private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
  private static final String AKN_QUOTED = "\"" + AknSchemas.AKN_NAMESPACE + "\":";

  private final String systemId;
  private final Options options;
  private final ProblemCollector problems;
  private final List<AknProblem> unmarshalProblems = new ArrayList<>();
  private final XmlEventSource events;
  private final XMLStreamReader xml;
  private final @Nullable ValidatorHandler validator;
  private final @Nullable IdChecker ids;
  private final Unmarshaller unmarshaller;
  private final UnmarshallerHandler jaxb;
  private final StaxLocator locator;

  private int nextOrdinal;
  // Per open element: {ordinal, child elements, whether its JAXB class keeps text (KEEPS_TEXT, DROPS_TEXT, or
  // REPORTED once dropped text was reported)}.
  private final ArrayDeque<int[]> open = new ArrayDeque<>();
  private static final int KEEPS_TEXT = 0;
  private static final int DROPS_TEXT = 1;
  private static final int REPORTED = 2;
  private final ArrayDeque<String> openNames = new ArrayDeque<>();
  private final ForeignWhitespace foreignWhitespace = new ForeignWhitespace();
  private final ArrayDeque<List<String>> declaredPrefixes = new ArrayDeque<>();
  private int textRun;
  private boolean rootSeen;
  private String sourceNamespace = AknSchemas.AKN_NAMESPACE;
  private @Nullable String migrateFrom;
  private final List<Trivia.Node> triviaNodes = new ArrayList<>();
  private final List<Trivia.Attribute> triviaAttributes = new ArrayList<>();
  private final Map<String, String> prefixes = new LinkedHashMap<>();
  private final IdentityHashMap<Object, Long> positions = new IdentityHashMap<>();
  private final IdentityHashMap<Object, String> elementNames = new IdentityHashMap<>();
  private AttributesImpl currentAttributes = new AttributesImpl();
  private String currentElement = "";
  private String currentNamespace = "";
  private int currentOrdinal;

  private AknParser(InputStream in, String systemId, Options options) throws IOException {
    if (options.mode() != ValidationMode.NONE) {
      AknSchemas.compileInBackground(); // overlaps with the JAXB context creation below on a first read
    }
    this.systemId = systemId;
    this.options = options;
    this.problems = new ProblemCollector(options.problemLimit());
    this.events = XmlEventSource.open(in, systemId, options.characterLimit(), options.nodeLimit(),
        UnaryOperator.identity()); // migration is done here, for the SAX fan-out, not by a reader
    this.xml = events.reader();
    this.locator = new StaxLocator(xml, systemId);
    try {
      this.unmarshaller = AknJaxb.context().createUnmarshaller();
      unmarshaller.setEventHandler(this::onUnmarshalEvent);
    } catch (JAXBException e) {
      throw new IllegalStateException("cannot create a JAXB unmarshaller", e);
    }
    if (options.mode() == ValidationMode.NONE) {
      this.validator = null;
      this.ids = null;
    } else {
      ValidatorHandler handler = SchemaValidation.newValidator(systemId, problems);
      handler.setDocumentLocator(locator);
      this.validator = handler;
      this.ids = new IdChecker(
          AknSchemas.identityConstraints(), options.mode() == ValidationMode.LENIENT, problems);
    }
    unmarshaller.setListener(new Unmarshaller.Listener() {
      @Override
      public void beforeUnmarshal(Object target, @Nullable Object parent) {
        onBeforeUnmarshal(target);
      }
    });
    this.jaxb = unmarshaller.getUnmarshallerHandler();
    jaxb.setDocumentLocator(locator);
  }

  /**
   * Reads a document.
   *
   * @param in the bytes; read to the end of the document, not closed
   * @param systemId the source name used in locations
   * @param options how to read
   * @return the content and the warnings
   * @throws IOException if {@code in} fails
   * @throws AknReadException (a {@link MalformedAknException} or {@link AknSchemaException}) if the document is not
   *     acceptable
   */
  public static Result parse(InputStream in, String systemId, Options options) throws IOException {
    return new AknParser(in, systemId, options).run();
  }

  private Result run() throws IOException {
    try {
      fanOutStartDocument();
      loop:
      while (true) {
        int event = events.next();
        switch (event) {
          case XMLStreamConstants.START_ELEMENT:
            startElement();
            break;
          case XMLStreamConstants.END_ELEMENT:
            endElement();
            break;
          case XMLStreamConstants.CHARACTERS:
          case XMLStreamConstants.CDATA:
          case XMLStreamConstants.SPACE:
            characters();
            break;
          case XMLStreamConstants.COMMENT:
            trivia(Trivia.Kind.COMMENT, "", xml.getText());
            break;
          case XMLStreamConstants.PROCESSING_INSTRUCTION:
            trivia(Trivia.Kind.PROCESSING_INSTRUCTION, xml.getPITarget(), nullToEmpty(xml.getPIData()));
            break;
          case XMLStreamConstants.END_DOCUMENT:
            break loop;
          default:
            break;
        }
        if (problems.isFull()) {
          throw schemaException();
        }
        if (unmarshalProblemsFull()) {
          throw new AknSchemaException(unmarshalProblems);
        }
      }
      fanOutEndDocument();
    } catch (XMLStreamException e) {
      throw events.malformed(e);
    } catch (SAXException e) {
      throw unexpected(e);
    } finally {
      events.close();
    }
    if (ids != null) {
      ids.finish();
    }
    // In validating modes the schema reports everything JAXB cannot hold, and more precisely; JAXB's own complaints
    // only add information when the schema found nothing (which would mean the generated classes and the schema
    // disagree).
    if (options.mode() == ValidationMode.NONE || !problems.hasErrors()) {
      for (AknProblem p : unmarshalProblems) {
        problems.add(p.location(), p.severity(), p.rule(), p.message());
      }
    }
    if (problems.hasErrors()) {
      throw schemaException();
    }
    Object result;
    try {
      result = jaxb.getResult();
    } catch (JAXBException | IllegalStateException e) {
      throw new AknSchemaException(ImmutableList.of(new AknProblem(here(), // the end of the document
          Severity.ERROR, Rule.UNSUPPORTED_CONTENT, "the document could not be bound: " + e.getMessage())));
    }
    JAXBElement<AkomaNtosoType> root = castRoot(result);
    checkTree(root.getValue());
    if (JaxbDocument.typeOf(root.getValue()).isEmpty()) {
      throw new AknSchemaException(ImmutableList.of(new AknProblem(locationOf(root.getValue()),
          Severity.ERROR, Rule.SCHEMA, "<akomaNtoso> contains no document; expected one of act, bill, amendment,"
              + " amendmentList, judgment, debate, debateReport, doc, statement, portion, officialGazette,"
              + " documentCollection")));
    }
    Trivia trivia = new Trivia(ImmutableList.copyOf(triviaNodes), ImmutableList.copyOf(triviaAttributes),
        com.google.common.collect.ImmutableMap.copyOf(prefixes));
    JaxbDocument content = new JaxbDocument(
        root, trivia, LocationIndex.of(systemId, positions), systemId, sourceNamespace);
    return new Result(content, problems.problems());
  }

  /** Fails if the JAXB tree lost or reordered an element (see {@link TreeCheck}); validation catches it earlier. */
  private void checkTree(AkomaNtosoType root) {
    List<org.w3c.dom.Element> foreignRoots = new ArrayList<>();
    TreeCheck.check(root, positions,
        (moved, after) -> problems.add(locationOf(moved), Severity.ERROR, Rule.UNSUPPORTED_CONTENT,
            "element <" + elementNames.get(moved) + "> comes before <" + elementNames.get(after) + "> (line "
                + locationOf(after).line() + ") but the schema's order puts it after, where a write would move it;"
                + " it cannot be kept in place"),
        lost -> problems.add(locationOf(lost), Severity.ERROR, Rule.UNSUPPORTED_CONTENT,
            "element <" + elementNames.get(lost) + "> cannot be kept: its parent has no room for another <"
                + elementNames.get(lost) + "> here (a repeated or misplaced element; validation would say which)"),
        foreignRoots::add);
    if (problems.hasErrors()) {
      throw schemaException();
    }
    foreignWhitespace.restore(foreignRoots);
  }

  private SourceLocation locationOf(Object jaxbObject) {
    long packed = positions.getOrDefault(jaxbObject, LocationIndex.pack(-1, -1));
    return SourceLocation.of(systemId, (int) (packed >>> 32), (int) packed);
  }

  @SuppressWarnings("unchecked") // the only global element the parser accepts as root is akomaNtoso
  private static JAXBElement<AkomaNtosoType> castRoot(Object result) {
    return (JAXBElement<AkomaNtosoType>) result;
  }

  private void startElement() throws SAXException {
    String namespace = nullToEmpty(xml.getNamespaceURI());
    String localName = xml.getLocalName();
    if (!rootSeen) {
      rootSeen = true;
      checkRoot(namespace, localName);
    }
    namespace = migrate(namespace);
    if (foreignWhitespace.inside()) {
      foreignWhitespace.startChild();
    } else if (!openNames.isEmpty() && !AknNamespaces.isAkn30(namespace)) {
      foreignWhitespace.startRoot(namespace, localName); // JAXB keeps it as DOM (a lax wildcard) or refuses it
    }

    List<String> declared = new ArrayList<>(xml.getNamespaceCount());
    for (int i = 0, n = xml.getNamespaceCount(); i < n; i++) {
      String prefix = nullToEmpty(xml.getNamespacePrefix(i));
      String uri = migrate(nullToEmpty(xml.getNamespaceURI(i)));
      prefixes.putIfAbsent(prefix, uri);
      declared.add(prefix);
      jaxb.startPrefixMapping(prefix, uri);
      if (validator != null) {
        validator.startPrefixMapping(prefix, uri);
      }
    }
    declaredPrefixes.push(declared);

    AttributesImpl attributes = new AttributesImpl();
    for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
      String attributeNamespace = migrate(nullToEmpty(xml.getAttributeNamespace(i)));
      String attributeName = xml.getAttributeLocalName(i);
      String prefix = nullToEmpty(xml.getAttributePrefix(i));
      attributes.addAttribute(attributeNamespace, attributeName,
          prefix.isEmpty() ? attributeName : prefix + ":" + attributeName, "CDATA", xml.getAttributeValue(i));
    }

    int ordinal = nextOrdinal++;
    if (!open.isEmpty()) {
      open.peek()[1]++;
    }
    open.push(new int[] {ordinal, 0, KEEPS_TEXT}); // until JAXB's target class says otherwise
    openNames.push(localName);
    textRun = 0;
    currentAttributes = attributes;
    currentElement = localName;
    currentNamespace = namespace;
    currentOrdinal = ordinal;
    String qName = qualifiedName(xml.getPrefix(), localName);

    if (validator != null) {
      validator.startElement(namespace, localName, qName, forValidator(namespace, localName, attributes));
      if (ids != null) {
        ids.startElement(namespace, localName, attributes, here());
      }
    }
    jaxb.startElement(namespace, localName, qName, attributes);
  }

  private void endElement() throws SAXException {
    String namespace = migrate(nullToEmpty(xml.getNamespaceURI()));
    String localName = xml.getLocalName();
    String qName = qualifiedName(xml.getPrefix(), localName);
    if (validator != null) {
      validator.endElement(namespace, localName, qName);
      if (ids != null) {
        ids.endElement();
      }
    }
    jaxb.endElement(namespace, localName, qName);
    for (String prefix : declaredPrefixes.pop()) {
      if (validator != null) {
        validator.endPrefixMapping(prefix);
      }
      jaxb.endPrefixMapping(prefix);
    }
    open.pop();
    openNames.pop();
    if (foreignWhitespace.inside()) {
      foreignWhitespace.end();
    }
    textRun = 0;
  }

  private void characters() throws SAXException {
    char[] text = xml.getTextCharacters();
    int start = xml.getTextStart();
    int length = xml.getTextLength();
    if (open.isEmpty()) {
      return; // whitespace in the prolog or epilog (anything else is a well-formedness error)
    }
    textRun += length;
    if (foreignWhitespace.inside()) {
      foreignWhitespace.characters(text, start, length, isWhitespace(text, start, length));
    }
    int[] element = open.peek();
    if (element[2] == DROPS_TEXT && !isWhitespace(text, start, length)) {
      element[2] = REPORTED; // once per element
      String sample = new String(text, start, Math.min(length, 40)).strip();
      addUnmarshalProblem(new AknProblem(here(), Severity.ERROR, Rule.UNSUPPORTED_CONTENT, "text '" + sample
          + "' is not allowed directly in <" + currentElementName() + "> (element-only content) and cannot be"
          + " kept"));
    }
    if (validator != null) {
      validator.characters(text, start, length);
    }
    jaxb.characters(text, start, length);
  }

  private void trivia(Trivia.Kind kind, String target, String data) {
    if (open.isEmpty()) {
      triviaNodes.add(new Trivia.Node(kind, target, data, -1, rootSeen ? 1 : 0, 0));
    } else {
      int[] parent = open.peek();
      triviaNodes.add(new Trivia.Node(kind, target, data, parent[0], parent[1], textRun));
    }
  }

  private void checkRoot(String namespace, String localName) {
    if (AknNamespaces.isAkn30(namespace) && localName.equals("akomaNtoso")) {
      return;
    }
    if (localName.equals("akomaNtoso") && options.migrateNamespaces() && AknNamespaces.isMigratable(namespace)) {
      migrateFrom = namespace;
      sourceNamespace = namespace;
      return;
    }
    if (AknNamespaces.isAkn30(namespace)) {
      throw new AknSchemaException(ImmutableList.of(new AknProblem(here(), Severity.ERROR, Rule.SCHEMA,
          "the root element is <" + localName + ">; an Akoma Ntoso document must start with <akomaNtoso>, with the"
              + " document (<" + localName + ">) inside it")));
    }
    AknProblem problem = new AknProblem(here(), Severity.ERROR, Rule.SCHEMA,
        AknNamespaces.unsupportedDetail(namespace, localName));
    throw new AknNamespaceException(problem, namespace);
  }

  private String migrate(String namespace) {
    return migrateFrom != null && migrateFrom.equals(namespace) ? AknSchemas.AKN_NAMESPACE : namespace;
  }

  /**
   * The attributes as the validator should see them. Year-only FRBR dates are reported here, with a clearer message
   * than the schema's union-type error, and shown to the validator as a full date so they are reported once.
   */
  private AttributesImpl forValidator(String namespace, String localName, AttributesImpl attributes) {
    if (!localName.equals("FRBRdate") || !AknNamespaces.isAkn30(namespace)) {
      return attributes;
    }
    int index = attributes.getIndex("", "date");
    if (index < 0) {
      return attributes;
    }
    String date = attributes.getValue(index);
    Matcher year = YEAR_ONLY.matcher(date);
    if (!year.matches()) {
      return attributes;
    }
    boolean lenient = options.mode() == ValidationMode.LENIENT;
    problems.add(here(), lenient ? Severity.WARNING : Severity.ERROR, Rule.YEAR_ONLY_DATE,
        "<FRBRdate> date '" + date + "' gives only a year; the schema requires a date (YYYY-MM-DD) or dateTime"
            + (lenient ? " (accepted in lenient mode)" : " (ValidationMode.LENIENT accepts it)"));
    AttributesImpl copy = new AttributesImpl(attributes);
    copy.setValue(index, date.replaceFirst("^(-?[0-9]{4,})", "$1-01-01"));
    return copy;
  }

  private void onBeforeUnmarshal(Object target) {
    if (target instanceof JAXBElement) {
      return;
    }
    positions.put(target, LocationIndex.pack(locator.getLineNumber(), locator.getColumnNumber()));
    elementNames.put(target, currentElement);
    KnownAttributes known = KnownAttributes.of(target.getClass());
    if (!known.keepsText && !open.isEmpty()) {
      open.peek()[2] = DROPS_TEXT;
    }
    for (int i = 0, n = currentAttributes.getLength(); i < n; i++) {
      String namespace = currentAttributes.getURI(i);
      String name = currentAttributes.getLocalName(i);
      String key = KnownAttributes.key(namespace, name);
      if (known.names.contains(key)) {
        ImmutableSet<String> allowed = known.enumValues.get(key);
        String value = currentAttributes.getValue(i);
        if (allowed != null && !allowed.contains(value)) {
          addUnmarshalProblem(new AknProblem(here(), Severity.ERROR, Rule.UNSUPPORTED_CONTENT, "attribute '"
              + currentAttributes.getQName(i) + "' on <" + currentElement + "> has the value '" + value
              + "', which is not one of its type's values " + allowed + ", and cannot be kept"));
        }
        continue;
      }
      if (XSI.equals(namespace)) {
        // Kept as trivia, xsi:type and xsi:nil too: JAXB consumes them and writes them back only when the object's
        // class or nil-ness requires it, so xsi:type naming the declared type itself was lost (found by fuzzing).
        // The writer adds a trivia attribute only where JAXB did not write it.
        String qName = currentAttributes.getQName(i);
        int colon = qName.indexOf(':');
        triviaAttributes.add(new Trivia.Attribute(currentOrdinal, namespace,
            colon < 0 ? "xsi" : qName.substring(0, colon), name, currentAttributes.getValue(i)));
        continue;
      }
      if (known.anyForeign && !namespace.isEmpty() && !AknNamespaces.isAkn30(namespace)) {
        continue;
      }
      addUnmarshalProblem(new AknProblem(here(), Severity.ERROR, Rule.UNSUPPORTED_CONTENT,
          "attribute '" + currentAttributes.getQName(i) + "' is not allowed on <" + currentElement
              + "> and cannot be kept"));
    }
  }

  private boolean onUnmarshalEvent(ValidationEvent event) {
    ValidationEventLocator where = event.getLocator();
    SourceLocation location = where == null ? here()
        : SourceLocation.of(systemId, where.getLineNumber(), where.getColumnNumber());
    String message = event.getMessage() == null ? "unreadable content" : event.getMessage();
    if (message.startsWith("unexpected element")) {
      // JAXB's own text lists the expected elements in hash order; name the element instead, deterministically.
      String namespace = currentNamespace.equals(AknSchemas.AKN_NAMESPACE) ? ""
          : " (namespace '" + currentNamespace + "')";
      message = "element <" + currentElement + ">" + namespace + " is not allowed here and cannot be kept";
    } else {
      message = "cannot keep this content: " + cleanSchemaMessage(message);
    }
    addUnmarshalProblem(new AknProblem(location, Severity.ERROR, Rule.UNSUPPORTED_CONTENT, message));
    return event.getSeverity() != ValidationEvent.FATAL_ERROR;
  }

  /**
   * Keeps JAXB's complaint up to the problem limit: a flood of unknown attributes must not grow an unbounded list
   * (each problem holds a message), and in {@link ValidationMode#NONE} the read stops once the limit is reached.
   */
  private void addUnmarshalProblem(AknProblem problem) {
    if (unmarshalProblems.size() < options.problemLimit()) {
      unmarshalProblems.add(problem);
    }
  }

  private boolean unmarshalProblemsFull() {
    return options.mode() == ValidationMode.NONE && unmarshalProblems.size() >= options.problemLimit();
  }


  /** Drops the AKN namespace from Xerces messages: {@code '{"...akn/3.0":meta}'} becomes {@code '{meta}'}. */
  static String cleanSchemaMessage(String message) {
    String cleaned = message.replace(AKN_QUOTED, "").trim();
    return cleaned.endsWith(".") ? cleaned.substring(0, cleaned.length() - 1) : cleaned;
  }

  private void fanOutStartDocument() throws SAXException {
    if (validator != null) {
      validator.startDocument();
    }
    jaxb.startDocument();
  }

  private void fanOutEndDocument() throws SAXException {
    if (validator != null) {
      validator.endDocument();
    }
    jaxb.endDocument();
  }

  private AknSchemaException schemaException() {
    return new AknSchemaException(problems.problems());
  }

  private AknReadException unexpected(SAXException e) {
    // A validator fatal error was already collected; anything else from JAXB or the validator is reported as is.
    if (problems.hasErrors()) {
      return schemaException();
    }
    Exception cause = e.getException() != null ? e.getException() : e;
    if (cause instanceof AknReadException) {
      return (AknReadException) cause;
    }
    return new AknSchemaException(ImmutableList.of(new AknProblem(here(), Severity.ERROR,
        Rule.UNSUPPORTED_CONTENT, "the document could not be bound: " + cleanSchemaMessage(
            nullToEmpty(cause.getMessage())))));
  }

  private SourceLocation here() {
    return SourceLocation.of(systemId, locator.getLineNumber(), locator.getColumnNumber());
  }

  private static String qualifiedName(@Nullable String prefix, String localName) {
    return prefix == null || prefix.isEmpty() ? localName : prefix + ":" + localName;
  }

  private static boolean isWhitespace(char[] text, int start, int length) {
    for (int i = start; i < start + length; i++) {
      char c = text[i];
      if (c != ' ' && c != '\n' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  /** The local name of the innermost open element (the element whose JAXB object is being filled). */
  private String currentElementName() {
    String name = openNames.peek();
    return name == null ? "?" : name;
  }

  private static String nullToEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }
}
