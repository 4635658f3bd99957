package org.lexkit.testing.jvm;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts a program in a fresh JVM (the {@code java} of the running one) and collects what it did. The module tests
 * use it: the unit tests run on the class path, so only a fresh JVM with {@code --module-path} shows that the module
 * descriptors hold. A module's POM passes its runtime class path in the system property
 * {@value #RUNTIME_CLASSPATH_PROPERTY} ({@code dependency:build-classpath}); {@link #modulePath} puts it after the
 * module's own classes. Static methods only; thread-safe.
 */
public final class FreshJvm {
  /** The system property that holds the runtime class path of the module under test. */
  public static final String RUNTIME_CLASSPATH_PROPERTY = "lexkit.runtimeClasspath";

  private FreshJvm() {}

  /** What a run did: its exit code and its standard output and error, decoded as UTF-8. Immutable. */
  public record Result(int exitCode, String stdout, String stderr) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
    }
  }

  /**
   * Returns a module path: {@code first} (the module's own classes or jar), then the entries of
   * {@value #RUNTIME_CLASSPATH_PROPERTY}.
   *
   * @param first the module's own classes directory or jar
   * @return the path, entries separated by {@link File#pathSeparator}
   * @throws IllegalStateException if the property is missing or blank (the POM does not set it, or the test is run
   *     outside Maven)
   */
  public static String modulePath(Path first) {
    String runtime = System.getProperty(RUNTIME_CLASSPATH_PROPERTY, "");
    if (runtime.isBlank()) {
      throw new IllegalStateException("the system property " + RUNTIME_CLASSPATH_PROPERTY + " is not set: the"
          + " module's POM passes its runtime class path (dependency:build-classpath) to surefire");
    }
    return first.toAbsolutePath() + File.pathSeparator + runtime;
  }

  /**
   * Runs {@code java} with {@code arguments} and waits for it to end; the program's standard input is empty.
   *
   * @param timeout how long the program may run before it is killed
   * @param arguments the JVM options, the main class or module, and the program's arguments
   * @return what the run did
   * @throws IOException if the JVM cannot be started or its output read
   * @throws InterruptedException if interrupted while waiting
   * @throws AssertionError if the program ran longer than {@code timeout} (it is killed, and its output so far is
   *     in the message)
   */
  public static Result run(Duration timeout, List<String> arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(ImmutableList.copyOf(arguments));
    // Output goes to files, not pipes, so that a program that writes a lot cannot block on a full pipe, and a
    // program that hangs cannot hang the test (waitFor times out; reading a pipe would not).
    Path out = Files.createTempFile("lexkit-jvm-", ".out");
    Path err = Files.createTempFile("lexkit-jvm-", ".err");
    try {
      Process process = new ProcessBuilder(command)
          .redirectOutput(out.toFile())
          .redirectError(err.toFile())
          .start();
      process.getOutputStream().close(); // empty standard input
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor();
        throw new AssertionError("still running after " + timeout + ", killed: " + command + "\n"
            + new Result(-1, read(out), read(err)));
      }
      return new Result(process.exitValue(), read(out), read(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private static String read(Path file) throws IOException {
    return new String(Files.readAllBytes(file), UTF_8); // malformed bytes replaced, not thrown
  }
}
