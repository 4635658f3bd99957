package org.lexkit.cli;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Expands the arguments of a command into its inputs: {@code -} is standard input; a directory stands for the files
 * with the command's extension below it (recursively, sorted by path); an argument with glob characters
 * ({@code * ? [ {}) that names no file is expanded by lexkit itself ({@code "docs/**.xml"}), for shells that did not;
 * anything else is a file, which need not exist (reading it reports the error, with the other inputs still
 * processed).
 */
final class Inputs {
  private Inputs() {}

  /**
   * Expands {@code arguments}.
   *
   * @param arguments the command's file arguments, in order
   * @param extension what files in a directory must end with, e.g. {@code .xml} (case-insensitive)
   * @return the inputs in argument order, each file once
   * @throws UsageException if {@code -} appears twice, a directory has no such file or a glob matches nothing
   */
  static ImmutableList<Input> expand(List<String> arguments, String extension) {
    List<Input> inputs = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    boolean stdin = false;
    for (String argument : arguments) {
      if (argument.equals("-")) {
        if (stdin) {
          throw new UsageException("standard input ('-') can be read only once");
        }
        stdin = true;
        inputs.add(Input.stdin());
        continue;
      }
      Path path = Path.of(argument);
      if (Files.isDirectory(path)) {
        List<Path> files = walk(path, file -> hasExtension(file, extension));
        if (files.isEmpty()) {
          throw new UsageException(argument + ": no *" + extension + " files in this directory");
        }
        files.forEach(file -> add(inputs, seen, Input.file(file, path.relativize(file))));
      } else if (!Files.exists(path) && isGlob(argument)) {
        Glob glob = Glob.split(argument);
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob.pattern());
        List<Path> files = Files.isDirectory(glob.base())
            ? walk(glob.base(), file -> matcher.matches(glob.base().relativize(file)))
            : List.of();
        if (files.isEmpty()) {
          throw new UsageException(argument + ": no files match this pattern");
        }
        files.forEach(file -> add(inputs, seen, Input.file(file, glob.base().relativize(file))));
      } else {
        add(inputs, seen, Input.file(path, path.getFileName() == null ? path : path.getFileName()));
      }
    }
    return ImmutableList.copyOf(inputs);
  }

  private static void add(List<Input> inputs, Set<Path> seen, Input input) {
    Path key = input.realPath().orElseGet(() -> input.path() == null ? Path.of("-") : input.path().toAbsolutePath());
    if (seen.add(key)) {
      inputs.add(input);
    }
  }

  private static boolean hasExtension(Path file, String extension) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension);
  }

  private static boolean isGlob(String argument) {
    return argument.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  private static List<Path> walk(Path root, Predicate<Path> accept) {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).filter(accept).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A glob split at its first component with a glob character: {@code docs/kz/*.xml} is the base {@code docs/kz}
   * and the pattern {@code *.xml}, matched against paths relative to the base.
   */
  private record Glob(Path base, String pattern) {
    static Glob split(String argument) {
      String normalized = argument.replace('\\', '/');
      String[] parts = normalized.split("/", -1);
      int first = 0;
      while (first < parts.length - 1 && !isGlob(parts[first])) {
        first++;
      }
      String base = String.join("/", Arrays.asList(parts).subList(0, first));
      String pattern = String.join("/", Arrays.asList(parts).subList(first, parts.length));
      if (normalized.startsWith("/") && base.isEmpty()) {
        base = "/";
      }
      return new Glob(Path.of(base.isEmpty() ? "." : base), pattern);
    }
  }
}
