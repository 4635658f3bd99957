package org.lexkit.rights.standards;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.lexkit.core.rights.RightId;

/**
 * What a {@link StandardsCheck} found in a rights catalogue: the grounds applicable clauses do not permit (or that
 * cannot be checked), the rights granted to a narrower group than the clause protects, and the restrictable rights
 * no chosen clause governs (so they were not checked at all).
 *
 * <p>Immutable and thread-safe.
 *
 * @param findings ground findings, by right in catalogue order, then ground, then clause
 * @param narrowerHolders holder findings, by right
 * @param notCovered restrictable rights with at least one ground that no chosen clause governs
 */
public record StandardsReport(
    ImmutableList<Finding> findings, ImmutableList<HolderFinding> narrowerHolders, ImmutableList<RightId> notCovered) {
  /** Copies the lists. */
  public StandardsReport {
    findings = ImmutableList.copyOf(findings);
    narrowerHolders = ImmutableList.copyOf(narrowerHolders);
    notCovered = ImmutableList.copyOf(notCovered);
  }

  /**
   * Returns the findings about one right.
   *
   * @param right a right id
   * @return its findings, in order
   */
  public ImmutableList<Finding> findings(RightId right) {
    checkNotNull(right, "right");
    return findings.stream().filter(f -> f.right().equals(right)).collect(ImmutableList.toImmutableList());
  }

  /** {@return the findings whose ground a clause does not permit} */
  public ImmutableList<Finding> notPermitted() {
    return findings.stream().filter(f -> f.verdict() == Finding.Verdict.NOT_PERMITTED)
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return the findings whose ground has no canonical meaning and so could not be checked} */
  public ImmutableList<Finding> cannotBeChecked() {
    return findings.stream().filter(f -> f.verdict() == Finding.Verdict.CANNOT_BE_CHECKED)
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return the report as lines of text, one per finding, then one per uncovered right} */
  public ImmutableList<String> describe() {
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    findings.forEach(f -> lines.add(f.describe()));
    narrowerHolders.forEach(h -> lines.add(h.describe()));
    notCovered.forEach(id -> lines.add(id + ": no chosen treaty clause governs this right; its grounds were not"
        + " checked"));
    return lines.build();
  }
}
