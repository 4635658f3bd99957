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

  /** A label after its ordinal, as LegalDocML.de numbers books and parts, is numbered by the ordinal. */
  @Test
  void num_labelAfterOrdinal_tokenIsTheOrdinal() {
    assertThat(Num.of("1. Buch").token()).isEqualTo("1");
    assertThat(Num.of("3. Buch").ordinal()).hasValue(3);
    assertThat(Num.of("2. Teil").token()).isEqualTo("2");
    assertThat(Num.of("SEC. 3 .").token()).isEqualTo("3");
    assertThat(Num.of("Article 4 bis").token()).isEqualTo("4-bis");
  }

  /** Inserted provisions keep the ordinal of the one they follow and get a token of their own. */
  @Test
  void num_suffixed_tokenJoinsTheSuffixAndOrdinalIsTheBase() {
    assertThat(Num.of("Article 4 bis").token()).isEqualTo("4-bis");
    assertThat(Num.of("Article 4 bis").ordinal()).hasValue(4);
    assertThat(Num.of("Titre Ier bis").token()).isEqualTo("ier-bis");
    assertThat(Num.of("Titre Ier bis").ordinal()).hasValue(1);
    assertThat(Num.of("Titre Ier").ordinal()).hasValue(1);
    assertThat(Num.of("IV a.").token()).isEqualTo("iv-a");
    assertThat(Num.of("IV a.").ordinal()).hasValue(4);
    assertThat(Num.of("VIIIa.").ordinal()).hasValue(8);
    assertThat(Num.of("Art. 3-bis.").ordinal()).hasValue(3);
    assertThat(Num.of("Art. 5º").ordinal()).hasValue(5);
    assertThat(Num.of("Article 1er").ordinal()).hasValue(1);
    assertThat(Num.of("Article 5A.").ordinal()).hasValue(5);
    assertThat(Num.of("Part A").token()).isEqualTo("a"); // a letter after a word, not after a number
    assertThat(Num.of("Раздел I").token()).isEqualTo("i");
  }

  /** In a run of letters "(i)" is the ninth, not Roman one; upper-case "I" stays Roman. */
  @Test
  void num_alphabeticOrdinal_readsLowerCaseLettersAsLetters() {
    assertThat(Num.of("(i)").alphabeticOrdinal()).hasValue(9);
    assertThat(Num.of("(i)").ordinal()).hasValue(1);
    assertThat(Num.of("Раздел I").alphabeticOrdinal()).hasValue(1);
    assertThat(Num.of("(ii)").alphabeticOrdinal()).hasValue(2);
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
