package org.lexkit.text;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Inputs that broke the converter or its fuzz oracles ({@link TextFuzzTest}), kept with their pinned outcome. Each
 * also passes every oracle of {@link TextConvertTarget}.
 */
class RegressionInputsTest {
  private static byte[] input(String name) throws IOException {
    try (InputStream in = RegressionInputsTest.class.getResourceAsStream("regressions/" + name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }

  private static TextConversionException refused(String name) throws IOException {
    byte[] bytes = input(name);
    assertThat(TextConvertTarget.create().run(bytes, name)).contains("refused");
    return catchThrowableOfType(TextConversionException.class, () -> TextConverter.create().convert(bytes, name));
  }

  @Test
  void invalidUtf8_afterCrLineEnd_locatedOnTheSecondLine() throws IOException {
    // Fuzz finding: the decoder counted LF only, so everything in a CR-only text was "on line 1".
    TextConversionException e = refused("cr-line-end-then-invalid-utf8.txt");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(1);
  }

  @Test
  void controlCharacter_afterCrLineEnds_locatedOnItsLine() throws IOException {
    TextConversionException e = refused("cr-line-ends-then-control-character.txt");
    assertThat(e.getMessage()).isEqualTo("cr-line-ends-then-control-character.txt:3:1: control character U+0001; "
        + "this is binary data, not plain text");
  }

  @Test
  void invalidUtf8_afterByteOrderMark_columnCountsNoMark() throws IOException {
    TextConversionException e = refused("bom-then-invalid-utf8.txt");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(3); // "ab" then the bad byte; the mark is not a column
  }

  @Test
  void noncharacterUFFFF_refusedWhereItStands_notLeftForTheAknWriter() throws IOException {
    // Fuzz finding: U+FFFF was converted, then AknWriter refused the document (XML 1.0 has no such character).
    TextConversionException e = refused("noncharacter-uffff.txt");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.detail()).startsWith("noncharacter U+FFFF is not a character of any text");
    assertThat(catchThrowableOfType(TextConversionException.class,
        () -> TextConverter.create().convert("a\ud800b", "lone.txt")).detail()).startsWith("unpaired surrogate U+D800");
  }

  @Test
  void emptyInput_convertedToAnEmptyDocument_whichAknRefusesAsDocumented() {
    // Found while minimizing: the oracle first called this a failure; an empty text is accepted (with a warning)
    // and an AKN <body> needs a provision, so the writer's AknWriteException is the documented outcome.
    assertThat(TextConvertTarget.create().run(new byte[0], "empty.txt")).contains("akn:empty-body-refused");
    assertThat(TextConvertTarget.create().run("Title only\n".getBytes(UTF_8), "title.txt"))
        .contains("accepted");
  }

  @Test
  void tenMegabyteLine_repeatingNoteTexts_oracleFinishes() throws IOException {
    // Fuzz finding in the oracle: TextAccounting's search recursed once per place a note's text could start, and a
    // 10 MB line repeating a text with notes overflowed the stack. The converter was right.
    byte[] seed;
    try (InputStream in = RegressionInputsTest.class.getResourceAsStream("local-government-law.ru.txt")) {
      seed = in.readAllBytes();
    }
    String unit = new String(Arrays.copyOf(seed, Math.min(seed.length, 4096)), UTF_8).replaceAll("[\\r\\n\\f\\uFFFD]", "");
    String line = unit.repeat(TextMutations.TEN_MB / unit.length() + 1);
    byte[] input = (new String(seed, UTF_8).replace("\n", "\r") + line + "\n").getBytes(UTF_8);
    assertThat(TextConvertTarget.create().run(input, "long-line.txt")).contains("accepted", "akn:strict-valid");
  }
}
