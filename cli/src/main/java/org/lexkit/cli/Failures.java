package org.lexkit.cli;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.lexkit.akn.AknProblem;
import org.lexkit.akn.AknReadException;
import org.lexkit.akn.AknSchemaException;
import org.lexkit.akn.AknWriteException;
import org.lexkit.akn.SourceLocation;
import org.lexkit.core.amendment.AmendmentConflictException;
import org.lexkit.text.TextConversionException;

/**
 * Turns what went wrong with one input into its {@link Outcome}: the exit code, and lines in the compiler form
 * {@code file:line:column: error: message} (line and column left out where unknown).
 */
final class Failures {
  private Failures() {}

  /** The work done for one input; it may throw anything {@link #run} knows how to describe. */
  @FunctionalInterface
  interface Work {
    Outcome call() throws IOException;
  }

  /**
   * Runs {@code work} for the input named {@code source} and describes whatever it throws.
   *
   * @param source the input's name, for failures that do not carry their own location
   * @param work what to do
   * @return its outcome, or for a failure: {@link ExitCodes#IO} for I/O, {@link ExitCodes#PROBLEMS} for bad input,
   *     {@link ExitCodes#INTERNAL} (with the stack trace) for anything else, which is a bug
   */
  static Outcome run(String source, Work work) {
    try {
      return work.call();
    } catch (IOException e) {
      return Outcome.failed(ExitCodes.IO, describeIo(source, e) + "\n");
    } catch (UncheckedIOException e) {
      return Outcome.failed(ExitCodes.IO, describeIo(source, e.getCause()) + "\n");
    } catch (AknSchemaException e) {
      StringBuilder lines = new StringBuilder();
      for (AknProblem problem : e.problems()) {
        lines.append(cliTerms(problem.describe())).append('\n');
      }
      return Outcome.failed(ExitCodes.PROBLEMS, lines.toString());
    } catch (AknReadException e) {
      return Outcome.failed(ExitCodes.PROBLEMS, error(e.location(), e.detail()));
    } catch (TextConversionException e) {
      return Outcome.failed(ExitCodes.PROBLEMS,
          error(SourceLocation.of(e.sourceName(), e.line(), e.column()), e.detail()));
    } catch (AknWriteException e) {
      return Outcome.failed(ExitCodes.PROBLEMS,
          error(SourceLocation.unknownPosition(source), "cannot be written as Akoma Ntoso: " + e.getMessage()));
    } catch (AmendmentConflictException e) {
      return Outcome.failed(ExitCodes.PROBLEMS, error(SourceLocation.unknownPosition(source), e.getMessage()));
    } catch (RuntimeException | Error e) {
      // Even an Error (a stack overflow on a pathological input) is one input's failure, not the batch's.
      return internal(source, e);
    }
  }

  /** Describes a bug: what was thrown and its stack trace. */
  static Outcome internal(String source, Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    return Outcome.failed(ExitCodes.INTERNAL,
        source + ": internal error (a bug in lexkit, please report it): " + failure + "\n" + trace);
  }

  /** Returns {@code location: error: detail} and a line break. */
  static String error(SourceLocation location, String detail) {
    return location.describe() + ": error: " + cliTerms(detail) + "\n";
  }

  /** Returns {@code location: warning: detail} and a line break. */
  static String warning(SourceLocation location, String detail) {
    return location.describe() + ": warning: " + cliTerms(detail) + "\n";
  }

  /**
   * The library's words for a setting, where its messages suggest one, and the command line's. One table, so that
   * every command's messages speak of flags, not of Java methods.
   */
  private static final ImmutableMap<String, String> API_TO_CLI = ImmutableMap.of(
      "ValidationMode.LENIENT accepts it", "--lenient accepts it",
      "AknReader.withNamespaceMigration(true)",
      "the Lexkit library's AknReader with namespace migration on (the lexkit command reads AKN 3.0 only)",
      "TextConverter.withCharset(StandardCharsets.UTF_16)", "--charset UTF-16",
      "withCharset(Charset.forName(\"windows-1251\"))", "--charset windows-1251",
      "withCharset(Charset.forName(\"windows-1252\"))", "--charset windows-1252",
      "(TextConverter.withIdentity)", "(--country, --date, --name and --type)");

  /** Replaces the library's names for settings by the command line's flags. */
  static String cliTerms(String message) {
    String text = message;
    for (Map.Entry<String, String> term : API_TO_CLI.entrySet()) {
      text = text.replace(term.getKey(), term.getValue());
    }
    return text;
  }

  /**
   * Returns whether {@code failure} is standard output closed by its reader ({@code lexkit render x | head}). Like
   * a process killed by SIGPIPE, lexkit then stops writing without a message (the JVM ignores the signal).
   */
  static boolean isBrokenPipe(IOException failure) {
    String message = failure.getMessage();
    return message != null && message.contains("Broken pipe");
  }

  /**
   * Writes {@code bytes} to the terminal's standard output and flushes it. A failure is described to
   * {@code report} ({@code <stdout>: what}), except a {@linkplain #isBrokenPipe broken pipe}, which stops the
   * output silently.
   *
   * @return whether everything was written
   */
  static boolean writeStdout(Terminal terminal, byte[] bytes, Consumer<String> report) {
    try {
      terminal.out().write(bytes);
      terminal.out().flush();
      return true;
    } catch (IOException e) {
      if (!isBrokenPipe(e)) {
        report.accept(describeIo("<stdout>", e));
      }
      return false;
    }
  }

  /**
   * Describes an I/O failure as {@code file: what}, naming the file the operating system named (the user's path for
   * an output: {@code Outputs} never lets its temporary file's name out), made {@linkplain Terminal#printable
   * printable}.
   */
  static String describeIo(String source, IOException failure) {
    if (failure instanceof FileSystemException fs) {
      String file = fs.getFile() == null ? source : fs.getFile();
      String reason;
      if (fs instanceof NoSuchFileException) {
        reason = "no such file or directory";
      } else if (fs instanceof AccessDeniedException) {
        reason = "permission denied";
      } else {
        reason = fs.getReason() == null ? fs.getClass().getSimpleName() : fs.getReason();
      }
      return Terminal.printable(file) + ": error: " + reason.toLowerCase(Locale.ROOT);
    }
    return Terminal.printable(source) + ": error: "
        + (failure.getMessage() == null ? failure.toString() : failure.getMessage());
  }
}
