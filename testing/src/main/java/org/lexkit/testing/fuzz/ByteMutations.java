package org.lexkit.testing.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.Bytes;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Format-neutral byte mutations, in the spirit of AFL's deterministic stages: bit flips, interesting bytes, span
 * deletion, duplication and repetition, truncation, invalid UTF-8, huge and odd numbers, byte order marks, control
 * characters and splicing in pieces of other seeds. None knows anything about XML or plain text.
 */
public final class ByteMutations {
  private ByteMutations() {}

  /** Bytes that are syntax in most text formats, plus a few that are never valid in them. */
  private static final byte[] INTERESTING = "<>/&;\"'=!?-[]#:x \n\r\t\u00e9".getBytes(UTF_8);

  /** Sequences that are not valid UTF-8, each for a different reason. */
  private static final ImmutableList<byte[]> INVALID_UTF8 = ImmutableList.of(
      new byte[] {(byte) 0xFF},                                  // never valid
      new byte[] {(byte) 0xC3},                                  // lead byte without continuation
      new byte[] {(byte) 0x80},                                  // continuation without lead
      new byte[] {(byte) 0xC0, (byte) 0xAF},                     // overlong '/'
      new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},        // encoded surrogate U+D800
      new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
      new byte[] {(byte) 0xE2, (byte) 0x82});                    // truncated 3-byte sequence

  /** Replacements for a run of digits: huge, negative, fractional, exponent, not a number, zero-padded. */
  private static final ImmutableList<String> ODD_NUMBERS = ImmutableList.of(
      "99999999999999999999999999999999", "2147483648", "-2147483649", "9223372036854775808", "-1", "0",
      "000000000000000000000000000001", "1e309", "NaN", "1.5", "+7", "\u0661\u0662", "１２");

  /** Control characters that XML 1.0 forbids and plain text rarely has. */
  private static final byte[] CONTROL = {0x00, 0x01, 0x08, 0x0B, 0x0C, 0x1B, 0x7F};

  /**
   * Returns every mutation of this class.
   *
   * @param donors inputs whose pieces {@code splice} may copy in (usually all seeds)
   * @return the mutations
   */
  public static ImmutableList<Mutation> all(List<Seed> donors) {
    ImmutableList<Seed> pool = ImmutableList.copyOf(donors);
    return ImmutableList.of(
        Mutation.of("bit-flip", ByteMutations::bitFlip),
        Mutation.of("interesting-byte", ByteMutations::interestingByte),
        Mutation.of("delete-span", ByteMutations::deleteSpan),
        Mutation.of("duplicate-span", ByteMutations::duplicateSpan),
        Mutation.of("repeat-span", ByteMutations::repeatSpan),
        Mutation.of("truncate", ByteMutations::truncate),
        Mutation.of("invalid-utf8", ByteMutations::invalidUtf8),
        Mutation.of("odd-number", ByteMutations::oddNumber),
        Mutation.of("byte-order-mark", ByteMutations::byteOrderMark),
        Mutation.of("control-char", ByteMutations::controlChar),
        Mutation.of("splice", (input, random) -> splice(input, random, pool)));
  }

  static byte[] bitFlip(byte[] input, SplittableRandom random) {
    byte[] out = input.clone();
    int flips = 1 + random.nextInt(8);
    for (int i = 0; i < flips; i++) {
      int at = random.nextInt(out.length);
      out[at] = (byte) (out[at] ^ (1 << random.nextInt(8)));
    }
    return out;
  }

  static byte[] interestingByte(byte[] input, SplittableRandom random) {
    int at = random.nextInt(input.length + 1);
    byte value = INTERESTING[random.nextInt(INTERESTING.length)];
    if (at < input.length && random.nextBoolean()) {
      byte[] out = input.clone();
      out[at] = value;
      return out;
    }
    return insert(input, at, new byte[] {value});
  }

  static byte[] deleteSpan(byte[] input, SplittableRandom random) {
    int from = random.nextInt(input.length);
    int to = Math.min(input.length, from + 1 + random.nextInt(spanLength(random)));
    return Bytes.concat(Arrays.copyOfRange(input, 0, from), Arrays.copyOfRange(input, to, input.length));
  }

  static byte[] duplicateSpan(byte[] input, SplittableRandom random) {
    int from = random.nextInt(input.length);
    int to = Math.min(input.length, from + 1 + random.nextInt(spanLength(random)));
    return insert(input, random.nextInt(input.length + 1), Arrays.copyOfRange(input, from, to));
  }

  /** Repeats a short span many times in place: long names, long runs, deep accidental nesting. */
  static byte[] repeatSpan(byte[] input, SplittableRandom random) {
    int from = random.nextInt(input.length);
    int to = Math.min(input.length, from + 1 + random.nextInt(16));
    byte[] span = Arrays.copyOfRange(input, from, to);
    int times = 2 + random.nextInt(random.nextBoolean() ? 10 : 5_000);
    byte[] repeated = new byte[span.length * times];
    for (int i = 0; i < times; i++) {
      System.arraycopy(span, 0, repeated, i * span.length, span.length);
    }
    return insert(input, from, repeated);
  }

  static byte[] truncate(byte[] input, SplittableRandom random) {
    return Arrays.copyOf(input, random.nextInt(input.length)); // may be empty: the empty input is a case too
  }

  static byte[] invalidUtf8(byte[] input, SplittableRandom random) {
    byte[] bad = INVALID_UTF8.get(random.nextInt(INVALID_UTF8.size()));
    return random.nextInt(8) == 0 ? Bytes.concat(input, bad) : insert(input, random.nextInt(input.length + 1), bad);
  }

  /** Replaces a run of ASCII digits (a number, a date part, an index in an id) with an odd number. */
  static byte[] oddNumber(byte[] input, SplittableRandom random) {
    int start = random.nextInt(input.length);
    int at = -1;
    for (int i = 0; i < input.length; i++) {
      int j = (start + i) % input.length;
      if (isDigit(input[j])) {
        at = j;
        break;
      }
    }
    if (at < 0) {
      return input;
    }
    while (at > 0 && isDigit(input[at - 1])) {
      at--;
    }
    int end = at;
    while (end < input.length && isDigit(input[end])) {
      end++;
    }
    byte[] number = ODD_NUMBERS.get(random.nextInt(ODD_NUMBERS.size())).getBytes(UTF_8);
    return Bytes.concat(Arrays.copyOfRange(input, 0, at), number, Arrays.copyOfRange(input, end, input.length));
  }

  static byte[] byteOrderMark(byte[] input, SplittableRandom random) {
    byte[][] marks = {
      {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE},
      {0, 0, (byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE, 0, 0}};
    byte[] mark = marks[random.nextInt(marks.length)];
    // At the start (where a mark means something) or anywhere (where it is a stray U+FEFF or garbage).
    return insert(input, random.nextInt(4) == 0 ? random.nextInt(input.length + 1) : 0, mark);
  }

  static byte[] controlChar(byte[] input, SplittableRandom random) {
    return insert(input, random.nextInt(input.length + 1), new byte[] {CONTROL[random.nextInt(CONTROL.length)]});
  }

  static byte[] splice(byte[] input, SplittableRandom random, List<Seed> donors) {
    if (donors.isEmpty()) {
      return input;
    }
    byte[] donor = donors.get(random.nextInt(donors.size())).bytes();
    int from = random.nextInt(donor.length);
    int to = Math.min(donor.length, from + 1 + random.nextInt(spanLength(random) * 8));
    int at = random.nextInt(input.length + 1);
    if (random.nextBoolean()) { // replace the rest: a document that turns into another one midway
      return Bytes.concat(Arrays.copyOfRange(input, 0, at), Arrays.copyOfRange(donor, from, donor.length));
    }
    return insert(input, at, Arrays.copyOfRange(donor, from, to));
  }

  /** Mostly short spans, sometimes long ones. */
  private static int spanLength(SplittableRandom random) {
    return random.nextInt(4) == 0 ? 4_096 : 64;
  }

  private static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }

  /**
   * Returns {@code input} with {@code piece} inserted at {@code at}.
   *
   * @param input the bytes
   * @param at 0 to {@code input.length}
   * @param piece what to insert
   * @return a new array
   */
  public static byte[] insert(byte[] input, int at, byte[] piece) {
    return Bytes.concat(Arrays.copyOfRange(input, 0, at), piece, Arrays.copyOfRange(input, at, input.length));
  }
}
