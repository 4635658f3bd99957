package org.lexkit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexkit.akn.AknReader;

/**
 * Outputs that never destroy (issue 17): devices, named pipes and symbolic links given as {@code -o}, inputs
 * compared by file identity (acts included), permissions and owners kept, temporary files of killed runs deleted,
 * and errors naming the user's path. Root-only cases skip, saying so, when not run as root.
 */
class OutputSafetyTest {
  @TempDir Path dir;

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assumeTrue(process.exitValue() == 0, String.join(" ", command) + " failed here: " + output);
  }

  private Path document() throws IOException {
    return Cli.copy("kz-excerpt.xml", dir.resolve("in"));
  }

  // ------------------------------------------------------------------ non-regular targets: written through

  @Test
  void fmt_outputIsACharacterDevice_writtenThroughNotReplaced() throws Exception {
    assumeTrue(isRoot(), "creating a device node needs root");
    Path devNull = dir.resolve("null"); // a private /dev/null: the real one must survive even a failing test
    run("mknod", devNull.toString(), "c", "1", "3");

    Cli.Result result = Cli.run("fmt", document().toString(), "-o", devNull.toString());

    assertThat(result.exitCode()).as("%s", result).isZero();
    assertThat(Files.isRegularFile(devNull, LinkOption.NOFOLLOW_LINKS)).as("replaced by a file").isFalse();
    assertThat(Files.exists(devNull, LinkOption.NOFOLLOW_LINKS)).isTrue();
    assertThat(Files.size(devNull)).isZero(); // still the null device
    assertThat(Cli.filesBelow(dir)).containsExactly("in/kz-excerpt.xml");
  }

  @Test
  void render_outputIsANamedPipe_andALinkToIt_writtenThrough() throws Exception {
    Path fifo = dir.resolve("pipe");
    run("mkfifo", fifo.toString());
    Path link = Files.createSymbolicLink(dir.resolve("stdout-like"), fifo); // as /dev/stdout links to the fd
    for (Path target : List.of(fifo, link)) {
      CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
        try (InputStream in = Files.newInputStream(fifo)) {
          return in.readAllBytes();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      Cli.Result result = Cli.run("render", document().toString(), "--format", "html", "-o", target.toString());
      assertThat(result.exitCode()).as("%s", result).isZero();
      assertThat(new String(read.get(30, TimeUnit.SECONDS), UTF_8)).contains("<html").contains("</html>");
      assertThat(Files.isSymbolicLink(link)).isTrue();
      assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
    }
  }

  @Test
  void render_outputIsStandardOutputRedirectedToAFile_writtenThroughTheDescriptor() throws Exception {
    // /dev/fd/1 (like /dev/stdout) names the descriptor the shell opened on out.html: written through it, the
    // file the shell redirected to gets the page; replaced by a rename, it would not (before: exit 3 here).
    assumeTrue(Files.isDirectory(Path.of("/dev/fd")), "needs /dev/fd");
    Path redirected = dir.resolve("out.html");
    Process render = new ProcessBuilder(Cli.freshJvm("render", document().toString(), "--format", "html", "-o",
        "/dev/fd/1", "-q")).redirectOutput(redirected.toFile())
        .redirectError(dir.resolve("err.log").toFile()).start();
    assertThat(render.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(render.exitValue()).as(Files.readString(dir.resolve("err.log"))).isZero();
    assertThat(Files.readString(redirected)).contains("<html").contains("</html>");
  }

  // ------------------------------------------------------------------ symbolic links: followed

  @Test
  void fmt_outputIsASymbolicLink_linkKeptAndItsFileReplaced() throws Exception {
    Path real = Files.writeString(Files.createDirectories(dir.resolve("elsewhere")).resolve("real.xml"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("out.xml"), real);

    Cli.Result result = Cli.run("fmt", document().toString(), "-o", link.toString());

    assertThat(result.exitCode()).as("%s", result).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readSymbolicLink(link)).isEqualTo(real);
    assertThat(AknReader.create().read(real)).isNotNull();
    assertThat(Cli.filesBelow(dir.resolve("elsewhere"))).containsExactly("real.xml");
  }

  @Test
  void fmt_outputIsADanglingLink_refusedNamingTheLink() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("out.xml"), dir.resolve("nowhere.xml"));

    Cli.Result result = Cli.run("fmt", document().toString(), "-o", link.toString());

    assertThat(result.exitCode()).as("%s", result).isEqualTo(ExitCodes.IO);
    assertThat(result.err()).startsWith(link + ": error: is a symbolic link to a missing file");
    assertThat(Files.exists(dir.resolve("nowhere.xml"))).isFalse();
    assertThat(Cli.filesBelow(dir)).containsExactly("in/kz-excerpt.xml");
  }

  // ------------------------------------------------------------------ inputs by identity, every input checked

  @Test
  void apply_outputDirectoryHoldsTheAct_refusedAndTheActUntouched() throws Exception {
    Path document = Cli.copy("kz-excerpt.xml", dir.resolve("doc"), "kz.xml");
    Path act = Cli.copy("amendment-2026.xml", dir.resolve("acts"), "kz.xml");
    byte[] before = Files.readAllBytes(act);

    Cli.Result result = Cli.run("apply", document.toString(), act.toString(), "-o", dir.resolve("acts") + "/");

    assertThat(result.exitCode()).as("%s", result).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("is the input " + act).contains("never writes over its input");
    assertThat(Files.readAllBytes(act)).isEqualTo(before);
  }

  @Test
  void fmt_outputIsAHardLinkToTheInput_refused() throws Exception {
    Path input = document();
    Path link = Files.createLink(dir.resolve("same.xml"), input);

    Cli.Result result = Cli.run("fmt", input.toString(), "-o", link.toString());

    assertThat(result.exitCode()).as("%s", result).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("the output " + link + " is the input " + input);
  }

  @Test
  void fmt_outputThroughABindMountOfTheInputsDirectory_refused() throws Exception {
    assumeTrue(isRoot(), "bind mounts need root");
    Path input = document();
    Path mount = Files.createDirectories(dir.resolve("mnt"));
    run("mount", "--bind", input.getParent().toString(), mount.toString());
    try {
      Cli.Result result = Cli.run("fmt", input.toString(), "-o", mount.resolve("kz-excerpt.xml").toString());

      assertThat(result.exitCode()).as("%s", result).isEqualTo(ExitCodes.USAGE);
      assertThat(result.err()).contains("never writes over its input");
    } finally {
      new ProcessBuilder("umount", mount.toString()).start().waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void apply_sameActTwice_usageError() throws Exception {
    Path document = Cli.copy("kz-excerpt.xml", dir);
    Path act = Cli.copy("amendment-2026.xml", dir.resolve("acts"));

    Cli.Result twice = Cli.run("apply", document.toString(), act.toString(), act.toString());
    Cli.Result alsoInDirectory = Cli.run("apply", document.toString(), dir.resolve("acts").toString(),
        act.toString());

    for (Cli.Result result : List.of(twice, alsoInDirectory)) {
      assertThat(result.exitCode()).as("%s", result).isEqualTo(ExitCodes.USAGE);
      assertThat(result.err()).contains(act + " is named twice");
      assertThat(result.out()).isEmpty();
    }
  }

  // ------------------------------------------------------------------ what a replacement keeps

  @Test
  void fmt_replacingAnOutput_keepsItsPermissions() throws Exception {
    Path out = Files.writeString(dir.resolve("out.xml"), "old");
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r-----"));

    Cli.Result result = Cli.run("fmt", document().toString(), "-o", out.toString());

    assertThat(result.exitCode()).as("%s", result).isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-r-----");
  }

  @Test
  void fmt_replacingAnOutput_keepsItsOwner() throws Exception {
    assumeTrue(isRoot(), "only root can give a file away");
    Path out = Files.writeString(dir.resolve("out.xml"), "old");
    run("chown", "4321:4321", out.toString());
    Object owner = Files.getAttribute(out, "unix:uid");

    Cli.Result result = Cli.run("fmt", document().toString(), "-o", out.toString());

    assertThat(result.exitCode()).as("%s", result).isZero();
    assertThat(Files.getAttribute(out, "unix:uid")).isEqualTo(owner).isEqualTo(4321);
    assertThat(Files.getAttribute(out, "unix:gid")).isEqualTo(4321);
  }

  // ------------------------------------------------------------------ temporary files

  @Test
  void killedBatch_itsTemporaryFilesAreDeletedByTheNextRun() throws Exception {
    Path texts = dir.resolve("texts");
    for (int i = 0; i < 300; i++) {
      Cli.copy("small-act.en.txt", texts, String.format(java.util.Locale.ROOT, "act%03d.txt", i));
    }
    Path out = Files.createDirectories(dir.resolve("out"));
    // What a run killed with SIGKILL leaves (its process gone): written by a process that has ended.
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Path stale = Files.writeString(out.resolve(".act000.xml." + gone.pid() + "-k1ll3d.lexkit-tmp"), "<akomaNt");
    Path notOurs = Files.writeString(out.resolve(".notes.lexkit-tmp"), "not named by lexkit: kept");
    List<String> command = Cli.freshJvm("convert", texts.toString(), "-o", out.toString(), "-q", "--lang", "eng");
    Process killed = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("output.log").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (killed.isAlive() && Cli.filesBelow(out).size() < 10 && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    killed.destroyForcibly(); // SIGKILL: no shutdown hook runs
    assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();

    Cli.Result next = Cli.run("convert", texts.resolve("act000.txt").toString(), "-o", out.resolve("act000.xml")
        .toString(), "-q", "--lang", "eng");

    assertThat(next.exitCode()).as("%s", next).isZero();
    assertThat(stale).doesNotExist();
    assertThat(notOurs).exists();
    assertThat(Cli.filesBelow(out)).filteredOn(name -> name.endsWith(".lexkit-tmp"))
        .containsExactly(".notes.lexkit-tmp");
  }

  @Test
  void fmt_outputNameOf240Characters_written() throws Exception {
    String name = "a".repeat(236) + ".xml";

    Cli.Result result = Cli.run("fmt", document().toString(), "-o", dir.resolve(name).toString());

    assertThat(result.exitCode()).as("%s", result).isZero();
    assertThat(Cli.filesBelow(dir)).containsExactly(name, "in/kz-excerpt.xml");
  }

  @Test
  void fmt_outputInAnUnwritableDirectory_errorNamesTheOutputNotTheTemporaryFile() throws Exception {
    // sysfs refuses new files even to root, as a read-only directory refuses them to anyone else.
    Path out = Path.of("/sys/lexkit-17-output.xml");
    assumeTrue(Files.isDirectory(Path.of("/sys/kernel")), "needs a sysfs at /sys");

    Cli.Result result = Cli.run("fmt", document().toString(), "-o", out.toString());

    assertThat(result.exitCode()).as("%s", result).isEqualTo(ExitCodes.IO);
    assertThat(result.err()).startsWith(out + ": error: ").doesNotContain("lexkit-tmp")
        .doesNotContain("kz-excerpt.xml: error");
  }

  @Test
  void fmt_outputEndingWithASlash_isADirectory() throws Exception {
    Cli.Result result = Cli.run("fmt", document().toString(), "-o", dir.resolve("newdir") + "/");

    assertThat(result.exitCode()).as("%s", result).isZero();
    assertThat(Cli.filesBelow(dir)).containsExactly("in/kz-excerpt.xml", "newdir/kz-excerpt.xml");
  }

  @Test
  void validate_unreadableSubdirectory_theOtherInputsStillRun() throws Exception {
    assumeTrue(!isRoot(), "root reads every directory");
    Path tree = dir.resolve("tree");
    Cli.copy("kz-excerpt.xml", tree.resolve("a"));
    Path locked = Files.createDirectories(tree.resolve("b"));
    Cli.copy("kz-excerpt.xml", locked);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      Cli.Result result = Cli.run("validate", tree.toString());

      assertThat(result.exitCode()).as("%s", result).isEqualTo(ExitCodes.IO);
      assertThat(result.err()).contains(locked + ": error: permission denied").contains("1 valid");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  // ------------------------------------------------------------------ arguments and names

  @Test
  void jobsZeroOrNegative_usageError() throws Exception {
    for (String jobs : List.of("0", "-3")) {
      Cli.Result result = Cli.run("validate", document().toString(), "-j", jobs);
      assertThat(result.exitCode()).as("-j %s: %s", jobs, result).isEqualTo(ExitCodes.USAGE);
      assertThat(result.err()).contains("-j/--jobs must be between 1 and");
    }
  }

  @Test
  void convert_dateYearZero_usageError() throws Exception {
    Path text = Cli.copy("small-act.en.txt", dir);

    Cli.Result result = Cli.run("convert", text.toString(), "--country", "kz", "--date", "0000-01-01",
        "-o", dir.resolve("out.xml").toString());

    assertThat(result.exitCode()).as("%s", result).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("--date 0000-01-01: the year must be between 0001 and 9999");
    assertThat(Cli.filesBelow(dir)).containsExactly("small-act.en.txt");
  }

  @Test
  void fileNamesWithNewlinesAndEscapes_printedEscaped_cannotForgeALine() throws Exception {
    Path forged = Files.createDirectories(dir.resolve("in"))
        .resolve("bad.xml\nforged.xml:1:1: error: \u001b[31mpwned\u001b[0m.xml");
    Files.writeString(forged, "<akomaNtoso");

    Cli.Result result = Cli.run("validate", forged.toString());

    assertThat(result.exitCode()).as("%s", result).isEqualTo(ExitCodes.PROBLEMS);
    assertThat(result.err()).doesNotContain("\u001b").contains("bad.xml\\nforged.xml").contains("\\u001b[31m");
    assertThat(result.errLines()).noneMatch(line -> line.startsWith("forged.xml"));
  }
}
