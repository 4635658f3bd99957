package org.lexkit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexkit.akn.AknReader;

class OutputsTest {
  @TempDir Path dir;

  @Test
  void write_newFile_createdWithContentAndParentDirectories() throws Exception {
    Path target = dir.resolve("a/b/out.xml");

    Outputs.write(target, out -> out.write("<x/>".getBytes(UTF_8)));

    assertThat(target).hasContent("<x/>");
    assertThat(Cli.filesBelow(dir)).containsExactly("a/b/out.xml");
  }

  @Test
  void write_contentFailsHalfWay_existingTargetUntouchedAndNoTemporaryFileLeft() throws Exception {
    Path target = dir.resolve("out.xml");
    Files.writeString(target, "the previous version");

    assertThatThrownBy(() -> Outputs.write(target, out -> {
      out.write("<half".getBytes(UTF_8));
      throw new IOException("disk full");
    })).isInstanceOf(IOException.class).hasMessage("disk full");

    assertThat(target).hasContent("the previous version");
    assertThat(Cli.filesBelow(dir)).containsExactly("out.xml");
  }

  @Test
  void write_replacesAnExistingFile() throws Exception {
    Path target = dir.resolve("out.xml");
    Files.writeString(target, "old");

    Outputs.write(target, out -> out.write("new".getBytes(UTF_8)));

    assertThat(target).hasContent("new");
    assertThat(Cli.filesBelow(dir)).containsExactly("out.xml");
  }

  @Test
  void checkNotAnInput_samePathSpelledDifferently_refused() throws Exception {
    Path input = Files.writeString(dir.resolve("in.txt"), "x");
    Files.createDirectories(dir.resolve("sub"));
    ImmutableList<Input> inputs = ImmutableList.of(Input.file(input, input.getFileName()));

    assertThatThrownBy(() -> Outputs.checkNotAnInput(dir.resolve("sub/../in.txt"), inputs))
        .isInstanceOf(UsageException.class).hasMessageContaining("lexkit never writes over its input");
    Outputs.checkNotAnInput(dir.resolve("other.txt"), inputs);
    Outputs.checkNotAnInput(dir.resolve("not/yet/there.txt"), inputs);
  }

  /**
   * A real interruption: a batch run in a fresh JVM is stopped with SIGTERM while it writes. Every output that
   * exists must be complete (it reads back), and no temporary file may remain.
   */
  @Test
  void interruptedBatch_leavesOnlyCompleteOutputsAndNoTemporaryFiles() throws Exception {
    Path texts = dir.resolve("texts");
    for (int i = 0; i < 300; i++) {
      Cli.copy("small-act.en.txt", texts, String.format(java.util.Locale.ROOT, "act%03d.txt", i));
    }
    Path out = dir.resolve("out");
    List<String> command = Cli.freshJvm("convert", texts.toString(), "-o", out.toString(), "-q", "--lang", "eng");
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("output.log").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (process.isAlive() && countXml(out) < 5 && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    process.destroy(); // SIGTERM: shutdown hooks run
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

    List<String> written = Files.isDirectory(out) ? Cli.filesBelow(out) : List.of();
    assumeTrue(process.exitValue() != 0 && written.size() < 300,
        "the batch finished before it could be interrupted; nothing to check");
    assertThat(written).allMatch(name -> name.matches("act\\d{3}\\.xml"));
    for (String name : written) {
      assertThat(AknReader.create().readDocument(out.resolve(name)).value().title())
          .isEqualTo("Community Gardens Act");
    }
  }

  private static long countXml(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return 0;
    }
    try (var files = Files.list(directory)) {
      return files.filter(file -> file.getFileName().toString().endsWith(".xml")).count();
    }
  }
}
