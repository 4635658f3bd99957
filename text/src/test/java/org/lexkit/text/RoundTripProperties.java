package org.lexkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lexkit.core.document.LegalDocument;

/** render → convert gives back the same structure for every document the converter can produce. */
class RoundTripProperties {

  @Test
  void renderThenConvert_russianDocument_sameTree() {
    roundTrip(HeadingProfile.RUSSIAN);
  }

  @Test
  void renderThenConvert_englishDocument_sameTree() {
    roundTrip(HeadingProfile.ENGLISH);
  }

  private static void roundTrip(HeadingProfile profile) {
    TextRenderer renderer = TextRenderer.create().withProfile(profile);
    TextConverter converter = TextConverter.create().withProfile(profile);
    TextConverterProperties.qt().forAll(TextGenerators.documents(profile)).checkAssert(document -> {
      String text = renderer.render(document);
      LegalDocument back = converter.convert(text, "rendered.txt").document();
      assertThat(back.title()).isEqualTo(document.title());
      assertThat(back.preamble()).isEqualTo(document.preamble());
      assertThat(back.body()).isEqualTo(document.body());
    });
  }
}
