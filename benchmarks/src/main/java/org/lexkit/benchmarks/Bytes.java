package org.lexkit.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A JMH auxiliary counter of the input bytes a benchmark processed. In throughput mode JMH reports it as a rate next
 * to the operations, {@code ·bytes} in bytes per second, which {@link Report} turns into MB/s (10^6 bytes).
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Bytes {
  /** Bytes processed in the current iteration. */
  public long bytes;

  /** Starts each iteration from zero. */
  @Setup(Level.Iteration)
  public void reset() {
    bytes = 0;
  }
}
