package org.lexkit.core.comparison;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.rights.GeneralLimitationClause;
import org.lexkit.core.rights.RestrictionGround;
import org.lexkit.core.rights.Right;
import org.lexkit.core.rights.RightId;
import org.lexkit.core.rights.RightsCatalogue;

/**
 * What changed from one version of a document to another, in its provisions and its rights.
 *
 * <p><b>Provisions.</b> Children are matched under each pair of matched parents: by reference (an untouched
 * subtree is the same object in both versions, so it is skipped without being read), by id and equal content, by
 * the same {@linkplain Provision#plainTextWithoutNumbers() text without numbers}, by similar words and heading, and
 * last by id (the steps, and how they stay near-linear on large documents, are those of {@code SiblingMatcher}). A
 * pair whose ids differ is a {@link ProvisionChange.Renumbered}, and a {@link ProvisionChange.Changed} too when its
 * words changed (speech moved from art. 20 to art. 23 and was reworded). What is left is
 * {@link ProvisionChange.Added} or {@link ProvisionChange.Removed}, with its subtree. A matched pair whose own fields differ is
 * {@link ProvisionChange.Changed}; its children are compared in turn. Changes come in document order: a parent
 * before its descendants; among siblings in the later version's order, a removed provision where it stood. A
 * change of order among siblings that keep their ids is not reported, nor are the title, identity, preamble or
 * life cycle.
 *
 * <p><b>Rights.</b> Rights are matched by id; for each right, its own grounds gained and lost (by
 * {@linkplain RestrictionGround#key() key}), a change of holder, and any other difference. Changes come in the
 * earlier catalogue's order, then added rights in the later one's. The grounds of all general limitation clauses
 * are compared as one set of keys; prohibited-content and non-restrictable lists are not compared.
 *
 * <pre>{@code
 * Comparison changes = Comparison.of(constitution1995, amended);
 * changes.groundsGained(RightId.parse("peaceful-assembly"));   // [PUBLIC_MORALS, CONSTITUTIONAL_ORDER]
 * System.out.println(changes.describe());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param provisions the provision changes, in document order
 * @param rights the right changes, in catalogue order
 * @param generalGroundsGained grounds some general limitation clause of the later version lists and none of the
 *     earlier version's did
 * @param generalGroundsLost grounds the earlier version's general limitation clauses listed and the later ones do
 *     not
 */
public record Comparison(
    ImmutableList<ProvisionChange> provisions,
    ImmutableList<RightChange> rights,
    ImmutableList<RestrictionGround> generalGroundsGained,
    ImmutableList<RestrictionGround> generalGroundsLost) {

  /** Copies the lists. */
  public Comparison {
    provisions = ImmutableList.copyOf(provisions);
    rights = ImmutableList.copyOf(rights);
    generalGroundsGained = ImmutableList.copyOf(generalGroundsGained);
    generalGroundsLost = ImmutableList.copyOf(generalGroundsLost);
  }

  /**
   * Compares two versions of a document.
   *
   * @param before the earlier version
   * @param after the later version
   * @return what changed from {@code before} to {@code after}
   */
  public static Comparison of(LegalDocument before, LegalDocument after) {
    checkNotNull(before, "before");
    checkNotNull(after, "after");
    List<ProvisionChange> provisions = new ArrayList<>();
    compareChildren(before.body(), null, after.body(), null, provisions);
    List<RightChange> rights = new ArrayList<>();
    compareRights(before.rights(), after.rights(), rights);
    Map<String, RestrictionGround> generalBefore = generalGrounds(before.rights());
    Map<String, RestrictionGround> generalAfter = generalGrounds(after.rights());
    return new Comparison(ImmutableList.copyOf(provisions), ImmutableList.copyOf(rights),
        missingFrom(generalBefore, generalAfter), missingFrom(generalAfter, generalBefore));
  }

  /** Returns whether the two versions agree in everything compared. */
  public boolean isEmpty() {
    return provisions.isEmpty() && rights.isEmpty() && generalGroundsGained.isEmpty()
        && generalGroundsLost.isEmpty();
  }

  /** Returns the provisions added, in document order. */
  public ImmutableList<ProvisionChange.Added> added() {
    return only(provisions, ProvisionChange.Added.class);
  }

  /** Returns the provisions removed, in document order. */
  public ImmutableList<ProvisionChange.Removed> removed() {
    return only(provisions, ProvisionChange.Removed.class);
  }

  /** Returns the provisions whose own fields changed, in document order. */
  public ImmutableList<ProvisionChange.Changed> changed() {
    return only(provisions, ProvisionChange.Changed.class);
  }

  /** Returns the provisions whose id changed, in document order. */
  public ImmutableList<ProvisionChange.Renumbered> renumbered() {
    return only(provisions, ProvisionChange.Renumbered.class);
  }

  /**
   * Returns the grounds {@code right} gained, in the later version's order.
   *
   * @param right a right id
   * @return its gained grounds, empty when none (or when there is no such right)
   */
  public ImmutableList<RestrictionGround> groundsGained(RightId right) {
    checkNotNull(right, "right");
    return only(rights, RightChange.GroundGained.class).stream().filter(c -> c.id().equals(right))
        .map(RightChange.GroundGained::ground).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the grounds {@code right} lost, in the earlier version's order.
   *
   * @param right a right id
   * @return its lost grounds, empty when none (or when there is no such right)
   */
  public ImmutableList<RestrictionGround> groundsLost(RightId right) {
    checkNotNull(right, "right");
    return only(rights, RightChange.GroundLost.class).stream().filter(c -> c.id().equals(right))
        .map(RightChange.GroundLost::ground).collect(ImmutableList.toImmutableList());
  }

  /** Returns a multi-line description: one line per change, or "no changes". */
  public String describe() {
    if (isEmpty()) {
      return "no changes";
    }
    StringBuilder text = new StringBuilder();
    text.append(provisions.size()).append(" provision change(s), ").append(rights.size())
        .append(" right change(s), ").append(generalGroundsGained.size() + generalGroundsLost.size())
        .append(" general limitation change(s)");
    provisions.forEach(c -> text.append("\n  ").append(c.describe()));
    rights.forEach(c -> text.append("\n  ").append(c.describe()));
    generalGroundsGained.forEach(g -> text.append("\n  general limitation: gained ground ").append(g.key()));
    generalGroundsLost.forEach(g -> text.append("\n  general limitation: lost ground ").append(g.key()));
    return text.toString();
  }

  @Override
  public String toString() {
    return describe();
  }

  // ---------------------------------------------------------------- provisions

  private static void compareChildren(
      Provision before, @Nullable ProvisionId beforeId, Provision after, @Nullable ProvisionId afterId,
      List<ProvisionChange> out) {
    List<Provision> old = before.children();
    List<Provision> fresh = after.children();
    if (old == fresh) {
      return; // the same list: every child is shared
    }
    List<String> oldSegments = before.childSegments();
    List<String> freshSegments = after.childSegments();
    int[] match = SiblingMatcher.match(before, after);
    boolean[] matched = new boolean[old.size()];
    for (int i : match) {
      if (i >= 0) {
        matched[i] = true;
      }
    }

    // Report in the later version's order, each removed provision where it stood.
    boolean[] reported = new boolean[old.size()];
    for (int j = 0; j < fresh.size(); j++) {
      ProvisionId freshId = id(afterId, freshSegments.get(j));
      if (match[j] < 0) {
        out.add(new ProvisionChange.Added(freshId, fresh.get(j)));
        continue;
      }
      reportRemovedBefore(match[j], old, oldSegments, beforeId, matched, reported, out);
      // Renumbered means its own segment changed; under a renumbered parent every id changes, and that is
      // already said by the parent's renumbering.
      boolean renumbered = !oldSegments.get(match[j]).equals(freshSegments.get(j));
      comparePair(old.get(match[j]), id(beforeId, oldSegments.get(match[j])), fresh.get(j), freshId, renumbered,
          out);
    }
    reportRemovedBefore(old.size(), old, oldSegments, beforeId, matched, reported, out);
  }

  private static void reportRemovedBefore(
      int end, List<Provision> old, List<String> oldSegments, @Nullable ProvisionId beforeId, boolean[] matched,
      boolean[] reported, List<ProvisionChange> out) {
    for (int i = 0; i < end; i++) {
      if (!matched[i] && !reported[i]) {
        reported[i] = true;
        out.add(new ProvisionChange.Removed(id(beforeId, oldSegments.get(i)), old.get(i)));
      }
    }
  }

  private static void comparePair(Provision before, ProvisionId beforeId, Provision after, ProvisionId afterId,
      boolean renumbered, List<ProvisionChange> out) {
    if (renumbered) {
      out.add(new ProvisionChange.Renumbered(beforeId, afterId, before, after));
    }
    if (before == after) {
      return;
    }
    var fields = ProvisionChange.Field.differing(before, after);
    // A renumbering already says that the number changed; anything else is a change of its own.
    if (renumbered ? fields.stream().anyMatch(f -> f != ProvisionChange.Field.NUM) : !fields.isEmpty()) {
      out.add(new ProvisionChange.Changed(afterId, before, after));
    }
    compareChildren(before, beforeId, after, afterId, out);
  }

  private static ProvisionId id(@Nullable ProvisionId parent, String segment) {
    return parent == null ? ProvisionId.root(segment) : parent.child(segment);
  }

  // ---------------------------------------------------------------- rights

  private static void compareRights(RightsCatalogue before, RightsCatalogue after, List<RightChange> out) {
    if (before.rights() == after.rights()) {
      return;
    }
    for (Right old : before.rights().values()) {
      Right fresh = after.rights().get(old.id());
      if (fresh == null) {
        out.add(new RightChange.Removed(old));
      } else if (!old.equals(fresh)) {
        compareRight(old, fresh, out);
      }
    }
    for (Right fresh : after.rights().values()) {
      if (!before.rights().containsKey(fresh.id())) {
        out.add(new RightChange.Added(fresh));
      }
    }
  }

  private static void compareRight(Right before, Right after, List<RightChange> out) {
    if (!before.holder().equals(after.holder())) {
      out.add(new RightChange.HolderChanged(after.id(), before.holder(), after.holder()));
    }
    Map<String, RestrictionGround> old = byKey(before.grounds());
    Map<String, RestrictionGround> fresh = byKey(after.grounds());
    missingFrom(fresh, old).forEach(g -> out.add(new RightChange.GroundLost(before.id(), g)));
    missingFrom(old, fresh).forEach(g -> out.add(new RightChange.GroundGained(after.id(), g)));
    boolean sameDetails = before.name().equals(after.name()) && before.topic().equals(after.topic())
        && before.statedIn().equals(after.statedIn()) && before.absolute() == after.absolute()
        && kept(old, fresh).equals(kept(fresh, old));
    if (!sameDetails) {
      out.add(new RightChange.DetailsChanged(before, after));
    }
  }

  /** Returns the grounds of {@code grounds} whose keys {@code other} also has, in order. */
  private static List<RestrictionGround> kept(Map<String, RestrictionGround> grounds, Map<String, ?> other) {
    List<RestrictionGround> kept = new ArrayList<>();
    grounds.forEach((key, ground) -> {
      if (other.containsKey(key)) {
        kept.add(ground);
      }
    });
    return kept;
  }

  private static Map<String, RestrictionGround> generalGrounds(RightsCatalogue catalogue) {
    Map<String, RestrictionGround> grounds = new LinkedHashMap<>();
    for (GeneralLimitationClause clause : catalogue.generalLimitations()) {
      clause.grounds().forEach(g -> grounds.putIfAbsent(g.key(), g));
    }
    return grounds;
  }

  private static Map<String, RestrictionGround> byKey(List<RestrictionGround> grounds) {
    Map<String, RestrictionGround> byKey = new LinkedHashMap<>();
    grounds.forEach(g -> byKey.putIfAbsent(g.key(), g));
    return byKey;
  }

  /** Returns the grounds of {@code grounds} whose keys {@code other} lacks, in order. */
  private static ImmutableList<RestrictionGround> missingFrom(
      Map<String, ?> other, Map<String, RestrictionGround> grounds) {
    return grounds.entrySet().stream().filter(e -> !other.containsKey(e.getKey())).map(Map.Entry::getValue)
        .collect(ImmutableList.toImmutableList());
  }

  private static <T, S extends T> ImmutableList<S> only(List<T> changes, Class<S> type) {
    return changes.stream().filter(type::isInstance).map(type::cast).collect(ImmutableList.toImmutableList());
  }
}
