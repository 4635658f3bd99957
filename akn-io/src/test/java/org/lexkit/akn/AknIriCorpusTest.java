package org.lexkit.akn;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lexkit.testing.akn.Corpus;

/**
 * The strict and the lenient IRI parse on the {@code FRBRthis} and {@code FRBRuri} values and the global
 * {@code href}s of the shared corpus ({@code -Dlexkit.corpus=<folder>}; skipped without it): they agree wherever the
 * strict parse reads a value, the lenient parse names a deviation for everything else it reads, and what it reads is
 * written back in a form it reads the same. Writes the verdict per value to {@code target/iri-census.md}.
 */
class AknIriCorpusTest {
  /** The FRBR identifiers, and references to other documents (global IRIs, §4.3: they start with '/'). */
  private static final Pattern IRI_ATTRIBUTE =
      Pattern.compile("<(?:\\w+:)?FRBR(?:this|uri)\\b[^>]*?\\bvalue=\"([^\"]*)\"|\\bhref=\"(/[^\"]*)\"");

  @Test
  void corpusIris_strictAndLenientParse_agreeAndRoundTrip() throws IOException {
    Path folder = Corpus.requireFolder();
    // As written in the files, not as the reader maps them: documents in draft namespaces, which the reader refuses,
    // are where the older IRI forms are.
    TreeSet<String> values = new TreeSet<>();
    for (Path file : Corpus.documents(folder)) {
      Matcher iri = IRI_ATTRIBUTE.matcher(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
      while (iri.find()) {
        values.add(iri.group(1) != null ? iri.group(1) : iri.group(2));
      }
    }
    assertThat(values).as("IRIs in the corpus").isNotEmpty();

    int strict = 0;
    int lenientOnly = 0;
    List<String> lines = new ArrayList<>();
    for (String value : values) {
      Optional<AknIri> strictRead = attempt(() -> AknIri.parse(value));
      Optional<AknIri.LenientParse> lenientRead = attempt(() -> AknIri.parseLenient(value));
      strictRead.ifPresent(iri -> assertThat(lenientRead).as(value).contains(
          new AknIri.LenientParse(iri, ImmutableList.of())));
      lenientRead.ifPresent(read -> {
        assertThat(read.conforms()).as(value).isEqualTo(strictRead.isPresent());
        assertThat(AknIri.parseLenient(read.iri().toString()).iri()).as(value).isEqualTo(read.iri());
      });
      if (strictRead.isPresent()) {
        strict++;
      } else if (lenientRead.isPresent()) {
        lenientOnly++;
      }
      lines.add("| `" + value + "` | " + (strictRead.isPresent() ? "strict"
          : lenientRead.map(r -> "lenient: " + r.deviations().stream().map(d -> d.kind().name())
              .reduce((a, b) -> a + " " + b).orElse("")).orElse("refused")) + " |");
    }
    String summary = values.size() + " distinct values: " + strict + " read by parse, " + lenientOnly
        + " more by parseLenient, " + (values.size() - strict - lenientOnly) + " refused by both";
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "iri-census.md"), "# FRBR IRIs of " + folder + "\n\n" + summary
        + "\n\n| value | read by |\n|---|---|\n" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    System.out.println("AknIriCorpusTest: " + summary);
  }

  /** The value, or empty when the parse refuses it; anything but IllegalArgumentException fails the test. */
  private static <T> Optional<T> attempt(Supplier<T> parse) {
    try {
      return Optional.of(parse.get());
    } catch (IllegalArgumentException refused) {
      return Optional.empty();
    }
  }
}
