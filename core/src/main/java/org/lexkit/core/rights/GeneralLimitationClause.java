package org.lexkit.core.rights;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.lexkit.core.provision.ProvisionId;

/**
 * A clause that lists grounds on which every right of the document may be restricted, like Kazakhstan 1995 art.
 * 39(1) ("Права и свободы человека и гражданина могут быть ограничены только законами и лишь в той мере ...").
 *
 * <p>Invariant: at least one ground.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the provision that states the clause
 * @param grounds the grounds it lists, in the text's order
 */
public record GeneralLimitationClause(ProvisionId source, ImmutableList<RestrictionGround> grounds) {
  /** Checks the invariants and copies the grounds. */
  public GeneralLimitationClause {
    checkNotNull(source, "source");
    grounds = ImmutableList.copyOf(grounds);
    checkArgument(!grounds.isEmpty(), "the general limitation clause in %s lists no grounds", source);
  }

  /**
   * Returns a clause stated in {@code source} listing {@code grounds}.
   *
   * @param source the stating provision
   * @param grounds at least one ground
   * @return the clause
   */
  public static GeneralLimitationClause of(ProvisionId source, RestrictionGround... grounds) {
    return new GeneralLimitationClause(source, ImmutableList.copyOf(grounds));
  }
}
