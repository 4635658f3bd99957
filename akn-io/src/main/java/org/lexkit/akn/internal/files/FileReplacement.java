package org.lexkit.akn.internal.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes an output file so that nothing is ever destroyed by a failed, interrupted or killed write:
 *
 * <ul>
 *   <li>A regular file (or a name not yet taken) is replaced atomically: the bytes go to a temporary file in the
 *       same directory, renamed over the target ({@link StandardCopyOption#ATOMIC_MOVE}) only once complete. A
 *       reader sees the old file or the new one, never a part; a failed write leaves the target as it was. The
 *       replacement keeps the replaced file's permissions, and its owner and group where the process may set them
 *       (as root; otherwise the new file is the writer's, as with any editor that saves by renaming). Hard links
 *       to the old file keep the old content.
 *   <li>A symbolic link is followed: the file it points to is replaced (in its own directory) and the link stays.
 *       A link to nothing is refused: lexkit does not guess where the user meant to write.
 *   <li>Anything else that exists, a device ({@code /dev/null}, {@code /dev/stdout}), a named pipe or a socket, is
 *       written through, never replaced: renaming over {@code /dev/null} as root would destroy it. So is
 *       everything below {@code /dev} and {@code /proc}, so that {@code /dev/stdout} redirected to a file writes to
 *       the shell's descriptor. Such a write cannot be undone: a failure may leave part of the output there.
 * </ul>
 *
 * <p>Temporary files are dot files named {@code .NAME.PID-RANDOM.lexkit-tmp} (NAME shortened to 100 bytes, so a
 * long output name still leaves room). A run stopped by Ctrl-C or SIGTERM deletes its own on the way out; one
 * killed with SIGKILL cannot, so the first write into a directory deletes the temporary files there of processes
 * that no longer run (or whose process id now belongs to a process started after the file was written).
 *
 * <p>Errors name the user's path, never the temporary file. Thread-safe.
 */
public final class FileReplacement {
  /** How every temporary file's name ends. */
  public static final String TEMPORARY_SUFFIX = ".lexkit-tmp";

  private static final int MAX_NAME_BYTES_KEPT = 100;
  private static final long PID = ProcessHandle.current().pid();
  /** The temporary files being written now, deleted by the shutdown hook if the JVM stops before the rename. */
  private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
  /** The directories whose stale temporary files this process has already deleted. */
  private static final Set<Path> CLEANED = ConcurrentHashMap.newKeySet();
  private static boolean stopping; // guarded by PENDING

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(FileReplacement::deletePending, "lexkit-delete-partial-outputs"));
  }

  private FileReplacement() {}

  /** Produces the bytes of one output. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes {@code target} as the class describes.
   *
   * @param target the file to create, replace or write through; a missing directory is created
   * @param content writes the bytes; if it throws, a replaced target is untouched and the exception propagates
   * @throws IOException if the output cannot be written; the exception names {@code target}
   */
  public static void write(Path target, Content content) throws IOException {
    if (inDeviceTree(target) || (Files.exists(target) && !Files.isRegularFile(target))) {
      if (Files.isDirectory(target)) {
        throw new FileSystemException(target.toString(), null, "is a directory");
      }
      try (OutputStream out = new BufferedOutputStream(
          Files.newOutputStream(target, StandardOpenOption.WRITE), 1 << 16)) {
        content.writeTo(out);
      }
      return;
    }
    replace(target, followLink(target), content);
  }

  /**
   * Whether {@code target} is below {@code /dev} or {@code /proc}: {@code /dev/stdout} or {@code /dev/fd/1} redirected
   * to a regular file ({@code > out.html}, {@code >> log}) must be written through the descriptor the shell opened,
   * not replaced by a rename the shell's descriptor would never see.
   */
  private static boolean inDeviceTree(Path target) {
    Path absolute = target.toAbsolutePath().normalize();
    return absolute.startsWith("/dev/") || absolute.startsWith("/proc/");
  }

  private static Path followLink(Path target) throws IOException {
    if (!Files.isSymbolicLink(target)) {
      return target;
    }
    try {
      return target.toRealPath();
    } catch (NoSuchFileException e) {
      throw new FileSystemException(target.toString(), null,
          "is a symbolic link to a missing file (links are followed only to existing files)");
    }
  }

  private static void replace(Path target, Path file, Content content) throws IOException {
    Path directory = file.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    deleteStale(directory);
    Path temporary = directory.resolve(temporaryName(file.getFileName().toString()));
    try {
      OutputStream created;
      // Checked and created under the shutdown hook's lock: a file created just after the hook looked would
      // survive the stop (seen under load: SIGTERM left a temporary file).
      synchronized (PENDING) {
        if (stopping) {
          throw new IOException("interrupted: the run is stopping");
        }
        PENDING.add(temporary);
        // CREATE_NEW rather than Files.createTempFile, whose owner-only permissions the rename would carry over: a
        // new output gets the usual permissions (umask), a replaced one its old ones (below).
        created = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      }
      try (OutputStream out = new BufferedOutputStream(created, 1 << 16)) {
        content.writeTo(out);
      }
      if (Files.exists(file)) {
        keepAttributes(file, temporary);
      }
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (FileSystemException e) {
      throw temporary.toString().equals(e.getFile()) ? naming(target, e) : e;
    } finally {
      Files.deleteIfExists(temporary);
      PENDING.remove(temporary);
    }
  }

  /** {@code .NAME.PID-RANDOM.lexkit-tmp}, NAME cut to at most 100 bytes of UTF-8 at a code point boundary. */
  static String temporaryName(String name) {
    int end = 0;
    int bytes = 0;
    while (end < name.length()) {
      int codePoint = name.codePointAt(end);
      int length = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + length > MAX_NAME_BYTES_KEPT) {
        break;
      }
      bytes += length;
      end += Character.charCount(codePoint);
    }
    return "." + name.substring(0, end) + "." + PID + "-"
        + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + TEMPORARY_SUFFIX;
  }

  private static void keepAttributes(Path replaced, Path temporary) throws IOException {
    PosixFileAttributeView old = Files.getFileAttributeView(replaced, PosixFileAttributeView.class);
    PosixFileAttributeView fresh = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
    if (old == null || fresh == null) {
      return; // not a POSIX file system: the platform's defaults apply
    }
    PosixFileAttributes was = old.readAttributes();
    PosixFileAttributes is = fresh.readAttributes();
    try {
      if (!is.owner().equals(was.owner())) {
        fresh.setOwner(was.owner());
      }
      if (!is.group().equals(was.group())) {
        fresh.setGroup(was.group());
      }
    } catch (IOException e) {
      // Only root may give a file away; the replacement is then the writer's, with the old permissions.
    }
    fresh.setPermissions(was.permissions()); // after the owner: changing it may clear set-id bits
  }

  private static FileSystemException naming(Path target, FileSystemException e) {
    String file = target.toString();
    FileSystemException renamed = e instanceof AccessDeniedException
        ? new AccessDeniedException(file, null, e.getReason())
        : e instanceof NoSuchFileException
            ? new NoSuchFileException(file, null, e.getReason())
            : new FileSystemException(file, null, e.getReason());
    renamed.initCause(e);
    return renamed;
  }

  /** Deletes, once per directory and process, the temporary files of processes that were killed. */
  private static void deleteStale(Path directory) {
    if (!CLEANED.add(directory)) {
      return;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, ".*" + TEMPORARY_SUFFIX)) {
      for (Path entry : entries) {
        if (isStale(entry)) {
          Files.deleteIfExists(entry);
        }
      }
    } catch (IOException | DirectoryIteratorException e) {
      // Best effort: a directory that cannot be listed or cleaned gets its output anyway (or a real error then).
    }
  }

  /** Whether {@code file} is a temporary file of a process that is gone; files not named by this class are not. */
  static boolean isStale(Path file) throws IOException {
    String name = file.getFileName().toString();
    String stem = name.substring(0, name.length() - TEMPORARY_SUFFIX.length());
    String tail = stem.substring(stem.lastIndexOf('.') + 1);
    int dash = tail.indexOf('-');
    long pid;
    try {
      pid = Long.parseLong(tail.substring(0, Math.max(0, dash)));
    } catch (NumberFormatException e) {
      return false;
    }
    if (pid == PID) {
      return false; // ours: still being written, or deleted by the shutdown hook
    }
    Optional<ProcessHandle> owner = ProcessHandle.of(pid);
    if (owner.isEmpty()) {
      return true;
    }
    Optional<Instant> started = owner.get().info().startInstant();
    return started.isPresent() && started.get().isAfter(Files.getLastModifiedTime(file).toInstant());
  }

  private static void deletePending() {
    synchronized (PENDING) {
      stopping = true;
      for (Path temporary : PENDING) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException e) {
          // Nothing more can be done while the JVM stops; the next write into the directory deletes it.
        }
      }
    }
  }
}
