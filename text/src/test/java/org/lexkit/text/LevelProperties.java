package org.lexkit.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The converter's first-character shortcut agrees with the full heading match. */
class LevelProperties {
  private static final String ALPHABET = "Статья Раздел Article (a) (ii) 1. 2) 83-1 § IV бөлім 49-бап Сноска. Note. "
      + "Исключен [Repealed стр. Page - — .-,;:()[]«»0123456789abcxyzабвгАБВ\u00A0\u2003\t";

  /** Random short lines built from heading fragments, numbers, punctuation and odd whitespace. */
  private static Gen<String> lines() {
    return longs().all().map(seed -> {
      Random r = new Random(seed);
      StringBuilder line = new StringBuilder();
      int length = r.nextInt(24);
      for (int i = 0; i < length; i++) {
        line.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
      }
      return line.toString();
    });
  }

  @Test
  void candidatesFor_anyLine_neverRulesOutWhatMatches() throws IOException {
    List<String> real = new ArrayList<>();
    for (String fixture : List.of("data-protection-act.en.txt", "local-government-law.ru.txt")) {
      for (String line : TextConverterTest.resource(fixture).split("\n")) {
        real.add(line.strip());
      }
    }
    Gen<String> candidates = lines().mix(Generate.pick(real), 30);
    Gen<HeadingProfile> profiles = Generate.pick(HeadingProfile.builtIns());
    TextConverterProperties.qt().forAll(candidates, profiles).checkAssert((line, profile) -> {
      if (line.isEmpty()) {
        return;
      }
      int mask = profile.candidatesFor(line.charAt(0));
      for (Level level : profile.levels()) {
        if (level.match(line) != null) {
          assertThat(mask & (1 << level.rank())).as("level %s for '%s'", level.rank(), line).isNotZero();
        }
      }
      if (profile.isNote(line)) {
        assertThat(mask & HeadingProfile.NOTE_BIT).as("note '%s'", line).isNotZero();
      }
    });
  }
}
