package org.lexkit.core.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Examples of numbers, ids and trees as printed texts have them. */
class ProvisionTest {
  @Test
  void parse_malformedId_quotesInputAndSegment() {
    assertThatThrownBy(() -> ProvisionId.parse("sec_2__Art_32"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'sec_2__Art_32' is not a provision id: segment 'Art_32' should be a prefix, '_' and a token "
            + "(e.g. art_32 or para_1)");
    assertThatThrownBy(() -> ProvisionId.parse("art_1___para_2")).hasMessageContaining("segment '_para_2'");
    assertThatThrownBy(() -> ProvisionId.parse("art_1__")).hasMessageContaining("segment ''");
  }

  @Test
  void num_asPrinted_tokenAndOrdinal() {
    assertThat(Num.of("Статья 83-1.").token()).isEqualTo("83-1");
    assertThat(Num.of("Статья 83-1.").ordinal()).hasValue(83);
    assertThat(Num.of("(b)").token()).isEqualTo("b");
    assertThat(Num.of("(b)").ordinal()).hasValue(2);
    assertThat(Num.of("в)").ordinal()).hasValue(3);
    assertThat(Num.of("Раздел IV").ordinal()).hasValue(4);
    assertThat(Num.of("12a").compareTo(Num.of("12"))).isPositive();
    assertThat(Num.of("12a").compareTo(Num.of("13"))).isNegative();
  }

  /** Ten digits do not fit an int: no ordinal, rather than the value of the first nine (a bug fixed here). */
  @Test
  void num_tenDigits_hasNoOrdinal() {
    assertThat(Num.of("1234567890").ordinal()).isEmpty();
    assertThat(Num.of("123456789").ordinal()).hasValue(123_456_789);
  }

  @Test
  void num_nothingToMakeAToken_rejected() {
    assertThatThrownBy(() -> Num.of("(—)")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("number '(—)' has no letters or digits to form an id token (expected e.g. 12, 3-1, IV or (b))");
  }

  @Test
  void update_rebuildsOnlyThePath() {
    Provision art1 = Provision.of(ProvisionKind.ARTICLE, "1", "Первая.");
    Provision art2 = Provision.container(ProvisionKind.ARTICLE, "2",
        Provision.of(ProvisionKind.PARAGRAPH, "1.", "Пункт."));
    Provision body = Provision.body(List.of(art1, art2));

    Provision updated = body.update(ProvisionId.parse("art_2__para_1"), p -> p.withContent(
        List.of(Text.of("Новый пункт."))));

    assertThat(updated.children().get(0)).isSameAs(art1);
    assertThat(updated.children().get(1)).isNotSameAs(art2);
    assertThat(body.update(ProvisionId.parse("art_1"), p -> p)).isSameAs(body);
    assertThatThrownBy(() -> body.update(ProvisionId.parse("art_3"), p -> p))
        .hasMessage("there is no provision 'art_3'");
  }
}
