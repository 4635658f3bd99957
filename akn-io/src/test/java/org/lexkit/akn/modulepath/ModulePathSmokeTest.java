package org.lexkit.akn.modulepath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexkit.akn.AknReader;
import org.lexkit.testing.jvm.FreshJvm;

/**
 * Reads and writes an Akoma Ntoso file with lexkit-akn-io, lexkit-core and their runtime dependencies on the module
 * path, in a fresh JVM: {@link ModulePathMain} runs on the class path, and {@code --add-modules org.lexkit.akn}
 * resolves the library as named modules from its module descriptors. This is what the module descriptor promises;
 * the unit tests themselves run on the class path (see the parent POM). The POM passes the runtime class path of
 * akn-io in {@code lexkit.runtimeClasspath}, which {@link FreshJvm#modulePath} reads.
 */
class ModulePathSmokeTest {
  @TempDir Path dir;

  @Test
  void readWrite_onTheModulePath_namedModulesAndJaxbWork() throws IOException, InterruptedException {
    Path classes = Path.of("target", "classes");
    Path testClasses = Path.of("target", "test-classes").toAbsolutePath();
    Path in = Path.of("src", "test", "resources", "golden", "model", "kz-1995-art32-excerpt", "input.akn.xml");
    Path out = dir.resolve("copy.akn.xml");

    FreshJvm.Result run = FreshJvm.run(Duration.ofSeconds(60), List.of(
        "--module-path", FreshJvm.modulePath(classes),
        "--add-modules", "org.lexkit.akn",
        "-cp", testClasses.toString(),
        ModulePathMain.class.getName(), in.toString(), out.toString()));
    String output = run.stdout() + run.stderr();

    assertThat(run.exitCode()).as(output).isZero();
    assertThat(output).contains(
        "org.lexkit.akn named=true automatic=false",
        "org.lexkit.core named=true automatic=false",
        "provisions=" + AknReader.create().readDocument(in).value().provisions().size());
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("<article eId=\"sec_ii__art_32\"");
  }
}
