package org.lexkit.core.document;

import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.lexkit.core.Kazakhstan1995;
import org.lexkit.core.PackageSanity;

/** Null-hostility of the {@code document} package's public API (STYLE rule 8). */
class PackageSanityTest {
  @Test
  void publicConstructorsAndStaticMethods_rejectNull() {
    PackageSanity.checkNulls("org.lexkit.core.document");
  }

  @Test
  void publicInstanceMethods_rejectNull() {
    NullPointerTester tester = PackageSanity.tester();
    tester.testAllPublicInstanceMethods(Kazakhstan1995.constitution());
    tester.testAllPublicInstanceMethods(Kazakhstan1995.constitution().identity());
  }
}
