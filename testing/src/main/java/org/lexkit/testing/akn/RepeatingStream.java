package org.lexkit.testing.akn;

import java.io.InputStream;
import java.util.Arrays;

/** An input stream of one byte repeated {@code count} times, without holding it in memory. */
public final class RepeatingStream extends InputStream {
  private final byte value;
  private long remaining;

  /**
   * Creates the stream.
   *
   * @param value the byte
   * @param count how many times
   */
  public RepeatingStream(byte value, long count) {
    this.value = value;
    this.remaining = count;
  }

  @Override
  public int read() {
    if (remaining <= 0) {
      return -1;
    }
    remaining--;
    return value & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (remaining <= 0) {
      return -1;
    }
    int n = (int) Math.min(len, remaining);
    Arrays.fill(b, off, off + n, value);
    remaining -= n;
    return n;
  }
}
