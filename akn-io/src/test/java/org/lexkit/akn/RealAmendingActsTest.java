package org.lexkit.akn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.Text;
import org.lexkit.testing.akn.Corpus;

/**
 * Consolidates real LegalDocML.de amending acts with their target laws and checks the result against the text
 * the act prescribes: exactly the quoted words change, and a destination finer than a provision never changes
 * more than itself.
 */
class RealAmendingActsTest {
  private static final String DE = "ris-norms-ldml-de/LegalDocML.de/1.8.2/samples/";
  private static final AknReader READER = AknReader.create().withValidation(ValidationMode.NONE)
      .withNamespaceMigration(true);

  private record Consolidated(LegalDocument before, LegalDocument after) {
    String text(LegalDocument version, String id) {
      Provision provision = version.provision(ProvisionId.parse(id)).orElseThrow();
      StringBuilder text = new StringBuilder();
      provision.content().forEach(t -> text.append(t.plain()));
      return Text.normalize(text);
    }

    /** The provisions whose own text differs, with their text after. */
    Map<String, String> changed() {
      Map<String, String> changed = new TreeMap<>();
      after.provisions().forEach((id, provision) -> {
        if (!before.provision(id).map(p -> p.content().equals(provision.content())).orElse(false)) {
          changed.put(id.value(), text(after, id.value()));
        }
      });
      return changed;
    }
  }

  private static Consolidated consolidate(String sample) throws IOException {
    Path folder = Corpus.requireFolder().resolve(DE + sample);
    LegalDocument target = READER.readDocument(folder.resolve("zielgesetz/regelungstext-verkuendung-1.xml")).value();
    AmendingAct act = READER.readAmendment(folder.resolve("aenderungsgesetz/regelungstext-verkuendung-1.xml"), target)
        .value();
    return new Consolidated(target, act.amendment().applyOrThrow(target));
  }

  @Test
  void bgbl1001_tenSubstitutions_changeExactlyTheQuotedWords() throws IOException {
    Consolidated c = consolidate("bgbl-1_1001_2_mods_01/");
    Map<String, String> changed = c.changed();
    assertThat(changed).hasSize(10);
    for (int n = 1; n <= 10; n++) {
      String id = "art_1__para_" + n;
      assertThat(changed.get(id)).isEqualTo(c.text(c.before(), id).replace(n + ". Fall", n + ". Beispiel"));
    }
  }

  @Test
  void bgbl2017s419_substitutionInAListItem_changesExactlyTheQuotedWords() throws IOException {
    Consolidated c = consolidate("bgbl-1_2017_s419/");
    assertThat(c.changed()).containsOnlyKeys("art_20__para_1");
    String before = c.text(c.before(), "art_20__para_1");
    assertThat(before).containsOnlyOnce("§ 9 Abs. 1 Satz 2, Abs. 2");
    assertThat(c.changed().get("art_20__para_1"))
        .isEqualTo(before.replace("§ 9 Abs. 1 Satz 2, Abs. 2", "§ 9 Absatz 1 Satz 2, Absatz 2 oder 3"));
  }

  @Test
  void bgbl2024_10_finerDestinations_neverWidened() throws IOException {
    Consolidated c = consolidate("bgbl-1_2024_10/");
    // "Satz 2 wird aufgehoben" (after "In Satz 1 wird nach dem Wort „Organen“ das Wort „, Gremien“ eingefügt"):
    // the paragraph stays, with its first sentence.
    String before = c.text(c.before(), "art_5__para_5");
    String firstSentence = before.substring(0, before.indexOf(". ") + 1);
    assertThat(c.text(c.after(), "art_5__para_5")).isEqualTo(firstSentence.replace("Organen,", "Organen, Gremien,"));
    // "Nummer 5 wird aufgehoben" names a list item: refused, so its paragraph is untouched, not repealed.
    assertThat(c.after().provision(ProvisionId.parse("art_2__para_3")))
        .isEqualTo(c.before().provision(ProvisionId.parse("art_2__para_3")));
    // Nothing the act does not repeal disappears.
    assertThat(c.after().provisions().keySet()).containsAll(c.before().provisions().keySet());
    // Words inside list items change in place: "In Nummer 4 wird die Angabe „50“ durch die Angabe „30“ ersetzt".
    assertThat(c.text(c.after(), "art_2__para_1")).contains("mehr als 30 unterschiedliche")
        .doesNotContain("mehr als 50 unterschiedliche");
  }
}
