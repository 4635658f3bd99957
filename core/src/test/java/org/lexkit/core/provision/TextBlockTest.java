package org.lexkit.core.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Blocks of structure in a text: South Africa's s. 36(1), the limitation clause, is a list. */
class TextBlockTest {

  private static Inline.Mark element(String name, Inline... children) {
    return Inline.Mark.of(name, Map.of(), List.of(children));
  }

  @Test
  void aList_isOneBlock_whoseLinesAreItsIntroductionAndItems() {
    Text list = Text.block(element("blockList",
        element("listIntroduction", new Inline.Run("The rights in the Bill of Rights may be limited ...,"
            + " taking into account all relevant factors, including -")),
        element("item", element("num", new Inline.Run("(a)")), element("p", new Inline.Run("the nature of the"
            + " right;"))),
        element("item", element("num", new Inline.Run("(b)")),
            element("p", new Inline.Run("the importance of the purpose of the  limitation;")))));
    assertThat(list.block()).isPresent();
    assertThat(list.lines()).containsExactly(
        "The rights in the Bill of Rights may be limited ..., taking into account all relevant factors, including -",
        "(a)", "the nature of the right;", "(b)", "the importance of the purpose of the limitation;");
    assertThat(list.plain()).contains("the nature of the right;");
  }

  @Test
  void runningText_isNoBlock_andOneLine() {
    Text text = Text.of(element("b", new Inline.Run("bold")), new Inline.Run("  text "));
    assertThat(text.block()).isEmpty();
    assertThat(text.lines()).containsExactly("bold text");
  }

  @Test
  void aBlock_mustBeABlockElement() {
    assertThatThrownBy(() -> Text.block(element("b"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("<b> is not a block element");
  }

  @Test
  void numberTokens_skipATrailingWordOfPunctuation() {
    assertThat(Num.of("SEC. 3 .").token()).isEqualTo("3");
    assertThat(Num.of("Article 12a.").token()).isEqualTo("12a");
  }
}
