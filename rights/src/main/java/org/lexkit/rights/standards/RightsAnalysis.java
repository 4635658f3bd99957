package org.lexkit.rights.standards;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.rights.Right;
import org.lexkit.core.rights.RightId;
import org.lexkit.rights.extraction.Extraction;
import org.lexkit.rights.extraction.RightsExtractor;

/**
 * What a constitution says about rights and how that compares with the treaties binding on its state at a date: the
 * extracted catalogue with its notes, the treaty findings, and the rights whose limitation text was not understood,
 * which are <em>not analysed</em>: their findings cannot be read as compliance.
 *
 * <p>The entry point for reports and the command line:
 *
 * <pre>{@code
 * RightsAnalysis analysis = RightsAnalysis.of(constitution, LocalDate.of(2026, 7, 1));
 * analysis.notAnalysed();          // e.g. every right of South Africa (s. 36 states a proportionality test)
 * analysis.report().notPermitted(); // grounds no binding treaty clause lists
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param extraction what the text says: the catalogue and the notes to review
 * @param binding the instruments binding on the document's state at the date, from the bundled standards
 * @param partiesKnown whether the bundled standards record the state's treaty status at all; when they do not, an
 *     empty {@code binding} means "unknown", never "bound by none"
 * @param report the findings against {@code binding}
 */
public record RightsAnalysis(
    Extraction extraction, ImmutableList<Instrument> binding, boolean partiesKnown, StandardsReport report) {
  /** Checks the components. */
  public RightsAnalysis {
    checkNotNull(extraction, "extraction");
    binding = ImmutableList.copyOf(binding);
    checkNotNull(report, "report");
  }

  /**
   * Extracts the rights of {@code document} and checks them against the instruments binding on its state (the
   * document identity's country) at {@code date}.
   *
   * @param document a constitution in a language extraction supports
   * @param date the date whose treaty obligations apply, e.g. the version's date
   * @return the analysis
   * @throws IllegalArgumentException if the document's language is not supported
   */
  public static RightsAnalysis of(LegalDocument document, LocalDate date) {
    checkNotNull(document, "document");
    checkNotNull(date, "date");
    Standards standards = Standards.standard();
    String country = document.identity().country();
    Extraction extraction = RightsExtractor.create().extract(document);
    boolean known = standards.instruments().stream().anyMatch(i -> i.parties().containsKey(country));
    ImmutableList<Instrument> binding = standards.bindingOn(country, date);
    if (binding.isEmpty()) {
      return new RightsAnalysis(extraction, binding, known,
          new StandardsReport(ImmutableList.of(), ImmutableList.of(), ImmutableList.of()));
    }
    StandardsCheck check = StandardsCheck.bindingOn(standards, country, date);
    return new RightsAnalysis(extraction, binding, known, check.check(extraction.catalogue()));
  }

  /** {@return the rights whose limitation text was not understood: their treaty verdict is "not analysed"} */
  public ImmutableSet<RightId> notAnalysed() {
    return extraction.notAnalysed();
  }

  /**
   * Returns the verdict line for one right: "not analysed" when its limitation text was not understood, otherwise
   * the number of grounds no binding clause permits.
   *
   * @param right a right of the catalogue
   * @return the verdict: {@code "not analysed"}, {@code "treaty status unknown"} (the standards do not record the
   *     state's parties), {@code "bound by no instrument"}, {@code "2 grounds not permitted"} or {@code "no finding"}
   */
  public String verdict(Right right) {
    checkNotNull(right, "right");
    if (notAnalysed().contains(right.id())) {
      return "not analysed";
    }
    if (!partiesKnown) {
      return "treaty status unknown";
    }
    if (binding.isEmpty()) {
      return "bound by no instrument";
    }
    long bad = report.notPermitted().stream().filter(f -> f.right().equals(right.id())).count();
    return bad == 0 ? "no finding" : bad + " grounds not permitted";
  }
}
