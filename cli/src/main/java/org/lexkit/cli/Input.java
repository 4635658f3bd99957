package org.lexkit.cli;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One input of a command: a file, or standard input ({@code -}).
 *
 * @param name how messages name it: the path as the user wrote it (or as a directory walk found it), made
 *     {@linkplain Terminal#printable printable}, or {@code <stdin>}
 * @param path the file, or null for standard input
 * @param relative the path below the directory or glob base it was found in, used to name its output in a batch
 *     (just the file name for a file given by itself)
 */
record Input(String name, @Nullable Path path, Path relative) {
  static final String STDIN_NAME = "<stdin>";

  Input {
    checkNotNull(name, "name");
    checkNotNull(relative, "relative");
  }

  static Input stdin() {
    return new Input(STDIN_NAME, null, Path.of("stdin"));
  }

  static Input file(Path path, Path relative) {
    return new Input(Terminal.printable(path.toString()), path, relative);
  }

  boolean isStdin() {
    return path == null;
  }

  /**
   * Returns the input's bytes, at most {@code max} of them: a larger input (or one that never ends, like
   * {@code /dev/zero}) is read no further, and the caller sees that it has {@code max} bytes.
   */
  byte[] readAtMost(Terminal terminal, long max) throws IOException {
    int cap = (int) Math.min(Integer.MAX_VALUE - 8, max);
    if (path == null) {
      return terminal.in().readNBytes(cap);
    }
    try (InputStream in = Files.newInputStream(path)) {
      return in.readNBytes(cap);
    }
  }

  /** Opens the input; the caller closes the stream (standard input is shielded from that close). */
  InputStream open(Terminal terminal) throws IOException {
    if (path == null) {
      return new FilterInputStream(terminal.in()) {
        @Override
        public void close() {
          // Standard input belongs to the process, not to one command.
        }
      };
    }
    return Files.newInputStream(path);
  }

  /**
   * Returns the file's identity (device and inode where the platform has them), or empty for standard input or a
   * file that cannot be read: two paths with the same identity are one file, however they are spelled or mounted.
   */
  Optional<Object> identity() {
    return path == null ? Optional.empty() : identityOf(path);
  }

  /** Returns the identity of the file at {@code path} (links followed), or empty if it has none or is missing. */
  static Optional<Object> identityOf(Path path) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      Object key = attributes.fileKey();
      return Optional.of(key != null ? key : path.toRealPath());
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
