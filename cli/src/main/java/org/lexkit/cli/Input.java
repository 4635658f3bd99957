package org.lexkit.cli;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One input of a command: a file, or standard input ({@code -}).
 *
 * @param name how messages name it: the path as the user wrote it (or as a directory walk found it), or
 *     {@code <stdin>}
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
    return new Input(path.toString(), path, relative);
  }

  boolean isStdin() {
    return path == null;
  }

  /** Returns all bytes of the input; standard input is read from {@code terminal}. */
  byte[] readAllBytes(Terminal terminal) throws IOException {
    if (path == null) {
      return terminal.in().readAllBytes();
    }
    return Files.readAllBytes(path);
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

  /** Returns the file's real path (symbolic links resolved), or empty for standard input or a missing file. */
  Optional<Path> realPath() {
    if (path == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(path.toRealPath());
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
