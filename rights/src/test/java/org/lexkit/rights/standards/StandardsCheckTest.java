package org.lexkit.rights.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lexkit.core.amendment.AddRestrictionGround;
import org.lexkit.core.amendment.Amendment;
import org.lexkit.core.amendment.AmendmentId;
import org.lexkit.core.amendment.AmendmentResult;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.rights.CanonicalGround;
import org.lexkit.core.rights.Holder;
import org.lexkit.core.rights.RestrictionGround;
import org.lexkit.core.rights.Right;
import org.lexkit.core.rights.RightId;
import org.lexkit.core.rights.RightsCatalogue;
import org.lexkit.rights.extraction.GroundVocabulary;
import org.lexkit.rights.extraction.RightsExtractor;
import org.lexkit.rights.support.KzArticles;

class StandardsCheckTest {
  private static final Standards STANDARDS = Standards.standard();
  private static final StandardsCheck ICCPR = StandardsCheck.against(STANDARDS, "ICCPR");
  private static final RightId ASSEMBLY = RightId.parse("peaceful-assembly");
  private static final RightId SPEECH = RightId.parse("freedom-of-speech");
  private static final RightId CONSCIENCE = RightId.parse("freedom-of-conscience");

  private static LegalDocument annotated(LegalDocument document) {
    return RightsExtractor.create().extract(document).applyTo(document);
  }

  @Test
  void kz1995Article32_ownGrounds_allFourPermittedByIccpr21() {
    LegalDocument kz = annotated(KzArticles.article32Only());
    StandardsReport report = ICCPR.check(kz);

    Right assembly = kz.rights().right(ASSEMBLY).orElseThrow();
    assertThat(assembly.grounds()).extracting(g -> g.canonical().orElseThrow()).containsExactly(
        CanonicalGround.NATIONAL_SECURITY, CanonicalGround.PUBLIC_ORDER, CanonicalGround.PUBLIC_HEALTH,
        CanonicalGround.RIGHTS_OF_OTHERS);
    assertThat(ICCPR.applicableClauses(assembly)).extracting(TreatyClause::id).containsExactly("ICCPR-21");
    assertThat(report.findings()).isEmpty();
    // ICCPR art. 21 protects everyone; art. 32 grants assembly to citizens only.
    assertThat(report.narrowerHolders()).extracting(HolderFinding::right, h -> h.clause().id())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ASSEMBLY, "ICCPR-21"));
  }

  @Test
  void kz1995WithArticle39_assembly_onlyTheGeneralClausesConstitutionalSystemFlagged() {
    StandardsReport report = ICCPR.check(annotated(KzArticles.excerpt1995()));

    ImmutableList<Finding> assembly = report.findings(ASSEMBLY);
    assertThat(assembly).hasSize(1);
    Finding finding = assembly.get(0);
    assertThat(finding.ground().canonical()).contains(CanonicalGround.CONSTITUTIONAL_ORDER);
    assertThat(finding.ground().wording()).isEqualTo("защиты конституционного строя");
    assertThat(finding.ground().source()).isEqualTo(ProvisionId.parse("sec_ii__art_39__para_1"));
    assertThat(finding.origin()).isEqualTo(Finding.Origin.GENERAL);
    assertThat(finding.clause().id()).isEqualTo("ICCPR-21");
    assertThat(finding.verdict()).isEqualTo(Finding.Verdict.NOT_PERMITTED);
  }

  @Test
  void kz1995_conscienceInNonRestrictableList_hasNoFindingsDespiteGeneralClause() {
    LegalDocument kz = annotated(KzArticles.excerpt1995());

    assertThat(kz.rights().right(CONSCIENCE)).isPresent();
    assertThat(kz.rights().effectiveGrounds(CONSCIENCE)).isEmpty();
    assertThat(ICCPR.check(kz).findings(CONSCIENCE)).isEmpty();
  }

  @Test
  void kz2026Article34_constitutionalOrderFlaggedAsOwnGround() {
    StandardsReport report = ICCPR.check(annotated(KzArticles.article34Only()));

    assertThat(report.findings()).hasSize(1);
    Finding finding = report.findings().get(0);
    assertThat(finding.right()).isEqualTo(ASSEMBLY);
    assertThat(finding.ground().canonical()).contains(CanonicalGround.CONSTITUTIONAL_ORDER);
    assertThat(finding.ground().wording()).isEqualTo("защиты основ конституционного строя");
    assertThat(finding.ground().source()).isEqualTo(ProvisionId.parse("sec_ii__art_34"));
    assertThat(finding.origin()).isEqualTo(Finding.Origin.OWN);
    assertThat(finding.clause().citation()).isEqualTo("ICCPR art. 21");
    assertThat(finding.describe()).isEqualTo("peaceful-assembly: ground 'защиты основ конституционного строя'"
        + " (CONSTITUTIONAL_ORDER, own, sec_ii__art_34) is not permitted by ICCPR art. 21");
  }

  @Test
  void kz2026_speech_ownGroundsPermittedButGeneralClauseAddsConstitutionalOrder() {
    LegalDocument kz = annotated(KzArticles.excerpt2026());
    StandardsReport report = ICCPR.check(kz);

    assertThat(kz.rights().right(SPEECH).orElseThrow().grounds()).extracting(g -> g.canonical().orElseThrow())
        .containsExactly(CanonicalGround.REPUTATION_OF_OTHERS, CanonicalGround.PUBLIC_HEALTH,
            CanonicalGround.PUBLIC_MORALS, CanonicalGround.PUBLIC_ORDER);
    assertThat(report.findings(SPEECH)).singleElement().satisfies(f -> {
      assertThat(f.ground().canonical()).contains(CanonicalGround.CONSTITUTIONAL_ORDER);
      assertThat(f.origin()).isEqualTo(Finding.Origin.GENERAL);
      assertThat(f.ground().source()).isEqualTo(ProvisionId.parse("sec_ii__art_41__para_1"));
      assertThat(f.clause().id()).isEqualTo("ICCPR-19-3");
    });
  }

  @Test
  void kz2026Article34_withEchrAsComparator_findingsArePerClause() {
    StandardsReport report = StandardsCheck.against(STANDARDS, "ICCPR", "ECHR")
        .check(annotated(KzArticles.article34Only()));

    // ECHR art. 11(2) lists "prevention of disorder or crime", not public order; the ICCPR lists public order.
    assertThat(report.notPermitted()).extracting(f -> f.ground().canonical().orElseThrow().code(),
            f -> f.clause().id())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("CONSTITUTIONAL_ORDER", "ICCPR-21"),
            org.assertj.core.groups.Tuple.tuple("CONSTITUTIONAL_ORDER", "ECHR-11-2"),
            org.assertj.core.groups.Tuple.tuple("PUBLIC_ORDER", "ECHR-11-2"));
  }

  @Test
  void januaryProposal_spiritualAndMoralValuesFlaggedForSpeechAndAssembly() {
    LegalDocument kz1995 = annotated(KzArticles.excerpt1995());
    GroundVocabulary vocabulary = GroundVocabulary.standard();
    ProvisionId art20 = ProvisionId.parse("sec_ii__art_20__para_1");
    ProvisionId art32 = ProvisionId.parse("sec_ii__art_32");
    // The proposal as reported (Fergana, citing KazTAG, 26 Jan 2026); its wordings go through the vocabulary.
    Amendment proposal = Amendment.of(AmendmentId.parse("kz-2026-01-26-proposal"),
            "Constitutional Commission proposal on speech and assembly",
            AddRestrictionGround.of(SPEECH, vocabulary.ground("the honor and dignity of others", art20, "eng")),
            AddRestrictionGround.of(SPEECH,
                vocabulary.ground("the system of the society's spiritual and moral values", art20, "eng")),
            AddRestrictionGround.of(SPEECH, vocabulary.ground("public order", art20, "eng")),
            AddRestrictionGround.of(ASSEMBLY,
                vocabulary.ground("the protection of the constitutional order", art32, "eng")),
            AddRestrictionGround.of(ASSEMBLY, vocabulary.ground(
                "safeguarding the system of the society's spiritual and moral values", art32, "eng")))
        .proposedOn(LocalDate.of(2026, 1, 26));
    AmendmentResult result = proposal.apply(kz1995);
    assertThat(result.isApplied()).as("%s", result.problems()).isTrue();

    StandardsReport report = ICCPR.check(result.document());

    assertThat(report.notPermitted()).filteredOn(f -> f.right().equals(SPEECH) || f.right().equals(ASSEMBLY))
        .extracting(Finding::right, f -> f.ground().canonical().orElseThrow(), Finding::origin,
            f -> f.clause().id())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(SPEECH, CanonicalGround.SPIRITUAL_AND_MORAL_VALUES,
                Finding.Origin.OWN, "ICCPR-19-3"),
            org.assertj.core.groups.Tuple.tuple(SPEECH, CanonicalGround.CONSTITUTIONAL_ORDER,
                Finding.Origin.GENERAL, "ICCPR-19-3"),
            org.assertj.core.groups.Tuple.tuple(ASSEMBLY, CanonicalGround.CONSTITUTIONAL_ORDER,
                Finding.Origin.OWN, "ICCPR-21"),
            org.assertj.core.groups.Tuple.tuple(ASSEMBLY, CanonicalGround.SPIRITUAL_AND_MORAL_VALUES,
                Finding.Origin.OWN, "ICCPR-21"));
    // The other expression rights of art. 20 are only affected by the general clause of art. 39(1).
    assertThat(report.notPermitted()).filteredOn(f -> !f.right().equals(SPEECH) && !f.right().equals(ASSEMBLY))
        .extracting(Finding::right, f -> f.ground().canonical().orElseThrow(), Finding::origin)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(RightId.parse("freedom-of-creative-activity"),
                CanonicalGround.CONSTITUTIONAL_ORDER, Finding.Origin.GENERAL),
            org.assertj.core.groups.Tuple.tuple(RightId.parse("freedom-of-information"),
                CanonicalGround.CONSTITUTIONAL_ORDER, Finding.Origin.GENERAL));
    // The 1995 text itself had no such ground.
    assertThat(ICCPR.check(kz1995).notPermitted())
        .noneMatch(f -> f.ground().means(CanonicalGround.SPIRITUAL_AND_MORAL_VALUES));
  }

  @Test
  void unmappedGround_isReportedAsCannotBeChecked_neverAsPermitted() {
    ProvisionId art = ProvisionId.parse("art_1");
    RightsCatalogue catalogue = RightsCatalogue.of(List.of(Right.of(ASSEMBLY, "assembly", Holder.EVERYONE, art,
            RestrictionGround.of("public order", art, CanonicalGround.PUBLIC_ORDER),
            RestrictionGround.unmapped("the interests of the lunar landscape", art))
        .withTopic("assem")));

    StandardsReport report = ICCPR.check(catalogue);

    assertThat(report.notPermitted()).isEmpty();
    assertThat(report.cannotBeChecked()).singleElement().satisfies(f -> {
      assertThat(f.ground().wording()).isEqualTo("the interests of the lunar landscape");
      assertThat(f.describe()).contains("unmapped").contains("cannot be checked against ICCPR art. 21");
    });
  }

  @Test
  void rightNoChosenClauseGoverns_withGrounds_isListedAsNotCovered() {
    ProvisionId art = ProvisionId.parse("art_8");
    RightsCatalogue catalogue = RightsCatalogue.of(List.of(
        Right.of(RightId.parse("privacy"), "privacy", Holder.EVERYONE, art,
            RestrictionGround.of("national security", art, CanonicalGround.NATIONAL_SECURITY)),
        Right.of(RightId.parse("education"), "education", Holder.CITIZENS, art)));

    StandardsReport report = ICCPR.check(catalogue);

    assertThat(report.findings()).isEmpty();
    assertThat(report.notCovered()).containsExactly(RightId.parse("privacy"));
    assertThat(report.describe()).containsExactly(
        "privacy: no chosen treaty clause governs this right; its grounds were not checked");
  }

  @Test
  void opinion_iccpr19Paragraph1PermitsNoGroundAtAll() {
    ProvisionId art = ProvisionId.parse("art_19__para_1");
    RightsCatalogue catalogue = RightsCatalogue.of(List.of(Right.of(RightId.parse("freedom-of-opinion"),
        "freedom of opinion", Holder.EVERYONE, art,
        RestrictionGround.of("public order", art, CanonicalGround.PUBLIC_ORDER)).withTopic("opinion")));

    assertThat(ICCPR.check(catalogue).notPermitted()).extracting(f -> f.clause().id()).containsExactly("ICCPR-19-1");
  }

  @Test
  void bindingOn_kazakhstanIn2026_isTheIccprOnly() {
    assertThat(STANDARDS.bindingOn("kz", LocalDate.of(2026, 7, 1))).extracting(Instrument::code)
        .containsExactly("ICCPR");
    assertThat(StandardsCheck.bindingOn(STANDARDS, "kz", LocalDate.of(2026, 7, 1)).instruments())
        .extracting(Instrument::code).containsExactly("ICCPR");
    assertThat(STANDARDS.instrument("ICCPR").orElseThrow().boundSince("kz")).contains(LocalDate.of(2006, 1, 24));
    assertThat(STANDARDS.instrument("ECHR").orElseThrow().boundSince("kz")).isEmpty();
  }

  @Test
  void bindingOn_kazakhstanBeforeRatification_throwsNamingTheDate() {
    assertThatThrownBy(() -> StandardsCheck.bindingOn(STANDARDS, "kz", LocalDate.of(2006, 1, 23)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'kz' is bound by none of [ICCPR, ECHR, ACHR, ACHPR] on 2006-01-23");
  }

  @Test
  void against_unknownInstrument_throwsNamingTheKnownOnes() {
    assertThatThrownBy(() -> StandardsCheck.against(STANDARDS, "ARAB"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown instrument 'ARAB' (known: [ICCPR, ECHR, ACHR, ACHPR])");
  }

  @Test
  void parse_clauseOfUnknownInstrument_errorNamesTheLine() {
    String tsv = "instrument\tICCPR\tCovenant\n# comment\nclause\tECHR-11-2\tECHR\tart. 11(2)\tEVERYONE\tPUBLIC_ORDER\n";
    assertThatThrownBy(() -> Standards.parse(tsv, "mine.tsv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mine.tsv:3: unknown instrument 'ECHR'");
  }

  @Test
  void parse_badDate_errorNamesTheLine() {
    String tsv = "instrument\tICCPR\tCovenant\nparty\tICCPR\tkz\t24.01.2006\tnote\n";
    assertThatThrownBy(() -> Standards.parse(tsv, "mine.tsv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("mine.tsv:2: Text '24.01.2006' could not be parsed");
  }

  @Test
  void standard_clausesMatchTheTreatyLists() {
    TreatyClause art21 = STANDARDS.clauses().stream().filter(c -> c.id().equals("ICCPR-21")).findFirst()
        .orElseThrow();
    assertThat(art21.permitted()).containsExactlyInAnyOrder(CanonicalGround.NATIONAL_SECURITY,
        CanonicalGround.PUBLIC_SAFETY, CanonicalGround.PUBLIC_ORDER, CanonicalGround.PUBLIC_HEALTH,
        CanonicalGround.PUBLIC_MORALS, CanonicalGround.RIGHTS_OF_OTHERS);
    TreatyClause echr10 = STANDARDS.clauses().stream().filter(c -> c.id().equals("ECHR-10-2")).findFirst()
        .orElseThrow();
    assertThat(echr10.permitted()).hasSize(10).doesNotContain(CanonicalGround.PUBLIC_ORDER,
        CanonicalGround.CONSTITUTIONAL_ORDER, CanonicalGround.SPIRITUAL_AND_MORAL_VALUES);
    assertThat(STANDARDS.clauses()).noneMatch(c -> c.permits(CanonicalGround.CONSTITUTIONAL_ORDER)
        || c.permits(CanonicalGround.SPIRITUAL_AND_MORAL_VALUES));
  }
}
