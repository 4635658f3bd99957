package org.lexkit.akn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lexkit.testing.akn.Corpus;
import org.lexkit.core.document.LegalDocument;

/**
 * Reads every corpus document in the AKN 3.0 namespace straight into the model and checks what must hold for real
 * documents: the read returns a document or fails with an {@link AknReadException} (never another exception); a
 * document read into the model is written back schema-valid and reads back to the same model; and the lossless
 * layer agrees with the model path (the same bytes read through {@link AknReader#read} and written back by
 * {@link AknWriter} give the same model, and the FRBR identification both layers see is the same).
 */
class CorpusModelReadTest {

  @Test
  void readDocument_everyCorpusDocument_mapsOrFailsWithALocatedReadException() throws IOException {
    Path corpus = Corpus.requireFolder();
    AknReader lenient = AknReader.create().withValidation(ValidationMode.LENIENT);
    List<String> lines = new ArrayList<>();
    int mapped = 0;
    int refused = 0;
    for (Path file : Corpus.documents(corpus)) {
      byte[] bytes = Files.readAllBytes(file);
      String name = corpus.relativize(file).toString();
      if (!new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.UTF_8)
          .contains("http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"")) {
        continue; // drafts and profiles: the lossless reader's namespace migration covers them
      }
      MappingResult<LegalDocument> read;
      try {
        read = lenient.readDocument(new ByteArrayInputStream(bytes), name);
      } catch (AknReadException e) {
        refused++;
        assertThat(e.location().systemId()).isEqualTo(name);
        lines.add(String.format(Locale.ROOT, "%-100s refused: %s", name, e.detail().lines().findFirst().orElse("")));
        continue;
      }
      mapped++;
      LegalDocument document = read.value();
      lines.add(String.format(Locale.ROOT, "%-100s %5d provisions, %5d unmapped", name,
          document.provisions().size(), read.unmapped().size()));

      // Written back: schema-valid (STRICT) and the same model.
      String written = AknWriter.create().writeToString(document);
      assertThat(AknReader.create().readDocumentString(written).value()).as(name).isEqualTo(document);

      // Read both ways: lossless layer, written back, then the model path, gives the same model.
      AknDocument lossless = lenient.read(new ByteArrayInputStream(bytes), name);
      byte[] rewritten = AknWriter.create().writeToBytes(lossless);
      assertThat(lenient.readDocument(new ByteArrayInputStream(rewritten), name).value()).as(name)
          .isEqualTo(document);
      Optional<String> country = lossless.identification().map(i -> i.work().country());
      // The model keeps ISO 3166-1 alpha-2: an alpha-3 code ("ita") is read as its alpha-2 form, junk as zz.
      country.ifPresent(c -> assertThat(document.identity().country()).as(name)
          .isIn(c.toLowerCase(Locale.ROOT), alpha2(c), "zz")); // zz: the unknown country, for an unreadable one
    }
    System.out.println(String.join("\n", lines));
    System.out.printf(Locale.ROOT, "%d mapped, %d refused%n", mapped, refused);
    assertThat(mapped).isGreaterThan(0);
  }

  private static String alpha2(String alpha3) {
    for (String code : Locale.getISOCountries()) {
      if (new Locale("", code).getISO3Country().equalsIgnoreCase(alpha3)) {
        return code.toLowerCase(Locale.ROOT);
      }
    }
    return alpha3;
  }
}
