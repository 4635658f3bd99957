package org.lexkit.core.rights;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import org.lexkit.core.provision.ProvisionId;

/**
 * A clause naming provisions whose rights may never be restricted, like Kazakhstan 1995 art. 39(3) ("Ни в каких
 * случаях не подлежат ограничению права и свободы, предусмотренные статьями 11, 13-15, пунктом 1 статьи 16 ...").
 *
 * <p>A right is covered when one of the provisions stating it lies inside one of the listed provisions.
 *
 * <p>Invariant: at least one provision.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the provision that states the clause
 * @param provisions the provisions it protects, in the text's order
 */
public record NonRestrictableRights(ProvisionId source, ImmutableSet<ProvisionId> provisions) {
  /** Checks the invariants and copies the provisions. */
  public NonRestrictableRights {
    checkNotNull(source, "source");
    provisions = ImmutableSet.copyOf(provisions);
    checkArgument(!provisions.isEmpty(), "the non-restrictable list in %s names no provisions", source);
  }

  /**
   * Returns the clause stated in {@code source}.
   *
   * @param source the stating provision
   * @param provisions at least one protected provision
   * @return the clause
   */
  public static NonRestrictableRights of(ProvisionId source, ProvisionId... provisions) {
    return new NonRestrictableRights(source, ImmutableSet.copyOf(provisions));
  }

  /**
   * Returns whether the clause protects {@code right}.
   *
   * @param right any right
   * @return true when a provision stating it lies inside a listed provision
   */
  public boolean covers(Right right) {
    checkNotNull(right, "right");
    return right.statedIn().stream().anyMatch(stated -> provisions.stream().anyMatch(p -> p.contains(stated)));
  }
}
