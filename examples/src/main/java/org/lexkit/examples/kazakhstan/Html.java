package org.lexkit.examples.kazakhstan;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;

/**
 * Escaping for hand-written HTML. Every piece of data that goes into the page passes through {@link #text} (element
 * content) or {@link #attr} (a double-quoted attribute value); {@link #id} makes a safe fragment identifier. The
 * escapes follow the HTML standard's serialisation rules plus the OWASP advice to escape quotes everywhere, so the
 * same function is safe in both places. Stateless.
 */
final class Html {
  private Html() {}

  /** Escapes text for element content: {@code & < > " '}. */
  static String text(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Escapes a value for a double-quoted attribute; the same escapes as {@link #text}. */
  static String attr(String value) {
    return text(value);
  }

  /**
   * Returns a fragment identifier built from parts joined by {@code -}. Characters of {@code [A-Za-z0-9_.-]} are
   * kept; any other code point becomes {@code ~} and six hex digits, so different parts never give the same id
   * (for a fixed number of parts without {@code -}, as the report's are). Needs no escaping in an attribute or after
   * {@code #}.
   */
  static String id(String... parts) {
    checkArgument(parts.length > 0, "an id needs at least one part");
    StringBuilder out = new StringBuilder();
    for (String part : parts) {
      if (out.length() > 0) {
        out.append('-');
      }
      part.codePoints().forEach(c -> {
        boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '_' || c == '.' || c == '-';
        if (safe) {
          out.appendCodePoint(c);
        } else {
          out.append('~').append(String.format(Locale.ROOT, "%06x", c));
        }
      });
    }
    return out.toString();
  }
}
