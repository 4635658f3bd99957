package org.lexkit.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Laws of the converter, checked on generated texts (QuickTheories, run from JUnit 5). */
class TextConverterProperties {
  static QuickTheory qt() {
    QuickTheory qt = QuickTheory.qt().withExamples(Integer.getInteger("lexkit.examples", 1000));
    Long seed = Long.getLong("lexkit.seed");
    return seed == null ? qt : qt.withFixedSeed(seed);
  }

  @Test
  void convert_noisyRussianText_losesNoText() {
    qt().forAll(TextGenerators.noisyTexts(HeadingProfile.RUSSIAN)).checkAssert(text ->
        TextAccounting.assertNoTextLost(text,
            TextConverter.create().withProfile(HeadingProfile.RUSSIAN).convert(text, TextGenerators.SOURCE)));
  }

  @Test
  void convert_noisyEnglishText_losesNoText() {
    qt().forAll(TextGenerators.noisyTexts(HeadingProfile.ENGLISH)).checkAssert(text ->
        TextAccounting.assertNoTextLost(text,
            TextConverter.create().withProfile(HeadingProfile.ENGLISH).convert(text, TextGenerators.SOURCE)));
  }

  @Test
  void convert_arbitraryTextWithAnyProfile_losesNoText() {
    Gen<HeadingProfile> profiles = Generate.pick(HeadingProfile.builtIns());
    qt().forAll(TextGenerators.arbitraryTexts(), profiles).checkAssert((text, profile) ->
        TextAccounting.assertNoTextLost(text,
            TextConverter.create().withProfile(profile).convert(text, TextGenerators.SOURCE)));
  }

  @Test
  void convert_arbitraryTextWithDetectedProfile_losesNoText() {
    qt().forAll(TextGenerators.arbitraryTexts()).checkAssert(text ->
        TextAccounting.assertNoTextLost(text, TextConverter.create().convert(text, TextGenerators.SOURCE)));
  }

  /** Caffeine-fuzzer style: for any bytes, a document comes back or the one documented exception, located. */
  @Test
  void convert_arbitraryBytes_returnsDocumentOrLocatedException() {
    Gen<byte[]> bytes = longs().all().zip(integers().between(0, 400), (seed, length) -> {
      byte[] b = new byte[length];
      new Random(seed).nextBytes(b);
      return b;
    });
    qt().forAll(bytes).checkAssert(input -> {
      try {
        Conversion conversion = TextConverter.create().convert(input, "fuzz.txt");
        assertThat(conversion.document().provisions()).isNotNull();
      } catch (TextConversionException e) {
        assertThat(e.line()).isGreaterThanOrEqualTo(1);
        assertThat(e.column()).isGreaterThanOrEqualTo(1);
        assertThat(e.getMessage()).startsWith("fuzz.txt:" + e.line() + ":" + e.column() + ": ");
      }
    });
  }

  /** Mutating the bytes of a real-looking text never lets anything but the documented exception escape. */
  @Test
  void convert_mutatedText_returnsDocumentOrLocatedException() {
    Gen<byte[]> mutated = longs().all().map(seed -> {
      Random r = new Random(seed);
      byte[] b = TextRenderer.create().withProfile(HeadingProfile.RUSSIAN)
          .render(TextGenerators.document(r, HeadingProfile.RUSSIAN)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      int flips = 1 + r.nextInt(4);
      for (int k = 0; k < flips && b.length > 0; k++) {
        b[r.nextInt(b.length)] = (byte) r.nextInt(256);
      }
      return b;
    });
    qt().forAll(mutated).checkAssert(input -> {
      try {
        assertThat(TextConverter.create().convert(input, "mutated.txt").document()).isNotNull();
      } catch (TextConversionException e) {
        assertThat(e.line()).isGreaterThanOrEqualTo(1);
      }
    });
  }
}
