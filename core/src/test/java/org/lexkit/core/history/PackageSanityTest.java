package org.lexkit.core.history;

import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.lexkit.core.Kazakhstan1995;
import org.lexkit.core.history.History;
import org.lexkit.core.PackageSanity;

/** Null-hostility of the {@code history} package's public API (STYLE rule 8). */
class PackageSanityTest {
  @Test
  void publicConstructorsAndStaticMethods_rejectNull() {
    PackageSanity.checkNulls("org.lexkit.core.history");
  }

  @Test
  void publicInstanceMethods_rejectNull() {
    NullPointerTester tester = PackageSanity.tester();
    tester.testAllPublicInstanceMethods(History.of(Kazakhstan1995.constitution()));
  }
}
