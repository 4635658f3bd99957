package org.lexkit.akn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lexkit.akn.AknGenerators.days;
import static org.lexkit.akn.AknGenerators.iris;
import static org.lexkit.akn.Theories.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class AknIriProperties {

  @Test
  void parse_ofToString_isIdentity() {
    qt().forAll(iris()).checkAssert(iri -> assertThat(AknIri.parse(iri.toString())).isEqualTo(iri));
  }

  @Test
  void compareTo_isZeroExactlyForEqualIris() {
    qt().forAll(iris(), iris()).checkAssert((a, b) -> {
      assertThat(a.compareTo(a)).isZero();
      assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
      assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    });
  }

  @Test
  void toWork_dropsEverythingBelowTheWork() {
    qt().forAll(iris()).checkAssert(iri -> {
      AknIri work = iri.toWork();
      assertThat(work.level()).isEqualTo(AknIri.Level.WORK);
      assertThat(work.toString()).isEqualTo(iri.toString().substring(0, work.toString().length()));
    });
  }

  /** A set of dated expressions of one work, and a day. */
  private static Gen<List<LocalDate>> versionDays() {
    return random -> {
      int count = Generate.range(0, 8).generate(random);
      List<LocalDate> dates = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        dates.add(days().generate(random));
      }
      return dates;
    };
  }

  private static final AknIri WORK = AknIri.parse("/akn/kz/act/1995-08-30/constitution");

  @Test
  void resolve_asOf_isTheLatestVersionAtOrBefore() {
    qt().forAll(versionDays(), days()).checkAssert((dates, day) -> {
      List<AknIri> expressions = new ArrayList<>();
      dates.forEach(d -> expressions.add(WORK.withVersion("rus", d)));
      expressions.add(WORK.withVersion("kaz", day)); // another language never matches
      Optional<LocalDate> expected = dates.stream().filter(d -> !d.isAfter(day)).max(LocalDate::compareTo);

      Optional<AknIri> resolved = WORK.withVersionAsOf("rus", day).resolve(expressions, day);

      assertThat(resolved.map(r -> r.expression().orElseThrow().versionDate().orElseThrow())).isEqualTo(expected);
      assertThat(WORK.withExpression(new AknIri.Expression("rus", AknIri.Expression.Kind.CURRENT,
          com.google.common.collect.ImmutableList.of())).resolve(expressions, day)).isEqualTo(resolved);
    });
  }

  @Test
  void resolve_atDate_findsAMemberExactlyWhenOneHasThatDate() {
    qt().forAll(versionDays(), days()).checkAssert((dates, day) -> {
      List<AknIri> expressions = new ArrayList<>();
      dates.forEach(d -> expressions.add(WORK.withVersion("rus", d)));

      Optional<AknIri> resolved = WORK.withVersion("rus", day).resolve(expressions, day);

      assertThat(resolved.isPresent()).isEqualTo(dates.contains(day));
      resolved.ifPresent(r -> assertThat(r).isEqualTo(WORK.withVersion("rus", day)));
    });
  }
}
