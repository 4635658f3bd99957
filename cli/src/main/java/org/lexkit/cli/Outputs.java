package org.lexkit.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes output files atomically: the bytes go to a temporary file in the target's directory, which is renamed over
 * the target ({@link StandardCopyOption#ATOMIC_MOVE}) only once complete. A reader of the target sees the old file
 * or the new one, never a part; a failed write leaves the target as it was; and an interrupted run (Ctrl-C,
 * SIGTERM) deletes its temporary files on the way out, so no partial output survives any of them.
 */
final class Outputs {
  /** The temporary files being written now, deleted by the shutdown hook if the JVM stops before the rename. */
  private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
  private static volatile boolean stopping;

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(Outputs::deletePending, "lexkit-delete-partial-outputs"));
  }

  private Outputs() {}

  /** Produces the bytes of one output. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes {@code target} atomically.
   *
   * @param target the file to create or replace; its directory is created when missing
   * @param content writes the bytes; if it throws, {@code target} is untouched and the exception propagates
   * @throws IOException if the temporary file cannot be written or renamed
   */
  static void write(Path target, Content content) throws IOException {
    Path directory = target.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    // A dot file next to the target: same file system (so the rename is atomic), hidden from casual listings.
    // Created with CREATE_NEW rather than Files.createTempFile, whose owner-only permissions the rename would
    // carry over to the output; this way the output gets the usual permissions (umask).
    Path temporary = directory.resolve("." + target.getFileName() + "." + Long.toUnsignedString(
        ThreadLocalRandom.current().nextLong(), 36) + ".lexkit-tmp");
    PENDING.add(temporary);
    try {
      if (stopping) {
        throw new IOException("interrupted: the run is stopping");
      }
      try (OutputStream out = new BufferedOutputStream(
          Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
        content.writeTo(out);
      }
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
      PENDING.remove(temporary);
    }
  }

  /**
   * Refuses an output that is one of the inputs: both are compared by real path (symbolic links, {@code ..} and
   * case-insensitive file systems resolved by the operating system), so no spelling of an input gets past.
   *
   * @param output an output file, existing or not
   * @param inputs the command's inputs
   * @throws UsageException if {@code output} is an input
   */
  static void checkNotAnInput(Path output, Collection<Input> inputs) {
    Optional<Path> real = realPath(output);
    if (real.isEmpty()) {
      return;
    }
    for (Input input : inputs) {
      if (input.realPath().equals(real)) {
        throw new UsageException("the output " + output + " is the input " + input.name()
            + "; lexkit never writes over its input: choose another output");
      }
    }
  }

  /** The real path the file has or would have: its own if it exists, else its existing directory's plus its name. */
  private static Optional<Path> realPath(Path file) {
    try {
      if (Files.exists(file)) {
        return Optional.of(file.toRealPath());
      }
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null && Files.isDirectory(parent)) {
        return Optional.of(parent.toRealPath().resolve(file.getFileName()));
      }
      return Optional.empty(); // a directory still to be created cannot hold an input
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static void deletePending() {
    stopping = true;
    for (Path temporary : PENDING) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException e) {
        // Nothing more can be done while the JVM stops; the file is a dot file named *.lexkit-tmp.
      }
    }
  }
}
