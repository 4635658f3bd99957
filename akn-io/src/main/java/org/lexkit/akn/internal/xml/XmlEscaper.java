package org.lexkit.akn.internal.xml;

import java.io.IOException;
import java.io.Writer;
import org.lexkit.akn.AknWriteException;

/**
 * The one XML 1.0 escaper of akn-io's two writers (the lossless {@code AknSerializer} and the model's
 * {@code XmlOut}): character data escapes {@code & < >} and carriage returns; attribute values also escape quotes,
 * line feeds and tabs, so that a reader's attribute normalisation gives them back. Characters XML 1.0 cannot
 * represent at all are refused through the caller's {@link Invalid}, which says where they were.
 */
public final class XmlEscaper {
  /** Makes the refusal of a character XML 1.0 cannot represent, in the caller's terms. */
  public interface Invalid {
    /**
     * Returns the exception for the character.
     *
     * @param index where in the text it is
     * @param c the character
     * @return the exception to throw
     */
    AknWriteException at(int index, char c);
  }

  private XmlEscaper() {}

  /**
   * Writes {@code text} escaped.
   *
   * @param out where to write
   * @param text the text
   * @param attribute whether it is an attribute value (quotes, line feeds and tabs escaped too)
   * @param invalid makes the refusal of an unrepresentable character
   * @throws IOException if {@code out} fails
   */
  public static void write(Writer out, String text, boolean attribute, Invalid invalid) throws IOException {
    if (isPlain(text)) {
      out.write(text);
      return;
    }
    int start = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      String replacement;
      switch (c) {
        case '&': replacement = "&amp;"; break;
        case '<': replacement = "&lt;"; break;
        case '>': replacement = "&gt;"; break;
        case '"': replacement = attribute ? "&quot;" : null; break;
        case '\r': replacement = "&#13;"; break;
        case '\n': replacement = attribute ? "&#10;" : null; break;
        case '\t': replacement = attribute ? "&#9;" : null; break;
        default:
          replacement = null;
          if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
            throw invalid.at(i, c);
          }
          if (Character.isSurrogate(c)) {
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
              i++;
            } else {
              throw invalid.at(i, c);
            }
          }
      }
      if (replacement != null) {
        out.write(text, start, i - start);
        out.write(replacement);
        start = i + 1;
      }
    }
    out.write(text, start, text.length() - start);
  }

  /** Whether {@code s} needs no escaping and has no character to check: printable ASCII or plain letters. */
  private static boolean isPlain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == '&' || c == '<' || c == '>' || c == '"' || c >= 0xD800) {
        return false;
      }
    }
    return true;
  }
}
