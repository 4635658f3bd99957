package org.lexkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexkit.akn.AknReader;
import org.lexkit.akn.AknWriter;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.rights.CanonicalGround;
import org.lexkit.core.rights.RightId;

class ReadmeSnippetTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path SNIPPET =
      Path.of("src", "main", "java", "org", "lexkit", "examples", "ReadmeSnippet.java");

  @Test
  void readme_quotesSnippetVerbatim() throws IOException {
    assertThat(readme()).contains("```java\n" + snippet("README") + "\n```");
  }

  @Test
  void readme_quotesReadAmendWriteSnippetVerbatim() throws IOException {
    assertThat(readme()).contains("```java\n" + snippet("README-READ-AMEND-WRITE") + "\n```");
  }

  @Test
  void readAmendWrite_akomaNtosoFile_writesAmendedFileAndLeavesOriginalUntouched(@TempDir Path dir)
      throws IOException {
    AknWriter.create().write(ReadmeSnippet.run().get(0), dir.resolve("kz-1995.akn.xml"));

    List<LegalDocument> versions = ReadmeSnippet.readAmendWrite(dir);
    LegalDocument written = AknReader.create().readDocument(dir.resolve("kz-1995-amended.akn.xml")).value();
    RightId assembly = RightId.parse("peaceful-assembly");

    assertThat(versions.get(0).rights().right(assembly).orElseThrow().hasGround(CanonicalGround.CONSTITUTIONAL_ORDER))
        .isFalse();
    assertThat(written).isEqualTo(versions.get(1));
    assertThat(written.rights().right(assembly).orElseThrow().hasGround(CanonicalGround.CONSTITUTIONAL_ORDER))
        .isTrue();
  }

  @Test
  void snippet_addsGroundAndLeavesOriginalUntouched() {
    List<LegalDocument> versions = ReadmeSnippet.run();
    RightId assembly = RightId.parse("peaceful-assembly");

    assertThat(versions.get(0).rights().right(assembly).orElseThrow().hasGround(CanonicalGround.CONSTITUTIONAL_ORDER))
        .isFalse();
    assertThat(versions.get(1).rights().right(assembly).orElseThrow().hasGround(CanonicalGround.CONSTITUTIONAL_ORDER))
        .isTrue();
  }

  private static String readme() throws IOException {
    return Files.readString(README, StandardCharsets.UTF_8);
  }

  /** The lines between {@code // MARKER-BEGIN} and {@code // MARKER-END}, without the method's indentation. */
  private static String snippet(String marker) throws IOException {
    List<String> lines = Files.readAllLines(SNIPPET, StandardCharsets.UTF_8);
    return lines.subList(indexOf(lines, "// " + marker + "-BEGIN") + 1, indexOf(lines, "// " + marker + "-END"))
        .stream()
        .map(line -> line.length() >= 4 ? line.substring(4) : line.strip())
        .collect(Collectors.joining("\n"));
  }

  private static int indexOf(List<String> lines, String marker) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(marker)) {
        return i;
      }
    }
    throw new AssertionError(marker + " not found in " + SNIPPET);
  }
}
