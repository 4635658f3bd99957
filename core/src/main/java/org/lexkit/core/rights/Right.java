package org.lexkit.core.rights;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.lexkit.core.provision.ProvisionId;

/**
 * A right a document guarantees: what it is, who holds it, the provisions that state it, and the grounds on which
 * that right in particular may be restricted by law. Grounds that apply to all rights live in
 * {@link GeneralLimitationClause}s; {@link RightsCatalogue#effectiveGrounds(RightId)} combines the two.
 *
 * <p>Invariants: at least one stating provision; an absolute right has no restriction grounds; no two grounds
 * have the same {@linkplain RestrictionGround#key() key}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the right's id in its document
 * @param name what is guaranteed, e.g. "freedom of peaceful assembly"
 * @param topic a canonical topic key (Constitute Project style, e.g. {@code assem}), or empty
 * @param holder who holds the right
 * @param statedIn the provisions that state it, at least one
 * @param absolute whether the text says the right may never be restricted
 * @param grounds the grounds on which this right may be restricted, in the text's order
 */
public record Right(
    RightId id,
    String name,
    Optional<String> topic,
    Holder holder,
    ImmutableList<ProvisionId> statedIn,
    boolean absolute,
    ImmutableList<RestrictionGround> grounds) {
  private static final Pattern TOPIC = Pattern.compile("[a-z][a-z0-9_]*");

  /** Checks the invariants and copies the collections. */
  public Right {
    // Every null first, so that the exception names the null argument whatever else is wrong.
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkNotNull(topic, "topic");
    checkNotNull(holder, "holder");
    statedIn = ImmutableList.copyOf(statedIn);
    grounds = ImmutableList.copyOf(grounds);
    checkArgument(!name.isBlank(), "right %s: name must not be blank", id);
    topic.ifPresent(t -> checkArgument(TOPIC.matcher(t).matches(),
        "right %s: topic key '%s' should be lower-case letters, digits and '_'", id, t));
    checkArgument(!statedIn.isEmpty(), "right %s must be stated in at least one provision", id);
    checkArgument(!absolute || grounds.isEmpty(),
        "right %s is absolute; it cannot list restriction grounds %s", id, grounds);
    Set<String> keys = new HashSet<>();
    for (RestrictionGround ground : grounds) {
      checkArgument(keys.add(ground.key()), "right %s lists ground %s twice", id, ground.key());
    }
  }

  /**
   * Returns a restrictable right with the given grounds.
   *
   * @param id its id
   * @param name what is guaranteed
   * @param holder who holds it
   * @param statedIn the provision that states it
   * @param grounds its own restriction grounds
   * @return the right
   */
  public static Right of(
      RightId id, String name, Holder holder, ProvisionId statedIn, RestrictionGround... grounds) {
    return new Right(id, name, Optional.empty(), holder, ImmutableList.of(statedIn), false,
        ImmutableList.copyOf(grounds));
  }

  /**
   * Returns a right the text says may never be restricted.
   *
   * @param id its id
   * @param name what is guaranteed
   * @param holder who holds it
   * @param statedIn the provision that states it
   * @return the right
   */
  public static Right absolute(RightId id, String name, Holder holder, ProvisionId statedIn) {
    return new Right(id, name, Optional.empty(), holder, ImmutableList.of(statedIn), true, ImmutableList.of());
  }

  /** Returns a copy with the given canonical topic key. */
  public Right withTopic(String topic) {
    return new Right(id, name, Optional.of(topic), holder, statedIn, absolute, grounds);
  }

  /** Returns a copy held by {@code holder}. */
  public Right withHolder(Holder holder) {
    return holder.equals(this.holder) ? this : new Right(id, name, topic, holder, statedIn, absolute, grounds);
  }

  /**
   * Returns a copy with {@code ground} appended.
   *
   * @throws IllegalArgumentException if the right is absolute or already has a ground with the same key
   */
  public Right withGround(RestrictionGround ground) {
    return new Right(id, name, topic, holder, statedIn, absolute,
        ImmutableList.<RestrictionGround>builder().addAll(grounds).add(ground).build());
  }

  /** Returns a copy without the ground whose key equals {@code ground}'s, or {@code this} if there is none. */
  public Right withoutGround(RestrictionGround ground) {
    String key = ground.key();
    ImmutableList<RestrictionGround> kept =
        grounds.stream().filter(g -> !g.key().equals(key)).collect(ImmutableList.toImmutableList());
    return kept.size() == grounds.size() ? this : new Right(id, name, topic, holder, statedIn, absolute, kept);
  }

  /**
   * Returns this right's own ground with the same key as {@code ground}.
   *
   * @param ground any ground
   * @return the matching ground, or empty
   */
  public Optional<RestrictionGround> ground(RestrictionGround ground) {
    String key = ground.key();
    return grounds.stream().filter(g -> g.key().equals(key)).findFirst();
  }

  /**
   * Returns whether this right's own grounds include {@code ground}.
   *
   * @param ground a canonical ground
   * @return true when one of its own grounds means it
   */
  public boolean hasGround(CanonicalGround ground) {
    return grounds.stream().anyMatch(g -> g.means(ground));
  }
}
