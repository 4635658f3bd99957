package org.lexkit.core.amendment;

import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import java.util.Optional;
import org.lexkit.core.Kazakhstan1995;
import org.lexkit.core.amendment.Amendment;
import org.lexkit.core.amendment.AmendmentConflictException;
import org.lexkit.core.amendment.AmendmentId;
import org.lexkit.core.amendment.AmendmentProblem;
import org.lexkit.core.amendment.RepealProvision;
import org.lexkit.core.PackageSanity;

/** Null-hostility of the {@code amendment} package's public API (STYLE rule 8). */
class PackageSanityTest {
  @Test
  void publicConstructorsAndStaticMethods_rejectNull() {
    PackageSanity.checkNulls("org.lexkit.core.amendment");
  }

  @Test
  void publicInstanceMethods_rejectNull() {
    NullPointerTester tester = PackageSanity.tester();
    tester.testAllPublicInstanceMethods(Amendment.of(AmendmentId.parse("law-1"), "Law",
        RepealProvision.removing(Kazakhstan1995.ART_32)));
    tester.testAllPublicInstanceMethods(new AmendmentConflictException(new AmendmentProblem(0,
        RepealProvision.removing(Kazakhstan1995.ART_32), "x", "y", "z"), Optional.empty()));
  }
}
