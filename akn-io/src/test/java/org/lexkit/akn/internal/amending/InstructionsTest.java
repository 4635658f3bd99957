package org.lexkit.akn.internal.amending;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InstructionsTest {
  private static Instruction read(String prose, String... intros) {
    return Instructions.read(prose, List.of(intros));
  }

  @Test
  void english_substituteInsertOmit_withTheirQuotes() {
    Instruction substitute = read("In section 5(2), for “⟦q0⟧” substitute “⟦q1⟧” in each place where it occurs.");
    assertThat(substitute.kind()).isEqualTo(Instruction.Kind.REPLACE_WORDS);
    assertThat(substitute.old()).contains(0);
    assertThat(substitute.words()).contains(1);
    assertThat(substitute.every()).isTrue();
    assertThat(read("after “⟦q0⟧” insert “⟦q1⟧”, and").kind()).isEqualTo(Instruction.Kind.INSERT_WORDS_AFTER);
    assertThat(read("before ⟦q0⟧ insert ⟦q1⟧").kind()).isEqualTo(Instruction.Kind.INSERT_WORDS_BEFORE);
    Instruction omit = read("In subsection (3), omit “⟦q0⟧”.");
    assertThat(omit.kind()).isEqualTo(Instruction.Kind.OMIT_WORDS);
    assertThat(omit.every()).isFalse();
    assertThat(read("After subsection (5) insert— ⟦s0⟧").kind()).isEqualTo(Instruction.Kind.INSERT_STRUCTURE);
    assertThat(read("Sections 1 to 7 are repealed on 31 December 2016.").kind())
        .isEqualTo(Instruction.Kind.REPEAL);
  }

  @Test
  void german_wordForms_andTheSentenceFromTheEnclosingIntroduction() {
    Instruction insert = read("In Absatz 1 wird nach den Wörtern ⟦q0⟧ das Wort ⟦q1⟧ eingefügt.");
    assertThat(insert.kind()).isEqualTo(Instruction.Kind.INSERT_WORDS_AFTER);
    assertThat(insert.sentence()).isEmpty();
    Instruction before = read("Vor dem Wort ⟦q0⟧ wird das Wort ⟦q1⟧ eingefügt.", "Satz 1 wird wie folgt geändert:",
        "Absatz 5 wird wie folgt geändert:");
    assertThat(before.kind()).isEqualTo(Instruction.Kind.INSERT_WORDS_BEFORE);
    assertThat(before.sentence()).contains(1);
    Instruction replace = read("In Satz 2 werden die Wörter ⟦q0⟧ jeweils durch die Wörter ⟦q1⟧ ersetzt.");
    assertThat(replace.kind()).isEqualTo(Instruction.Kind.REPLACE_WORDS);
    assertThat(replace.every()).isTrue();
    assertThat(replace.sentence()).contains(2);
    assertThat(read("In Absatz 2 werden die Wörter ⟦q0⟧ gestrichen.").kind()).isEqualTo(Instruction.Kind.OMIT_WORDS);
    assertThat(read("Satz 2 wird aufgehoben.").sentence()).isEqualTo(Optional.of(2));
    assertThat(read("Satz 2 wird aufgehoben.").kind()).isEqualTo(Instruction.Kind.OMIT_SENTENCE);
    assertThat(read("Nach Absatz 2 wird folgender Absatz 3 eingefügt: ⟦s0⟧").kind())
        .isEqualTo(Instruction.Kind.INSERT_STRUCTURE);
    assertThat(read("Absatz 2 wird wie folgt gefasst: ⟦s0⟧").kind()).isEqualTo(Instruction.Kind.SUBSTITUTE_STRUCTURE);
    assertThat(read("Die Absätze 2 bis 4 werden durch die folgenden Absätze 2 bis 5 ersetzt: ⟦s0⟧").kind())
        .isEqualTo(Instruction.Kind.SUBSTITUTE_STRUCTURE);
  }

  @Test
  void notUnderstood_staysPendingWithTheText() {
    Instruction pending = read("Nummer 7 wird Nummer 6.");
    assertThat(pending.kind()).isEqualTo(Instruction.Kind.PENDING);
    assertThat(pending.pending()).hasValueSatisfying(p -> assertThat(p).contains("Nummer 7 wird Nummer 6."));
  }

  @Test
  void destinations_everyFormRead_orRefusedWithTheReason() {
    Destination work = Destination.parse("/akn/uk/act/2000-07-28/chapter23/main#sec_11__subsec_2");
    assertThat(work.form()).isEqualTo(Destination.Form.AKN);
    assertThat(work.document()).contains("/akn/uk/act/2000-07-28/chapter23");
    assertThat(work.eid()).contains("sec_11__subsec_2");
    assertThat(Destination.parse("akn/uk/act/2000-07-28/chapter23/main#sec_11__subsec_4").eid())
        .contains("sec_11__subsec_4");
    assertThat(Destination.parse("#sec_8").form()).isEqualTo(Destination.Form.LOCAL);
    Destination eli = Destination.parse("eli/bund/bgbl-1/1001/1/1001-01-01/1/deu/regelungstext-verkuendung-1/"
        + "hauptteil-1_art-1_abs-1_inhalt-1_text-1/29-36.xml");
    assertThat(eli.form()).isEqualTo(Destination.Form.ELI);
    assertThat(eli.eid()).contains("hauptteil-1_art-1_abs-1_inhalt-1_text-1");
    assertThat(eli.range()).contains(new Destination.Characters(29, 36));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Destination.parse("http://example.org/x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("neither an AKN IRI");
  }

  @Test
  void sentences_splitAtStops_notAtAbbreviations() {
    List<int[]> sentences = Sentences.of("Nach § 3 Abs. 1 Nr. 2 gilt das, z. B. hier. Der zweite Satz folgt. Ein dritter.");
    assertThat(sentences).hasSize(3);
    assertThat(sentences.get(0)).containsExactly(0, 43);
  }
}
