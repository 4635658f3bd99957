package org.lexkit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Processes a command's inputs: one input on the calling thread; several on a fixed pool of worker threads, with
 * at most twice as many inputs in flight as there are workers (a directory of ten thousand files never queues ten
 * thousand tasks). Each input's messages are printed as a block, in input order whatever order the workers finish
 * in, so the output of a run is deterministic. A progress bar is drawn on an interactive terminal, and a summary
 * ends the run.
 */
final class Batch {
  private final Terminal terminal;
  private final BatchOptions options;
  private final String command;
  private final String doneWord;

  /**
   * Creates a batch.
   *
   * @param terminal where messages go
   * @param options jobs, quiet, progress
   * @param command the command's name, e.g. {@code convert}, for the progress bar and summary
   * @param doneWord what a successful input is in the summary, e.g. {@code converted}, {@code valid}
   * @throws UsageException if the options are out of range ({@code -j 0})
   */
  Batch(Terminal terminal, BatchOptions options, String command, String doneWord) {
    options.check();
    this.terminal = terminal;
    this.options = options;
    this.command = command;
    this.doneWord = doneWord;
  }

  /** The work for one input. */
  @FunctionalInterface
  interface Job {
    Outcome process(Input input, int index) throws IOException;
  }

  /** When to print the summary line. */
  enum Summary {
    ALWAYS,
    WHEN_SEVERAL,
    NEVER
  }

  /**
   * Runs {@code job} on every input and prints the outcomes, then the summary as {@code summary} says (never with
   * {@code --quiet}).
   *
   * @return the worst exit code of all inputs
   */
  int run(ImmutableList<Input> inputs, Job job, Summary summary) {
    long start = System.nanoTime();
    boolean bar = terminal.interactive() && !options.quiet && !options.noProgress && inputs.size() > 1;
    Progress progress = new Progress(terminal.err(), "lexkit " + command, inputs.size(), bar);
    Printer printer = new Printer(inputs.size(), progress);
    int threads = Math.max(1, Math.min(options.jobs, inputs.size()));
    if (threads == 1) {
      for (int i = 0; i < inputs.size(); i++) {
        Input input = inputs.get(i);
        int index = i;
        printer.complete(i, Failures.run(input.name(), () -> job.process(input, index)));
      }
    } else {
      runInParallel(inputs, job, threads, printer);
    }
    progress.finish();
    if (!options.quiet
        && (summary == Summary.ALWAYS || (summary == Summary.WHEN_SEVERAL && inputs.size() > 1))) {
      progress.print(printer.summary((System.nanoTime() - start) / 1e9));
    }
    return printer.exitCode();
  }

  private static void runInParallel(ImmutableList<Input> inputs, Job job, int threads, Printer printer) {
    AtomicInteger count = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(task, "lexkit-worker-" + count.incrementAndGet());
      thread.setDaemon(true); // a stuck input must not keep the JVM alive after an interrupt
      return thread;
    });
    Semaphore inFlight = new Semaphore(threads * 2);
    CountDownLatch finished = new CountDownLatch(inputs.size());
    try {
      for (int i = 0; i < inputs.size(); i++) {
        int index = i;
        Input input = inputs.get(i);
        inFlight.acquire();
        pool.execute(() -> {
          try {
            printer.complete(index, Failures.run(input.name(), () -> job.process(input, index)));
          } finally {
            inFlight.release();
            finished.countDown();
          }
        });
      }
      finished.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while processing inputs", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Prints outcomes in input order as they become available, and counts them for the summary. */
  private final class Printer {
    private final Outcome[] pending;
    private final Progress progress;
    private int next;
    private int ok;
    private int problems;
    private int ioErrors;
    private int internal;
    private int warnings;
    private int exitCode = ExitCodes.OK;

    Printer(int size, Progress progress) {
      this.pending = new Outcome[size];
      this.progress = progress;
    }

    synchronized void complete(int index, Outcome outcome) {
      pending[index] = outcome;
      progress.advance();
      while (next < pending.length && pending[next] != null) {
        emit(pending[next]);
        pending[next] = null; // printed; let it go
        next++;
      }
    }

    private void emit(Outcome outcome) {
      switch (outcome.exitCode()) {
        case ExitCodes.OK -> ok++;
        case ExitCodes.PROBLEMS -> problems++;
        case ExitCodes.IO -> ioErrors++;
        default -> internal++;
      }
      warnings += outcome.warnings();
      exitCode = ExitCodes.worst(exitCode, outcome.exitCode());
      if (outcome.stdout().length > 0
          && !Failures.writeStdout(terminal, outcome.stdout(), message -> progress.print(message + "\n"))) {
        exitCode = ExitCodes.worst(exitCode, ExitCodes.IO);
      }
      String messages = outcome.stderr();
      if (options.quiet && outcome.exitCode() == ExitCodes.OK) {
        return; // only warnings: quiet leaves them out
      }
      progress.print(messages);
    }

    synchronized int exitCode() {
      return exitCode;
    }

    synchronized String summary(double seconds) {
      StringBuilder text = new StringBuilder("lexkit ").append(command).append(": ")
          .append(plural(pending.length, "file")).append(", ").append(ok).append(' ').append(doneWord);
      if (problems > 0) {
        text.append(", ").append(problems).append(" with problems");
      }
      if (ioErrors > 0) {
        text.append(", ").append(ioErrors).append(" not readable or writable");
      }
      if (internal > 0) {
        text.append(", ").append(internal).append(" failed with an internal error");
      }
      if (warnings > 0) {
        text.append("; ").append(plural(warnings, "warning"));
      }
      return text.append(String.format(Locale.ROOT, " (%.1f s)\n", seconds)).toString();
    }
  }

  static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  static byte[] utf8(String text) {
    return text.getBytes(UTF_8);
  }
}
