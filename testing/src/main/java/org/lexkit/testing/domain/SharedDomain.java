package org.lexkit.testing.domain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shared, read-only domain texts ({@code /work/shared/domain} in the team's layout). The system property
 * {@code lexkit.domain} names the folder, absolute or relative to the module or the repository root; without it,
 * {@code ../shared/domain} beside the repository is tried. Tests run in the module directory, so relative paths are
 * tried from there and from its parent.
 */
public final class SharedDomain {
  private SharedDomain() {}

  /**
   * Returns a file of the domain folder.
   *
   * @param relative e.g. {@code kz/constitution-1995.ru.txt}
   * @return the file, or empty when no candidate folder has it
   */
  public static Optional<Path> find(String relative) {
    for (Path folder : candidates()) {
      Path file = folder.resolve(relative);
      if (Files.isRegularFile(file)) {
        return Optional.of(file.normalize());
      }
    }
    return Optional.empty();
  }

  /**
   * Returns where {@link #find} looked, for a skip message.
   *
   * @param relative the file looked for
   * @return the paths tried and how to point elsewhere
   */
  public static String describeSearch(String relative) {
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
