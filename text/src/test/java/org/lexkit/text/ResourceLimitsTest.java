package org.lexkit.text;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The converter's bounds (issue 17): its size limit (before it, {@code /dev/zero} grew to 5.5 GB and 10 MB filled
 * 256 MiB), and labels matched on a bounded prefix of the line.
 */
class ResourceLimitsTest {
  private static final String TEXT = "Article 1\nThe first line.\nArticle 2\nThe second line.\n";

  @Test
  void bytesOverTheLimit_refusedAtTheFirstByteOver() {
    TextConverter converter = TextConverter.create().withProfile(HeadingProfile.ENGLISH).withSizeLimit(20);

    TextConversionException e = catchThrowableOfType(TextConversionException.class,
        () -> converter.convert(TEXT.getBytes(UTF_8), "big.txt"));

    assertThat(e.sourceName()).isEqualTo("big.txt");
    assertThat(e.line()).isEqualTo(2); // byte 20 is column 11 of "The first line."
    assertThat(e.column()).isEqualTo(11);
    assertThat(e.detail()).startsWith("the input is larger than the size limit of 20 bytes")
        .contains("withSizeLimit");
  }

  @Test
  void exactlyAtTheLimit_converted() {
    byte[] bytes = TEXT.getBytes(UTF_8);
    TextConverter converter = TextConverter.create().withProfile(HeadingProfile.ENGLISH).withSizeLimit(bytes.length);

    assertThat(converter.convert(bytes, "exact.txt").document().body().children()).hasSize(2);
    assertThat(converter.convert(TEXT, "exact.txt").document().body().children()).hasSize(2);
    assertThatThrownBy(() -> converter.withSizeLimit(bytes.length - 1).convert(TEXT, "short.txt"))
        .isInstanceOf(TextConversionException.class).hasMessageContaining("size limit of " + (bytes.length - 1));
  }

  @Test
  void endlessFile_readOnlyToTheLimit() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "no /dev/zero here");

    TextConversionException e = catchThrowableOfType(TextConversionException.class,
        () -> TextConverter.create().withSizeLimit(1 << 20).convert(zero));

    assertThat(e.detail()).startsWith("the input is larger than the size limit of 1048576 bytes");
    assertThat(e.column()).isEqualTo((1 << 20) + 1);
  }

  @Test
  void defaultLimit_followsTheHeap_boundedAbove() {
    assertThat(TextConverter.create().sizeLimit()).isEqualTo(TextConverter.defaultSizeLimit())
        .isPositive().isLessThanOrEqualTo(TextConverter.MAX_DEFAULT_SIZE_LIMIT)
        .isLessThanOrEqualTo(Runtime.getRuntime().maxMemory() / 64);
    assertThatThrownBy(() -> TextConverter.create().withSizeLimit(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void deepNumbering_tenThousandLevels_staysText_noStackOverflow() {
    // Found by the text slice's deep-numbering mutation: the profile's article label repeats a group
    // ("[0-9]+(?:[-.][0-9]+)*"), which overflowed the stack on "Статья 1.1.1..." of 10,000 levels.
    String number = "1" + ".1".repeat(10_000);
    String text = "Статья 1.\nПервая статья.\nСтатья " + number + ".\nТекст.\n";

    Conversion conversion = TextConverter.create().withProfile(HeadingProfile.RUSSIAN).convert(text, "deep.txt");

    assertThat(conversion.document().body().children()).hasSize(1);
    assertThat(conversion.document().body().children().get(0).content())
        .anyMatch(block -> block.plain().contains(number));
  }
}
