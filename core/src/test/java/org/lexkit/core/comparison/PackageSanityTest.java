package org.lexkit.core.comparison;

import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.lexkit.core.Kazakhstan1995;
import org.lexkit.core.comparison.Comparison;
import org.lexkit.core.PackageSanity;

/** Null-hostility of the {@code comparison} package's public API (STYLE rule 8). */
class PackageSanityTest {
  @Test
  void publicConstructorsAndStaticMethods_rejectNull() {
    PackageSanity.checkNulls("org.lexkit.core.comparison");
  }

  @Test
  void publicInstanceMethods_rejectNull() {
    NullPointerTester tester = PackageSanity.tester();
    tester.testAllPublicInstanceMethods(Comparison.of(Kazakhstan1995.constitution(),
        Kazakhstan1995.constitution()));
  }
}
