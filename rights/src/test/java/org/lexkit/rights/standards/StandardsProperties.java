package org.lexkit.rights.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lexkit.rights.support.RightsGenerators.catalogues;
import static org.lexkit.rights.support.RightsGenerators.instrumentChoices;
import static org.lexkit.rights.support.RightsGenerators.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lexkit.core.rights.CanonicalGround;
import org.lexkit.core.rights.RestrictionGround;
import org.lexkit.core.rights.Right;
import org.lexkit.core.rights.RightsCatalogue;
import org.lexkit.rights.support.RightsGenerators;

/** Laws of the standards check, over generated catalogues and instrument choices. */
class StandardsProperties {
  private static final Standards STANDARDS = Standards.standard();

  private static StandardsCheck check(ImmutableList<String> instruments) {
    return StandardsCheck.against(STANDARDS, instruments.toArray(new String[0]));
  }

  @Test
  void addingAPermittedGround_neverCreatesAFinding() {
    qt().forAll(catalogues(), instrumentChoices(), integers().between(0, 99), integers().between(0, 99))
        .checkAssert((catalogue, instruments, rightIndex, groundIndex) -> {
          StandardsCheck check = check(instruments);
          List<Right> rights = catalogue.rights().values().asList();
          Right right = rights.get(rightIndex % rights.size());
          Set<String> present = new HashSet<>();
          catalogue.effectiveGrounds(right.id()).forEach(g -> present.add(g.key()));
          right.grounds().forEach(g -> present.add(g.key()));
          List<CanonicalGround> permitted = RightsGenerators.CANONICAL.stream()
              .filter(c -> !present.contains(c.code()))
              .filter(c -> check.applicableClauses(right).stream().allMatch(clause -> clause.permits(c)))
              .toList();
          if (permitted.isEmpty()) {
            return;  // every permitted ground is there already (or the right has a clause that permits none)
          }
          CanonicalGround added = permitted.get(groundIndex % permitted.size());
          RightsCatalogue more = catalogue.withRight(right.withGround(
              RestrictionGround.of("added " + added, right.statedIn().get(0), added)));

          assertThat(check.check(more).findings()).isEqualTo(check.check(catalogue).findings());
        });
  }

  @Test
  void everyFinding_isAboutAnEffectiveGroundAndAClauseThatGovernsTheRight() {
    qt().forAll(catalogues(), instrumentChoices()).checkAssert((catalogue, instruments) -> {
      StandardsCheck check = check(instruments);
      for (Finding f : check.check(catalogue).findings()) {
        Right right = catalogue.right(f.right()).orElseThrow();
        assertThat(catalogue.effectiveGrounds(right.id())).contains(f.ground());
        assertThat(f.clause().governs(right)).isTrue();
        assertThat(instruments).contains(f.clause().instrument());
        assertThat(f.origin() == Finding.Origin.OWN).isEqualTo(right.ground(f.ground()).isPresent());
      }
    });
  }

  @Test
  void findings_areExactlyTheUnpermittedAndTheUnmappedGrounds() {
    qt().forAll(catalogues(), instrumentChoices()).checkAssert((catalogue, instruments) -> {
      StandardsCheck check = check(instruments);
      Set<String> expected = new HashSet<>();
      for (Right right : catalogue.rights().values()) {
        for (RestrictionGround g : catalogue.effectiveGrounds(right.id())) {
          for (TreatyClause clause : check.applicableClauses(right)) {
            Optional<CanonicalGround> c = g.canonical();
            if (c.isEmpty()) {
              expected.add(right.id() + "|" + g.key() + "|" + clause.id() + "|CANNOT_BE_CHECKED");
            } else if (!clause.permits(c.get())) {
              expected.add(right.id() + "|" + g.key() + "|" + clause.id() + "|NOT_PERMITTED");
            }
          }
        }
      }
      Set<String> actual = new HashSet<>();
      check.check(catalogue).findings().forEach(f ->
          actual.add(f.right() + "|" + f.ground().key() + "|" + f.clause().id() + "|" + f.verdict()));

      assertThat(actual).isEqualTo(expected);
    });
  }

  @Test
  void neverRestrictableRights_haveNoFindings_andUnmappedGroundsAreNeverSilentlyPermitted() {
    qt().forAll(catalogues(), instrumentChoices()).checkAssert((catalogue, instruments) -> {
      StandardsReport report = check(instruments).check(catalogue);
      for (Right right : catalogue.rights().values()) {
        if (catalogue.isNeverRestrictable(right)) {
          assertThat(report.findings(right.id())).isEmpty();
        } else if (!check(instruments).applicableClauses(right).isEmpty()) {
          catalogue.effectiveGrounds(right.id()).stream().filter(g -> g.canonical().isEmpty()).forEach(g ->
              assertThat(report.cannotBeChecked()).anyMatch(f -> f.right().equals(right.id())
                  && f.ground().equals(g)));
        }
      }
    });
  }

  @Test
  void check_isDeterministic() {
    qt().forAll(catalogues(), instrumentChoices()).checkAssert((catalogue, instruments) ->
        assertThat(check(instruments).check(catalogue)).isEqualTo(check(instruments).check(catalogue)));
  }
}
