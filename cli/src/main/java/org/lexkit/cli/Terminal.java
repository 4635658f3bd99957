package org.lexkit.cli;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The streams a lexkit run reads and writes, and whether standard error is an interactive terminal (which decides
 * whether a progress bar is drawn). Tests pass their own streams; {@link #system()} gives the process's.
 *
 * <p>Everything lexkit writes is UTF-8, whatever the platform's default encoding: XML and HTML declare it, and
 * file names and messages often are not ASCII (Cyrillic, Kazakh).
 *
 * <p>Immutable; the streams themselves are shared, and lexkit writes to them from one thread at a time.
 *
 * @param in standard input, read when an input is {@code -}
 * @param out standard output: documents and reports written to {@code -}
 * @param err standard error: problems, warnings, progress and the summary
 * @param interactive whether standard error is a terminal a person watches (progress bars are drawn only then)
 */
public record Terminal(InputStream in, OutputStream out, OutputStream err, boolean interactive) {
  /** Rejects nulls. */
  public Terminal {
    checkNotNull(in, "in");
    checkNotNull(out, "out");
    checkNotNull(err, "err");
  }

  /**
   * Returns the process's streams. Standard output and error are the raw file descriptors (not
   * {@link System#out}, which would re-encode text in the platform charset); the run is interactive only when the
   * JVM has a console (standard input and output are a terminal, so output is not piped) and standard error is a
   * terminal too.
   *
   * @return the process's terminal
   */
  public static Terminal system() {
    return new Terminal(System.in, new FileOutputStream(FileDescriptor.out),
        new FileOutputStream(FileDescriptor.err), System.console() != null && stderrIsTerminal());
  }

  /**
   * Returns whether file descriptor 2 is a terminal. Java has no isatty; on Linux the descriptor's link names its
   * device. Elsewhere the answer is no, which only costs the progress bar.
   */
  private static boolean stderrIsTerminal() {
    try {
      String device = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  /**
   * Returns {@code text}, a file name or argument, safe to print in a diagnostic line: control characters (C0, DEL,
   * C1: newlines, ANSI escapes) and the bidirectional formatting characters are written as backslash escapes
   * ({@code \n}, {@code \t}, {@code \r}, else a backslash, {@code u} and four hex digits). A file whose name holds
   * a newline and {@code x.xml:1:1: error: forged} can then neither start a line of its own nor recolour or
   * reorder the terminal's text.
   */
  static String printable(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean unsafe = c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
          || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c;
      if (unsafe && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (!unsafe) {
          out.append(c);
        } else if (c == '\n') {
          out.append("\\n");
        } else if (c == '\t') {
          out.append("\\t");
        } else if (c == '\r') {
          out.append("\\r");
        } else {
          out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
        }
      }
    }
    return out == null ? text : out.toString();
  }
}
