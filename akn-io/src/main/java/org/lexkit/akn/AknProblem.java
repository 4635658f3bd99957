package org.lexkit.akn;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One problem found in an Akoma Ntoso document: where it is, how serious it is, which rule it breaks and what was
 * expected. Readers collect problems (up to a limit) instead of stopping at the first one.
 *
 * <p>Immutable and thread-safe.
 *
 * @param location where the problem is; the line and column are those of the end of the start tag for element
 *     problems, as reported by the XML parser
 * @param severity whether the problem makes the document unacceptable in the chosen validation mode
 * @param rule the rule the document breaks
 * @param message what is wrong and what was expected; lower-case start, no trailing period
 */
public record AknProblem(SourceLocation location, Severity severity, Rule rule, String message) {

  /** How serious a problem is. */
  public enum Severity {
    /** Reported, but the document is still accepted (for example a lenient-mode deviation). */
    WARNING,
    /** The document is not accepted in the chosen validation mode. */
    ERROR
  }

  /** The rule a problem breaks; a closed set fixed by the library. */
  public enum Rule {
    /** A constraint of the official OASIS Akoma Ntoso 3.0 XML schema (content model, datatype, required attribute). */
    SCHEMA,
    /** Uniqueness of {@code eId} or {@code GUID} within a document (the schema's {@code xsd:unique} constraints). */
    UNIQUE_ID,
    /** The syntax of an {@code eId} value (Akoma Ntoso naming convention: {@code __}-separated components). */
    EID_SYNTAX,
    /** A local reference ({@code href="#x"}, {@code refersTo="#x"}, ...) whose target id does not exist. */
    DANGLING_REFERENCE,
    /** An FRBR date that gives only a year ({@code date="2014"}); accepted only in lenient mode. */
    YEAR_ONLY_DATE,
    /** Content the reader cannot keep (unknown element or attribute, unparseable value). */
    UNSUPPORTED_CONTENT
  }

  /** Checks that no component is null and the message is not blank. */
  public AknProblem {
    checkNotNull(location, "location");
    checkNotNull(severity, "severity");
    checkNotNull(rule, "rule");
    checkNotNull(message, "message");
    checkArgument(!message.isBlank(), "problem message must not be blank");
  }

  /**
   * Returns whether this problem is an {@link Severity#ERROR}.
   *
   * @return true for errors, false for warnings
   */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * Formats the problem on one line, compiler style.
   *
   * @return for example {@code "act.xml:12:30: error: duplicate eId 'art_1' ..."}
   */
  public String describe() {
    return location.describe() + ": " + (isError() ? "error" : "warning") + ": " + message;
  }

  @Override
  public String toString() {
    return describe();
  }
}
