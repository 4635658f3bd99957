package org.lexkit.cli;

/** The exit codes of every lexkit command, also listed in each command's {@code --help}. */
final class ExitCodes {
  /** Everything went well (warnings may have been printed). */
  static final int OK = 0;
  /** The input has problems: invalid or malformed XML, text that is not text, an amendment that does not apply. */
  static final int PROBLEMS = 1;
  /** The command line is wrong: unknown option, bad value, an output that would overwrite an input. */
  static final int USAGE = 2;
  /** A file could not be read or written. */
  static final int IO = 3;
  /** A bug in lexkit: the stack trace is printed. */
  static final int INTERNAL = 4;

  /** The help section that lists them, one {@code code:description} entry each (picocli's exitCodeList). */
  static final String[] HELP = {
    "0:ok",
    "1:problems found in the input (printed as file:line:col: message)",
    "2:usage error (unknown option, bad value, output over an input)",
    "3:I/O error (a file could not be read or written)",
    "4:internal error (a bug; the stack trace is printed)",
  };

  private ExitCodes() {}

  /** Returns the code that reports both outcomes: an I/O error outranks problems, which outrank success. */
  static int worst(int a, int b) {
    return rank(a) >= rank(b) ? a : b;
  }

  private static int rank(int code) {
    return switch (code) {
      case OK -> 0;
      case PROBLEMS -> 1;
      case IO -> 2;
      default -> 3;
    };
  }
}
