package org.lexkit.rights.support;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.rights.CanonicalGround;
import org.lexkit.core.rights.GeneralLimitationClause;
import org.lexkit.core.rights.Holder;
import org.lexkit.core.rights.NonRestrictableRights;
import org.lexkit.core.rights.RestrictionGround;
import org.lexkit.core.rights.Right;
import org.lexkit.core.rights.RightId;
import org.lexkit.core.rights.RightsCatalogue;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * The generators every property of this module draws from: rights catalogues shaped like real ones (rights of the
 * topics the treaty clauses govern and some they do not, own grounds, general clauses, non-restrictable lists,
 * unmapped wordings), and the choice of instruments.
 */
public final class RightsGenerators {
  /** Every canonical constant of core. */
  public static final ImmutableList<CanonicalGround> CANONICAL = ImmutableList.of(
      CanonicalGround.NATIONAL_SECURITY, CanonicalGround.TERRITORIAL_INTEGRITY, CanonicalGround.PUBLIC_SAFETY,
      CanonicalGround.PUBLIC_ORDER, CanonicalGround.PREVENTION_OF_DISORDER_OR_CRIME, CanonicalGround.PUBLIC_HEALTH,
      CanonicalGround.PUBLIC_MORALS, CanonicalGround.REPUTATION_OF_OTHERS, CanonicalGround.RIGHTS_OF_OTHERS,
      CanonicalGround.CONFIDENTIAL_INFORMATION, CanonicalGround.JUDICIARY_AUTHORITY,
      CanonicalGround.CONSTITUTIONAL_ORDER, CanonicalGround.SPIRITUAL_AND_MORAL_VALUES);

  /** Rights by id and topic: the five topics the clauses govern, one governed by id, two governed by none. */
  private static final ImmutableMap<String, Optional<String>> RIGHTS = ImmutableMap.<String, Optional<String>>builder()
      .put("peaceful-assembly", Optional.of("assem"))
      .put("freedom-of-speech", Optional.of("express"))
      .put("freedom-of-association", Optional.of("assoc"))
      .put("freedom-of-information", Optional.of("infoacc"))
      .put("freedom-of-opinion", Optional.of("opinion"))
      .put("freedom-of-creative-activity", Optional.empty())
      .put("privacy", Optional.empty())
      .put("freedom-of-conscience", Optional.empty())
      .buildOrThrow();

  private static final ImmutableList<String> UNMAPPED = ImmutableList.of(
      "сохранения лунного ландшафта", "the general welfare in a democratic society", "охраны традиций предков");

  private RightsGenerators() {}

  /** QuickTheories with {@code lexkit.examples} cases (default 200) and, if {@code lexkit.seed} is set, its seed. */
  public static QuickTheory qt() {
    QuickTheory qt = QuickTheory.qt().withExamples(Integer.getInteger("lexkit.examples", 200));
    Long seed = Long.getLong("lexkit.seed");
    return seed == null ? qt : qt.withFixedSeed(seed);
  }

  private static <T> T pick(List<T> from, org.quicktheories.core.RandomnessSource in) {
    return from.get(integers().between(0, from.size() - 1).generate(in));
  }

  /** A ground stated in {@code source}: mostly a canonical constant, sometimes an unmapped wording. */
  public static Gen<RestrictionGround> grounds(ProvisionId source) {
    return in -> {
      if (integers().between(1, 6).generate(in) == 1) {
        return RestrictionGround.unmapped(pick(UNMAPPED, in), source);
      }
      CanonicalGround canonical = pick(CANONICAL, in);
      return RestrictionGround.of("wording of " + canonical, source, canonical);
    };
  }

  private static List<RestrictionGround> distinctGrounds(ProvisionId source, int max,
      org.quicktheories.core.RandomnessSource in) {
    Map<String, RestrictionGround> byKey = new LinkedHashMap<>();
    int count = integers().between(0, max).generate(in);
    for (int i = 0; i < count; i++) {
      RestrictionGround g = grounds(source).generate(in);
      byKey.putIfAbsent(g.key(), g);
    }
    return new ArrayList<>(byKey.values());
  }

  /** Catalogues of one to five rights, with zero to two general clauses and sometimes a non-restrictable list. */
  public static Gen<RightsCatalogue> catalogues() {
    List<String> ids = RIGHTS.keySet().asList();
    return in -> {
      Set<String> chosen = new HashSet<>();
      int wanted = integers().between(1, 5).generate(in);
      List<Right> rights = new ArrayList<>();
      for (int i = 0; i < wanted; i++) {
        String id = pick(ids, in);
        if (!chosen.add(id)) {
          continue;
        }
        ProvisionId art = ProvisionId.parse("art_" + (10 + rights.size()));
        Holder holder = pick(List.of(Holder.EVERYONE, Holder.CITIZENS, Holder.group("workers")), in);
        rights.add(new Right(RightId.parse(id), id.replace('-', ' '), RIGHTS.get(id), holder, ImmutableList.of(art),
            false, ImmutableList.copyOf(distinctGrounds(art, 5, in))));
      }
      RightsCatalogue catalogue = RightsCatalogue.of(rights);
      int generals = integers().between(0, 2).generate(in);
      for (int j = 1; j <= generals; j++) {
        ProvisionId clause = ProvisionId.parse("art_40__para_" + j);
        List<RestrictionGround> grounds = distinctGrounds(clause, 4, in);
        if (!grounds.isEmpty()) {
          catalogue = catalogue.withGeneralLimitation(new GeneralLimitationClause(clause,
              ImmutableList.copyOf(grounds)));
        }
      }
      if (booleans().all().generate(in) && booleans().all().generate(in)) {
        Right covered = pick(rights, in);
        catalogue = catalogue.withNonRestrictable(new NonRestrictableRights(ProvisionId.parse("art_41__para_3"),
            ImmutableSet.of(covered.statedIn().get(0))));
      }
      return catalogue;
    };
  }

  /** A non-empty choice among the bundled instruments. */
  public static Gen<ImmutableList<String>> instrumentChoices() {
    return integers().between(1, 3).map(n -> switch (n) {
      case 1 -> ImmutableList.of("ICCPR");
      case 2 -> ImmutableList.of("ECHR");
      default -> ImmutableList.of("ICCPR", "ECHR");
    });
  }
}
