package org.lexkit.testing.fuzz;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A starting input for mutation: a real document, named so that failures can say where they came from.
 *
 * <p>Immutable in intent: the harness never writes to {@code bytes}, and mutations work on copies.
 *
 * @param name where the seed comes from, e.g. a path relative to the corpus
 * @param bytes its content, not empty
 */
public record Seed(String name, byte[] bytes) {
  /** Rejects an empty seed. */
  public Seed {
    checkNotNull(name, "name");
    checkNotNull(bytes, "bytes");
    checkArgument(bytes.length > 0, "seed %s is empty", name);
  }

  /**
   * Reads a seed from a file.
   *
   * @param file the file
   * @param name the name to report it under
   * @return the seed
   * @throws IOException if the file cannot be read
   */
  public static Seed of(Path file, String name) throws IOException {
    return new Seed(name, Files.readAllBytes(file));
  }

  @Override
  public String toString() {
    return name + " (" + bytes.length + " bytes)";
  }
}
