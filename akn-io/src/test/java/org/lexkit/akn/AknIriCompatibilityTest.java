package org.lexkit.akn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The IRIs other Akoma Ntoso tools write and read, each with the parts it names.
 *
 * <p>The rows come from two places: the examples of the AKN Naming Convention 1.0 (sections as numbered in its
 * Committee Specification Draft 03: §4.5 work, §4.6.1 expression, §4.6.2 virtual expression, §4.7 manifestation,
 * §4.8.1 components, §4.8.2 hierarchies of components, §4.8.3 package file names, §4.8.4 portions), written out where
 * the convention only describes them; and the forms the URI tests of laws.africa's Python library (cobalt) parse,
 * including the prefix-less ones it used to write. The corpus's own IRIs are kept out of this table: they are the
 * check on real documents ({@link AknIriCorpusTest}), not material to tune the grammar to.
 *
 * <p>Each row is read with {@link AknIri#parseLenient}. A row without deviations must also be read the same by
 * {@link AknIri#parse} and written back as given; a row with deviations must be refused by {@link AknIri#parse}.
 * "-" marks an absent part; the expression is written as the IRI writes it (language, marker, versions).
 */
class AknIriCompatibilityTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # iri                                                                | country | type          | subtype   | author                | date       | number           | expression                     | component                  | portion       | format | deviations
      # §4.5 work-level IRIs
      /akn/sl/act/2004-02-13/2                                             | sl      | act           | -         | -                     | 2004-02-13 | 2                | -                              | -                          | -             | -      | -
      /akn/ng/bill/2003-05-14/19                                           | ng      | bill          | -         | -                     | 2003-05-14 | 19               | -                              | -                          | -             | -      | -
      /akn/mg/act/2003-03-12/3                                             | mg      | act           | -         | -                     | 2003-03-12 | 3                | -                              | -                          | -             | -      | -
      /akn/ke/act/decree/MinistryForeignAffairs/2005-07-12/3               | ke      | act           | decree    | MinistryForeignAffairs | 2005-07-12 | 3               | -                              | -                          | -             | -      | -
      /akn/it-45/act/2014-05-24/11                                         | it-45   | act           | -         | -                     | 2014-05-24 | 11               | -                              | -                          | -             | -      | -
      /akn/za/act/1980/01                                                  | za      | act           | -         | -                     | 1980       | 01               | -                              | -                          | -             | -      | -
      /akn/za/act/by-law/1980/01                                           | za      | act           | by-law    | -                     | 1980       | 01               | -                              | -                          | -             | -      | -
      /akn/za-cpt/act/by-law/1980/01                                       | za-cpt  | act           | by-law    | -                     | 1980       | 01               | -                              | -                          | -             | -      | -
      /akn/za/act/by-law/actor/1980/01                                     | za      | act           | by-law    | actor                 | 1980       | 01               | -                              | -                          | -             | -      | -
      /akn/za/act/1980-02-01/01                                            | za      | act           | -         | -                     | 1980-02-01 | 01               | -                              | -                          | -             | -      | -
      /akn/za/act/1980/nn                                                  | za      | act           | -         | -                     | 1980       | nn               | -                              | -                          | -             | -      | -
      # §4.6.1 expressions: current (no marker), original (@), dated, date-time, labelled, several identifiers
      /akn/dz/debaterecord/2004-12-21/nn/fra                               | dz      | debaterecord  | -         | -                     | 2004-12-21 | nn               | fra                            | -                          | -             | -      | -
      /akn/sl/act/2004-02-13/2/eng                                         | sl      | act           | -         | -                     | 2004-02-13 | 2                | eng                            | -                          | -             | -      | -
      /akn/sl/act/2004-02-13/2/eng@                                        | sl      | act           | -         | -                     | 2004-02-13 | 2                | eng@                           | -                          | -             | -      | -
      /akn/sl/act/2004-02-13/2/eng@2004-07-21                              | sl      | act           | -         | -                     | 2004-02-13 | 2                | eng@2004-07-21                 | -                          | -             | -      | -
      /akn/uy/bill/ejecutivo/carpeta/2005-04-04/137-2005/esp@2005-05-02T13:30:00-03:00 | uy | bill | ejecutivo | carpeta          | 2005-04-04 | 137-2005         | esp@2005-05-02T13:30:00-03:00  | -                          | -             | -      | -
      /akn/ng/bill/2003-05-14/19/eng@first                                 | ng      | bill          | -         | -                     | 2003-05-14 | 19               | eng@first                      | -                          | -             | -      | -
      /akn/mg/act/2003-03-12/3/mul                                         | mg      | act           | -         | -                     | 2003-03-12 | 3                | mul                            | -                          | -             | -      | -
      /akn/eu/bill/directive/CONSIL/2013/COM(2013)344/eng@final_2          | eu      | bill          | directive | CONSIL                | 2013       | COM(2013)344     | eng@final_2                    | -                          | -             | -      | -
      /akn/uy/act/2009-12-12/18331/esp@2009-12-12;2010-01-05               | uy      | act           | -         | -                     | 2009-12-12 | 18331            | esp@2009-12-12;2010-01-05      | -                          | -             | -      | -
      /akn/za/act/1980/02/afr@                                             | za      | act           | -         | -                     | 1980       | 02               | afr@                           | -                          | -             | -      | -
      /akn/za/act/1980/02/afr@2014-01-01                                   | za      | act           | -         | -                     | 1980       | 02               | afr@2014-01-01                 | -                          | -             | -      | -
      /akn/za-jhb/act/notice/2007/5319/eng@2007-12-05                      | za-jhb  | act           | notice    | -                     | 2007       | 5319             | eng@2007-12-05                 | -                          | -             | -      | -
      /akn/za-jhb/act/notice/actor/2007/5319/eng@2007-12-05                | za-jhb  | act           | notice    | actor                 | 2007       | 5319             | eng@2007-12-05                 | -                          | -             | -      | -
      # §4.6.2 virtual expressions (':'), dated or not
      /akn/sl/act/2004-02-13/2/eng:2007-01-01                              | sl      | act           | -         | -                     | 2004-02-13 | 2                | eng:2007-01-01                 | -                          | -             | -      | -
      /akn/eu/act/2004-11-13/87/und:2015-01-10                             | eu      | act           | -         | -                     | 2004-11-13 | 87               | und:2015-01-10                 | -                          | -             | -      | -
      /akn/ch/act/2009-05-09/432/deu:                                      | ch      | act           | -         | -                     | 2009-05-09 | 432              | deu:                           | -                          | -             | -      | -
      /akn/za/act/1980/02/eng:/!main                                       | za      | act           | -         | -                     | 1980       | 02               | eng:                           | !main                      | -             | -      | -
      /akn/za/act/1980/02/eng:2012-01-01/!main                             | za      | act           | -         | -                     | 1980       | 02               | eng:2012-01-01                 | !main                      | -             | -      | -
      # §4.7 manifestations: a format after the expression
      /akn/sl/act/2004-02-13/2/eng.pdf                                     | sl      | act           | -         | -                     | 2004-02-13 | 2                | eng                            | -                          | -             | pdf    | -
      /akn/sl/act/2004-02-13/2/eng@2004-07-21.akn                          | sl      | act           | -         | -                     | 2004-02-13 | 2                | eng@2004-07-21                 | -                          | -             | akn    | -
      /akn/za/act/1980/02/afr.html                                         | za      | act           | -         | -                     | 1980       | 02               | afr                            | -                          | -             | html   | -
      # §4.8.1 components of works, expressions and manifestations; names may be numbers alone (!6)
      /akn/kn/act/2007-01-01/1/!main                                       | kn      | act           | -         | -                     | 2007-01-01 | 1                | -                              | !main                      | -             | -      | -
      /akn/kn/act/2015-01-01/1/!schedule_1                                 | kn      | act           | -         | -                     | 2015-01-01 | 1                | -                              | !schedule_1                | -             | -      | -
      /akn/eu/act/DIR/2014-03-01/16/!annex_1                               | eu      | act           | DIR       | -                     | 2014-03-01 | 16               | -                              | !annex_1                   | -             | -      | -
      /akn/dz/minutes/2004-12-21/nn/fra/!main                              | dz      | minutes       | -         | -                     | 2004-12-21 | nn               | fra                            | !main                      | -             | -      | -
      /akn/sl/act/2004-02-13/2/eng@/!main                                  | sl      | act           | -         | -                     | 2004-02-13 | 2                | eng@                           | !main                      | -             | -      | -
      /akn/sl/act/2004-02-13/2/eng@2004-07-21/!schedule_1                  | sl      | act           | -         | -                     | 2004-02-13 | 2                | eng@2004-07-21                 | !schedule_1                | -             | -      | -
      /akn/za/act/1980/2/!schedule1                                        | za      | act           | -         | -                     | 1980       | 2                | -                              | !schedule1                 | -             | -      | -
      /akn/za-wc/act/pn/2018/46/!6                                         | za-wc   | act           | pn        | -                     | 2018       | 46               | -                              | !6                         | -             | -      | -
      /akn/za-wc/act/2018/46/!6                                            | za-wc   | act           | -         | -                     | 2018       | 46               | -                              | !6                         | -             | -      | -
      /akn/za-wc/act/2018/46/eng@2018-06-01/!6.pdf                         | za-wc   | act           | -         | -                     | 2018       | 46               | eng@2018-06-01                 | !6                         | -             | pdf    | -
      /akn/za/act/1980/02/eng/!main                                        | za      | act           | -         | -                     | 1980       | 02               | eng                            | !main                      | -             | -      | -
      /akn/za/act/1980/02/eng@2014-01-01/!main.html                        | za      | act           | -         | -                     | 1980       | 02               | eng@2014-01-01                 | !main                      | -             | html   | -
      # §4.8.2 hierarchies of components
      /akn/sl/act/2004-02-13/2/eng@2004-07-21/!main/schedule_1             | sl      | act           | -         | -                     | 2004-02-13 | 2                | eng@2004-07-21                 | !main/schedule_1           | -             | -      | -
      /akn/sl/act/2004-02-13/2/eng@2004-07-21/!schedule_1/main             | sl      | act           | -         | -                     | 2004-02-13 | 2                | eng@2004-07-21                 | !schedule_1/main           | -             | -      | -
      /akn/sl/act/2004-02-13/2/eng@2004-07-21/!main/schedule_1/table_A     | sl      | act           | -         | -                     | 2004-02-13 | 2                | eng@2004-07-21                 | !main/schedule_1/table_A   | -             | -      | -
      /akn/eu/debate/2004-02-13/2/mul@/!main                               | eu      | debate        | -         | -                     | 2004-02-13 | 2                | mul@                           | !main                      | -             | -      | -
      /akn/za/act/1980/2/!schedule1/schedule2/schedule3                    | za      | act           | -         | -                     | 1980       | 2                | -                              | !schedule1/schedule2/schedule3 | -         | -      | -
      /akn/za/act/1980/2/eng/!main/schedule_1~chp_2                        | za      | act           | -         | -                     | 1980       | 2                | eng                            | !main/schedule_1           | chp_2         | -      | -
      # §4.8.3 file names in the Akoma Ntoso package manifestation (no '!')
      /akn/sl/act/2004-02-13/2/eng@2004-07-21/main.xml                     | sl      | act           | -         | -                     | 2004-02-13 | 2                | eng@2004-07-21                 | main                       | -             | xml    | -
      /akn/sl/act/2004-02-13/2/eng@2004-07-21/schedule_3.xml               | sl      | act           | -         | -                     | 2004-02-13 | 2                | eng@2004-07-21                 | schedule_3                 | -             | xml    | -
      # §4.8.4 portions: of a work, of an expression, of a component, ranges, and of a manifestation before its format
      /akn/eu/act/2003-10-13/87/~art_3                                     | eu      | act           | -         | -                     | 2003-10-13 | 87               | -                              | -                          | art_3         | -      | -
      /akn/eu/act/2003-10-13/87/eng/~art_3                                 | eu      | act           | -         | -                     | 2003-10-13 | 87               | eng                            | -                          | art_3         | -      | -
      /akn/eu/act/2003-10-13/87/eng@2015-01-20/!main~art_3->art_5          | eu      | act           | -         | -                     | 2003-10-13 | 87               | eng@2015-01-20                 | !main                      | art_3->art_5  | -      | -
      /akn/eu/act/2003-10-13/87/eng@2015-01-20/~art_3->art_5               | eu      | act           | -         | -                     | 2003-10-13 | 87               | eng@2015-01-20                 | -                          | art_3->art_5  | -      | -
      /akn/eu/act/2003-10-13/87/eng@2015-01-20/!schedule_1~art_3.xml       | eu      | act           | -         | -                     | 2003-10-13 | 87               | eng@2015-01-20                 | !schedule_1                | art_3         | xml    | -
      /akn/eu/act/2003-10-13/87/eng@2015-01-20/~art_3.xml                  | eu      | act           | -         | -                     | 2003-10-13 | 87               | eng@2015-01-20                 | -                          | art_3         | xml    | -
      /akn/za/act/2005/5/~sec_5                                            | za      | act           | -         | -                     | 2005       | 5                | -                              | -                          | sec_5         | -      | -
      /akn/za/act/2005/5/eng/~sec_5                                        | za      | act           | -         | -                     | 2005       | 5                | eng                            | -                          | sec_5         | -      | -
      /akn/za/act/2005/5/eng@2002-03-01/~sec_5                             | za      | act           | -         | -                     | 2005       | 5                | eng@2002-03-01                 | -                          | sec_5         | -      | -
      /akn/za/act/2005/5/eng/~sec_5.xml                                    | za      | act           | -         | -                     | 2005       | 5                | eng                            | -                          | sec_5         | xml    | -
      /akn/za/act/2005/5/eng@2002-03-01/~sec_5.xml                         | za      | act           | -         | -                     | 2005       | 5                | eng@2002-03-01                 | -                          | sec_5         | xml    | -
      /akn/za/act/2005/5/!main~sec_5                                       | za      | act           | -         | -                     | 2005       | 5                | -                              | !main                      | sec_5         | -      | -
      /akn/za/act/2005/5/eng/!schedule_3~sec_5                             | za      | act           | -         | -                     | 2005       | 5                | eng                            | !schedule_3                | sec_5         | -      | -
      /akn/za/act/2005/5/eng@2002-03-01/!main~sec_5                        | za      | act           | -         | -                     | 2005       | 5                | eng@2002-03-01                 | !main                      | sec_5         | -      | -
      /akn/za/act/1980/02/eng@/!main~chp_2                                 | za      | act           | -         | -                     | 1980       | 02               | eng@                           | !main                      | chp_2         | -      | -
      /akn/za-jhb/act/by-law/2003/public-health/eng:2015-01-01/!main~part_1.xml | za-jhb | act     | by-law    | -                     | 2003       | public-health    | eng:2015-01-01                 | !main                      | part_1        | xml    | -
      # Outside the convention, read by parseLenient only: no /akn prefix, trailing slashes, YYYY-MM work dates
      /gh/act/2020/1013/eng@2020-04-03                                     | gh      | act           | -         | -                     | 2020       | 1013             | eng@2020-04-03                 | -                          | -             | -      | MISSING_PREFIX
      /gh/act/2020/1013/                                                   | gh      | act           | -         | -                     | 2020       | 1013             | -                              | -                          | -             | -      | MISSING_PREFIX TRAILING_SLASH
      /za/act/1980/01                                                      | za      | act           | -         | -                     | 1980       | 01               | -                              | -                          | -             | -      | MISSING_PREFIX
      /za-cpt/act/by-law/1980/01                                           | za-cpt  | act           | by-law    | -                     | 1980       | 01               | -                              | -                          | -             | -      | MISSING_PREFIX
      /za-jhb/act/by-law/2003/public-health/eng:2015-01-01/!main~part_1.xml | za-jhb | act          | by-law    | -                     | 2003       | public-health    | eng:2015-01-01                 | !main                      | part_1        | xml    | MISSING_PREFIX
      /akn/za/act/1980/01/                                                 | za      | act           | -         | -                     | 1980       | 01               | -                              | -                          | -             | -      | TRAILING_SLASH
      /akn/za/act/1980/02/eng@2014-01-01//                                 | za      | act           | -         | -                     | 1980       | 02               | eng@2014-01-01                 | -                          | -             | -      | TRAILING_SLASH
      /akn/za/act/2018-05/3                                                | za      | act           | -         | -                     | 2018-05    | 3                | -                              | -                          | -             | -      | MONTH_DATE
      /za/act/by-law/2018-05/3/eng/                                        | za      | act           | by-law    | -                     | 2018-05    | 3                | eng                            | -                          | -             | -      | MISSING_PREFIX MONTH_DATE TRAILING_SLASH
      """)
  void parseLenient_formOtherToolsWrite_hasItsParts(String iri, String country, String type, String subtype,
      String author, String date, String number, String expression, String component, String portion,
      String format, String deviations) {
    AknIri.LenientParse read = AknIri.parseLenient(iri);

    assertThat(parts(read.iri())).isEqualTo(String.join(" | ", country, type, subtype, author, date, number,
        expression, component, portion, format));
    assertThat(read.deviations().stream().map(d -> d.kind().name()).collect(Collectors.joining(" ")))
        .isEqualTo(deviations.equals("-") ? "" : deviations);
    if (read.conforms()) {
      assertThat(AknIri.parse(iri)).isEqualTo(read.iri());
      assertThat(read.iri().toString()).isEqualTo(iri);
    } else {
      assertThatThrownBy(() -> AknIri.parse(iri)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("parseLenient");
    }
  }

  /** Forms other tools or the convention's own examples write that Lexkit refuses, and why. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # cobalt reads a format after a work-level portion; a format needs an expression (§4.7), and an eId with '.html'
      # would be silently wrong
      /akn/za/act/2005/5/~sec_5.html                                   | a format needs an expression (language and version) before it, e.g. '/eng/~sec_5.html'
      /akn/za/act/2005/5/!main.xml                                     | a format needs an expression
      # §4.7's debate record example has no number; the work would be ambiguous (use nn)
      /akn/dz/debaterecord/2004-12-21/fra@.doc                         | no work number after the date, but the expression 'fra@.doc'
      # §4.7 manifestation annotations, §4.6.1 expression annotations and §4.6.2 intervals
      /akn/sl/act/2004-02-13/2/eng@2004-07-21/CIRSFID/2011-07-15.akn   | manifestation annotations are not supported
      /akn/sl/act/2004-02-13/2/eng@2004-07-21/officialpublisher        | 'officialpublisher' is neither a component (starting with '!') nor a portion
      /akn/it/act/2005-03-07/82/eng:2010-01-01->2015-12-31             | date intervals ('->') in virtual expressions are not supported
      # cobalt's old expression components without '!'; cobalt refuses them now
      /akn/za/act/1980/02/eng/main                                     | 'main' is neither a component (starting with '!') nor a portion
      # cobalt's own refusals
      /badness                                                         | it should start with '/akn/', or without the prefix with '/' and a country code
      /ukpga/2015/1                                                    | it should start with '/akn/', or without the prefix with '/' and a country code
      """)
  void parseLenient_formOutsideEvenTheLenientGrammar_refusedSayingWhy(String iri, String expected) {
    assertThatThrownBy(() -> AknIri.parseLenient(iri))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("'" + iri + "' is not an AKN IRI: ")
        .hasMessageContaining(expected);
    assertThatThrownBy(() -> AknIri.parse(iri)).isInstanceOf(IllegalArgumentException.class);
  }

  private static String parts(AknIri iri) {
    return String.join(" | ", iri.country(), iri.type(), text(iri.subtype()), text(iri.author()),
        iri.date().toString(), iri.number(), text(iri.expression()), text(iri.component()), text(iri.portion()),
        text(iri.format()));
  }

  private static String text(Optional<?> part) {
    return part.map(Object::toString).orElse("-");
  }
}
