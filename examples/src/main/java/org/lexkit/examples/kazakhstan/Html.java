package org.lexkit.examples.kazakhstan;

import static com.google.common.base.Preconditions.checkArgument;

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
   * Returns a fragment identifier built from parts: each part's characters outside {@code [A-Za-z0-9_.-]} become
   * {@code -}, and the parts are joined by {@code -}. Needs no escaping in an attribute or after {@code #}.
   */
  static String id(String... parts) {
    checkArgument(parts.length > 0, "an id needs at least one part");
    StringBuilder out = new StringBuilder();
    for (String part : parts) {
      if (out.length() > 0) {
        out.append('-');
      }
      for (int i = 0; i < part.length(); i++) {
        char c = part.charAt(i);
        boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '_' || c == '.' || c == '-';
        out.append(safe ? c : '-');
      }
    }
    return out.toString();
  }
}
