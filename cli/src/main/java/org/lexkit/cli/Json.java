package org.lexkit.cli;

import java.util.Locale;

/**
 * A minimal streaming JSON writer for lexkit's reports: objects, arrays, strings, numbers and booleans, with commas
 * placed automatically and strings escaped per RFC 8259 (control characters as {@code \\uXXXX}; everything else,
 * Cyrillic included, as UTF-8). Not thread-safe; one per report.
 */
final class Json {
  private final StringBuilder out = new StringBuilder(1 << 12);
  private boolean needsComma;

  Json beginObject() {
    comma();
    out.append('{');
    needsComma = false;
    return this;
  }

  Json endObject() {
    out.append('}');
    needsComma = true;
    return this;
  }

  Json beginArray() {
    comma();
    out.append('[');
    needsComma = false;
    return this;
  }

  Json endArray() {
    out.append(']');
    needsComma = true;
    return this;
  }

  /** Writes a member name; the value follows. */
  Json name(String name) {
    comma();
    string(name);
    out.append(':');
    needsComma = false;
    return this;
  }

  Json value(String value) {
    comma();
    string(value);
    needsComma = true;
    return this;
  }

  Json value(long value) {
    comma();
    out.append(value);
    needsComma = true;
    return this;
  }

  Json value(boolean value) {
    comma();
    out.append(value);
    needsComma = true;
    return this;
  }

  Json member(String name, String value) {
    return name(name).value(value);
  }

  Json member(String name, long value) {
    return name(name).value(value);
  }

  Json member(String name, boolean value) {
    return name(name).value(value);
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private void comma() {
    if (needsComma) {
      out.append(',');
    }
  }

  private void string(String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
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
