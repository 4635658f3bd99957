package org.lexkit.text;

import com.google.common.testing.NullPointerTester;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lexkit.core.document.DocumentIdentity;
import org.lexkit.core.document.DocumentType;
import org.lexkit.core.document.LegalDocument;

/** Every public method names the parameter it rejects as null (Guava testlib). */
class PackageSanityTest {
  private final NullPointerTester tester = new NullPointerTester()
      .setDefault(int.class, 1)
      .setDefault(HeadingProfile.class, HeadingProfile.RUSSIAN)
      .setDefault(java.nio.charset.Charset.class, StandardCharsets.UTF_8)
      .setDefault(Path.class, Path.of("absent.txt"))
      .setDefault(String.class, "Закон\nСтатья 1\nТекст.\n")
      .setDefault(LegalDocument.class, TextConverter.create().convert("Закон\nСтатья 1\nТекст.\n", "t").document())
      .setDefault(DocumentIdentity.class, DocumentIdentity.of(
          "kz", DocumentType.ACT, LocalDate.of(2001, 1, 23), "148", "rus"));

  @Test
  void publicApi_nullArguments_rejectedWithNpe() {
    tester.testAllPublicStaticMethods(HeadingProfile.class);
    tester.testAllPublicInstanceMethods(HeadingProfile.RUSSIAN);
    tester.testAllPublicStaticMethods(TextConverter.class);
    tester.testAllPublicInstanceMethods(TextConverter.create());
    tester.testAllPublicStaticMethods(TextRenderer.class);
    tester.testAllPublicInstanceMethods(TextRenderer.create());
    tester.testAllPublicStaticMethods(TextWarning.class);
    tester.testAllPublicInstanceMethods(TextWarning.of(1, 1, "guess"));
    tester.testAllPublicConstructors(TextWarning.class);
    tester.testAllPublicConstructors(Conversion.class);
  }
}
