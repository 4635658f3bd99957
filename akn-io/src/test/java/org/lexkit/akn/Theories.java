package org.lexkit.akn;

import org.quicktheories.QuickTheory;

/**
 * How every property test in this module runs: {@code lexkit.examples} cases per law (the build passes 1,000), and a
 * fixed seed when {@code lexkit.seed} is set, to reproduce a failure that QuickTheories reported with its seed.
 */
final class Theories {
  private Theories() {}

  static QuickTheory qt() {
    QuickTheory theory = QuickTheory.qt().withExamples(Integer.getInteger("lexkit.examples", 1000));
    String seed = System.getProperty("lexkit.seed", "");
    return seed.isEmpty() ? theory : theory.withFixedSeed(Long.parseLong(seed));
  }
}
