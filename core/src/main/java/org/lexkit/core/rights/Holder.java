package org.lexkit.core.rights;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * Who holds a right: everyone, citizens only, or another named group ("children", "workers").
 *
 * <p>Invariant: a group is named exactly when the scope is {@link Scope#GROUP}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param scope the kind of holder
 * @param group the group's name when the scope is {@link Scope#GROUP}
 */
public record Holder(Scope scope, Optional<String> group) {
  /** Everyone within the jurisdiction (ICCPR art. 21 protects everyone). */
  public static final Holder EVERYONE = new Holder(Scope.EVERYONE, Optional.empty());
  /** Citizens only (Kazakhstan 1995 art. 32 and 2026 art. 34 grant assembly to citizens). */
  public static final Holder CITIZENS = new Holder(Scope.CITIZENS, Optional.empty());

  /** The kinds of holder. */
  public enum Scope {
    /** Every person. */
    EVERYONE,
    /** Citizens of the state. */
    CITIZENS,
    /** Another named group. */
    GROUP
  }

  /** Checks that a group is named exactly for {@link Scope#GROUP}. */
  public Holder {
    checkNotNull(scope, "scope");
    checkNotNull(group, "group");
    checkArgument((scope == Scope.GROUP) == group.isPresent(),
        "a holder names a group exactly when its scope is GROUP (scope %s, group %s)", scope, group);
    group.ifPresent(g -> checkArgument(!g.isBlank(), "a holder group must not be blank"));
  }

  /**
   * Returns a named group as holder.
   *
   * @param name e.g. "children"
   * @return the holder
   */
  public static Holder group(String name) {
    return new Holder(Scope.GROUP, Optional.of(name));
  }

  @Override
  public String toString() {
    return group.orElse(scope.name().toLowerCase(java.util.Locale.ROOT));
  }
}
