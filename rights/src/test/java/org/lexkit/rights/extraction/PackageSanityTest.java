package org.lexkit.rights.extraction;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lexkit.core.document.DocumentIdentity;
import org.lexkit.core.document.DocumentType;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.rights.CanonicalGround;
import org.lexkit.core.rights.RightsCatalogue;
import org.lexkit.rights.support.KzArticles;

/** Every public constructor and method of the package rejects null with a NullPointerException. */
class PackageSanityTest {
  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(ProvisionId.class, ProvisionId.parse("art_1"))
        .setDefault(CanonicalGround.class, CanonicalGround.PUBLIC_ORDER)
        .setDefault(RightsCatalogue.class, RightsCatalogue.empty())
        .setDefault(GroundVocabulary.class, GroundVocabulary.standard())
        .setDefault(String.class, "eng")
        .setDefault(LegalDocument.class, LegalDocument.of(DocumentIdentity.of("xx", DocumentType.CONSTITUTION,
            LocalDate.of(2000, 1, 1), "constitution", "eng"), "Constitution"));
  }

  @Test
  void publicApi_rejectsNull() {
    NullPointerTester tester = tester();
    tester.testAllPublicStaticMethods(GroundVocabulary.class);
    tester.testAllPublicInstanceMethods(GroundVocabulary.standard());
    tester.testAllPublicStaticMethods(RightsExtractor.class);
    tester.testAllPublicInstanceMethods(RightsExtractor.create());
    tester.testAllPublicConstructors(Extraction.class);
    tester.testAllPublicInstanceMethods(RightsExtractor.create().extract(KzArticles.article32Only()));
    tester.testAllPublicConstructors(ExtractionNote.class);
  }
}
