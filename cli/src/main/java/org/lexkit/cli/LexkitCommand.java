package org.lexkit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.lexkit.akn.AknReader;
import org.lexkit.akn.ValidationMode;
import org.lexkit.core.document.LegalDocument;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every lexkit command shares: access to the {@link Terminal}, the treatment of usage errors found after
 * parsing (exit 2) and of I/O errors outside any one input (exit 3), and the rules for outputs.
 */
abstract class LexkitCommand implements Callable<Integer> {
  // Both injected by picocli before call().
  @ParentCommand private Lexkit lexkit;
  @Spec CommandSpec spec;

  /** Runs the command; its result is the exit code. */
  abstract int execute() throws IOException;

  @Override
  public final Integer call() {
    try {
      return execute();
    } catch (UsageException e) {
      PrintWriter err = spec.commandLine().getErr();
      String name = spec.qualifiedName();
      err.println(name + ": " + e.getMessage());
      err.println("Try '" + name + " --help' for more information.");
      err.flush();
      return ExitCodes.USAGE;
    } catch (IOException e) {
      return ioError(e);
    } catch (UncheckedIOException e) {
      return ioError(e.getCause());
    }
  }

  private int ioError(IOException e) {
    PrintWriter err = spec.commandLine().getErr();
    err.println(Failures.describeIo(spec.qualifiedName(), e));
    err.flush();
    return ExitCodes.IO;
  }

  Terminal terminal() {
    return lexkit.terminal();
  }

  /** Returns whether {@code output} means standard output: absent, or {@code -}. */
  static boolean isStdout(@Nullable String output) {
    return output == null || output.equals("-");
  }

  /**
   * Reads each Akoma Ntoso document of {@code inputs} and writes what {@code render} makes of it: to {@code output}
   * for one input, or to a file per input (the input's name with {@code extension}) below the output directory.
   *
   * @return the exit code of the batch
   */
  int eachDocument(List<String> inputs, @Nullable String output, String extension,
      @Nullable ValidationOptions validation, BatchOptions batch, String verb,
      Function<LegalDocument, String> render) {
    ImmutableList<Input> files = Inputs.expand(inputs, ".xml");
    UnaryOperator<String> rename = name -> ConvertCommand.stripExtension(
        ConvertCommand.stripExtension(name, ".xml"), ".akn") + extension;
    Targets targets = targets(files, output, rename);
    AknReader reader = AknReader.create().withValidation(ValidationOptions.mode(validation, ValidationMode.STRICT));
    return new Batch(terminal(), batch, spec.name(), verb).run(files, (input, index) -> {
      Documents.Read<LegalDocument> read = Documents.document(reader, input, terminal(), batch.warnings());
      String rendered = render.apply(read.value());
      return targets.write(input, rename, read.outcome(), out -> out.write(rendered.getBytes(UTF_8)));
    }, Batch.Summary.WHEN_SEVERAL);
  }

  /**
   * Writes a command's one report to {@code output}, or to standard output when it is absent or {@code -}.
   *
   * @return the exit code: 0, or 3 when the report cannot be written
   */
  int writeReport(@Nullable String output, byte[] bytes) {
    PrintWriter err = spec.commandLine().getErr();
    if (isStdout(output)) {
      return Failures.writeStdout(terminal(), bytes, message -> {
        err.println(message);
        err.flush();
      }) ? ExitCodes.OK : ExitCodes.IO;
    }
    Outcome written = Failures.run(output, () -> {
      Outputs.write(Path.of(output), out -> out.write(bytes));
      return Outcome.ok("", 0);
    });
    err.print(written.stderr());
    err.flush();
    return written.exitCode();
  }

  /**
   * Returns the output of a command that writes one file per input: for one input, {@code output} itself (a file,
   * standard output when absent or {@code -}, or a directory when it exists as one or ends with {@code /}); for
   * several, {@code output} must be a directory (created when missing), and each input's file is its path below the
   * directory or glob it came from, renamed by {@code rename}.
   *
   * @throws UsageException if several inputs have no output directory, two inputs would share an output, or an
   *     output is an input
   */
  static Targets targets(ImmutableList<Input> inputs, @Nullable String output, UnaryOperator<String> rename) {
    return targets(inputs, output, rename, inputs);
  }

  /**
   * Returns the outputs of {@code inputs} as {@link #targets(ImmutableList, String, UnaryOperator)} does, checking
   * each against every one of {@code checked} (for {@code apply}: the document and the acts).
   */
  static Targets targets(ImmutableList<Input> inputs, @Nullable String output, UnaryOperator<String> rename,
      Collection<Input> checked) {
    if (inputs.size() == 1) {
      if (isStdout(output)) {
        return new Targets(null, null);
      }
      Path file = Path.of(output);
      if (Files.isDirectory(file) || output.endsWith("/") || output.endsWith(File.separator)) {
        Path target = Targets.below(file, inputs.get(0), rename);
        Outputs.checkNotAnInput(target, checked);
        return new Targets(file, null);
      }
      Outputs.checkNotAnInput(file, checked);
      return new Targets(null, file);
    }
    if (isStdout(output)) {
      throw new UsageException(inputs.size() + " inputs need an output directory: add -o DIRECTORY");
    }
    Path directory = Path.of(output);
    if (Files.exists(directory) && !Files.isDirectory(directory)) {
      throw new UsageException(Terminal.printable(output) + " is a file; " + inputs.size()
          + " inputs need an output directory");
    }
    Set<Path> taken = new HashSet<>();
    for (Input input : inputs) {
      Path target = Targets.below(directory, input, rename);
      if (!taken.add(target.toAbsolutePath().normalize())) {
        throw new UsageException("two inputs would both be written to " + Terminal.printable(target.toString())
            + "; give them separate commands or output directories");
      }
      Outputs.checkNotAnInput(target, checked);
    }
    return new Targets(directory, null);
  }

  /**
   * Where a command's outputs go: a directory (one file per input), a single file, or standard output (both null).
   */
  record Targets(@Nullable Path directory, @Nullable Path file) {
    static Path below(Path directory, Input input, UnaryOperator<String> rename) {
      Path relative = input.relative();
      Path parent = relative.getParent();
      String name = rename.apply(relative.getFileName().toString());
      return parent == null ? directory.resolve(name) : directory.resolve(parent).resolve(name);
    }

    /**
     * Writes the bytes {@code content} produces for {@code input} to its target: atomically to a file, or to
     * standard output through the returned outcome (so that a failed run writes nothing there).
     */
    Outcome write(Input input, UnaryOperator<String> rename, Outcome outcome,
        Outputs.Content content) throws IOException {
      Path target = file != null ? file : directory != null ? below(directory, input, rename) : null;
      if (target == null) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
        content.writeTo(buffer);
        return outcome.withStdout(buffer.toByteArray());
      }
      Outputs.write(target, content);
      return outcome;
    }
  }
}
