package org.lexkit.rights.standards;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.regex.Pattern;
import org.lexkit.core.rights.CanonicalGround;
import org.lexkit.core.rights.Holder;
import org.lexkit.core.rights.Right;
import org.lexkit.core.rights.RightId;

/**
 * A limitation clause of an international instrument, such as ICCPR art. 21: the closed list of grounds on which
 * the rights it governs may be restricted, who those rights protect, and which rights it governs (by Constitute
 * topic key, e.g. {@code assem}, or by right id).
 *
 * <p>Invariants: the id is upper-case with digits and hyphens; at least one topic or right id. An empty list of
 * grounds means the clause permits no restriction at all (ICCPR art. 19(1)).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id e.g. {@code ICCPR-21}
 * @param instrument the instrument's code, e.g. {@code ICCPR}
 * @param label where in the instrument, e.g. "art. 21"
 * @param protects whom the rights it governs protect under the instrument
 * @param permitted the grounds it permits; no other ground is allowed
 * @param topics the topic keys of the rights it governs
 * @param rights the ids of further rights it governs
 */
public record TreatyClause(
    String id, String instrument, String label, Holder.Scope protects, ImmutableSet<CanonicalGround> permitted,
    ImmutableSet<String> topics, ImmutableSet<RightId> rights) {
  /** Capitals, digits and single inner hyphens (checked in code: a repeated group would recurse per word). */
  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9-]*+");

  /** Checks the invariants and copies the sets. */
  public TreatyClause {
    checkNotNull(id, "id");
    checkArgument(id.length() <= 64 && ID.matcher(id).matches() && !id.contains("--") && !id.endsWith("-"),
        "'%s' is not a clause id (expected e.g. ICCPR-21, at most 64 characters)", id.length() <= 64 ? id
            : id.substring(0, 64) + "...");
    checkNotNull(instrument, "instrument");
    checkNotNull(label, "label");
    checkArgument(!label.isBlank(), "clause %s: the label must not be blank", id);
    checkNotNull(protects, "protects");
    permitted = ImmutableSet.copyOf(permitted);
    topics = ImmutableSet.copyOf(topics);
    rights = ImmutableSet.copyOf(rights);
    checkArgument(!topics.isEmpty() || !rights.isEmpty(), "clause %s governs no right", id);
  }

  /**
   * Returns whether the clause permits restrictions on {@code ground}.
   *
   * @param ground a canonical ground
   * @return true when the closed list names it
   */
  public boolean permits(CanonicalGround ground) {
    return permitted.contains(checkNotNull(ground, "ground"));
  }

  /**
   * Returns whether the clause governs {@code right}: its id is listed, or its topic is.
   *
   * @param right any right
   * @return true when the clause applies to it
   */
  public boolean governs(Right right) {
    checkNotNull(right, "right");
    return rights.contains(right.id()) || right.topic().map(topics::contains).orElse(false);
  }

  /** {@return the clause as a reader would cite it, e.g. "ICCPR art. 21"} */
  public String citation() {
    return instrument + " " + label;
  }

  @Override
  public String toString() {
    return citation();
  }
}
