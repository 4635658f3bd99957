package org.lexkit.akn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lexkit.testing.regex.PatternSweep;

/** Every pattern of this module, fed a megabyte: none may overflow the stack (issue 17; see PatternSweep). */
class PatternSweepTest {
  @Test
  void everyPattern_megabyteInput_noStackOverflow() {
    PatternSweep.Result result = PatternSweep.sweep(AknReader.class, field -> {
      field.setAccessible(true);
      return field.get(null);
    });
    assertThat(result.patterns()).isPositive();
    assertThat(result.failures()).isEmpty();
  }
}
