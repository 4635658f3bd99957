package org.lexkit.testing.fuzz;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * One generated input: which case of the campaign it is, the seed it came from and the mutations applied, in order.
 * The same campaign seed and index always give the same case, so a failure is replayed with
 * {@link FuzzCampaign#generate(long)}.
 *
 * @param index the case number in its campaign, from 0
 * @param seedName the seed it was made from
 * @param mutations the names of the mutations applied, in order
 * @param input the mutated bytes
 */
public record FuzzCase(long index, String seedName, ImmutableList<String> mutations, byte[] input) {
  /** Rejects nulls and copies the names. */
  public FuzzCase {
    checkNotNull(seedName, "seedName");
    mutations = ImmutableList.copyOf(mutations);
    checkNotNull(input, "input");
  }

  /**
   * Returns a one-line description for reports.
   *
   * @return e.g. {@code case 812 (seed laws-africa/act.xml via truncate, splice; 5120 bytes)}
   */
  public String describe() {
    return "case " + index + " (seed " + seedName + " via " + String.join(", ", mutations) + "; " + input.length
        + " bytes)";
  }

  @Override
  public String toString() {
    return describe();
  }
}
