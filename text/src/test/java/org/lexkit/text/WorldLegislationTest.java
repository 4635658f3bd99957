package org.lexkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.Num;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;

/**
 * The mechanisms that read legislation of other countries than the Kazakhstan texts: the language profiles and
 * their detection, suffixed numbers, paragraph runs found in the text, United Kingdom layouts, cross-headings,
 * quoted amending text, running headers by repetition and the warnings for heading-like lines kept as text. Each
 * text is laid out as its official source prints it.
 */
class WorldLegislationTest {

  @Test
  void convert_germanStatute_ordinalAbschnitteParagraphsAndPoints() {
    Conversion c = TextConverter.create().convert("""
        Kündigungsschutzgesetz (KSchG)

        Erster Abschnitt
        Allgemeiner Kündigungsschutz

        § 1 Sozial ungerechtfertigte Kündigungen

        (1) Die Kündigung ist rechtsunwirksam.

        (2) Sozial ungerechtfertigt ist die Kündigung, wenn

        1. in Betrieben des privaten Rechts

        2. in Betrieben des öffentlichen Rechts

        § 1a Abfindungsanspruch

        (1) Kündigt der Arbeitgeber, so hat der Arbeitnehmer Anspruch.

        Zweiter Abschnitt
        Kündigungsschutz im Rahmen der Betriebsverfassung

        § 15 Unzulässigkeit der Kündigung

        Die Kündigung ist unzulässig.
        """, "kschg.txt");

    assertThat(c.profile()).isEqualTo(HeadingProfile.GERMAN);
    LegalDocument d = c.document();
    assertThat(d.body().childSegments()).containsExactly("sec_erster", "sec_zweiter");
    assertThat(provision(d, "sec_erster").heading().orElseThrow().plain())
        .isEqualTo("Abschnitt Allgemeiner Kündigungsschutz");
    assertThat(provision(d, "sec_erster").childSegments()).containsExactly("art_1", "art_1a");
    assertThat(provision(d, "sec_erster__art_1__para_2").childSegments()).containsExactly("point_1", "point_2");
    assertThat(provision(d, "sec_zweiter__art_15").content()).hasSize(1);
  }

  @Test
  void convert_suffixedNumbers_areProvisionsOfTheirOwn() {
    LegalDocument italian = TextConverter.create().convert("""
        Codice

        Art. 3.
        Diritto all'uso delle tecnologie

        1. Chiunque ha il diritto di usare le soluzioni.

        1-bis. Il diritto si applica anche ai professionisti.

        Art. 3-bis.
        Identita' digitale

        01. Chiunque ha il diritto di accedere ai servizi.
        """, "cad.txt").document();
    LegalDocument french = TextConverter.create().convert("""
        Code civil

        Titre Ier

        Article 1er

        Les lois entrent en vigueur à la date qu'elles fixent.

        Titre Ier bis

        Article 4 bis

        La loi est la même pour tous.
        """, "code.txt").document();

    assertThat(italian.body().childSegments()).containsExactly("art_3", "art_3-bis");
    assertThat(provision(italian, "art_3").childSegments()).containsExactly("para_1", "para_1-bis");
    assertThat(provision(italian, "art_3").heading().orElseThrow().plain()).isEqualTo("Diritto all'uso delle tecnologie");
    assertThat(french.body().childSegments()).containsExactly("title_ier", "title_ier-bis");
    assertThat(provision(french, "title_ier-bis").childSegments()).containsExactly("art_4-bis");
  }

  @Test
  void convert_bareParagraphNumbers_runOneTwoThree_becomeParagraphs() {
    Conversion c = TextConverter.create().withProfile(HeadingProfile.GERMAN).convert("""
        Bundesverfassung

        Art. 2 Zweck

        1 Die Schweizerische Eidgenossenschaft schützt die Freiheit und die Rechte des Volkes.

        2 Sie fördert die gemeinsame Wohlfahrt.

        4 Jahre nach dem Inkrafttreten gilt dies nicht mehr.
        """, "bv.txt");

    Provision article = provision(c.document(), "art_2");
    assertThat(article.childSegments()).containsExactly("para_1", "para_2");
    // "4" does not continue the run: it is a further block of paragraph 2, not a paragraph.
    assertThat(provision(c.document(), "art_2__para_2").content()).extracting(t -> t.plain()).containsExactly(
        "Sie fördert die gemeinsame Wohlfahrt.", "4 Jahre nach dem Inkrafttreten gilt dies nicht mehr.");
  }

  @Test
  void convert_ukAct_sectionsCrossHeadingsQuotedTextAndAnnotations() {
    Conversion c = TextConverter.create().convert("""
        Financial Services and Markets Act 2023

        PART 1
        Regulatory framework

        Designated activities regime

        8 Designated activities

        (1) FSMA 2000 is amended as follows.

        (2) After Part 5 insert—

        “PART 5A

        71K Designated activities

        (1) The Treasury may by regulations provide for an activity.”

        Textual Amendments
        F1 Word in s. 8 substituted by the 2023 Regulations.

        9 Rules relating to central counterparties

        (1) The Treasury may make rules.
        """, "fsma.txt");

    assertThat(c.profile()).isEqualTo(HeadingProfile.ENGLISH);
    LegalDocument d = c.document();
    assertThat(provision(d, "part_1").childSegments()).containsExactly("subdvs_1");
    Provision regime = provision(d, "part_1__subdvs_1");
    assertThat(regime.heading().orElseThrow().plain()).isEqualTo("Designated activities regime");
    assertThat(regime.childSegments()).containsExactly("sec_8", "sec_9");
    assertThat(provision(d, "part_1__subdvs_1__sec_8").childSegments()).containsExactly("para_1", "para_2");
    assertThat(provision(d, "part_1__subdvs_1__sec_8").notes()).extracting(n -> n.text().plain())
        .containsExactly("Textual Amendments", "F1 Word in s. 8 substituted by the 2023 Regulations.");
    assertThat(c.warnings()).extracting(TextWarning::toString)
        .anyMatch(w -> w.startsWith("14:1: lines 14-18 are quoted text"));
  }

  @Test
  void convert_statutoryInstrument_runInNumberIsSplit() {
    Conversion c = TextConverter.create().convert("""
        The Community Gardens Regulations 2020

        Citation and commencement

        1.—(1) These Regulations may be cited as the Community Gardens Regulations 2020.

        (2) They come into force on 1st May 2020.

        Interpretation

        2.—(1) In these Regulations “garden” means land used for growing food.
        """, "si.txt");

    LegalDocument d = c.document();
    // A heading above a regulation stays a cross-heading: the model puts a heading after its number, and the
    // converter keeps the input's order.
    assertThat(d.body().childSegments()).containsExactly("sec_1", "subdvs_1");
    assertThat(provision(d, "subdvs_1").heading().orElseThrow().plain()).isEqualTo("Interpretation");
    assertThat(provision(d, "subdvs_1").childSegments()).containsExactly("sec_2");
    Provision first = provision(d, "sec_1");
    // Before the first heading, a heading-like line is still front matter (the preamble's last block).
    assertThat(d.preamble().orElseThrow().blocks()).extracting(t -> t.plain()).containsExactly(
        "Citation and commencement");
    assertThat(first.childSegments()).containsExactly("para_1", "para_2");
    assertThat(provision(d, "sec_1__para_1").content()).extracting(t -> t.plain())
        .containsExactly("These Regulations may be cited as the Community Gardens Regulations 2020.");
  }

  @Test
  void convert_usConstitution_articlesHoldSectionsAndAmendmentsHaveTheirHeading() {
    LegalDocument d = TextConverter.create().convert("""
        United States Constitution

        Article I

        Section 1

        All legislative Powers herein granted shall be vested in a Congress.

        Section 2

        The House of Representatives shall be composed of Members.

        Article II

        Section 1

        The executive Power shall be vested in a President.

        Amendments

        Amendment I

        Congress shall make no law respecting an establishment of religion.
        """, "us.txt").document();

    assertThat(d.body().childSegments()).containsExactly("art_i", "art_ii", "subdvs_1");
    assertThat(provision(d, "art_i").childSegments()).containsExactly("sec_1", "sec_2");
    assertThat(provision(d, "subdvs_1").childSegments()).containsExactly("art_i");
    assertThat(provision(d, "subdvs_1__art_i").num()).contains(Num.of("Amendment I"));
  }

  @Test
  void convert_polishPdfText_capitalSubHeadingsAndRunningHeadersAtPageIntervals() {
    StringBuilder text = new StringBuilder("KONSTYTUCJA\n");
    text.append("Rozdział II\nWOLNOŚCI, PRAWA I OBOWIĄZKI\nZASADY OGÓLNE\n");
    for (int article = 30; article < 40; article++) {
      text.append("Art. ").append(article).append(".\n");
      for (int line = 0; line < 4; line++) {
        text.append("Rzeczpospolita Polska zapewnia wolność i prawa ").append(line).append(",\n");
      }
      text.append("w zakresie określonym ustawą.\n");
      if (article % 2 == 1) {
        text.append("©Kancelaria Sejmu\n");
      }
      if (article == 34) {
        text.append("WOLNOŚCI I PRAWA OSOBISTE\n");
      }
    }
    Conversion c = TextConverter.create().convert(text.toString(), "konstytucja.txt");

    assertThat(c.profile()).isEqualTo(HeadingProfile.POLISH);
    LegalDocument d = c.document();
    assertThat(provision(d, "chp_ii").childSegments()).containsExactly("hcontainer_1", "hcontainer_2");
    assertThat(provision(d, "chp_ii__hcontainer_2").heading().orElseThrow().plain())
        .isEqualTo("WOLNOŚCI I PRAWA OSOBISTE");
    assertThat(provision(d, "chp_ii__hcontainer_2").childSegments()).hasSize(5);
    assertThat(c.warnings()).filteredOn(TextWarning::isDrop).hasSize(5)
        .allMatch(w -> w.droppedText().orElseThrow().equals("©Kancelaria Sejmu"));
  }

  @Test
  void convert_wrongLanguage_warnsWithTheBetterProfile() {
    Conversion c = TextConverter.create().withProfile(HeadingProfile.ENGLISH).convert("""
        Ley

        Artículo 1. Objeto de la ley.

        1. La ley regula el uso de los datos de las personas que se encuentran en el territorio.

        Artículo 2. Ámbito.

        La ley se aplica a todos los que residen en el país y a los que no tienen residencia.
        """, "ley.txt");

    assertThat(c.warnings()).extracting(TextWarning::message)
        .anyMatch(m -> m.startsWith("the text fits heading profile 'spanish' (language spa")
            && m.endsWith("better than the chosen 'english' (0 heading lines, 2 common words)"));
  }

  @Test
  void convert_headingLikeLineNotAHeading_isWarnedWithItsReason() {
    Conversion c = TextConverter.create().convert("""
        Arbeitszeitgesetz

        § 7 Abweichende Regelungen

        (1) In einem Tarifvertrag kann zugelassen werden, die Arbeitszeit zu verlängern.

        § 8 Gefährliche Arbeiten

        (1) Die Bundesregierung kann Regelungen treffen.

        § 5 Abs. 3 gilt entsprechend.

        § 7 Abs. 1 gilt auch.
        """, "arbzg.txt");

    assertThat(c.document().body().childSegments()).containsExactly("art_7", "art_8");
    assertThat(c.warnings()).extracting(TextWarning::toString).anyMatch(w -> w.startsWith(
        "11:1: '§ 5 Abs. 3 gilt entsprechend.' looks like the heading of article '§ 5', but its number is lower"))
        .contains("13:1: '§ 7' repeats the number of an earlier article in the body; kept as text");
  }

  private static Provision provision(LegalDocument doc, String id) {
    return doc.provision(ProvisionId.parse(id)).orElseThrow(() -> new AssertionError("no provision " + id
        + " in " + doc.body().childSegments()));
  }
}
