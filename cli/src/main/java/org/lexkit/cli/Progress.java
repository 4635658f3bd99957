package org.lexkit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * A one-line progress bar on standard error ({@code convert [#########.........] 12/40 30% 3.1 s}), redrawn in
 * place with a carriage return at most ten times a second, and erased before any other line is printed and at the
 * end. Disabled, it draws nothing and only passes lines through. All writes to standard error during a batch go
 * through this object, so a line and the bar never interleave.
 */
final class Progress {
  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final OutputStream err;
  private final String label;
  private final int total;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private int done;
  private long lastDraw = Long.MIN_VALUE;
  private int drawnLength;

  Progress(OutputStream err, String label, int total, boolean enabled) {
    this.err = err;
    this.label = label;
    this.total = total;
    this.enabled = enabled;
  }

  /** Counts one input as done. */
  synchronized void advance() {
    done++;
    long now = System.nanoTime();
    if (enabled && (now - lastDraw >= REDRAW_NANOS || done == total)) {
      lastDraw = now;
      draw();
    }
  }

  /** Prints {@code text} (whole lines) above the bar. */
  synchronized void print(String text) {
    if (text.isEmpty()) {
      return;
    }
    erase();
    write(text);
    if (enabled && done > 0 && done < total) {
      draw();
    }
  }

  /** Erases the bar for good. */
  synchronized void finish() {
    erase();
  }

  /** Returns the bar as drawn for {@code done} of {@code total}. */
  static String bar(String label, int done, int total, double seconds) {
    int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
    return String.format(Locale.ROOT, "%s [%s%s] %d/%d %d%% %.1f s", label, "#".repeat(filled),
        ".".repeat(WIDTH - filled), done, total, total == 0 ? 100 : done * 100 / total, seconds);
  }

  private void draw() {
    String line = bar(label, done, total, (System.nanoTime() - start) / 1e9);
    String padding = " ".repeat(Math.max(0, drawnLength - line.length()));
    write("\r" + line + padding);
    drawnLength = line.length();
  }

  private void erase() {
    if (drawnLength > 0) {
      write("\r" + " ".repeat(drawnLength) + "\r");
      drawnLength = 0;
    }
  }

  private void write(String text) {
    try {
      err.write(text.getBytes(UTF_8));
      err.flush();
    } catch (IOException e) {
      // Standard error is gone (a closed pipe); there is nowhere left to report anything.
    }
  }
}
