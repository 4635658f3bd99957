package org.lexkit.core.amendment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lexkit.core.document.DocumentIdentity;
import org.lexkit.core.document.DocumentType;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.ProvisionKind;

class RenumberingInsertTest {
  private static LegalDocument article(String... nums) {
    Provision[] paragraphs = new Provision[nums.length];
    for (int i = 0; i < nums.length; i++) {
      paragraphs[i] = Provision.of(ProvisionKind.PARAGRAPH, nums[i], "Text " + nums[i]);
    }
    return LegalDocument.of(DocumentIdentity.of("de", DocumentType.ACT, LocalDate.of(2021, 4, 16), "s818", "deu"),
        "Gesetz", Provision.container(ProvisionKind.ARTICLE, "§ 4", paragraphs));
  }

  @Test
  void insert_whereTheNumberIsTaken_renumbersWhatFollows() {
    LegalDocument before = article("(1)", "(2)", "(3)", "(4)", "(6)");
    LegalDocument after = InsertProvision.renumbering(InsertionPoint.after(ProvisionId.parse("art_4__para_2")),
        Provision.of(ProvisionKind.PARAGRAPH, "(3)", "Neu")).applyTo(before);
    assertThat(after.provision(ProvisionId.parse("art_4")).orElseThrow().children())
        .extracting(p -> p.num().orElseThrow().text() + " " + p.content().get(0).plain())
        .containsExactly("(1) Text (1)", "(2) Text (2)", "(3) Neu", "(4) Text (3)", "(5) Text (4)", "(6) Text (6)");
    assertThatThrownBy(() -> InsertProvision.of(InsertionPoint.after(ProvisionId.parse("art_4__para_2")),
        Provision.of(ProvisionKind.PARAGRAPH, "(3)", "Neu")).applyTo(before))
        .isInstanceOf(AmendmentConflictException.class);
  }

  @Test
  void insert_withRoomForTheNumber_changesNoOtherNumber() {
    LegalDocument before = article("(1)", "(2)", "(4)");
    LegalDocument after = InsertProvision.renumbering(InsertionPoint.after(ProvisionId.parse("art_4__para_2")),
        Provision.of(ProvisionKind.PARAGRAPH, "(3)", "Neu")).applyTo(before);
    assertThat(after.provision(ProvisionId.parse("art_4__para_4")).orElseThrow().content().get(0).plain())
        .isEqualTo("Text (4)");
  }
}
