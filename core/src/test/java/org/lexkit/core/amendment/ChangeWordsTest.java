package org.lexkit.core.amendment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lexkit.core.document.DocumentIdentity;
import org.lexkit.core.document.DocumentType;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.Inline;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.ProvisionKind;
import org.lexkit.core.provision.Text;

class ChangeWordsTest {
  private static final ProvisionId PARA = ProvisionId.parse("art_1__para_1");

  private static LegalDocument withText(Text text) {
    Provision para = Provision.unnumbered(ProvisionKind.PARAGRAPH).withNum(Optional.of(
        org.lexkit.core.provision.Num.of("(1)"))).withContent(ImmutableList.of(text));
    return LegalDocument.of(DocumentIdentity.of("de", DocumentType.ACT, LocalDate.of(2021, 4, 16), "s818", "deu"),
        "Lobbyregistergesetz", Provision.container(ProvisionKind.ARTICLE, "§ 1", para));
  }

  private static String after(LegalDocument document, AmendmentOperation operation) {
    return operation.applyTo(document).provision(PARA).orElseThrow().content().get(0).plain();
  }

  private static final LegalDocument LOBBY = withText(Text.of("Dieses Gesetz gilt für die Interessenvertretung"
      + " gegenüber den Organen, Mitgliedern, Fraktionen oder Gruppen des Deutschen Bundestages."));

  @Test
  void insertAfter_punctuationStart_joinsTheWordBefore() {
    assertThat(after(LOBBY, ChangeWords.insertAfter(PARA, Words.only("gegenüber den Organen"), ", Gremien")))
        .isEqualTo("Dieses Gesetz gilt für die Interessenvertretung gegenüber den Organen, Gremien, Mitgliedern,"
            + " Fraktionen oder Gruppen des Deutschen Bundestages.");
  }

  @Test
  void replace_wordByComma_takesTheSpaceBefore() {
    assertThat(after(LOBBY, ChangeWords.replace(PARA, Words.only("oder"), ",")))
        .contains("Fraktionen, Gruppen");
  }

  @Test
  void insertBefore_andOmit_spaceLikeTheText() {
    assertThat(after(LOBBY, ChangeWords.insertBefore(PARA, Words.only("Gruppen"), "sonstigen")))
        .contains("oder sonstigen Gruppen des");
    assertThat(after(LOBBY, ChangeWords.omit(PARA, Words.only("des Deutschen Bundestages"))))
        .endsWith("oder Gruppen.");
  }

  @Test
  void replace_everyOccurrence_changesEach_andWholeWordsOnly() {
    LegalDocument doc = withText(Text.of("the person, a personal matter of the person"));
    assertThat(after(doc, ChangeWords.replace(PARA, Words.everywhere("person"), "individual")))
        .isEqualTo("the individual, a personal matter of the individual");
    assertThat(after(doc, ChangeWords.replace(PARA, Words.nth("person", 2), "body")))
        .isEqualTo("the person, a personal matter of the body");
  }

  @Test
  void replace_twoOccurrencesWithoutSaying_isAConflict_inputUntouched() {
    LegalDocument doc = withText(Text.of("the person and the person"));
    assertThatThrownBy(() -> ChangeWords.replace(PARA, Words.only("person"), "body").applyTo(doc))
        .isInstanceOf(AmendmentConflictException.class)
        .hasMessageContaining("exactly once").hasMessageContaining("2 occurrences");
    assertThatThrownBy(() -> ChangeWords.omit(PARA, Words.only("nobody")).applyTo(doc))
        .hasMessageContaining("no such words");
    assertThat(doc.provision(PARA).orElseThrow().content().get(0).plain()).isEqualTo("the person and the person");
  }

  @Test
  void range_checksTheExpectedWords_andChangesOnlyThem() {
    LegalDocument doc = withText(Text.of("mehr als 50 Kontakte"));
    assertThat(after(doc, ChangeWords.replace(PARA, Words.at(new Words.Range(0, 9, 11), Optional.of("50")), "30")))
        .isEqualTo("mehr als 30 Kontakte");
    assertThatThrownBy(() -> ChangeWords.replace(PARA, Words.at(new Words.Range(0, 0, 4), Optional.of("50")), "30")
        .applyTo(doc)).hasMessageContaining("'50' once within block 1 characters 0-4").hasMessageContaining("'mehr'");
    assertThatThrownBy(() -> ChangeWords.replace(PARA, Words.at(new Words.Range(0, 9, 99), Optional.empty()), "30")
        .applyTo(doc)).isInstanceOf(AmendmentConflictException.class);
  }

  @Test
  void markup_aroundTheWords_isKept() {
    Inline.Mark ref = Inline.Mark.of("ref", ImmutableMap.of("href", "#art-z1"), ImmutableList.of(
        new Inline.Run("§ 1")));
    LegalDocument doc = withText(Text.of(new Inline.Run("nach "), ref, new Inline.Run(" Absatz 4 betreiben")));
    LegalDocument changed = ChangeWords.insertAfter(PARA, Words.only("Absatz 4"), "und 5").applyTo(doc);
    Text text = changed.provision(PARA).orElseThrow().content().get(0);
    assertThat(text.plain()).isEqualTo("nach § 1 Absatz 4 und 5 betreiben");
    assertThat(text.parts()).contains(ref);
  }

  @Test
  void atEdges_insertAtStartAndEnd() {
    LegalDocument doc = withText(Text.of("Text."));
    assertThat(after(doc, ChangeWords.insertAtEdge(PARA, false, "Neuer"))).isEqualTo("Neuer Text.");
    assertThat(after(doc, ChangeWords.insertAtEdge(PARA, true, "Satz 2."))).isEqualTo("Text. Satz 2.");
  }

  @Test
  void construction_refusesAnOmissionWithWords_andAnInsertionWithout() {
    assertThatThrownBy(() -> new ChangeWords(PARA, ChangeWords.Edit.OMIT, Optional.of(Words.only("x")), "y"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ChangeWords(PARA, ChangeWords.Edit.INSERT_AFTER, Optional.empty(), "y"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
