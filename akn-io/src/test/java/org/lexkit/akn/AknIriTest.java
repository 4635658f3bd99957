package org.lexkit.akn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AknIriTest {

  @Test
  void parse_workIri_hasWorkParts() {
    AknIri iri = AknIri.parse("/akn/kz/act/1995-08-30/constitution");

    assertThat(iri.country()).isEqualTo("kz");
    assertThat(iri.type()).isEqualTo("act");
    assertThat(iri.subtype()).isEmpty();
    assertThat(iri.date()).isEqualTo(AknIri.WorkDate.of(LocalDate.of(1995, 8, 30)));
    assertThat(iri.number()).isEqualTo("constitution");
    assertThat(iri.level()).isEqualTo(AknIri.Level.WORK);
  }

  @Test
  void parse_expressionIri_hasLanguageAndVersionDate() {
    AknIri iri = AknIri.parse("/akn/kz/act/1995-08-30/constitution/rus@2022-09-17");

    assertThat(iri.level()).isEqualTo(AknIri.Level.EXPRESSION);
    assertThat(iri.expression().orElseThrow().language()).isEqualTo("rus");
    assertThat(iri.expression().orElseThrow().kind()).isEqualTo(AknIri.Expression.Kind.VERSION);
    assertThat(iri.expression().orElseThrow().versionDate()).contains(LocalDate.of(2022, 9, 17));
    assertThat(iri.toWork()).isEqualTo(AknIri.parse("/akn/kz/act/1995-08-30/constitution"));
  }

  @Test
  void parse_manifestationFileName_isUnmarkedComponentWithFormat() {
    AknIri iri = AknIri.parse("/akn/kz/act/1995-08-30/constitution/rus@2022-09-17/main.xml");

    assertThat(iri.level()).isEqualTo(AknIri.Level.MANIFESTATION);
    assertThat(iri.component()).contains(new AknIri.Component(ImmutableList.of("main"), false));
    assertThat(iri.format()).contains("xml");
    assertThat(iri.toExpression()).isEqualTo(AknIri.parse("/akn/kz/act/1995-08-30/constitution/rus@2022-09-17"));
  }

  @Test
  void parse_subtypeAndAuthor_areSeparated() {
    AknIri byLaw = AknIri.parse("/akn/za/act/by-law/2003-08-18/fire-safety");
    AknIri proposal = AknIri.parse("/akn/eu/documentCollection/COMproposal/ec/2013/619/eng@ver_final.akn");

    assertThat(byLaw.subtype()).contains("by-law");
    assertThat(byLaw.author()).isEmpty();
    assertThat(proposal.subtype()).contains("COMproposal");
    assertThat(proposal.author()).contains("ec");
    assertThat(proposal.date().precision()).isEqualTo(AknIri.WorkDate.Precision.YEAR);
    assertThat(proposal.expression().orElseThrow().versions()).containsExactly("ver_final");
    assertThat(proposal.format()).contains("akn");
  }

  @Test
  void parse_yearOnlyDate_isFlaggedAndPrintsAsYear() {
    AknIri dpa = AknIri.parse("/akn/uk/act/1998/29");

    assertThat(dpa.date().precision()).isEqualTo(AknIri.WorkDate.Precision.YEAR);
    assertThat(dpa.date().date()).isEqualTo(LocalDate.of(1998, 1, 1));
    assertThat(dpa.toString()).isEqualTo("/akn/uk/act/1998/29");
    assertThat(dpa.date()).isNotEqualTo(AknIri.WorkDate.of(LocalDate.of(1998, 1, 1)));
  }

  @Test
  void parse_componentsAndPortions_areTyped() {
    AknIri nested = AknIri.parse("/akn/za/act/2009/10/eng/!annexure_1/schedule_1");
    AknIri portion = AknIri.parse("/akn/eu/act/2003-10-13/87/eng@2015-01-20/!main~art_3->art_5");
    AknIri workPortion = AknIri.parse("/akn/kz/act/1995-08-30/constitution/~art_5");

    assertThat(nested.component().orElseThrow().names()).containsExactly("annexure_1", "schedule_1");
    assertThat(nested.expression().orElseThrow().kind()).isEqualTo(AknIri.Expression.Kind.CURRENT);
    assertThat(portion.portion()).contains(new AknIri.Portion(Eid.parse("art_3"), Optional.of(Eid.parse("art_5"))));
    assertThat(workPortion.level()).isEqualTo(AknIri.Level.WORK);
    assertThat(workPortion.portion().orElseThrow().first()).isEqualTo(Eid.parse("art_5"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/akn/kz/act/1995-08-30/constitution",
      "/akn/kz/act/1995-08-30/constitution/rus@2022-09-17",
      "/akn/kz/act/1995-08-30/constitution/rus@2022-09-17/main.xml",
      "/akn/kz/act/1995-08-30/constitution/rus@2022-09-17/!main",
      "/akn/kz/act/1995-08-30/constitution/rus@2022-09-17/!main.xml",
      "/akn/kz/act/1995-08-30/constitution/rus@/~art_32",
      "/akn/kz/act/1995-08-30/constitution/rus:2020-01-01",
      "/akn/kz/act/1995-08-30/constitution/rus:",
      "/akn/za/act/by-law/2003-08-18/fire-safety",
      "/akn/uk/act/1998/29",
      "/akn/tz/act/1977/1/swa@2002-07-31/!appendix_1",
      "/akn/us/act/2011-11-29/112-61/eng@/!main.xml",
      "/akn/dz/debaterecord/2004-12-21/nn/fra@.akn",
      "/akn/za/judgement/2008-11-26/653-07/eng@/!main",
      "/akn/uy/bill/camera/2010-09-27/carpeta395-2010/esp@",
      "/akn/uy/bill/ejecutivo/carpeta/2005-04-04/137-2005/esp@2005-05-02T13:30:00-03:00",
      "/akn/sl/act/2004-02-13/2/eng.pdf",
      "/akn/ng/bill/2003-05-14/19/eng@first",
      "/akn/uy/act/2009-12-12/18331/esp@2009-12-12;2010-01-05",
      "/akn/it-45/act/2014-05-24/11",
      "/akn/kz/act/1995-08-30/constitution/rus@2022-09-17/~sec_ii__art_32__para_1__point_а",
  })
  void parse_conformingIri_toStringReproducesInput(String text) {
    assertThat(AknIri.parse(text).toString()).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/kz/act/1995-08-30/constitution | should start with '/akn/' (parseLenient reads it without)",
      "kz/act/1995-08-30/constitution | should start with '/akn/'",
      "/akn/kz/act/2018-05/1 | work date '2018-05' is a year and month; the naming convention writes YYYY-MM-DD or YYYY",
      "/akn/kz/act/1995-08-30/constitution/!main.xml | '!main.xml' ends in the manifestation format '.xml', but a format needs an",
      "/akn/za/act/2005/5/~sec_5.html | '~sec_5.html' ends in the manifestation format '.html'",
      "/akn/KZ/act/1995-08-30/constitution | country 'KZ' is malformed",
      "/akn/kz/act/1995-08-31x/constitution | '1995-08-31x' is not a work date",
      "/akn/kz/act/1995-02-30/constitution | work date '1995-02-30' is not a real day or year",
      "/akn/kz/act/1995-08-30 | no work number",
      "/akn/kz/act/constitution | no work date",
      "/akn/us/usc/title_9 | no work date",
      "/akn/kz/act/a/b/c/1995/1 | expected the work date (YYYY-MM-DD or YYYY) after at most a subtype and an author",
      "/akn/kz/act/1995-08-30/constitution/russian@ | 'russian' is not a language",
      "/akn/kz/act/1995-08-30/constitution/ru@2022-01-01 | 'ru' is not a language",
      "/akn/kz/act/1995-08-30/constitution/rus@2022-13-01 | version date '2022-13-01' is not a real day",
      "/akn/kz/act/1995-08-30/constitution/rus:2022-01-01->2023-01-01 | date intervals",
      "/akn/kz/act/1995-08-30/constitution/rus:ver_2 | a virtual expression (rus:) takes at most one date",
      "/akn/kz/act/1995-08-30/constitution//rus | empty segment",
      "/akn/kz/act/1995-08-30/constitution/rus/ | empty segment (a trailing '/'; parseLenient drops it)",
      "/akn/kz/act/1995-08-30/15.848 | contains '.'",
      "/akn/kz/act/1995-08-30/constitution/main.xml | 'main' is not a language",
      "/akn/kz/act/1995-08-30/constitution/rus@/main | neither a component (starting with '!') nor a portion",
      "/akn/kz/act/1995-08-30/constitution/rus@/~art__5 | portion 'art__5'",
      "/akn/kz/act/1995-08-30/constitution/rus@2004/CIRSFID/2011-07-15.akn | manifestation annotations",
      "/akn/kz/act/1995-08-30/constitution/rus.XML | 'XML' is malformed",
      "/akn/ke/minutes/2011-06-10/eng@.akn | no work number after the date, but the expression 'eng@.akn'",
      "/akn/kz | at least country, document type, date and number",
  })
  void parse_malformed_rejectedQuotingInputAndPart(String text, String expected) {
    assertThatThrownBy(() -> AknIri.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("'" + text + "' is not an AKN IRI: ")
        .hasMessageContaining(expected);
  }

  @Test
  void parse_numericComponentName_isAComponent() {
    AknIri pn = AknIri.parse("/akn/za-wc/act/pn/2018/46/!6");

    assertThat(pn.component()).contains(new AknIri.Component(ImmutableList.of("6"), true));
    assertThat(pn.subtype()).contains("pn");
    assertThat(pn.toString()).isEqualTo("/akn/za-wc/act/pn/2018/46/!6");
  }

  @Test
  void parse_formatAfterExpressionPortion_isSplitFromTheEid() {
    AknIri xml = AknIri.parse("/akn/za/act/2005/5/eng/~sec_5.xml");

    assertThat(xml.portion().orElseThrow().first()).isEqualTo(Eid.parse("sec_5"));
    assertThat(xml.format()).contains("xml");
  }

  @Test
  void constructor_unmarkedFileNameStartingWithDigit_rejected() {
    assertThatThrownBy(() -> new AknIri.Component(ImmutableList.of("2011-07-15"), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'2011-07-15' is not a component file name");
  }

  @Test
  void constructor_workPortionEndingLikeFormat_rejected() {
    AknIri work = AknIri.parse("/akn/za/act/2005/5");

    assertThatThrownBy(() -> work.withPortion(Eid.parse("sec_5.html")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("portion ~sec_5.html ends like a manifestation format (.html); a work-level IRI cannot"
            + " carry it");
  }

  // --------------------------------------------------------------------------------------------- lenient parse

  @Test
  void parseLenient_prefixlessWithTrailingSlash_saysWhatItNormalised() {
    AknIri.LenientParse read = AknIri.parseLenient("/gh/act/2020/1013/");

    assertThat(read.iri()).isEqualTo(AknIri.parse("/akn/gh/act/2020/1013"));
    assertThat(read.conforms()).isFalse();
    assertThat(read.deviations()).containsExactly(
        new AknIri.Deviation(AknIri.Deviation.Kind.MISSING_PREFIX,
            "no '/akn' prefix before '/gh' (the naming convention requires it, §4.5); read as if present"),
        new AknIri.Deviation(AknIri.Deviation.Kind.TRAILING_SLASH, "dropped 1 trailing '/' after 'gh/act/2020/1013'"));
  }

  @Test
  void parseLenient_monthDate_keptWithMonthPrecision() {
    AknIri.LenientParse read = AknIri.parseLenient("/akn/za/act/2018-05/3/eng@2018-06-01");

    assertThat(read.iri().date()).isEqualTo(AknIri.WorkDate.ofMonth(YearMonth.of(2018, 5)));
    assertThat(read.iri().toString()).isEqualTo("/akn/za/act/2018-05/3/eng@2018-06-01");
    assertThat(read.deviations()).extracting(AknIri.Deviation::description).containsExactly(
        "work date '2018-05' is a year and month (the naming convention writes YYYY-MM-DD or YYYY, §4.5); kept with"
            + " month precision");
  }

  @Test
  void parseLenient_conformingText_isTheStrictParse() {
    String text = "/akn/kz/act/1995-08-30/constitution/rus@2022-09-17/!main~art_1.xml";

    assertThat(AknIri.parseLenient(text)).isEqualTo(new AknIri.LenientParse(AknIri.parse(text), ImmutableList.of()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/akn/za/act/2018-13/3 | work date '2018-13' is not a real year and month",
      "/za/act/2018-5/3 | '2018-5' is not a work date",
      "akn/za/act/2018/3 | it should start with '/akn/', or without the prefix with '/' and a country code",
      "/ZA/act/2018/3 | it should start with '/akn/', or without the prefix",
      "/za//act/2018/3 | empty segment",
      "/akn/ | empty segment",
      "/za/act/2005/5/~sec_5.html/ | a format needs an expression",
  })
  void parseLenient_malformed_rejectedQuotingTheTextAsGiven(String text, String expected) {
    assertThatThrownBy(() -> AknIri.parseLenient(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("'" + text + "' is not an AKN IRI: ")
        .hasMessageContaining(expected);
  }

  @Test
  void workDate_ordersCoarserFirstAndPrintsAtItsPrecision() {
    AknIri.WorkDate year = AknIri.WorkDate.ofYear(2018);
    AknIri.WorkDate month = AknIri.WorkDate.ofMonth(YearMonth.of(2018, 1));
    AknIri.WorkDate day = AknIri.WorkDate.of(LocalDate.of(2018, 1, 1));

    assertThat(ImmutableList.sortedCopyOf(List.of(day, month, year))).containsExactly(year, month, day);
    assertThat(List.of(year, month, day)).extracting(AknIri.WorkDate::toString)
        .containsExactly("2018", "2018-01", "2018-01-01");
    assertThatThrownBy(() -> new AknIri.WorkDate(LocalDate.of(2018, 1, 2), AknIri.WorkDate.Precision.MONTH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1st of the month");
  }

  @Test
  void parse_null_throwsNpe() {
    assertThatThrownBy(() -> AknIri.parse(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void constructor_authorWithoutSubtype_rejected() {
    AknIri work = AknIri.work("za", "act", AknIri.WorkDate.ofYear(2002), "1");

    assertThatThrownBy(() -> work.withAuthor("cape-town"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a subtype");
  }

  @Test
  void constructor_formatWithoutExpression_rejected() {
    AknIri work = AknIri.work("za", "act", AknIri.WorkDate.ofYear(2002), "1");

    assertThatThrownBy(() -> work.withFormat("xml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs an expression");
  }

  @Test
  void constructor_portionEndingLikeFormat_rejected() {
    AknIri expression = AknIri.parse("/akn/kz/act/1995-08-30/constitution/rus@");

    assertThatThrownBy(() -> expression.withPortion(Eid.parse("art_3.a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ends like a manifestation format");
    assertThat(expression.withFormat("xml").withPortion(Eid.parse("art_3.a")).toString())
        .isEqualTo("/akn/kz/act/1995-08-30/constitution/rus@/~art_3.a.xml");
  }

  @Test
  void withers_buildTheBriefsExamples() {
    AknIri work = AknIri.work("kz", "act", AknIri.WorkDate.of(LocalDate.of(1995, 8, 30)), "constitution");

    assertThat(work.withVersion("rus", LocalDate.of(2022, 9, 17)).withComponent("main").withFormat("xml").toString())
        .isEqualTo("/akn/kz/act/1995-08-30/constitution/rus@2022-09-17/!main.xml");
    assertThat(work.withOriginalVersion("kaz").toString()).isEqualTo("/akn/kz/act/1995-08-30/constitution/kaz@");
    assertThat(work.withVersionAsOf("rus", LocalDate.of(2020, 1, 1)).toString())
        .isEqualTo("/akn/kz/act/1995-08-30/constitution/rus:2020-01-01");
    assertThat(AknIri.work("za", "act", AknIri.WorkDate.of(LocalDate.of(2003, 8, 18)), "12").withSubtype("by-law")
        .toString()).isEqualTo("/akn/za/act/by-law/2003-08-18/12");
  }

  @Test
  void compareTo_sortsExpressionsByVersionDate() {
    List<AknIri> sorted = ImmutableList.sortedCopyOf(List.of(
        AknIri.parse("/akn/kz/act/1995-08-30/constitution/rus@2022-09-17"),
        AknIri.parse("/akn/kz/act/1995-08-30/constitution/rus@1998-10-07"),
        AknIri.parse("/akn/kz/act/1995-08-30/constitution"),
        AknIri.parse("/akn/kz/act/1995-08-30/constitution/rus@2011-02-02")));

    assertThat(sorted).extracting(AknIri::toString).containsExactly(
        "/akn/kz/act/1995-08-30/constitution",
        "/akn/kz/act/1995-08-30/constitution/rus@1998-10-07",
        "/akn/kz/act/1995-08-30/constitution/rus@2011-02-02",
        "/akn/kz/act/1995-08-30/constitution/rus@2022-09-17");
  }

  // --------------------------------------------------------------------------------------------- resolution

  private static final List<AknIri> KZ_VERSIONS = List.of(
      AknIri.parse("/akn/kz/act/1995-08-30/constitution/rus@1995-08-30"),
      AknIri.parse("/akn/kz/act/1995-08-30/constitution/rus@1998-10-07"),
      AknIri.parse("/akn/kz/act/1995-08-30/constitution/rus@2007-05-21"),
      AknIri.parse("/akn/kz/act/1995-08-30/constitution/rus@2022-09-17"),
      AknIri.parse("/akn/kz/act/1995-08-30/constitution/kaz@2022-09-17"),
      AknIri.parse("/akn/kz/act/1995-09-01/other/rus@2021-01-01"));
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 26);

  @Test
  void resolve_atDate_picksExactExpression() {
    AknIri reference = AknIri.parse("/akn/kz/act/1995-08-30/constitution/rus@2007-05-21/~art_32");

    assertThat(reference.resolve(KZ_VERSIONS, TODAY)).contains(KZ_VERSIONS.get(2));
  }

  @Test
  void resolve_atMissingDate_isEmpty() {
    assertThat(AknIri.parse("/akn/kz/act/1995-08-30/constitution/rus@2007-05-22").resolve(KZ_VERSIONS, TODAY))
        .isEmpty();
  }

  @Test
  void resolve_colonDate_picksLatestAtOrBefore() {
    assertThat(AknIri.parse("/akn/kz/act/1995-08-30/constitution/rus:2020-01-01").resolve(KZ_VERSIONS, TODAY))
        .contains(KZ_VERSIONS.get(2));
    assertThat(AknIri.parse("/akn/kz/act/1995-08-30/constitution/rus:2007-05-21").resolve(KZ_VERSIONS, TODAY))
        .contains(KZ_VERSIONS.get(2));
    assertThat(AknIri.parse("/akn/kz/act/1995-08-30/constitution/rus:1990-01-01").resolve(KZ_VERSIONS, TODAY))
        .isEmpty();
    assertThat(AknIri.parse("/akn/kz/act/1995-08-30/constitution/kaz:").resolve(KZ_VERSIONS, TODAY))
        .contains(KZ_VERSIONS.get(4));
  }

  @Test
  void resolve_originalAndCurrent_useEarliestAndLatestUntilToday() {
    assertThat(AknIri.parse("/akn/kz/act/1995-08-30/constitution/rus@").resolve(KZ_VERSIONS, TODAY))
        .contains(KZ_VERSIONS.get(0));
    assertThat(AknIri.parse("/akn/kz/act/1995-08-30/constitution/rus").resolve(KZ_VERSIONS, TODAY))
        .contains(KZ_VERSIONS.get(3));
    assertThat(AknIri.parse("/akn/kz/act/1995-08-30/constitution/rus").resolve(KZ_VERSIONS, LocalDate.of(2000, 1, 1)))
        .contains(KZ_VERSIONS.get(1));
  }

  @Test
  void resolve_workLevelReference_throws() {
    assertThatThrownBy(() -> AknIri.parse("/akn/kz/act/1995-08-30/constitution").resolve(KZ_VERSIONS, TODAY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("names no version");
  }

  @Test
  void resolve_candidateWithoutExpression_throws() {
    AknIri reference = AknIri.parse("/akn/kz/act/1995-08-30/constitution/rus:");

    assertThatThrownBy(() -> reference.resolve(List.of(AknIri.parse("/akn/kz/act/1995-08-30/constitution")), TODAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not an expression");
  }
}
