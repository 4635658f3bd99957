package org.lexkit.rights.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lexkit.core.document.DocumentIdentity;
import org.lexkit.core.document.DocumentType;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.rights.Right;
import org.lexkit.core.rights.RightId;
import org.lexkit.rights.support.DomainTexts;
import org.lexkit.rights.support.KzDocuments;
import org.lexkit.rights.support.TextDocuments;

class RightsAnalysisTest {
  private static LegalDocument excerpt(String name, String country, String language) {
    return TextDocuments.excerpt(
        DocumentIdentity.of(country, DocumentType.CONSTITUTION, LocalDate.of(1996, 12, 10), "constitution", language),
        name, TextDocuments.resourceLines("constitutions/" + name + ".txt"));
  }

  @Test
  void of_proportionalityClause_everyRightNotAnalysedNeverCompliant() {
    RightsAnalysis analysis = RightsAnalysis.of(excerpt("za-constitution.eng", "za", "eng"), LocalDate.of(2026, 1, 1));

    Right expression = analysis.extraction().catalogue().right(RightId.parse("freedom-of-speech")).orElseThrow();
    assertThat(analysis.notAnalysed()).contains(expression.id(), RightId.parse("peaceful-assembly"));
    assertThat(analysis.verdict(expression)).isEqualTo("not analysed");
    assertThat(analysis.extraction().notes()).anySatisfy(n -> assertThat(n.provision().value()).contains("art_36"));
  }

  @Test
  void of_stateWithoutPartyData_saysUnknownNotBoundByNone() {
    RightsAnalysis analysis = RightsAnalysis.of(excerpt("in-constitution.eng", "in", "eng"), LocalDate.of(2026, 1, 1));

    Right speech = analysis.extraction().catalogue().right(RightId.parse("freedom-of-speech")).orElseThrow();
    assertThat(analysis.partiesKnown()).isFalse();
    assertThat(analysis.binding()).isEmpty();
    assertThat(analysis.verdict(speech)).isEqualTo("treaty status unknown");
  }

  @Test
  void of_kazakhstan2026_boundByTheIccprAndAnalysed() {
    DomainTexts.require();
    RightsAnalysis analysis = RightsAnalysis.of(KzDocuments.constitution2026Russian(), LocalDate.of(2026, 7, 1));

    assertThat(analysis.partiesKnown()).isTrue();
    assertThat(analysis.binding()).extracting(Instrument::code).containsExactly("ICCPR");
    Right assembly = analysis.extraction().catalogue().right(RightId.parse("peaceful-assembly")).orElseThrow();
    assertThat(analysis.verdict(assembly)).endsWith("grounds not permitted");
  }

  @Test
  void standard_russiaLeftTheEchrOn16September2022() {
    Instrument echr = Standards.standard().instrument("ECHR").orElseThrow();

    assertThat(echr.isBinding("ru", LocalDate.of(2022, 9, 15))).isTrue();
    assertThat(echr.isBinding("ru", LocalDate.of(2022, 9, 16))).isFalse();
    assertThat(Standards.standard().bindingOn("ru", LocalDate.of(2026, 1, 1))).extracting(Instrument::code)
        .containsExactly("ICCPR");
  }

  @Test
  void of_russia2020_checkedAgainstTheIccprAndTheEchr() {
    LegalDocument russia = TextDocuments.excerpt(
        DocumentIdentity.of("ru", DocumentType.CONSTITUTION, LocalDate.of(2020, 7, 4), "constitution", "rus"),
        "ru", TextDocuments.resourceLines("constitutions/ru-constitution.rus.txt"));

    RightsAnalysis analysis = RightsAnalysis.of(russia, LocalDate.of(2020, 7, 4));

    assertThat(analysis.binding()).extracting(Instrument::code).containsExactly("ICCPR", "ECHR");
    // Art. 55(3) lists defence of the country, which neither art. 21 ICCPR nor art. 11(2) ECHR permits.
    Right assembly = analysis.extraction().catalogue().right(RightId.parse("peaceful-assembly")).orElseThrow();
    assertThat(analysis.verdict(assembly)).endsWith("grounds not permitted");
  }
}
