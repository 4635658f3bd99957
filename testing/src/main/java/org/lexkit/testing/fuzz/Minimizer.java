package org.lexkit.testing.fuzz;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.primitives.Bytes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Shrinks a failing input while it keeps failing the same way: Zeller's delta debugging, simplified to removing
 * ever smaller chunks (halves, quarters, ... single units), first of whole lines, which keeps most text formats
 * well-formed, then of bytes. A budget of test runs keeps a slow target from stalling a campaign. The result is
 * usually small enough to keep as a regression test and to read.
 */
public final class Minimizer {
  private Minimizer() {}

  /**
   * Returns a smaller input for which {@code stillFails} holds, or {@code input} if none was found.
   *
   * @param input an input for which {@code stillFails} holds
   * @param stillFails whether a candidate still shows the failure (same signature)
   * @param maxRuns the most candidates to try, at least 1
   * @return the smallest failing input found
   */
  public static byte[] minimize(byte[] input, Predicate<byte[]> stillFails, int maxRuns) {
    checkArgument(maxRuns >= 1, "maxRuns must be at least 1: %s", maxRuns);
    int[] runs = {0};
    Predicate<byte[]> counted = candidate -> runs[0]++ < maxRuns && stillFails.test(candidate);
    List<byte[]> lines = reduce(splitLines(input), counted);
    return Bytes.concat(reduce(bytesOf(Bytes.concat(lines.toArray(new byte[0][]))), counted).toArray(new byte[0][]));
  }

  /** Delta debugging over units: removes chunks of units while the joined rest still fails. */
  private static List<byte[]> reduce(List<byte[]> units, Predicate<byte[]> stillFails) {
    List<byte[]> best = units;
    int chunk = Math.max(1, best.size() / 2);
    while (!best.isEmpty()) {
      boolean shrunk = false;
      for (int from = 0; from < best.size(); ) {
        int to = Math.min(best.size(), from + chunk);
        List<byte[]> candidate = new ArrayList<>(best.subList(0, from));
        candidate.addAll(best.subList(to, best.size()));
        if (stillFails.test(Bytes.concat(candidate.toArray(new byte[0][])))) {
          best = candidate; // keep "from": the next chunk has moved into this place
          shrunk = true;
        } else {
          from = to;
        }
      }
      if (chunk == 1 && !shrunk) {
        break;
      }
      chunk = shrunk ? Math.min(chunk, Math.max(1, best.size() / 2)) : Math.max(1, chunk / 2);
    }
    return best;
  }

  private static List<byte[]> splitLines(byte[] input) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < input.length; i++) {
      if (input[i] == '\n') {
        lines.add(Arrays.copyOfRange(input, start, i + 1));
        start = i + 1;
      }
    }
    if (start < input.length) {
      lines.add(Arrays.copyOfRange(input, start, input.length));
    }
    return lines;
  }

  private static List<byte[]> bytesOf(byte[] input) {
    List<byte[]> units = new ArrayList<>(input.length);
    for (byte b : input) {
      units.add(new byte[] {b});
    }
    return units;
  }
}
