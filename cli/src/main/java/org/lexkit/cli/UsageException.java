package org.lexkit.cli;

/**
 * A command line that cannot be carried out as written (exit code 2): detected by a command after picocli parsed
 * it, such as an output that would replace an input. The message says what is wrong and what to write instead.
 */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
