package org.lexkit.rights.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.rights.CanonicalGround;
import org.lexkit.core.rights.RightId;
import org.lexkit.rights.extraction.Extraction;
import org.lexkit.rights.extraction.RightsExtractor;
import org.lexkit.rights.support.KzDocuments;

/**
 * The Kazakhstan story on the full shared texts (skipped without them): extract the 1995 official text and the
 * 2026 articles, check them against the ICCPR (binding since 24 January 2006), and print what was found.
 */
class KazakhstanFindingsTest {
  private static final RightId ASSEMBLY = RightId.parse("peaceful-assembly");

  private static StandardsReport check(LegalDocument document, String label) {
    Extraction found = RightsExtractor.create().extract(document);
    StandardsCheck iccpr = StandardsCheck.bindingOn(Standards.standard(), document.identity().country(),
        LocalDate.of(2026, 7, 1));
    StandardsReport report = iccpr.check(found.applyTo(document));
    System.out.println("\n=== " + label + ": " + found.catalogue().rights().size() + " rights, "
        + found.catalogue().generalLimitations().size() + " general clause(s), " + found.notes().size()
        + " note(s); checked against " + iccpr.instruments());
    report.describe().forEach(line -> System.out.println("  " + line));
    return report;
  }

  @Test
  void kz1995_officialText_assemblyOwnGroundsPermitted_generalClauseConstitutionalSystemFlagged() {
    StandardsReport report = check(KzDocuments.constitution1995Russian(), "KZ 1995 (official Russian, 99 articles)");

    assertThat(report.findings(ASSEMBLY)).extracting(f -> f.ground().canonical().orElseThrow(), Finding::origin,
            f -> f.ground().source())
        .containsExactly(tuple(CanonicalGround.CONSTITUTIONAL_ORDER, Finding.Origin.GENERAL,
            ProvisionId.parse("sec_ii__art_39__para_1")));
    assertThat(report.notPermitted()).allMatch(f -> f.ground().means(CanonicalGround.CONSTITUTIONAL_ORDER)
        && f.origin() == Finding.Origin.GENERAL);
    assertThat(report.notPermitted()).extracting(f -> f.right().value()).containsExactly(
        "freedom-of-speech", "freedom-of-creative-activity", "freedom-of-information", "freedom-of-association",
        "peaceful-assembly");
  }

  @Test
  void kz2026_russianText_assemblyConstitutionalOrderFlaggedAsOwnGround() {
    StandardsReport report = check(KzDocuments.constitution2026Russian(), "KZ 2026 (Russian key articles)");

    assertThat(report.findings(ASSEMBLY)).extracting(f -> f.ground().wording(), Finding::origin,
            f -> f.ground().source(), f -> f.clause().id())
        .containsExactly(tuple("защиты основ конституционного строя", Finding.Origin.OWN,
            ProvisionId.parse("sec_ii__art_34"), "ICCPR-21"));
    assertThat(report.findings(RightId.parse("freedom-of-speech"))).extracting(Finding::origin)
        .containsExactly(Finding.Origin.GENERAL);
    assertThat(report.cannotBeChecked()).isEmpty();
  }

  @Test
  void kz2026_englishTranslation_sameFindingsAsTheRussian() {
    StandardsReport russian = check(KzDocuments.constitution2026Russian(), "KZ 2026 (Russian key articles)");
    StandardsReport english = check(KzDocuments.constitution2026English(), "KZ 2026 (English working translation)");

    assertThat(english.notPermitted()).extracting(f -> f.right(), f -> f.ground().canonical(), Finding::origin)
        .containsExactlyElementsOf(russian.notPermitted().stream()
            .filter(f -> !f.right().equals(RightId.parse("freedom-of-association")))  // art. 26 is not translated
            .map(f -> tuple(f.right(), f.ground().canonical(), f.origin())).toList());
  }
}
