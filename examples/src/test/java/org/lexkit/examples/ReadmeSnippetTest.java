package org.lexkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.rights.CanonicalGround;
import org.lexkit.core.rights.RightId;

class ReadmeSnippetTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path SNIPPET =
      Path.of("src", "main", "java", "org", "lexkit", "examples", "ReadmeSnippet.java");

  @Test
  void readme_quotesSnippetVerbatim() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    List<String> lines = Files.readAllLines(SNIPPET, StandardCharsets.UTF_8);
    String snippet = lines.subList(indexOf(lines, "// README-BEGIN") + 1, indexOf(lines, "// README-END"))
        .stream()
        .map(line -> line.length() >= 4 ? line.substring(4) : line.strip())
        .collect(Collectors.joining("\n"));

    assertThat(readme).contains("```java\n" + snippet + "\n```");
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

  private static int indexOf(List<String> lines, String marker) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(marker)) {
        return i;
      }
    }
    throw new AssertionError(marker + " not found in " + SNIPPET);
  }
}
