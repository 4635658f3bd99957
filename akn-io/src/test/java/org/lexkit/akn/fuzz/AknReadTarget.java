package org.lexkit.akn.fuzz;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lexkit.akn.AknDocument;
import org.lexkit.akn.AmendingAct;
import org.lexkit.akn.MappingResult;
import org.lexkit.akn.AknProblem;
import org.lexkit.akn.AknReadException;
import org.lexkit.akn.AknReader;
import org.lexkit.akn.AknSchemaException;
import org.lexkit.akn.AknWriteException;
import org.lexkit.akn.AknWriter;
import org.lexkit.akn.ValidationMode;
import org.lexkit.akn.testing.XmlCensus;
import org.lexkit.core.amendment.Amendment;
import org.lexkit.core.document.DocumentIdentity;
import org.lexkit.core.document.DocumentType;
import org.lexkit.testing.fuzz.FuzzFinding;
import org.lexkit.testing.fuzz.FuzzTarget;

/**
 * Reads an input with {@link AknReader#read(java.io.InputStream, String)} in every {@link ValidationMode} and
 * checks the reader's promises:
 *
 * <ul>
 *   <li>only {@link AknReadException}s escape, located: the system id given, a non-blank detail, a line of at least
 *       1 (every non-empty input has a first line), and every problem of an {@link AknSchemaException} located
 *       too ({@code badly-located});
 *   <li>an input a mode accepts is read into the model too ({@code readDocument}; {@code readAmendment} when it
 *       mentions a textual modification), where again only located {@link AknReadException}s may escape; an
 *       amendment read is written again by {@link AknWriter} and read back in the same mode to an equal
 *       amendment, completely;
 *   <li>acceptance only grows as validation relaxes: what {@code STRICT} accepts, {@code LENIENT} accepts, and
 *       what {@code LENIENT} accepts, {@code NONE} accepts ({@code mode-inconsistency});
 *   <li>an accepted document can be written ({@code unwritable}), the output can be read again in the same mode
 *       ({@code output-unreadable}), and nothing is lost or changed on the way ({@code lossy-round-trip}, an
 *       {@link XmlCensus} of input and output); the input must also be well-formed to the JDK's own parser
 *       ({@code accepted-malformed}).
 * </ul>
 *
 * <p>Anything else that escapes (an NPE, a raw StAX or JAXB exception, a StackOverflowError) is a failure of the
 * reader. Every other reader is configured like {@code base}: the default reader, with namespace migration on
 * (so that mutants of the corpus' draft-namespace documents get past the root).
 */
public final class AknReadTarget implements FuzzTarget {
  /** The version every accepted amendment is written against again. */
  private static final DocumentIdentity AMENDED = DocumentIdentity.of("kz", DocumentType.CONSTITUTION,
      LocalDate.of(1995, 8, 30), "constitution", "rus");
  private final ImmutableList<AknReader> readers;

  private AknReadTarget(AknReader base) {
    ImmutableList.Builder<AknReader> builder = ImmutableList.builder();
    for (ValidationMode mode : ValidationMode.values()) { // STRICT, LENIENT, NONE: ever more permissive
      builder.add(base.withValidation(mode));
    }
    this.readers = builder.build();
  }

  /**
   * Returns the target for readers configured like {@code base} (the mode is set by the target).
   *
   * @param base the reader configuration
   * @return the target
   */
  public static AknReadTarget of(AknReader base) {
    return new AknReadTarget(base);
  }

  @Override
  public List<String> run(byte[] input, String name) throws Exception {
    List<String> labels = new ArrayList<>(4);
    AknDocument firstAccepted = null;
    AknReader acceptedBy = readers.get(0);
    boolean previousAccepted = false;
    for (AknReader reader : readers) {
      ValidationMode mode = reader.validation();
      AknDocument document = null;
      try {
        document = reader.read(new ByteArrayInputStream(input), name);
        labels.add(mode + ":accepted");
      } catch (AknReadException e) {
        checkLocated(e, input, name);
        labels.add(mode + ":" + e.getClass().getSimpleName());
      }
      if (document != null) {
        labels.add(mode + ":model:" + readModel(reader, input, name));
      }
      if (previousAccepted && document == null) {
        throw new FuzzFinding("mode-inconsistency", "accepted in a stricter mode but refused in " + mode, null);
      }
      previousAccepted = document != null;
      if (document != null && firstAccepted == null) {
        firstAccepted = document;
        acceptedBy = reader;
      }
    }
    if (firstAccepted != null) {
      checkRoundTrip(firstAccepted, acceptedBy, input, name);
      labels.add("round-trip:ok");
    }
    return labels;
  }

  /**
   * Reads an accepted input into the model too ({@code readDocument}, and {@code readAmendment} for inputs that
   * mention a textual modification): the model read path has its own streaming loop, so it gets the same oracle,
   * only located {@link AknReadException}s may escape. It may refuse what the lossless layer accepted (content the
   * model cannot represent, a draft namespace it does not migrate), so a refusal is counted, not a failure.
   */
  private static String readModel(AknReader reader, byte[] input, String name) throws java.io.IOException {
    String outcome;
    try {
      reader.readDocument(new ByteArrayInputStream(input), name);
      outcome = "accepted";
    } catch (AknReadException e) {
      checkLocated(e, input, name);
      outcome = e.getClass().getSimpleName();
    }
    if (new String(input, java.nio.charset.StandardCharsets.ISO_8859_1).contains("textualMod")) {
      MappingResult<AmendingAct> act = null;
      try {
        act = reader.readAmendment(new ByteArrayInputStream(input), name);
        outcome += ",amendment:accepted";
      } catch (AknReadException e) {
        checkLocated(e, input, name);
        outcome += ",amendment:" + e.getClass().getSimpleName();
      }
      if (act != null) {
        checkAmendmentRoundTrip(act.value().amendment(), reader, name);
      }
    }
    return outcome;
  }

  /**
   * An amendment the model read must be expressible again: {@link AknWriter} writes it as an amending act (of a
   * fixed target version; the target's identity is not part of the amendment), and the same reader (the same
   * validation mode) maps that back, completely, to an equal amendment ({@code amendment-unwritable},
   * {@code amendment-output-unreadable}, {@code amendment-round-trip}). Not always {@code STRICT}: from what only
   * {@code NONE} accepts the model can hold what the writer writes schema-invalid (docs/RELIABILITY.md, finding
   * 27).
   */
  private static void checkAmendmentRoundTrip(Amendment amendment, AknReader reader, String name) {
    String written;
    try {
      written = AknWriter.create().writeToString(amendment, AMENDED);
    } catch (AknWriteException e) {
      throw new FuzzFinding("amendment-unwritable", "readAmendment accepted it, then the writer refused the "
          + "amendment: " + e.getMessage(), e);
    }
    MappingResult<AmendingAct> again;
    try {
      again = reader.readAmendment(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)),
          name + " (amendment written)");
    } catch (AknReadException e) {
      throw new FuzzFinding("amendment-output-unreadable", e.getMessage(), e);
    } catch (java.io.IOException e) {
      throw new AssertionError("reading memory cannot fail", e);
    }
    if (!again.value().amendment().equals(amendment) || !again.unmapped().isEmpty()) {
      throw new FuzzFinding("amendment-round-trip", "written and read again: " + again.value().amendment()
          + " (unmapped " + again.unmapped() + "), expected " + amendment, null);
    }
  }

  private static void checkLocated(AknReadException e, byte[] input, String name) {
    if (!e.location().systemId().equals(name)) {
      throw new FuzzFinding("badly-located", "system id '" + e.location().systemId() + "', expected '" + name
          + "': " + e.getMessage(), e);
    }
    if (e.detail().isBlank()) {
      throw new FuzzFinding("badly-located", "blank detail: " + e.getMessage(), e);
    }
    if (input.length > 0 && e.location().line() < 1) {
      throw new FuzzFinding("badly-located", "no line: " + e.getMessage(), e);
    }
    if (e instanceof AknSchemaException) {
      for (AknProblem problem : ((AknSchemaException) e).problems()) {
        if (!problem.location().systemId().equals(name) || (input.length > 0 && problem.location().line() < 1)) {
          throw new FuzzFinding("badly-located", "problem without a line: " + problem.describe(), e);
        }
      }
    }
  }

  private static void checkRoundTrip(AknDocument document, AknReader reader, byte[] input, String name) {
    byte[] output;
    try {
      output = AknWriter.create().writeToBytes(document);
    } catch (AknWriteException e) {
      throw new FuzzFinding("unwritable", "accepted, then the writer refused it: " + e.getMessage(), e);
    }
    try {
      reader.read(new ByteArrayInputStream(output), name + " (written)");
    } catch (AknReadException e) {
      throw new FuzzFinding("output-unreadable", e.getMessage(), e);
    } catch (java.io.IOException e) {
      throw new AssertionError("reading memory cannot fail", e);
    }
    XmlCensus expected;
    try {
      expected = XmlCensus.of(input, document.isMigrated()
          ? ImmutableMap.of(document.sourceNamespace(), org.lexkit.testing.akn.Akn.NS) : ImmutableMap.of());
    } catch (IllegalArgumentException e) {
      throw new FuzzFinding("accepted-malformed", "the reader accepted what the JDK parser refuses: "
          + e.getMessage(), e);
    }
    List<String> differences = expected.differences(XmlCensus.of(output));
    if (!differences.isEmpty()) {
      // Grouped by what was lost (element, attribute, attribute value, text, comments, ...), not by which one.
      String first = differences.get(0);
      int nameAt = first.indexOf(" {");
      int colon = first.indexOf(':');
      String what = first.substring(0, nameAt >= 0 && nameAt < colon ? nameAt : colon);
      throw new FuzzFinding("lossy-round-trip:" + what, differences.size() + " difference(s), first: " + first,
          null);
    }
  }
}
