package org.lexkit.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexkit.akn.AknDocument;
import org.lexkit.akn.AknReader;
import org.lexkit.akn.AknWriter;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.rights.CanonicalGround;

class ReadAmendWriteTest {
  @TempDir Path dir;

  @Test
  void run_kazakhstanExcerpt_writesAmendedDocumentAndLeavesOriginalUntouched() throws IOException {
    Path in = copyResource("kz-1995-excerpt.akn.xml");
    Path out = dir.resolve("amended.akn.xml");

    LegalDocument original = ReadAmendWrite.run(in, out);

    assertFalse(original.rights().right(ReadAmendWrite.ASSEMBLY).orElseThrow()
        .hasGround(CanonicalGround.CONSTITUTIONAL_ORDER));
    // The reader validates against the bundled OASIS schema by default: what was written is valid Akoma Ntoso.
    LegalDocument reread = AknReader.create().readDocument(out).value();
    assertTrue(reread.rights().right(ReadAmendWrite.ASSEMBLY).orElseThrow()
        .hasGround(CanonicalGround.CONSTITUTIONAL_ORDER));
    assertEquals(original.provisions(), reread.provisions());
  }

  @Test
  void readWrite_jaxbTree_roundTripsThroughTheGeneratedClasses() throws IOException {
    // read(Path) and write(AknDocument) unmarshal and marshal the JAXB classes generated inside lexkit-akn-io: on
    // the module path this fails unless org.lexkit.akn opens that package to the JAXB runtime.
    AknDocument document = AknReader.create().read(copyResource("kz-1995-excerpt.akn.xml"));
    Path out = dir.resolve("copy.akn.xml");
    AknWriter.create().write(document, out);

    assertEquals(document.identification(), AknReader.create().read(out).identification());
  }

  @Test
  void lexkit_loadedAsExpected_namedModulesOnTheModulePath() {
    boolean expectModules = Boolean.getBoolean("lexkit.consumer.expectModules");
    Module akn = AknReader.class.getModule();
    Module core = LegalDocument.class.getModule();
    Module self = ReadAmendWriteTest.class.getModule();

    assertEquals(expectModules, akn.isNamed(), "org.lexkit.akn named: " + akn);
    assertEquals(expectModules, core.isNamed(), "org.lexkit.core named: " + core);
    assertEquals(expectModules, self.isNamed(), "the test itself named: " + self);
    if (expectModules) {
      assertEquals("org.lexkit.akn", akn.getName());
      assertEquals("org.lexkit.core", core.getName());
      assertEquals("org.lexkit.consumer", self.getName());
      // A real module (module-info.class), not an automatic one made from a jar name or manifest entry.
      assertFalse(akn.getDescriptor().isAutomatic(), "org.lexkit.akn has a module descriptor");
      assertFalse(core.getDescriptor().isAutomatic(), "org.lexkit.core has a module descriptor");
    }
  }

  private Path copyResource(String name) throws IOException {
    Path target = dir.resolve(name);
    try (InputStream in = ReadAmendWriteTest.class.getResourceAsStream("/" + name)) {
      assertTrue(in != null, name + " is on the test class path");
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return target;
  }
}
