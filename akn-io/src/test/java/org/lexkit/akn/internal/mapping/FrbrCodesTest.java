package org.lexkit.akn.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The FRBR codes real documents write (Fedlex, Normattiva, LEOS), read as the model spells them. */
class FrbrCodesTest {

  @Test
  void language_inIso6391OrWithARegion_isReadAsIso6392() {
    assertThat(FrbrCodes.language("en").value()).isEqualTo("eng");
    assertThat(FrbrCodes.language("de-CH").value()).isEqualTo("deu");
    assertThat(FrbrCodes.language("ENG").value()).isEqualTo("eng");
    assertThat(FrbrCodes.language("rus").change()).isEmpty();
    assertThat(FrbrCodes.language("en").change()).hasValueSatisfying(c -> assertThat(c).contains("ISO 639-1"));
  }

  @Test
  void language_thatIsNoCode_isTheUndeterminedLanguage_andSaysSo() {
    FrbrCodes.Reading reading = FrbrCodes.language("English");
    assertThat(reading.value()).isEqualTo("und");
    assertThat(reading.change()).isPresent();
  }

  @Test
  void country_inAlpha3OrUpperCase_isReadAsAlpha2() {
    assertThat(FrbrCodes.country("ita").value()).isEqualTo("it");
    assertThat(FrbrCodes.country("CH").value()).isEqualTo("ch");
    assertThat(FrbrCodes.country("za-wc").change()).isEmpty();
    assertThat(FrbrCodes.country("Atlantis").value()).isEqualTo("zz");
  }

  @Test
  void name_withCharactersNoIriAllows_becomesAToken() {
    assertThat(FrbrCodes.name("COM(2013) 619").map(FrbrCodes.Reading::value)).hasValue("COM-2013-619");
    assertThat(FrbrCodes.name("constitution").flatMap(FrbrCodes.Reading::change)).isEmpty();
    assertThat(FrbrCodes.name("  ")).isEmpty();
  }
}
