package org.lexkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
  @TempDir Path dir;

  @Test
  void expand_filesDirectoriesGlobsAndStdin_inArgumentOrderEachOnce() throws Exception {
    Path a = Files.writeString(dir.resolve("a.xml"), "");
    Files.createDirectories(dir.resolve("d/e"));
    Files.writeString(dir.resolve("d/z.xml"), "");
    Files.writeString(dir.resolve("d/e/y.XML"), "");
    Files.writeString(dir.resolve("d/skip.txt"), "");

    ImmutableList<Input> inputs = Inputs.expand(
        List.of(a.toString(), dir.resolve("d").toString(), "-", dir + "/d/*.xml", a.toString()), ".xml");

    assertThat(inputs).extracting(Input::name).containsExactly(a.toString(), dir.resolve("d/e/y.XML").toString(),
        dir.resolve("d/z.xml").toString(), "<stdin>");
    assertThat(inputs).extracting(input -> input.relative().toString().replace('\\', '/'))
        .containsExactly("a.xml", "e/y.XML", "z.xml", "stdin");
  }

  @Test
  void expand_missingFile_keptSoThatReadingReportsIt() {
    ImmutableList<Input> inputs = Inputs.expand(List.of(dir.resolve("missing.xml").toString()), ".xml");

    assertThat(inputs).singleElement().extracting(Input::name).isEqualTo(dir.resolve("missing.xml").toString());
  }

  @Test
  void expand_stdinTwiceEmptyDirectoryOrUnmatchedGlob_usageErrors() throws Exception {
    Files.createDirectories(dir.resolve("empty"));

    assertThatThrownBy(() -> Inputs.expand(List.of("-", "-"), ".xml")).isInstanceOf(UsageException.class);
    assertThatThrownBy(() -> Inputs.expand(List.of(dir.resolve("empty").toString()), ".xml"))
        .isInstanceOf(UsageException.class).hasMessageContaining("no *.xml files in this directory");
    assertThatThrownBy(() -> Inputs.expand(List.of(dir + "/*.xml"), ".xml"))
        .isInstanceOf(UsageException.class).hasMessageContaining("no files match this pattern");
  }
}
