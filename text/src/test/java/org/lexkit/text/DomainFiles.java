package org.lexkit.text;

import java.nio.file.Path;
import java.util.Optional;
import org.lexkit.testing.domain.SharedDomain;

/**
 * Finds the shared, read-only domain texts ({@code -Dlexkit.domain}; never copied into the project) through the
 * one rule all modules' tests share, {@link SharedDomain}.
 */
final class DomainFiles {
  private DomainFiles() {}

  /** Returns the file {@code relative} inside the domain folder, or empty when no candidate folder has it. */
  static Optional<Path> find(String relative) {
    return SharedDomain.find(relative);
  }

  /** Returns where the search looked, for skip messages. */
  static String describeSearch(String relative) {
    return SharedDomain.describeSearch(relative);
  }
}
