package org.lexkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lexkit.akn.MappingResult;
import org.lexkit.akn.SourceLocation;
import org.lexkit.akn.UnmappedContent;

/** Warnings are capped per input and the rest counted by kind; messages use the command line's terms. */
class WarningsTest {

  private static MappingResult<String> withUnmapped(int identifiers, int elements) {
    List<UnmappedContent> unmapped = new ArrayList<>();
    for (int i = 1; i <= identifiers; i++) {
      unmapped.add(new UnmappedContent(SourceLocation.of("act.xml", i, 1), "section", Optional.of("s" + i),
          UnmappedContent.Kind.IDENTIFIER, "eId replaced by the derived id sec_" + i));
    }
    for (int i = 1; i <= elements; i++) {
      unmapped.add(new UnmappedContent(SourceLocation.of("act.xml", 100 + i, 1), "foo", Optional.empty(),
          UnmappedContent.Kind.ELEMENT, "<foo> is not represented"));
    }
    return new MappingResult<>("value", ImmutableList.copyOf(unmapped), ImmutableList.of());
  }

  @Test
  void beyondTheCap_theRestIsCountedByKind() {
    Documents.Read<String> read = new Warnings(2, false).lines(withUnmapped(5, 3));
    assertThat(read.count()).isEqualTo(8);
    assertThat(read.warnings().lines()).hasSize(3);
    assertThat(read.warnings().lines().toList().get(2))
        .contains("6 more warnings from here on not shown (3 identifier read differently; 3 not in the model, so left out)")
        .contains("--verbose");
  }

  @Test
  void verbose_printsEveryWarning() {
    assertThat(new Warnings(2, true).lines(withUnmapped(5, 3)).warnings().lines()).hasSize(8);
  }

  @Test
  void aNegativeCap_isAUsageErrorNamingTheFlag() {
    assertThatThrownBy(() -> new Warnings(-1, false)).isInstanceOf(UsageException.class)
        .hasMessageContaining("--max-warnings");
  }

  @Test
  void libraryTerms_becomeCommandLineFlags() {
    assertThat(Failures.warning(SourceLocation.of("a.xml", 3, 4), "year-only date (ValidationMode.LENIENT accepts"
        + " it)")).isEqualTo("a.xml:3:4: warning: year-only date (--lenient accepts it)\n");
  }
}
