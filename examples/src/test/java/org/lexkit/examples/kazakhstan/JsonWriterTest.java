package org.lexkit.examples.kazakhstan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonWriterTest {
  @Test
  void value_specialCharacters_escapedAsRfc8259Requires() {
    JsonWriter json = new JsonWriter();
    json.beginArray().value("\"quoted\" \\ back\nline\ttab\u0001\u001f \u2028/\u2029 Цензура").endArray();

    assertThat(json.toString()).isEqualTo(
        "[\n  \"\\\"quoted\\\" \\\\ back\\nline\\ttab\\u0001\\u001f \\u2028/\\u2029 Цензура\"\n]\n");
  }

  @Test
  void nesting_objectsAndArrays_indentedByTwo() {
    JsonWriter json = new JsonWriter();
    json.beginObject().name("a").beginArray().endArray().name("b").beginObject().endObject()
        .name("c").strings(java.util.List.of("x", "y")).name("d").nullValue().name("e").value(true)
        .name("f").value(42).endObject();

    assertThat(json.toString()).isEqualTo("{\n  \"a\": [],\n  \"b\": {},\n  \"c\": [\n    \"x\",\n    \"y\"\n  ],\n"
        + "  \"d\": null,\n  \"e\": true,\n  \"f\": 42\n}\n");
  }

  @Test
  void structure_misuse_refused() {
    assertThatThrownBy(() -> new JsonWriter().beginObject().value("no name"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new JsonWriter().beginArray().name("key"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new JsonWriter().beginArray().endObject())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new JsonWriter().beginObject().toString())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new JsonWriter().value("one").value("two"))
        .isInstanceOf(IllegalStateException.class);
  }
}
