package org.lexkit.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the shared, read-only domain texts ({@code /work/shared/domain} in the team's layout; never copied into the
 * project). The system property {@code lexkit.domain} names the folder, relative to the repository root or to the
 * module; without it, {@code ../shared/domain} beside the repository is tried. Tests run in the module directory,
 * so each relative path is tried from there, from its parent (the repository root) and from the working directory.
 */
final class DomainFiles {
  private DomainFiles() {}

  /** Returns the file {@code relative} inside the domain folder, or empty when no candidate folder has it. */
  static Optional<Path> find(String relative) {
    for (Path folder : candidates()) {
      Path file = folder.resolve(relative);
      if (Files.isRegularFile(file)) {
        return Optional.of(file.normalize());
      }
    }
    return Optional.empty();
  }

  /** Returns where the search looked, for skip messages. */
  static String describeSearch(String relative) {
    List<String> tried = new ArrayList<>();
    for (Path folder : candidates()) {
      tried.add(folder.resolve(relative).toAbsolutePath().normalize().toString());
    }
    return "tried " + String.join(", ", tried) + " (set -Dlexkit.domain=<folder> to point elsewhere)";
  }

  private static List<Path> candidates() {
    Path here = Path.of("").toAbsolutePath();
    Path parent = here.getParent() == null ? here : here.getParent();
    List<Path> folders = new ArrayList<>();
    String property = System.getProperty("lexkit.domain", "").strip();
    if (!property.isEmpty()) {
      Path given = Path.of(property);
      if (given.isAbsolute()) {
        folders.add(given);
      } else {
        folders.add(here.resolve(given));
        folders.add(parent.resolve(given));
      }
    }
    folders.add(parent.resolve("../shared/domain"));
    folders.add(here.resolve("../shared/domain"));
    return folders;
  }
}
