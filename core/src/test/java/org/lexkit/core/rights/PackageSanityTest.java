package org.lexkit.core.rights;

import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.lexkit.core.Kazakhstan1995;
import org.lexkit.core.PackageSanity;

/** Null-hostility of the {@code rights} package's public API (STYLE rule 8). */
class PackageSanityTest {
  @Test
  void publicConstructorsAndStaticMethods_rejectNull() {
    PackageSanity.checkNulls("org.lexkit.core.rights");
  }

  @Test
  void publicInstanceMethods_rejectNull() {
    NullPointerTester tester = PackageSanity.tester();
    tester.testAllPublicInstanceMethods(Kazakhstan1995.constitution().rights());
    tester.testAllPublicInstanceMethods(Kazakhstan1995.constitution().rights().right(Kazakhstan1995.ASSEMBLY)
        .orElseThrow());
    tester.testAllPublicInstanceMethods(Kazakhstan1995.constitution().rights().nonRestrictable().get(0));
  }
}
