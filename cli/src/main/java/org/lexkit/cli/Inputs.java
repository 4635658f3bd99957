package org.lexkit.cli;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

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
    return expand(arguments, extension, false);
  }

  /**
   * Expands {@code arguments}, refusing a file named twice (by two arguments, or a file and a directory holding
   * it) when {@code distinct} is set: for {@code apply}, where naming an act twice means applying it twice.
   *
   * @throws UsageException as {@link #expand(List, String)} does, and for a file named twice if {@code distinct}
   */
  static ImmutableList<Input> expand(List<String> arguments, String extension, boolean distinct) {
    List<Input> inputs = new ArrayList<>();
    Map<Object, Input> seen = new HashMap<>();
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
          throw new UsageException(Terminal.printable(argument) + ": no *" + extension + " files in this directory");
        }
        files.forEach(file -> add(inputs, seen, Input.file(file, path.relativize(file)), distinct));
      } else if (!Files.exists(path) && isGlob(argument)) {
        Glob glob = Glob.split(argument);
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob.pattern());
        List<Path> files = Files.isDirectory(glob.base())
            ? walk(glob.base(), file -> matcher.matches(glob.base().relativize(file)))
            : List.of();
        if (files.isEmpty()) {
          throw new UsageException(Terminal.printable(argument) + ": no files match this pattern");
        }
        files.forEach(file -> add(inputs, seen, Input.file(file, glob.base().relativize(file)), distinct));
      } else {
        add(inputs, seen, Input.file(path, path.getFileName() == null ? path : path.getFileName()), distinct);
      }
    }
    return ImmutableList.copyOf(inputs);
  }

  private static void add(List<Input> inputs, Map<Object, Input> seen, Input input, boolean distinct) {
    Object key = input.identity().orElseGet(() -> input.path() == null ? "-" : input.path().toAbsolutePath());
    Input earlier = seen.putIfAbsent(key, input);
    if (earlier == null) {
      inputs.add(input);
    } else if (distinct) {
      throw new UsageException(input.name() + " is named twice" + (earlier.name().equals(input.name()) ? ""
          : " (also as " + earlier.name() + ")") + "; give each input once");
    }
  }

  private static boolean hasExtension(Path file, String extension) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension);
  }

  private static boolean isGlob(String argument) {
    return argument.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  /**
   * The regular files below {@code root} that {@code accept} takes, sorted. A subdirectory that cannot be read is
   * listed itself (sorted among the files), so that reading it reports the error for that input alone and the
   * rest of the batch runs; before, one such directory stopped the whole walk.
   */
  private static List<Path> walk(Path root, Predicate<Path> accept) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          if (Files.isRegularFile(file) && accept.test(file)) { // a link to a file counts, as before
            files.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          files.add(file);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.sort(null);
    return files;
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
