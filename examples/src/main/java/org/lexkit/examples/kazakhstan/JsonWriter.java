package org.lexkit.examples.kazakhstan;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A minimal streaming JSON writer (RFC 8259) that indents by two spaces, for the examples' reports. Strings are
 * escaped as the RFC requires ({@code "}, {@code \}, and every control character below U+0020), plus U+2028 and
 * U+2029 so that the output is also valid JavaScript; everything else is written as is (the output is UTF-8 text).
 * The structure is checked as it is written: a name only inside an object, a value only where one is expected, and
 * {@link #toString()} only once everything is closed.
 *
 * <pre>{@code
 * JsonWriter json = new JsonWriter();
 * json.beginObject().name("ground").value("PUBLIC_ORDER").name("new").value(true).endObject();
 * String text = json.toString();
 * }</pre>
 *
 * <p>Not thread-safe: one writer builds one document.
 */
final class JsonWriter {
  private enum Scope { EMPTY_OBJECT, OBJECT, NAME, EMPTY_ARRAY, ARRAY }

  private final StringBuilder out = new StringBuilder();
  private final Deque<Scope> scopes = new ArrayDeque<>();
  private boolean done;

  JsonWriter beginObject() {
    beforeValue();
    out.append('{');
    scopes.push(Scope.EMPTY_OBJECT);
    return this;
  }

  JsonWriter endObject() {
    Scope scope = scopes.pop();
    checkState(scope == Scope.EMPTY_OBJECT || scope == Scope.OBJECT, "endObject() inside %s", scope);
    if (scope == Scope.OBJECT) {
      newline();
    }
    out.append('}');
    afterValue();
    return this;
  }

  JsonWriter beginArray() {
    beforeValue();
    out.append('[');
    scopes.push(Scope.EMPTY_ARRAY);
    return this;
  }

  JsonWriter endArray() {
    Scope scope = scopes.pop();
    checkState(scope == Scope.EMPTY_ARRAY || scope == Scope.ARRAY, "endArray() inside %s", scope);
    if (scope == Scope.ARRAY) {
      newline();
    }
    out.append(']');
    afterValue();
    return this;
  }

  JsonWriter name(String name) {
    checkNotNull(name, "name");
    Scope scope = scopes.peek();
    checkState(scope == Scope.EMPTY_OBJECT || scope == Scope.OBJECT, "a name outside an object (%s)", name);
    if (scope == Scope.OBJECT) {
      out.append(',');
    }
    scopes.pop();
    scopes.push(Scope.NAME);
    newline();
    string(name);
    out.append(": ");
    return this;
  }

  JsonWriter value(@Nullable String value) {
    beforeValue();
    if (value == null) {
      out.append("null");
    } else {
      string(value);
    }
    afterValue();
    return this;
  }

  JsonWriter nullValue() {
    return value((String) null);
  }

  JsonWriter value(Optional<?> value) {
    return value(value.map(Object::toString).orElse(null));
  }

  JsonWriter value(boolean value) {
    beforeValue();
    out.append(value);
    afterValue();
    return this;
  }

  JsonWriter value(long value) {
    beforeValue();
    out.append(value);
    afterValue();
    return this;
  }

  /** Writes an array of strings. */
  JsonWriter strings(Iterable<?> values) {
    beginArray();
    values.forEach(v -> value(v.toString()));
    return endArray();
  }

  /** Returns the document; every object and array must be closed. */
  @Override
  public String toString() {
    checkState(done && scopes.isEmpty(), "the JSON document is not complete");
    return out + "\n";
  }

  private void beforeValue() {
    checkState(!done, "the JSON document already has its value");
    Scope scope = scopes.peek();
    if (scope == null) {
      return;
    }
    switch (scope) {
      case NAME -> { }
      case EMPTY_ARRAY, ARRAY -> {
        if (scope == Scope.ARRAY) {
          out.append(',');
        }
        scopes.pop();
        scopes.push(Scope.ARRAY);
        newline();
      }
      default -> throw new IllegalStateException("a value without a name inside an object");
    }
  }

  private void afterValue() {
    Scope scope = scopes.peek();
    if (scope == null) {
      done = true;
    } else if (scope == Scope.NAME) {
      scopes.pop();
      scopes.push(Scope.OBJECT);
    }
  }

  private void newline() {
    out.append('\n');
    out.append("  ".repeat(scopes.size()));
  }

  private void string(String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
