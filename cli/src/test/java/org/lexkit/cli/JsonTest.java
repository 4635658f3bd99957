package org.lexkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void json_nestedValues_commasAndEscapesPerRfc8259() {
    Json json = new Json().beginObject()
        .member("text", "quote \" backslash \\ newline \n tab \t nul \u0000 line-sep \u2028 кириллица")
        .member("n", 42)
        .name("list").beginArray().value("a").value(true).beginObject().endObject().endArray()
        .name("empty").beginArray().endArray()
        .endObject();

    assertThat(json.toString()).isEqualTo("{\"text\":\"quote \\\" backslash \\\\ newline \\n tab \\t nul \\u0000"
        + " line-sep \\u2028 кириллица\",\"n\":42,\"list\":[\"a\",true,{}],\"empty\":[]}");
  }
}
