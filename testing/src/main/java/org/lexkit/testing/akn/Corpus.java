package org.lexkit.testing.akn;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the shared AKN corpus given by the system property {@code lexkit.corpus}. A relative path is tried against
 * the working directory (the module, under surefire) and its parent (the repository root, where CI's
 * {@code ../shared/akn/corpus} is meant).
 */
public final class Corpus {
  private Corpus() {}

  /** Returns the corpus folder, or empty if the property is absent or blank. */
  public static Optional<Path> folder() {
    String property = System.getProperty("lexkit.corpus", "").trim();
    if (property.isEmpty()) {
      return Optional.empty();
    }
    Path given = Path.of(property);
    if (given.isAbsolute()) {
      return Optional.of(given);
    }
    Path cwd = Path.of("").toAbsolutePath();
    for (Path base : List.of(cwd, cwd.getParent())) {
      if (base != null && Files.isDirectory(base.resolve(given))) {
        return Optional.of(base.resolve(given).normalize());
      }
    }
    return Optional.of(cwd.resolve(given).normalize());
  }

  /** Returns the corpus folder, skipping the calling test with a clear message when it is not given. */
  public static Path requireFolder() {
    Optional<Path> folder = folder();
    assumeTrue(folder.isPresent(),
        "corpus tests skipped: pass -Dlexkit.corpus=<folder> (CI: -Dlexkit.corpus=../shared/akn/corpus)");
    assumeTrue(Files.isDirectory(folder.get()), "corpus tests skipped: " + folder.get() + " is not a directory");
    return folder.get();
  }

  /** Returns every {@code .xml} file under the folder, recursively, sorted. */
  public static List<Path> documents(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml"))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
