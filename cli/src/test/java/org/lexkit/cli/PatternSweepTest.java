package org.lexkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lexkit.testing.regex.PatternSweep;

/** Every pattern of this module, fed a megabyte: none may overflow the stack (issue 17; see PatternSweep). */
class PatternSweepTest {
  @Test
  void everyPattern_megabyteInput_noStackOverflow() {
    PatternSweep.Result result = PatternSweep.sweep(Lexkit.class, field -> {
      field.setAccessible(true);
      return field.get(null);
    });
    // The command line compiles no pattern of its own today; the sweep guards the first one added.
    assertThat(result.failures()).isEmpty();
  }
}
