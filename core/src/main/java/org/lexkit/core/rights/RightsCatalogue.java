package org.lexkit.core.rights;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a document says about rights: the rights it guarantees, its general limitation clauses, its lists of
 * prohibited content and its lists of rights that may never be restricted.
 *
 * <p>Invariant: rights are keyed by their own id, in the order the text states them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rights the rights by id, in the text's order
 * @param generalLimitations clauses whose grounds apply to every right
 * @param prohibitedContent lists of banned content
 * @param nonRestrictable lists of provisions whose rights may never be restricted
 */
public record RightsCatalogue(
    ImmutableMap<RightId, Right> rights,
    ImmutableList<GeneralLimitationClause> generalLimitations,
    ImmutableList<ProhibitedContent> prohibitedContent,
    ImmutableList<NonRestrictableRights> nonRestrictable) {

  private static final RightsCatalogue EMPTY =
      new RightsCatalogue(ImmutableMap.of(), ImmutableList.of(), ImmutableList.of(), ImmutableList.of());

  /** Checks that every right is keyed by its id and copies the collections. */
  public RightsCatalogue {
    rights = ImmutableMap.copyOf(rights);
    rights.forEach((id, right) -> checkArgument(id.equals(right.id()),
        "right %s is filed under the id %s", right.id(), id));
    generalLimitations = ImmutableList.copyOf(generalLimitations);
    prohibitedContent = ImmutableList.copyOf(prohibitedContent);
    nonRestrictable = ImmutableList.copyOf(nonRestrictable);
  }

  /** Returns the catalogue of a document that says nothing about rights. */
  public static RightsCatalogue empty() {
    return EMPTY;
  }

  /**
   * Returns a catalogue of {@code rights} and nothing else.
   *
   * @param rights rights with distinct ids, in the text's order
   * @return the catalogue
   * @throws IllegalArgumentException if two rights share an id
   */
  public static RightsCatalogue of(Iterable<Right> rights) {
    return new RightsCatalogue(Maps.uniqueIndex(rights, Right::id), ImmutableList.of(), ImmutableList.of(),
        ImmutableList.of());
  }

  /**
   * Returns the right with id {@code id}.
   *
   * @param id a right id
   * @return the right, or empty
   */
  public Optional<Right> right(RightId id) {
    return Optional.ofNullable(rights.get(checkNotNull(id, "id")));
  }

  /**
   * Returns the grounds on which {@code id} may actually be restricted: none if the right is absolute or a
   * non-restrictable clause covers it; otherwise its own grounds followed by those of every general limitation
   * clause, without repeating a ground (by {@linkplain RestrictionGround#key() key}; the first wording wins).
   *
   * @param id the id of a right in this catalogue
   * @return the effective grounds in order
   * @throws IllegalArgumentException if there is no such right
   */
  public ImmutableList<RestrictionGround> effectiveGrounds(RightId id) {
    Right right = right(id).orElseThrow(() -> new IllegalArgumentException("there is no right " + id));
    if (isNeverRestrictable(right)) {
      return ImmutableList.of();
    }
    Map<String, RestrictionGround> byKey = new LinkedHashMap<>();
    right.grounds().forEach(g -> byKey.putIfAbsent(g.key(), g));
    generalLimitations.forEach(clause -> clause.grounds().forEach(g -> byKey.putIfAbsent(g.key(), g)));
    return ImmutableList.copyOf(byKey.values());
  }

  /**
   * Returns whether {@code right} may never be restricted: it is absolute, or a non-restrictable clause covers it.
   *
   * @param right a right
   * @return true when no ground can restrict it
   */
  public boolean isNeverRestrictable(Right right) {
    return right.absolute() || nonRestrictable.stream().anyMatch(clause -> clause.covers(right));
  }

  /**
   * Returns a copy in which {@code right} replaces the right with its id, or is appended if there is none.
   *
   * @param right the new or changed right
   * @return the catalogue
   */
  public RightsCatalogue withRight(Right right) {
    checkNotNull(right, "right");
    if (right.equals(rights.get(right.id()))) {
      return this;
    }
    Map<RightId, Right> copy = new LinkedHashMap<>(rights);
    copy.put(right.id(), right);
    return new RightsCatalogue(ImmutableMap.copyOf(copy), generalLimitations, prohibitedContent, nonRestrictable);
  }

  /**
   * Returns a copy without the right {@code id}, or {@code this} if there is none.
   *
   * @param id a right id
   * @return the catalogue
   */
  public RightsCatalogue withoutRight(RightId id) {
    if (!rights.containsKey(checkNotNull(id, "id"))) {
      return this;
    }
    Map<RightId, Right> copy = new LinkedHashMap<>(rights);
    copy.remove(id);
    return new RightsCatalogue(ImmutableMap.copyOf(copy), generalLimitations, prohibitedContent, nonRestrictable);
  }

  /** Returns a copy with {@code clause} appended to the general limitation clauses. */
  public RightsCatalogue withGeneralLimitation(GeneralLimitationClause clause) {
    return new RightsCatalogue(rights,
        ImmutableList.<GeneralLimitationClause>builder().addAll(generalLimitations).add(clause).build(),
        prohibitedContent, nonRestrictable);
  }

  /** Returns a copy with {@code list} appended to the prohibited-content lists. */
  public RightsCatalogue withProhibitedContent(ProhibitedContent list) {
    return new RightsCatalogue(rights, generalLimitations,
        ImmutableList.<ProhibitedContent>builder().addAll(prohibitedContent).add(list).build(), nonRestrictable);
  }

  /** Returns a copy with {@code clause} appended to the non-restrictable lists. */
  public RightsCatalogue withNonRestrictable(NonRestrictableRights clause) {
    return new RightsCatalogue(rights, generalLimitations, prohibitedContent,
        ImmutableList.<NonRestrictableRights>builder().addAll(nonRestrictable).add(clause).build());
  }
}
