package org.lexkit.core.history;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.lexkit.core.amendment.Amendment;
import org.lexkit.core.amendment.AmendmentConflictException;
import org.lexkit.core.amendment.AmendmentId;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.document.LifecycleEvent;

/**
 * The history of a legal document: an original version plus dated amendments, and every version in force between
 * them.
 *
 * <p><b>Which amendments apply.</b> Only amendments with an {@linkplain Amendment#effectiveDate() effective date}
 * take part: adopted ones (from their in-force date, else their adoption date) and ones in force. Proposed and
 * rejected amendments are kept in {@link #amendments()} but never change the law, whatever their operations. The
 * participating amendments apply in order of effective date; amendments with the same effective date apply in the
 * order they were given (a stable sort), so that order is part of the history's meaning.
 *
 * <p><b>Versions.</b> Each applied amendment makes one {@link Version}: the amended document, identified with the
 * amendment's effective date as its {@linkplain org.lexkit.core.document.DocumentIdentity#versionDate() version
 * date} and with a {@link LifecycleEvent.Type#AMENDMENT} event appended to its life cycle, dated the effective date
 * and whose source is the amendment's id. Several amendments in force on the same day make several versions with
 * the same date; the law on that day is the last of them.
 *
 * <p><b>Retroactive amendments and bitemporal queries.</b> An amendment in force before it was adopted
 * ({@link Amendment#isRetroactive()}) changes the past. {@link #asOf(LocalDate)} answers with the law as known
 * today: every amendment counts from its effective date, retroactive ones included. {@link #asOf(LocalDate,
 * LocalDate)} answers with the law on a date as it was known on another: only amendments adopted on or before that
 * day count (an amendment without an adoption date is known from its effective date). Before a retroactive
 * amendment's adoption, the period it reaches back into still shows the old text.
 *
 * <p><b>Cost.</b> The versions are computed once, at construction; a query is a binary search. Each version shares
 * every untouched subtree with the one before, so a version costs memory in proportion to what its amendment
 * changed. The knowledge states of bitemporal queries reuse the timeline of the versions as known today up to the
 * first amendment they do not know yet, and fold only the rest.
 *
 * <p>Invariants: amendment ids are unique; no amendment takes effect before the original's version date; every
 * knowledge state folds without conflict (else construction fails).
 *
 * <pre>{@code
 * History history = History.of(constitution1995, amendment1998, amendment2007, amendment2022);
 * LegalDocument in2010 = history.asOf(LocalDate.of(2010, 1, 1)).orElseThrow();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class History {
  private static final Comparator<Amendment> BY_EFFECTIVE_DATE =
      Comparator.comparing(a -> a.effectiveDate().orElseThrow());

  private final LegalDocument original;
  private final ImmutableList<Amendment> amendments;
  /** The versions as known today: the original, then one per participating amendment in application order. */
  private final ImmutableList<Version> timeline;
  /** The days on which what was known changed, ascending; {@code knowledge.get(i)} holds from {@code knownFrom.get(i)}. */
  private final ImmutableList<LocalDate> knownFrom;
  private final ImmutableList<ImmutableList<Version>> knowledge;

  private History(LegalDocument original, ImmutableList<Amendment> amendments) {
    this.original = original;
    this.amendments = amendments;

    Set<AmendmentId> ids = new HashSet<>();
    List<Amendment> applied = new ArrayList<>();
    LocalDate start = original.identity().versionDate();
    for (Amendment amendment : amendments) {
      checkArgument(ids.add(amendment.id()), "amendment %s appears twice in the history", amendment.id());
      Optional<LocalDate> effective = amendment.effectiveDate();
      if (effective.isPresent()) {
        checkArgument(!effective.get().isBefore(start),
            "amendment %s takes effect on %s, before the original version of %s", amendment.id(), effective.get(),
            start);
        applied.add(amendment);
      }
    }
    applied.sort(BY_EFFECTIVE_DATE); // List.sort is stable: same-day amendments keep their given order

    List<Version> versions = new ArrayList<>();
    versions.add(Version.original(original));
    fold(versions, applied, null);
    this.timeline = ImmutableList.copyOf(versions);

    TreeSet<LocalDate> days = new TreeSet<>();
    applied.forEach(a -> days.add(knownFrom(a)));
    ImmutableList.Builder<ImmutableList<Version>> states = ImmutableList.builder();
    for (LocalDate day : days) {
      states.add(knownOn(applied, day));
    }
    this.knownFrom = ImmutableList.copyOf(days);
    this.knowledge = states.build();
  }

  /**
   * Returns the history of {@code original} under {@code amendments}.
   *
   * @param original the first version; its version date is where the history starts
   * @param amendments the amendments in any order of date; same-day amendments apply in this order
   * @return the history, with every version computed
   * @throws IllegalArgumentException if two amendments share an id, or one takes effect before the original's
   *     version date
   * @throws AmendmentConflictException if an amendment does not fit the version it applies to, as known today or
   *     as known on some earlier day; the exception names the amendment and operation, and its context the version
   */
  public static History of(LegalDocument original, Iterable<Amendment> amendments) {
    checkNotNull(original, "original");
    return new History(original, ImmutableList.copyOf(amendments));
  }

  /**
   * Returns the history of {@code original} under {@code amendments}.
   *
   * @param original the first version
   * @param amendments the amendments; same-day amendments apply in this order
   * @return the history
   * @throws IllegalArgumentException if two amendments share an id, or one takes effect before the original
   * @throws AmendmentConflictException if an amendment does not fit the version it applies to
   */
  public static History of(LegalDocument original, Amendment... amendments) {
    return of(original, ImmutableList.copyOf(amendments));
  }

  /** Returns the original version, as given. */
  public LegalDocument original() {
    return original;
  }

  /** Returns every amendment as given, including proposed and rejected ones that never apply. */
  public ImmutableList<Amendment> amendments() {
    return amendments;
  }

  /**
   * Returns the versions as known today: the original first, then one per participating amendment in the order
   * they apply. Dates never decrease along the list.
   */
  public ImmutableList<Version> versions() {
    return timeline;
  }

  /** Returns the last version as known today (which may not be in force yet, if an amendment takes effect later). */
  public LegalDocument latest() {
    return timeline.get(timeline.size() - 1).document();
  }

  /**
   * Returns the version in force on {@code date} as known today: the original with every participating amendment
   * whose effective date is on or before {@code date} applied, retroactive amendments included.
   *
   * @param date any day
   * @return the version, or empty when {@code date} is before the original's version date
   */
  public Optional<LegalDocument> asOf(LocalDate date) {
    checkNotNull(date, "date");
    return inForce(timeline, date);
  }

  /**
   * Returns the version in force on {@code date} as it was known on {@code knownOn}: the original with every
   * participating amendment that takes effect on or before {@code date} and was adopted on or before
   * {@code knownOn} (an amendment without an adoption date counts as known from its effective date).
   *
   * @param date the day whose law is asked for
   * @param knownOn the day from whose point of view; may be before or after {@code date}
   * @return the version, or empty when {@code date} is before the original's version date
   */
  public Optional<LegalDocument> asOf(LocalDate date, LocalDate knownOn) {
    checkNotNull(date, "date");
    checkNotNull(knownOn, "knownOn");
    int state = lastAtOrBefore(knownFrom, knownOn, d -> d);
    return inForce(state < 0 ? timeline.subList(0, 1) : knowledge.get(state), date);
  }

  /**
   * Returns a history with {@code amendment} added after the others (it applies after any amendment given earlier
   * with the same effective date). Every version is computed again.
   *
   * @param amendment the new amendment
   * @return the new history
   * @throws IllegalArgumentException as {@link #of(LegalDocument, Iterable)}
   * @throws AmendmentConflictException as {@link #of(LegalDocument, Iterable)}
   */
  public History withAmendment(Amendment amendment) {
    checkNotNull(amendment, "amendment");
    return new History(original, ImmutableList.<Amendment>builder().addAll(amendments).add(amendment).build());
  }

  /** Two histories are equal when they have equal originals and equal amendments in the same order. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof History that && original.equals(that.original) && amendments.equals(that.amendments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(original, amendments);
  }

  @Override
  public String toString() {
    return "History[" + original.identity().country() + "/" + original.identity().name() + ", "
        + amendments.size() + " amendments, " + timeline.size() + " versions from "
        + timeline.get(0).inForceFrom() + " to " + timeline.get(timeline.size() - 1).inForceFrom() + "]";
  }

  // ---------------------------------------------------------------- construction

  private static LocalDate knownFrom(Amendment amendment) {
    return amendment.adopted().orElseGet(() -> amendment.effectiveDate().orElseThrow());
  }

  /**
   * Returns the timeline of the amendments known on {@code day}. While the known amendments are a prefix of the
   * application order, that is a view of the full timeline; otherwise the shared prefix is reused and only the
   * rest is folded again.
   */
  private ImmutableList<Version> knownOn(List<Amendment> applied, LocalDate day) {
    int prefix = 0;
    while (prefix < applied.size() && !knownFrom(applied.get(prefix)).isAfter(day)) {
      prefix++;
    }
    List<Amendment> rest = new ArrayList<>();
    for (Amendment amendment : applied.subList(prefix, applied.size())) {
      if (!knownFrom(amendment).isAfter(day)) {
        rest.add(amendment);
      }
    }
    ImmutableList<Version> shared = timeline.subList(0, prefix + 1);
    if (rest.isEmpty()) {
      return shared;
    }
    List<Version> versions = new ArrayList<>(shared);
    fold(versions, rest, day);
    return ImmutableList.copyOf(versions);
  }

  /** Appends to {@code versions} one version per amendment, each applied to the last version. */
  private static void fold(List<Version> versions, List<Amendment> amendments, @Nullable LocalDate knownOn) {
    for (Amendment amendment : amendments) {
      Version previous = versions.get(versions.size() - 1);
      LocalDate effective = amendment.effectiveDate().orElseThrow();
      LegalDocument amended;
      try {
        amended = amendment.applyOrThrow(previous.document());
      } catch (AmendmentConflictException e) {
        throw e.withContext("while applying it to the version in force from " + previous.inForceFrom()
            + (knownOn == null ? "" : " as known on " + knownOn));
      }
      amended = amended.withIdentity(amended.identity().withVersionDate(effective))
          .withLifecycleEvent(LifecycleEvent.of(effective, LifecycleEvent.Type.AMENDMENT, amendment.id().value()));
      versions.add(new Version(effective, Optional.of(amendment), amended));
    }
  }

  // ---------------------------------------------------------------- queries

  private static Optional<LegalDocument> inForce(List<Version> versions, LocalDate date) {
    int index = lastAtOrBefore(versions, date, Version::inForceFrom);
    return index < 0 ? Optional.empty() : Optional.of(versions.get(index).document());
  }

  /** Returns the index of the last element whose date is on or before {@code date}, or -1; dates ascend. */
  private static <T> int lastAtOrBefore(List<T> sorted, LocalDate date, Function<T, LocalDate> key) {
    int low = 0;
    int high = sorted.size() - 1;
    int found = -1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      if (key.apply(sorted.get(middle)).isAfter(date)) {
        high = middle - 1;
      } else {
        found = middle;
        low = middle + 1;
      }
    }
    return found;
  }
}
