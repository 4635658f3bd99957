package org.lexkit.akn.internal.read;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import org.lexkit.akn.AknProblem.Rule;
import org.lexkit.akn.AknProblem.Severity;
import org.lexkit.akn.Eid;
import org.lexkit.akn.SourceLocation;
import org.lexkit.akn.internal.xml.AknSchemas;
import org.xml.sax.Attributes;

/**
 * The schema's {@code xsd:unique} constraints as one linear pass, plus the id checks the schema cannot express.
 *
 * <p>Semantics, as the official schema (and so the JDK's validator) defines them: an element named in
 * {@link AknSchemas.IdentityConstraints#uniqueAttributesByScope()} ({@code act}, {@code doc}, ... wherever it occurs,
 * including documents nested in attachments and components) opens a scope; every descendant AKN element (selector
 * {@code .//*}) whose unqualified attribute ({@code eId}, {@code GUID}) has a value already seen in that scope
 * violates the constraint. Foreign elements (in {@code <foreign>} or {@code <proprietary>}) do not take part: their
 * attributes are undeclared, so the validator has no value for them (pinned by
 * {@code IdentityConstraintEquivalenceTest}). Nested scopes are also part of the enclosing ones. Each value is
 * looked up once per open scope, so the cost is linear in the document times the nesting of documents (1-3).
 *
 * <p>In lenient mode a value repeated only across documents (main text and attachment) is a warning; a value
 * repeated within the innermost document is still an error.
 *
 * <p>Also checks, as errors, the pattern of the schema's type {@code noWhiteSpace} on {@code eId}, {@code wId} and
 * {@code GUID} of AKN elements (the structural schema leaves it out, see {@link AknSchemas#structural()}).
 *
 * <p>Also reports, as warnings: {@code eId}s without the naming convention's shape, and local references
 * ({@code #id} in a reference-typed attribute such as {@code href}, {@code refersTo}, {@code source}) to no
 * {@code eId}, {@code wId}, {@code GUID} or {@code xml:id} in the file.
 */
final class IdChecker {
  private static final Splitter TOKENS = Splitter.on(CharMatcher.whitespace()).omitEmptyStrings();

  private final ImmutableMap<String, ImmutableSet<String>> scopesByElement;
  private final ImmutableSet<String> checkedAttributes;
  private final ImmutableSet<String> referenceAttributes;
  private final ImmutableSet<String> noWhiteSpaceAttributes;
  private final boolean lenient;
  private final ProblemCollector problems;

  /** Open elements: the scope each opened, or null. */
  private final ArrayDeque<Scope> openScopes = new ArrayDeque<>();
  private final ArrayDeque<Boolean> elementOpenedScope = new ArrayDeque<>();
  private final Set<String> allIds = new HashSet<>();
  private final List<Reference> references = new ArrayList<>();

  private static final class Scope {
    final String element;
    final ImmutableSet<String> attributes;
    final Map<String, Map<String, SourceLocation>> seen = new HashMap<>();

    Scope(String element, ImmutableSet<String> attributes) {
      this.element = element;
      this.attributes = attributes;
    }
  }

  private record Reference(String attribute, String target, SourceLocation location) {}

  IdChecker(AknSchemas.IdentityConstraints constraints, boolean lenient, ProblemCollector problems) {
    this.scopesByElement = constraints.uniqueAttributesByScope();
    ImmutableSet.Builder<String> checked = ImmutableSet.builder();
    scopesByElement.values().forEach(checked::addAll);
    this.checkedAttributes = checked.build();
    this.referenceAttributes = constraints.referenceAttributes();
    this.noWhiteSpaceAttributes = constraints.noWhiteSpaceAttributes();
    this.lenient = lenient;
    this.problems = problems;
  }

  void startElement(String namespace, String localName, Attributes attributes, SourceLocation location) {
    boolean akn = AknSchemas.AKN_NAMESPACE.equals(namespace);
    for (int i = 0, n = attributes.getLength(); i < n; i++) {
      String attributeNamespace = attributes.getURI(i);
      String name = attributes.getLocalName(i);
      String value = attributes.getValue(i);
      if (attributeNamespace.isEmpty()) {
        // Only AKN elements count: on a foreign element (lax wildcard content) the attribute has no declaration, so
        // the JDK validator has no typed value for it and the schema's constraint does not see it.
        if (akn && noWhiteSpaceAttributes.contains(name) && !isNoWhiteSpace(value)) {
          problems.add(location, Severity.ERROR, Rule.SCHEMA, "<" + localName + "> " + name + " '" + value
              + "' is not a valid " + name + ": the schema's type noWhiteSpace (pattern [^\\s]+) requires at least"
              + " one character and no space, tab or line break");
        }
        if (akn && checkedAttributes.contains(name)) {
          checkUnique(localName, name, value, location);
        }
        if (akn) {
          if (name.equals("eId") || name.equals("wId") || name.equals("GUID")) {
            allIds.add(value);
            if (name.equals("eId") && !value.isEmpty() && !Eid.hasEidShape(value)) {
              problems.add(location, Severity.WARNING, Rule.EID_SYNTAX, "<" + localName + "> eId '" + value
                  + "' does not have the naming convention's shape (components such as art_1 or para-2 joined by"
                  + " '__', letters, digits, '.', '-', '%')");
            }
          } else if (referenceAttributes.contains(name)) {
            for (String token : TOKENS.split(value)) {
              if (token.length() > 1 && token.charAt(0) == '#') {
                references.add(new Reference(name, token.substring(1), location));
              }
            }
          }
        }
      } else if (XMLConstants.XML_NS_URI.equals(attributeNamespace) && name.equals("id")) {
        allIds.add(value);
      }
    }
    ImmutableSet<String> scoped = akn ? scopesByElement.get(localName) : null;
    if (scoped != null) {
      openScopes.push(new Scope(localName, scoped));
      elementOpenedScope.push(Boolean.TRUE);
    } else {
      elementOpenedScope.push(Boolean.FALSE);
    }
  }

  void endElement() {
    if (elementOpenedScope.pop()) {
      openScopes.pop();
    }
  }

  private void checkUnique(String elementName, String attribute, String value, SourceLocation location) {
    boolean innermost = true;
    SourceLocation innermostFirst = null;
    Scope violatedInnermost = null;
    SourceLocation outerFirst = null;
    Scope violatedOuter = null;
    for (Iterator<Scope> it = openScopes.iterator(); it.hasNext(); innermost = false) {
      Scope scope = it.next();
      if (!scope.attributes.contains(attribute)) {
        continue;
      }
      SourceLocation first =
          scope.seen.computeIfAbsent(attribute, k -> new HashMap<>()).putIfAbsent(value, location);
      if (first != null) {
        if (innermost) {
          innermostFirst = first;
          violatedInnermost = scope;
        } else if (violatedOuter == null) {
          outerFirst = first;
          violatedOuter = scope;
        }
      }
    }
    if (violatedInnermost != null) {
      problems.add(location, Severity.ERROR, Rule.UNIQUE_ID, "<" + elementName + "> " + attribute + " '" + value
          + "' is already used at " + describe(innermostFirst) + "; " + attribute + "s must be unique within <"
          + violatedInnermost.element + ">");
    } else if (violatedOuter != null) {
      problems.add(location, lenient ? Severity.WARNING : Severity.ERROR, Rule.UNIQUE_ID, "<" + elementName + "> "
          + attribute + " '" + value + "' is already used at " + describe(outerFirst) + ", outside this nested"
          + " document; the schema requires " + attribute + "s to be unique within the enclosing <"
          + violatedOuter.element + ">" + (lenient ? " (accepted in lenient mode)" : ""));
    }
  }

  /** The schema's {@code [^\s]+}: XML Schema's {@code \s} is exactly space, tab, CR and LF. */
  private static boolean isNoWhiteSpace(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        return false;
      }
    }
    return !value.isEmpty();
  }

  private static String describe(SourceLocation location) {
    return location.line() < 1 ? "an earlier element" : "line " + location.line() + ":" + location.column();
  }

  /** Reports the dangling references; call at the end of the document. */
  void finish() {
    for (Reference reference : references) {
      if (!allIds.contains(reference.target())) {
        problems.add(reference.location(), Severity.WARNING, Rule.DANGLING_REFERENCE, reference.attribute()
            + "=\"#" + reference.target() + "\" points to no element: no eId, wId, GUID or xml:id '"
            + reference.target() + "' in the document");
      }
    }
  }
}
