package org.lexkit.core;

import static org.quicktheories.QuickTheory.qt;

import org.quicktheories.QuickTheory;

/**
 * How every property test in core runs QuickTheories: with {@code lexkit.examples} examples per law (default
 * 1000; the parent POM passes it), and a fixed seed when {@code lexkit.seed} is set.
 *
 * <p>To reproduce a failure, take the seed QuickTheories prints ("Seed was 1234...") and run
 * {@code mvn -pl core verify -Dtest=AmendmentProperties -Dlexkit.seed=1234...} (QuickTheories' own
 * {@code -DQT_SEED=...} works too).
 */
public final class Theories {
  private Theories() {}

  /** Returns the number of examples each law draws. */
  public static int examples() {
    return Integer.getInteger("lexkit.examples", 1000);
  }

  /** Returns a configured theory builder. */
  public static QuickTheory theory() {
    return theory(examples());
  }

  /**
   * Returns a configured theory builder drawing {@code examples} examples: for laws whose examples are expensive
   * (a whole history folded per example), a fraction of {@link #examples()}.
   */
  public static QuickTheory theory(int examples) {
    QuickTheory theory = qt().withExamples(Math.max(1, examples)).withShrinkCycles(50);
    String seed = System.getProperty("lexkit.seed", "");
    return seed.isBlank() ? theory : theory.withFixedSeed(Long.parseLong(seed.strip()));
  }
}
