package org.lexkit.akn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lexkit.testing.fuzz.Seed;

class AmendingActSeedsTest {
  @Test
  void generate_sameSeed_sameBytes_andEveryActMapsInStrict() throws Exception {
    List<Seed> first = AmendingActSeeds.generate(5, 42);
    List<Seed> again = AmendingActSeeds.generate(5, 42);

    assertThat(first).hasSize(5);
    for (int i = 0; i < first.size(); i++) {
      assertThat(again.get(i).name()).isEqualTo(first.get(i).name()).isEqualTo("generated/amending-act-" + i + ".xml");
      assertThat(again.get(i).bytes()).isEqualTo(first.get(i).bytes());
      MappingResult<AmendingAct> read = AknReader.create()
          .readAmendment(new ByteArrayInputStream(first.get(i).bytes()), first.get(i).name());
      assertThat(read.unmapped()).isEmpty();
    }
    List<Seed> other = AmendingActSeeds.generate(5, 43);
    boolean differs = false;
    for (int i = 0; i < first.size(); i++) {
      differs |= !java.util.Arrays.equals(other.get(i).bytes(), first.get(i).bytes());
    }
    assertThat(differs).as("another seed gives other acts").isTrue();
  }
}
