package org.lexkit.rights.standards;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.rights.CanonicalGround;
import org.lexkit.core.rights.Holder;
import org.lexkit.core.rights.RestrictionGround;
import org.lexkit.core.rights.Right;
import org.lexkit.core.rights.RightId;
import org.lexkit.core.rights.RightsCatalogue;

/** Every public constructor and method of the package rejects null with a NullPointerException. */
class PackageSanityTest {
  @Test
  void publicApi_rejectsNull() {
    Standards standards = Standards.standard();
    TreatyClause clause = standards.clauses().get(0);
    ProvisionId art = ProvisionId.parse("art_1");
    RightId id = RightId.parse("peaceful-assembly");
    RestrictionGround ground = RestrictionGround.of("public order", art, CanonicalGround.PUBLIC_ORDER);
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Standards.class, standards)
        .setDefault(TreatyClause.class, clause)
        .setDefault(RightId.class, id)
        .setDefault(RestrictionGround.class, ground)
        .setDefault(CanonicalGround.class, CanonicalGround.PUBLIC_ORDER)
        .setDefault(Holder.class, Holder.EVERYONE)
        .setDefault(Right.class, Right.of(id, "assembly", Holder.EVERYONE, art))
        .setDefault(RightsCatalogue.class, RightsCatalogue.empty())
        .setDefault(String.class, "ICCPR");
    tester.testAllPublicStaticMethods(Standards.class);
    tester.testAllPublicInstanceMethods(standards);
    tester.testAllPublicStaticMethods(StandardsCheck.class);
    tester.testAllPublicInstanceMethods(StandardsCheck.against(standards, "ICCPR"));
    tester.testAllPublicInstanceMethods(standards.instruments().get(0));
    tester.testAllPublicInstanceMethods(clause);
    tester.testAllPublicConstructors(Instrument.class);
    tester.testAllPublicConstructors(TreatyClause.class);
    tester.testAllPublicConstructors(Finding.class);
    tester.testAllPublicConstructors(HolderFinding.class);
    tester.testAllPublicConstructors(StandardsReport.class);
    tester.testAllPublicInstanceMethods(new StandardsReport(ImmutableList.of(), ImmutableList.of(), List.of(id)
        .stream().collect(ImmutableList.toImmutableList())));
  }
}
