package org.lexkit.rights.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Locates the shared domain texts (/work/shared/domain: the Kazakh constitutions), which are read in place and never
 * copied into the project. The system property {@code lexkit.domain} names the folder; by default it is
 * {@code ../shared/domain} relative to the repository root, as CI lays it out. Surefire runs in the module folder,
 * so a relative path is tried against the working directory and its parent. Tests that need the texts are skipped,
 * with a message saying so, when the folder is absent.
 */
public final class DomainTexts {
  private DomainTexts() {}

  public static Optional<Path> folder() {
    String configured = System.getProperty("lexkit.domain", "");
    String relative = configured.isBlank() ? "../shared/domain" : configured;
    Path given = Path.of(relative);
    Path cwd = Path.of("").toAbsolutePath();
    List<Path> candidates = given.isAbsolute() ? List.of(given)
        : cwd.getParent() == null ? List.of(cwd.resolve(given))
        : List.of(cwd.resolve(given), cwd.getParent().resolve(given));
    return candidates.stream().map(Path::normalize).filter(p -> Files.isDirectory(p.resolve("kz"))).findFirst();
  }

  /** Returns the folder, or skips the calling test when it is absent. */
  public static Path require() {
    Optional<Path> folder = folder();
    assumeTrue(folder.isPresent(), "the shared domain texts are not available (set -Dlexkit.domain=<folder with kz/>,"
        + " default ../shared/domain from the repository root); skipping");
    return folder.orElseThrow();
  }

  public static List<String> lines(String relative) {
    Path file = require().resolve(relative);
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
