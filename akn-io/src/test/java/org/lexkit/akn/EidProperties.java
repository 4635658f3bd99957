package org.lexkit.akn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lexkit.akn.AknGenerators.eids;
import static org.lexkit.akn.AknGenerators.numberTokens;
import static org.lexkit.akn.Theories.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.ProvisionKind;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class EidProperties {
  /** The loose eId shape as {@link Eid#hasEidShape} documents it, independent of its hand-written ASCII check. */
  private static final java.util.regex.Pattern LOOSE =
      java.util.regex.Pattern.compile("[\\p{L}\\p{N}.%\\-]+(?:_{1,2}[\\p{L}\\p{N}.%\\-]+)*");

  @Test
  void hasEidShape_acceptsExactlyTheDocumentedShape() {
    String alphabet = "aZ09.%-__#  é²";
    Gen<String> candidates = random -> {
      StringBuilder text = new StringBuilder();
      for (int i = Generate.range(0, 9).generate(random); i > 0; i--) {
        text.append(alphabet.charAt(Generate.range(0, alphabet.length() - 1).generate(random)));
      }
      return text.toString();
    };
    qt().forAll(candidates).checkAssert(text ->
        assertThat(Eid.hasEidShape(text)).as("'%s'", text).isEqualTo(LOOSE.matcher(text).matches()));
  }

  @Test
  void parse_ofToString_isIdentity() {
    qt().forAll(eids()).checkAssert(eid -> assertThat(Eid.parse(eid.toString())).isEqualTo(eid));
  }

  @Test
  void parent_ofChild_isOriginal() {
    qt().forAll(eids(), numberTokens()).checkAssert((eid, number) -> {
      assertThat(eid.child("para", number).parent()).contains(eid);
      assertThat(eid.content().parent()).contains(eid);
      assertThat(eid.contains(eid.child("point", number))).isTrue();
    });
  }

  private static Gen<ProvisionId> provisionIds() {
    Gen<ProvisionKind> kinds = Generate.pick(List.of(ProvisionKind.values()))
        .assuming(k -> k != ProvisionKind.BODY);
    return random -> {
      ProvisionId id = ProvisionId.root(ProvisionId.segment(kinds.generate(random), numberTokens().generate(random)));
      int depth = Generate.range(0, 4).generate(random);
      for (int i = 0; i < depth; i++) {
        id = id.child(ProvisionId.segment(kinds.generate(random), numberTokens().generate(random)));
      }
      return id;
    };
  }

  @Test
  void of_provisionId_roundTripsThroughToProvisionId() {
    qt().forAll(provisionIds()).checkAssert(id -> {
      Eid eid = Eid.of(id);
      assertThat(eid.toString()).isEqualTo(id.value());
      assertThat(eid.toProvisionId()).contains(id);
      assertThat(eid.content().toProvisionId()).isEmpty();
    });
  }
}
