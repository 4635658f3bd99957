package org.lexkit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import org.lexkit.akn.internal.files.FileReplacement;

/**
 * Writes output files without ever destroying anything, the rules {@code AknWriter} follows too
 * ({@link FileReplacement}): a regular file is replaced atomically (a temporary dot file renamed over it, keeping
 * its permissions), a symbolic link is followed, a device or named pipe ({@code /dev/null}, {@code /dev/stdout}) is
 * written through, temporary files of killed runs are deleted, and errors name the user's path. An interrupted run
 * (Ctrl-C, SIGTERM) deletes its temporary files on the way out.
 */
final class Outputs {
  private Outputs() {}

  /** Produces the bytes of one output. */
  @FunctionalInterface
  interface Content extends FileReplacement.Content {
    @Override
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes {@code target} as {@link FileReplacement#write} does.
   *
   * @param target the file to create or replace (its directory is created when missing), or a device or pipe
   * @param content writes the bytes; if it throws, a replaced {@code target} is untouched and the exception
   *     propagates
   * @throws IOException if the output cannot be written; it names {@code target}
   */
  static void write(Path target, Content content) throws IOException {
    FileReplacement.write(target, content);
  }

  /**
   * Refuses an output that is one of the inputs. An existing output is compared with each input by file identity
   * (device and inode), so no spelling of an input gets past: a symbolic or hard link, {@code ..}, a bind mount,
   * a case-insensitive file system. A device or pipe ({@code /dev/null}) is never an input's file.
   *
   * @param output an output file, existing or not
   * @param inputs the command's inputs, documents and acts alike
   * @throws UsageException if {@code output} is an input
   */
  static void checkNotAnInput(Path output, Collection<Input> inputs) {
    if (!Files.isRegularFile(output)) {
      return; // missing (so no input), a directory (checked per file), or a device written through
    }
    Optional<Object> identity = Input.identityOf(output);
    if (identity.isEmpty()) {
      return;
    }
    for (Input input : inputs) {
      if (input.identity().equals(identity)) {
        throw new UsageException("the output " + Terminal.printable(output.toString()) + " is the input "
            + Terminal.printable(input.name()) + "; lexkit never writes over its input: choose another output");
      }
    }
  }
}
