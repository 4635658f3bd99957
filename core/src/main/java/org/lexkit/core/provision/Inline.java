package org.lexkit.core.provision;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A piece of running text: either plain characters ({@link Run}) or a marked-up span ({@link Mark}) such as a
 * term, a reference or emphasis, which keeps its element name and attributes so that inline markup survives a
 * round trip through the model.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface Inline permits Inline.Run, Inline.Mark {

  /** Returns the characters of this piece with all markup removed. */
  String plainText();

  /**
   * Plain characters.
   *
   * @param text the characters, verbatim (may contain any whitespace)
   */
  record Run(String text) implements Inline {
    /** Rejects null. */
    public Run {
      checkNotNull(text, "text");
    }

    @Override
    public String plainText() {
      return text;
    }
  }

  /**
   * A marked-up span, e.g. {@code <term refersTo="#freedomOfAssembly">}.
   *
   * @param name the element's local name, an XML NCName such as {@code term}, {@code ref} or {@code b}
   * @param attributes attribute names to values, in document order
   * @param children the content of the span
   */
  record Mark(String name, ImmutableMap<String, String> attributes, ImmutableList<Inline> children)
      implements Inline {
    private static final Pattern NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_.-]*(:[\\p{L}_][\\p{L}\\p{N}_.-]*)?");

    /** Validates the name and copies the collections. */
    public Mark {
      checkNotNull(name, "name");
      attributes = ImmutableMap.copyOf(attributes);
      children = ImmutableList.copyOf(children);
      checkArgument(isName(name), "'%s' is not an element name", name);
    }

    /**
     * Whether {@code name} matches {@link #NAME}. A mark is built for every inline element read, and nearly every
     * name is ASCII ({@code ref}, {@code term}, {@code i}), so ASCII names are checked by hand and only the others
     * go through the pattern.
     */
    private static boolean isName(String name) {
      int colon = -1;
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        if (c >= 0x80) {
          return NAME.matcher(name).matches();
        }
        boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        boolean start = i == 0 || i == colon + 1;
        if (c == ':') {
          if (colon >= 0 || i == 0) {
            return false;
          }
          colon = i;
        } else if (start ? !letter : !(letter || (c >= '0' && c <= '9') || c == '.' || c == '-')) {
          return false;
        }
      }
      return !name.isEmpty() && colon != name.length() - 1;
    }

    /**
     * Returns a span with the given name, attributes and content.
     *
     * @param name the element name
     * @param attributes its attributes (copied)
     * @param children its content (copied)
     * @return the span
     */
    public static Mark of(String name, Map<String, String> attributes, Iterable<? extends Inline> children) {
      return new Mark(name, ImmutableMap.copyOf(attributes), ImmutableList.copyOf(children));
    }

    @Override
    public String plainText() {
      StringBuilder text = new StringBuilder();
      for (Inline child : children) {
        text.append(child.plainText());
      }
      return text.toString();
    }
  }
}
