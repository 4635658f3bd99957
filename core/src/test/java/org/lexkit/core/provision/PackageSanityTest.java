package org.lexkit.core.provision;

import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.lexkit.core.provision.Num;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.ProvisionKind;
import org.lexkit.core.PackageSanity;

/** Null-hostility of the {@code provision} package's public API (STYLE rule 8). */
class PackageSanityTest {
  @Test
  void publicConstructorsAndStaticMethods_rejectNull() {
    PackageSanity.checkNulls("org.lexkit.core.provision");
  }

  @Test
  void publicInstanceMethods_rejectNull() {
    NullPointerTester tester = PackageSanity.tester();
    tester.testAllPublicInstanceMethods(Provision.of(ProvisionKind.ARTICLE, "32", "Text."));
    tester.testAllPublicInstanceMethods(ProvisionId.parse("sec_ii__art_32"));
    tester.testAllPublicInstanceMethods(Num.of("32-1"));
  }
}
