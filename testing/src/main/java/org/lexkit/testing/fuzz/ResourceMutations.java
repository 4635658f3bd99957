package org.lexkit.testing.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.Bytes;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Mutations that attack resources rather than syntax (issue 17), for XML and plain text alike: floods of namespace
 * declarations (on one start tag, past the per-element limit or just below it, or spread over many), deep dotted
 * numbering ({@code 1.1.1...}, hundreds to thousands of levels), huge numbers (a thousand to a hundred thousand
 * digits) and output amplifiers (a chain of nested elements, each numbered with a thousand digits, whose ids would
 * repeat every ancestor's number). Each keeps its mutant to a few megabytes, so a campaign stays fast.
 */
public final class ResourceMutations {
  private static final int[] DECLARATIONS_PER_ELEMENT = {10, 1_000, 9_999, 10_001, 20_000};
  private static final int MAX_DECLARATIONS = 30_000;

  private ResourceMutations() {}

  /**
   * Returns the four mutations.
   *
   * @return namespace-flood, deep-numbering, huge-number and output-amplifier
   */
  public static ImmutableList<Mutation> all() {
    return ImmutableList.of(
        Mutation.of("namespace-flood", ResourceMutations::namespaceFlood),
        Mutation.of("deep-numbering", ResourceMutations::deepNumbering),
        Mutation.of("huge-number", ResourceMutations::hugeNumber),
        Mutation.of("output-amplifier", ResourceMutations::outputAmplifier));
  }

  /** Adds namespace declarations after the names of one to twenty start tags (at most 30,000 in all). */
  static byte[] namespaceFlood(byte[] input, SplittableRandom random) {
    int elements = 1 + random.nextInt(20);
    int perElement = DECLARATIONS_PER_ELEMENT[random.nextInt(DECLARATIONS_PER_ELEMENT.length)];
    byte[] result = input;
    int declared = 0;
    for (int e = 0; e < elements && declared + perElement <= MAX_DECLARATIONS; e++) {
      int at = startTagNameEnd(result, random.nextInt(Math.max(1, result.length)));
      if (at < 0) {
        break;
      }
      StringBuilder declarations = new StringBuilder(perElement * 24);
      boolean duplicate = random.nextInt(8) == 0; // now and then one prefix declared twice: malformed
      for (int i = 0; i < perElement; i++) {
        int n = duplicate && i == perElement - 1 ? 0 : declared + i;
        declarations.append(" xmlns:n").append(n).append("=\"urn:x-flood:").append(n).append('"');
      }
      declared += perElement;
      result = insert(result, at, declarations.toString());
    }
    return result;
  }

  /** Replaces a run of digits with a dotted number of 100 to 10,000 levels ({@code 1.1.1...}). */
  static byte[] deepNumbering(byte[] input, SplittableRandom random) {
    int levels = 100 * (1 + random.nextInt(100));
    StringBuilder number = new StringBuilder(levels * 2);
    for (int i = 0; i < levels; i++) {
      number.append(i == 0 ? "" : ".").append(1 + random.nextInt(9));
    }
    return replaceDigits(input, random, number.toString());
  }

  /** Replaces a run of digits with 1,000 to 100,000 digits. */
  static byte[] hugeNumber(byte[] input, SplittableRandom random) {
    int digits = random.nextBoolean() ? 1_000 : 1_000 * (1 + random.nextInt(100));
    StringBuilder number = new StringBuilder(digits).append(1 + random.nextInt(9));
    for (int i = 1; i < digits; i++) {
      number.append(random.nextInt(10));
    }
    return replaceDigits(input, random, number.toString());
  }

  /**
   * After a {@code </num>} (an XML numbered element), inserts a chain of 20 to 250 nested copies of the element
   * that holds it, each with a 1,000-digit number, innermost with a paragraph; in plain text (no {@code </num>}),
   * inserts as many heading lines with such numbers. Balanced, so the rest of the document is unchanged.
   */
  static byte[] outputAmplifier(byte[] input, SplittableRandom random) {
    int levels = 20 + random.nextInt(231);
    String digits = "7".repeat(999);
    int close = indexOf(input, "</num>".getBytes(UTF_8), random.nextInt(Math.max(1, input.length)));
    if (close < 0) {
      close = indexOf(input, "</num>".getBytes(UTF_8), 0);
    }
    if (close < 0) {
      StringBuilder lines = new StringBuilder("\n");
      for (int i = 1; i <= levels; i++) {
        lines.append("Article ").append(i).append(digits).append(".\n").append(i).append(digits).append(". x\n");
      }
      return insert(input, input.length == 0 ? 0 : random.nextInt(input.length), lines.toString());
    }
    String element = enclosingElement(input, close);
    StringBuilder chain = new StringBuilder();
    for (int i = 1; i <= levels; i++) {
      chain.append('<').append(element).append(" eId=\"amp").append(i).append("\"><num>").append(i).append(digits)
          .append("</num>");
    }
    chain.append("<content><p>x</p></content>");
    chain.append(("</" + element + ">").repeat(levels));
    return insert(input, close + "</num>".length(), chain.toString());
  }

  /** The name of the start tag before {@code at} that no end tag closes in between, else {@code paragraph}. */
  private static String enclosingElement(byte[] input, int at) {
    int depth = 0;
    for (int i = at - 1; i > 0; i--) {
      if (input[i] != '<') {
        continue;
      }
      if (input[i + 1] == '/') {
        depth++;
      } else if (isNameStart(input[i + 1])) {
        int end = i + 1;
        while (end < input.length && isNameChar(input[end])) {
          end++;
        }
        String name = new String(input, i + 1, end - i - 1, UTF_8);
        if (!name.equals("num") && depth-- == 0) {
          return name;
        }
      }
    }
    return "paragraph";
  }

  /** The position just after the name of the first start tag at or after {@code from} (wrapping), else -1. */
  private static int startTagNameEnd(byte[] input, int from) {
    for (int k = 0; k < input.length; k++) {
      int i = (from + k) % input.length;
      if (input[i] == '<' && i + 1 < input.length && isNameStart(input[i + 1])) {
        int end = i + 1;
        while (end < input.length && isNameChar(input[end])) {
          end++;
        }
        return end;
      }
    }
    return -1;
  }

  private static byte[] replaceDigits(byte[] input, SplittableRandom random, String number) {
    if (input.length == 0) {
      return number.getBytes(UTF_8);
    }
    int start = random.nextInt(input.length);
    for (int k = 0; k < input.length; k++) {
      int at = (start + k) % input.length;
      if (isDigit(input[at])) {
        while (at > 0 && isDigit(input[at - 1])) {
          at--;
        }
        int end = at;
        while (end < input.length && isDigit(input[end])) {
          end++;
        }
        return Bytes.concat(Arrays.copyOfRange(input, 0, at), number.getBytes(UTF_8),
            Arrays.copyOfRange(input, end, input.length));
      }
    }
    return input;
  }

  private static int indexOf(byte[] input, byte[] target, int from) {
    outer:
    for (int i = from; i <= input.length - target.length; i++) {
      for (int j = 0; j < target.length; j++) {
        if (input[i + j] != target[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static byte[] insert(byte[] input, int at, String text) {
    return Bytes.concat(Arrays.copyOfRange(input, 0, at), text.getBytes(UTF_8),
        Arrays.copyOfRange(input, at, input.length));
  }

  private static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }

  private static boolean isNameStart(byte b) {
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b == '_';
  }

  private static boolean isNameChar(byte b) {
    return isNameStart(b) || isDigit(b) || b == '-' || b == '.' || b == ':';
  }
}
