package org.lexkit.akn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class EidTest {
  private static final long SEED = 20261128L;

  @Test
  void parse_namingConventionShapes_accepted() {
    assertThat(Eid.parse("art_12a__para_2").components()).containsExactly("art_12a", "para_2");
    assertThat(Eid.isValid("section-1-2")).isTrue();
    assertThat(Eid.isValid("hauptteil-1_art-1_abs-1")).isTrue();
    assertThat(Eid.isValid("art-z%3e1_überschrift-n1")).isTrue();
    assertThat(Eid.parse("art_1").toReference()).isEqualTo("#art_1");
  }

  @Test
  void parse_badShapes_rejectedWithQuotedInput() {
    for (String bad : new String[] {"", "#art_1", "art 1", "_art_1", "art_1__", "art___1", "art/1"}) {
      assertThat(Eid.isValid(bad)).as(bad).isFalse();
    }
    assertThatThrownBy(() -> Eid.parse("#art_1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'#art_1'");
  }

  @Test
  void isValid_tenThousandComponents_linearWithoutStackOverflow() {
    // Regression (fuzzing): a repeated regex group recursed once per component and overflowed the stack.
    String long_ = "art_1__".repeat(10_000) + "para_1";
    assertThat(Eid.isValid(long_)).isTrue();
    assertThat(Eid.isValid(long_ + "_")).isFalse();
    assertThat(Eid.isValid("a_".repeat(100_000) + "_" + "_a")).isFalse();
  }

  private static Gen<String> components() {
    Gen<String> word = strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 6)
        .zip(strings().numericBetween(1, 999), (w, n) -> w + "_" + n);
    return lists().of(word).ofSizeBetween(1, 5).map(parts -> String.join("__", parts));
  }

  @Test
  void parse_toString_roundTrips() {
    qt().withFixedSeed(SEED).withExamples(Integer.getInteger("lexkit.examples", 1000))
        .forAll(components())
        .check(text -> Eid.parse(Eid.parse(text).toString()).equals(Eid.parse(text)));
  }
}
