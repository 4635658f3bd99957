package org.lexkit.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.ProvisionKind;

/**
 * The shared English research compilation of key articles of the 1995 constitution: a messy real file (sources in
 * brackets, a repeated paragraph number, banner lines), read with the detected English profile.
 */
class KazakhstanEnglishTest {
  private static final String FILE = "kz/constitution-1995-key-articles.en.txt";

  @Test
  void convert_keyArticles_articlesInSectionsAndNoTextLost() throws IOException {
    Optional<Path> file = DomainFiles.find(FILE);
    assumeTrue(file.isPresent(), "the shared English key articles are absent; " + DomainFiles.describeSearch(FILE));
    String text = Files.readString(file.get(), StandardCharsets.UTF_8);

    Conversion conversion = TextConverter.create().convert(text, FILE);
    LegalDocument doc = conversion.document();

    assertThat(conversion.profile()).isEqualTo(HeadingProfile.ENGLISH);
    assertThat(doc.title()).startsWith("CONSTITUTION OF THE REPUBLIC OF KAZAKHSTAN");
    assertThat(doc.provisions().values().stream().filter(p -> p.kind() == ProvisionKind.ARTICLE)
        .map(p -> p.num().orElseThrow().text()).collect(Collectors.toList()))
        .containsExactly("Article 5", "Article 12", "Article 20", "Article 32", "Article 39", "Article 90",
            "Article 91");
    Provision section2 = doc.provision(ProvisionId.parse("part_a__sec_ii")).orElseThrow();
    assertThat(section2.heading().orElseThrow().plain()).isEqualTo("The Individual and Citizen");
    assertThat(section2.childSegments()).containsExactly("art_12", "art_20", "art_32", "art_39");
    assertThat(doc.provision(ProvisionId.parse("part_a__sec_ii__art_39")).orElseThrow().childSegments())
        .containsExactly("para_1", "para_2", "para_3");
    assertThat(doc.provision(ProvisionId.parse("part_a__sec_ii__art_32")).orElseThrow().children()).isEmpty();
    // Article 20 prints two versions of paragraph 3; the second stays text inside the first, with a warning.
    assertThat(conversion.warnings()).extracting(TextWarning::message)
        .contains("'3.' repeats the number of an earlier paragraph in 'Article 20'; kept as text");
    TextAccounting.assertNoTextLost(text, conversion);
  }
}
