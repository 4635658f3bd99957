package org.lexkit.testing.fuzz;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.SplittableRandom;

/**
 * One named way of damaging an input: a function of the input and a random source, deterministic given both, that
 * returns a new array (never the input itself changed). A mutation that finds nothing to act on (no element in a
 * text, say) returns its input unchanged.
 *
 * <p>Immutable and thread-safe when {@code function} is.
 *
 * @param name a short stable name used in reports, e.g. {@code truncate}
 * @param function computes the mutant
 */
public record Mutation(String name, Function function) {
  /** What a mutation does. */
  @FunctionalInterface
  public interface Function {
    /**
     * Returns a mutant of {@code input}.
     *
     * @param input the bytes to damage; must not be modified
     * @param random the only source of randomness, so a case can be replayed
     * @return the mutant (possibly {@code input} itself when there was nothing to do)
     */
    byte[] apply(byte[] input, SplittableRandom random);
  }

  /** Rejects nulls. */
  public Mutation {
    checkNotNull(name, "name");
    checkNotNull(function, "function");
  }

  /**
   * Returns a mutation.
   *
   * @param name its report name
   * @param function what it does
   * @return the mutation
   */
  public static Mutation of(String name, Function function) {
    return new Mutation(name, function);
  }

  /**
   * Applies the mutation.
   *
   * @param input the bytes
   * @param random the random source
   * @return the mutant
   */
  public byte[] apply(byte[] input, SplittableRandom random) {
    return function.apply(input, random);
  }

  @Override
  public String toString() {
    return name;
  }
}
