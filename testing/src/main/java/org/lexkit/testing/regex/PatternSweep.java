package org.lexkit.testing.regex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds every {@code static final Pattern} field of the classes in one compiled module (a class folder) and matches
 * each pattern, on a thread with a small stack, against inputs of about {@link #INPUT_CHARS} characters: a short
 * token repeated, for tokens made of a letter or digit and each punctuation character of the pattern's source (so
 * that {@code (-[a-z0-9]+)*} meets {@code a-a-a-...}). Java's regex engine matches a repeated group recursively, one
 * frame per repetition; such a pattern overflows the stack on a long input unless its caller checks the length
 * first, which a sweep cannot see, so a pattern that overflows here is one to rewrite.
 */
public final class PatternSweep {
  /** The length of each input: 1 Mi characters. */
  public static final int INPUT_CHARS = 1 << 20;

  /** The stack of the matching thread: 1 MiB, a default thread's. */
  private static final long STACK_BYTES = 1L << 20;

  private PatternSweep() {}

  /** Reads a static field; the caller does it so that access checks apply to its own module. */
  @FunctionalInterface
  public interface FieldReader {
    Object read(Field field) throws IllegalAccessException;
  }

  /**
   * Sweeps the patterns of the class folder (or jar) {@code anchor} was loaded from.
   *
   * @param anchor any class of the module to sweep
   * @param reader reads a field (typically {@code f -> { f.setAccessible(true); return f.get(null); }})
   * @return one line per pattern and input that failed (empty if none), and the number of patterns swept
   */
  public static Result sweep(Class<?> anchor, FieldReader reader) {
    List<String> failures = new ArrayList<>();
    int patterns = 0;
    for (String className : classNames(anchor)) {
      Class<?> type;
      try {
        type = Class.forName(className, true, anchor.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        continue; // not loadable on its own (e.g. needs an optional dependency): nothing to sweep
      }
      for (Field field : type.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers()) || field.getType() != Pattern.class) {
          continue;
        }
        Pattern pattern;
        try {
          pattern = (Pattern) reader.read(field);
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
        patterns++;
        for (String token : tokens(pattern.pattern())) {
          String failure = match(pattern, token.repeat(INPUT_CHARS / token.length()));
          if (failure != null) {
            failures.add(className + "." + field.getName() + " /" + pattern.pattern() + "/ on '" + token
                + "' repeated: " + failure);
            break;
          }
        }
      }
    }
    return new Result(failures, patterns);
  }

  /** What a sweep found. */
  public record Result(List<String> failures, int patterns) {}

  private static Set<String> tokens(String source) {
    Set<String> tokens = new LinkedHashSet<>(List.of("a", "A", "1", "aA1", "a ", "a.1"));
    source.chars().filter(c -> c < 128 && !Character.isLetterOrDigit(c) && c != '\\').distinct().forEach(c -> {
      tokens.add("a" + (char) c);
      tokens.add("A" + (char) c);
      tokens.add("1" + (char) c);
    });
    return tokens;
  }

  private static String match(Pattern pattern, String input) {
    String[] failure = new String[1];
    Thread thread = new Thread(null, () -> {
      try {
        boolean ignored = pattern.matcher(input).matches() | pattern.matcher(input).lookingAt();
      } catch (StackOverflowError e) {
        failure[0] = "StackOverflowError";
      }
    }, "pattern-sweep", STACK_BYTES);
    thread.start();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return failure[0];
  }

  private static List<String> classNames(Class<?> anchor) {
    Path root;
    try {
      root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    if (!Files.isDirectory(root)) {
      throw new IllegalStateException(anchor + " was not loaded from a class folder: " + root);
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.map(root::relativize).map(Path::toString).filter(name -> name.endsWith(".class"))
          .filter(name -> !name.endsWith("module-info.class") && !name.endsWith("package-info.class"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
          .sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
