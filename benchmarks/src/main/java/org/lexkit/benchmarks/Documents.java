package org.lexkit.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH auxiliary counters for whole-corpus runs: the documents processed (reported as documents per second) and their
 * bytes (reported as bytes per second, which {@link Report} turns into MB/s).
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Documents {
  /** Documents processed in the current iteration, read or refused. */
  public long documents;
  /** Their bytes. */
  public long bytes;

  /** Starts each iteration from zero. */
  @Setup(Level.Iteration)
  public void reset() {
    documents = 0;
    bytes = 0;
  }
}
