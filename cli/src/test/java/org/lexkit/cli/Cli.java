package org.lexkit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs lexkit in-process, as the tests' user: through picocli's {@code CommandLine.execute} on a {@link Terminal}
 * whose streams are captured.
 */
final class Cli {
  private Cli() {}

  /** What a run did. */
  record Result(int exitCode, byte[] out, String err) {
    String stdout() {
      return new String(out, UTF_8);
    }

    /** The lines of standard error. */
    List<String> errLines() {
      return err.lines().collect(Collectors.toList());
    }

    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + stdout() + "\n--- stderr\n" + err;
    }
  }

  static Result run(String... args) {
    return run(new byte[0], false, args);
  }

  static Result runWithInput(byte[] stdin, String... args) {
    return run(stdin, false, args);
  }

  /** Runs as if standard error were a terminal a person watches (so progress bars are drawn). */
  static Result runInteractive(String... args) {
    return run(new byte[0], true, args);
  }

  private static Result run(byte[] stdin, boolean interactive, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Terminal terminal = new Terminal(new ByteArrayInputStream(stdin), out, err, interactive);
    int exitCode = Lexkit.commandLine(terminal).execute(args);
    return new Result(exitCode, out.toByteArray(), err.toString(UTF_8));
  }

  /** The command line that runs lexkit with {@code args} in a fresh JVM on the tests' class path. */
  static List<String> freshJvm(String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "org.lexkit.cli.Lexkit"));
    command.addAll(List.of(args));
    return command;
  }

  /** Copies the test resource {@code name} (from {@code org/lexkit/cli/}) into {@code directory}. */
  static Path copy(String name, Path directory) throws IOException {
    return copy(name, directory, name);
  }

  /** Copies the test resource {@code name} to {@code target} below {@code directory}, creating folders. */
  static Path copy(String name, Path directory, String target) throws IOException {
    Path file = directory.resolve(target);
    Files.createDirectories(file.getParent());
    try (InputStream in = Cli.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in = Cli.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return in.readAllBytes();
    }
  }

  /** Returns every file below {@code directory}, relative, sorted: to check that nothing else was left there. */
  static List<String> filesBelow(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(Files::isRegularFile).map(file -> directory.relativize(file).toString().replace('\\', '/'))
          .sorted().collect(Collectors.toList());
    }
  }

  /**
   * Finds a shared domain text ({@code /work/shared/domain}, never copied into the project). The system property
   * {@code lexkit.domain} names the folder, relative to the repository root or the module; without it,
   * {@code ../shared/domain} beside the repository is tried.
   */
  static Optional<Path> domainFile(String relative) {
    Path here = Path.of("").toAbsolutePath();
    Path parent = here.getParent() == null ? here : here.getParent();
    String property = System.getProperty("lexkit.domain", "").strip();
    List<Path> folders = property.isEmpty()
        ? List.of(parent.resolve("../shared/domain"), here.resolve("../shared/domain"))
        : Path.of(property).isAbsolute()
            ? List.of(Path.of(property))
            : List.of(here.resolve(property), parent.resolve(property));
    return folders.stream().map(folder -> folder.resolve(relative).normalize()).filter(Files::isRegularFile)
        .findFirst();
  }
}
