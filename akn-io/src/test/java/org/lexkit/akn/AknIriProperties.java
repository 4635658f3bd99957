package org.lexkit.akn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lexkit.akn.AknGenerators.days;
import static org.lexkit.akn.AknGenerators.iris;
import static org.lexkit.akn.Theories.qt;

import java.time.LocalDate;
import java.time.YearMonth;
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
  void parseLenient_ofConformingText_isParseWithoutDeviations() {
    qt().forAll(iris()).checkAssert(iri -> {
      AknIri.LenientParse read = AknIri.parseLenient(iri.toString());
      assertThat(read.iri()).isEqualTo(iri);
      assertThat(read.deviations()).isEmpty();
    });
  }

  @Test
  void parseLenient_prefixlessWithTrailingSlashes_readsTheSameIriAndSaysSo() {
    qt().forAll(iris(), Generate.range(1, 3)).checkAssert((iri, slashes) -> {
      String text = iri.toString().substring("/akn".length()) + "/".repeat(slashes);

      AknIri.LenientParse read = AknIri.parseLenient(text);

      assertThat(read.iri()).isEqualTo(iri);
      assertThat(read.deviations()).extracting(AknIri.Deviation::kind)
          .containsExactly(AknIri.Deviation.Kind.MISSING_PREFIX, AknIri.Deviation.Kind.TRAILING_SLASH);
      assertThatThrownBy(() -> AknIri.parse(text)).isInstanceOf(IllegalArgumentException.class);
    });
  }

  @Test
  void parseLenient_ofMonthDatedIri_isIdentity_andParseRefusesIt() {
    Gen<YearMonth> months = Generate.range(1800 * 12, 2100 * 12).map(m -> YearMonth.of(m / 12, m % 12 + 1));
    qt().forAll(iris(), months).checkAssert((iri, month) -> {
      AknIri dated = new AknIri(iri.country(), iri.type(), iri.subtype(), iri.author(), AknIri.WorkDate.ofMonth(month),
          iri.number(), iri.expression(), iri.component(), iri.portion(), iri.format());

      AknIri.LenientParse read = AknIri.parseLenient(dated.toString());

      assertThat(read.iri()).isEqualTo(dated);
      assertThat(read.deviations()).extracting(AknIri.Deviation::kind)
          .containsExactly(AknIri.Deviation.Kind.MONTH_DATE);
      assertThatThrownBy(() -> AknIri.parse(dated.toString())).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("only parseLenient reads YYYY-MM");
    });
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
