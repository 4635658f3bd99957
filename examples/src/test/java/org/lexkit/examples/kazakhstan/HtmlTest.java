package org.lexkit.examples.kazakhstan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void text_markupCharacters_escaped() {
    assertThat(Html.text("<script>alert('x') & \"y\"</script> «Цензура»"))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt; «Цензура»");
  }

  @Test
  void attr_quotes_cannotCloseTheAttribute() {
    assertThat(Html.attr("a\" onmouseover=\"x")).doesNotContain("\"");
  }

  @Test
  void id_unsafeCharacters_replaced() {
    assertThat(Html.id("v", "2026", "sec_ii__art_34")).isEqualTo("v-2026-sec_ii__art_34");
    assertThat(Html.id("v", "ст.\"34\" <x>~"))
        .isEqualTo("v-~000441~000442.~00002234~000022~000020~00003cx~00003e~00007e");
    assertThat(Html.id("v", "статья")).isNotEqualTo(Html.id("v", "статьи"));
  }
}
