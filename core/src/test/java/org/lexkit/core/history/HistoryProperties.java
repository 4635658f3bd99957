package org.lexkit.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lexkit.core.LegalDocumentGenerators.histories;
import static org.lexkit.core.LegalDocumentGenerators.independentHistories;
import static org.lexkit.core.Theories.examples;
import static org.lexkit.core.Theories.theory;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.lexkit.core.LegalDocumentGenerators;
import org.lexkit.core.amendment.Amendment;
import org.lexkit.core.amendment.AmendmentConflictException;
import org.lexkit.core.amendment.AmendmentStatus;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.document.LifecycleEvent;

/**
 * The laws of {@link History}, checked against a naive reference: fold, from the original, exactly the amendments
 * that apply, in the documented order. Each example queries every date where something could change (each
 * effective and adoption date, the day before and after, and the original's date), so a history of a few
 * amendments checks dozens of queries; the laws therefore draw half of {@code lexkit.examples}.
 */
class HistoryProperties {

  /** The reference: the version on {@code date} as known on {@code knownOn}, folded from scratch. */
  static Optional<LegalDocument> reference(
      LegalDocument original, List<Amendment> amendments, LocalDate date, LocalDate knownOn) {
    return reference(original, amendments, date, knownOn, new HashMap<>());
  }

  /** The reference, reusing folds of the same set of amendments across the queries of one example. */
  static Optional<LegalDocument> reference(LegalDocument original, List<Amendment> amendments, LocalDate date,
      LocalDate knownOn, Map<List<Amendment>, LegalDocument> folds) {
    if (date.isBefore(original.identity().versionDate())) {
      return Optional.empty();
    }
    List<Amendment> applying = new ArrayList<>();
    for (Amendment amendment : amendments) {
      Optional<LocalDate> effective = amendment.effectiveDate();
      LocalDate known = amendment.adopted().orElse(effective.orElse(LocalDate.MAX));
      if (effective.isPresent() && !effective.get().isAfter(date) && !known.isAfter(knownOn)) {
        applying.add(amendment);
      }
    }
    applying.sort(Comparator.comparing(a -> a.effectiveDate().orElseThrow())); // stable
    LegalDocument known = folds.get(applying);
    if (known != null) {
      return Optional.of(known);
    }
    LegalDocument version = original;
    for (Amendment amendment : applying) {
      LocalDate effective = amendment.effectiveDate().orElseThrow();
      version = amendment.applyOrThrow(version);
      version = version.withIdentity(version.identity().withVersionDate(effective))
          .withLifecycleEvent(LifecycleEvent.of(effective, LifecycleEvent.Type.AMENDMENT, amendment.id().value()));
    }
    folds.put(applying, version);
    return Optional.of(version);
  }

  /** Returns the dates at which a query's answer can change, with their neighbours. */
  static List<LocalDate> interestingDates(LegalDocument original, List<Amendment> amendments) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    dates.add(original.identity().versionDate());
    for (Amendment amendment : amendments) {
      amendment.effectiveDate().ifPresent(dates::add);
      amendment.adopted().ifPresent(dates::add);
      amendment.proposed().ifPresent(dates::add);
    }
    List<LocalDate> all = new ArrayList<>();
    for (LocalDate date : dates) {
      all.add(date.minusDays(1));
      all.add(date);
      all.add(date.plusDays(1));
    }
    return all;
  }

  /**
   * Law 8: {@code asOf(d)} equals folding, in order of effective date (same-day amendments in the given order),
   * exactly the adopted or in-force amendments whose effective date is on or before {@code d}; proposed and
   * rejected amendments never apply, retroactive ones count from their effective date.
   */
  @Test
  void asOf_equalsFoldOfTheAmendmentsInForce() {
    theory(examples() / 2).forAll(histories()).checkAssert(c -> {
      History history = History.of(c.original(), c.amendments());
      for (LocalDate date : interestingDates(c.original(), c.amendments())) {
        assertThat(history.asOf(date)).as("as of %s", date)
            .isEqualTo(reference(c.original(), c.amendments(), date, LocalDate.MAX));
      }
    });
  }

  /**
   * Law 8, bitemporal: {@code asOf(d, k)} equals folding the amendments in force on {@code d} that were adopted
   * on or before {@code k}; with everything known it equals {@code asOf(d)}. The amendments are independent, so
   * every state of knowledge folds, including those that are not a prefix of the application order.
   */
  @Test
  void asOfKnownOn_equalsFoldOfTheAmendmentsKnownAndInForce() {
    theory(examples() / 2).forAll(independentHistories()).checkAssert(c -> {
      History history = History.of(c.original(), c.amendments());
      Map<List<Amendment>, LegalDocument> folds = new HashMap<>();
      List<LocalDate> dates = interestingDates(c.original(), c.amendments());
      // What is known changes only on adoption days: the day itself and the day before cover every state.
      List<LocalDate> knowledge = new ArrayList<>();
      for (int i = 0; i < dates.size(); i += 3) {
        knowledge.add(dates.get(i)); // the day before
        knowledge.add(dates.get(i + 1)); // the day itself
      }
      for (LocalDate date : dates) {
        for (LocalDate knownOn : knowledge) {
          assertThat(history.asOf(date, knownOn)).as("as of %s known on %s", date, knownOn)
              .isEqualTo(reference(c.original(), c.amendments(), date, knownOn, folds));
        }
        assertThat(history.asOf(date, LocalDate.MAX)).isEqualTo(history.asOf(date));
      }
    });
  }

  /**
   * The versions as known today start with the original, have non-decreasing dates, and each carries its date as
   * version date and its amendment as the last life-cycle event.
   */
  @Test
  void versions_areDatedAndStampedInOrder() {
    theory(examples() / 2).forAll(histories()).checkAssert(c -> {
      History history = History.of(c.original(), c.amendments());
      ImmutableList<Version> versions = history.versions();
      assertThat(versions.get(0).document()).isSameAs(c.original());
      assertThat(versions).hasSize(1 + (int) c.amendments().stream()
          .filter(a -> a.status() == AmendmentStatus.ADOPTED || a.status() == AmendmentStatus.IN_FORCE).count());
      for (int i = 1; i < versions.size(); i++) {
        Version version = versions.get(i);
        assertThat(version.inForceFrom()).isAfterOrEqualTo(versions.get(i - 1).inForceFrom());
        assertThat(version.document().identity().versionDate()).isEqualTo(version.inForceFrom());
        LifecycleEvent last = version.document().lifecycle().get(version.document().lifecycle().size() - 1);
        assertThat(last).isEqualTo(LifecycleEvent.of(version.inForceFrom(), LifecycleEvent.Type.AMENDMENT,
            version.amendment().orElseThrow().id().value()));
      }
      assertThat(history.latest()).isSameAs(versions.get(versions.size() - 1).document());
    });
  }

  /** A history with an amendment that does not fit the version it applies to cannot be built; the error names it. */
  @Test
  void of_conflictingAmendment_failsNamingIt() {
    theory(examples() / 2).forAll(LegalDocumentGenerators.failingHistories()).checkAssert(c -> {
      Amendment culprit = c.amendments().get(c.amendments().size() - 1);
      assertThatThrownBy(() -> History.of(c.original(), c.amendments()))
          .isInstanceOfSatisfying(AmendmentConflictException.class,
              e -> assertThat(e.amendment()).contains(culprit.id()))
          .hasMessageStartingWith("amendment " + culprit.id() + ", operation ")
          .hasMessageContaining("(while applying it to the version in force from ");
    });
  }
}
