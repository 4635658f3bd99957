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

class RepealRangeTest {
  private static final LegalDocument ACT = LegalDocument.of(
      DocumentIdentity.of("uk", DocumentType.ACT, LocalDate.of(2000, 7, 28), "chapter23", "eng"), "RIPA",
      Provision.of(ProvisionKind.SECTION, "2", "two"), Provision.of(ProvisionKind.SECTION, "3", "three"),
      Provision.of(ProvisionKind.SECTION, "3A", "three A"), Provision.of(ProvisionKind.SECTION, "6", "six"),
      Provision.of(ProvisionKind.SECTION, "7", "seven"));

  @Test
  void range_repealsFirstLastAndEverySiblingBetween_likeSingleRepealsInTurn() {
    ProvisionId three = ProvisionId.parse("sec_3");
    ProvisionId six = ProvisionId.parse("sec_6");
    LegalDocument ranged = RepealProvision.range(three, six, RepealProvision.Mode.REMOVE).applyTo(ACT);
    assertThat(ranged.provisions().keySet()).extracting(ProvisionId::value).containsExactly("sec_2", "sec_7");
    LegalDocument oneByOne = ACT;
    for (String id : new String[] {"sec_3", "sec_3a", "sec_6"}) {
      oneByOne = RepealProvision.removing(ProvisionId.parse(id)).applyTo(oneByOne);
    }
    assertThat(ranged).isEqualTo(oneByOne);
    LegalDocument placeholders = RepealProvision.range(three, six, RepealProvision.Mode.PLACEHOLDER).applyTo(ACT);
    assertThat(placeholders.provisions().values().stream().filter(Provision::isRepealed)).hasSize(3);
  }

  @Test
  void range_backwardsOrMissingEnd_isAConflict() {
    assertThatThrownBy(() -> RepealProvision.range(ProvisionId.parse("sec_6"), ProvisionId.parse("sec_3"),
        RepealProvision.Mode.REMOVE).applyTo(ACT)).isInstanceOf(AmendmentConflictException.class)
        .hasMessageContaining("a provision before it");
    assertThatThrownBy(() -> RepealProvision.range(ProvisionId.parse("sec_3"), ProvisionId.parse("sec_9"),
        RepealProvision.Mode.REMOVE).applyTo(ACT)).hasMessageContaining("no such provision");
  }
}
