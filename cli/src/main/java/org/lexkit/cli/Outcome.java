package org.lexkit.cli;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * What processing one input came to: its exit code, what it prints on standard output (a report written to
 * {@code -}) and on standard error (its problems and warnings, one per line), and how many warnings it had.
 *
 * @param exitCode {@link ExitCodes#OK}, {@link ExitCodes#PROBLEMS} or {@link ExitCodes#IO}
 * @param stdout bytes for standard output, usually none
 * @param stderr lines for standard error, each ending with a line break, or empty
 * @param warnings how many of those lines are warnings
 */
record Outcome(int exitCode, byte[] stdout, String stderr, int warnings) {
  private static final byte[] NONE = new byte[0];

  Outcome {
    checkNotNull(stdout, "stdout");
    checkNotNull(stderr, "stderr");
  }

  static Outcome ok(String stderr, int warnings) {
    return new Outcome(ExitCodes.OK, NONE, stderr, warnings);
  }

  static Outcome failed(int exitCode, String stderr) {
    return new Outcome(exitCode, NONE, stderr, 0);
  }

  Outcome withStdout(byte[] bytes) {
    return new Outcome(exitCode, bytes, stderr, warnings);
  }

  /** Returns this outcome with {@code earlier} messages (and their {@code count} warnings) printed first. */
  Outcome after(String earlier, int count) {
    return new Outcome(exitCode, stdout, earlier + stderr, warnings + count);
  }
}
