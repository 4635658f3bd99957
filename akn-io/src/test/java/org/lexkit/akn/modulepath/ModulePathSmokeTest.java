package org.lexkit.akn.modulepath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexkit.akn.AknReader;

/**
 * Reads and writes an Akoma Ntoso file with lexkit-akn-io, lexkit-core and their runtime dependencies on the module
 * path, in a fresh JVM: {@link ModulePathMain} runs on the class path, and {@code --add-modules org.lexkit.akn}
 * resolves the library as named modules from its module descriptors. This is what the module descriptor promises;
 * the unit tests themselves run on the class path (see the parent POM). The POM passes the runtime class path of
 * akn-io in {@code lexkit.runtimeClasspath}.
 */
class ModulePathSmokeTest {
  @TempDir Path dir;

  @Test
  void readWrite_onTheModulePath_namedModulesAndJaxbWork() throws IOException, InterruptedException {
    String runtime = System.getProperty("lexkit.runtimeClasspath", "");
    assertThat(runtime).as("lexkit.runtimeClasspath (set by the akn-io POM)").isNotBlank();
    Path classes = Path.of("target", "classes").toAbsolutePath();
    Path testClasses = Path.of("target", "test-classes").toAbsolutePath();
    Path in = Path.of("src", "test", "resources", "golden", "model", "kz-1995-art32-excerpt", "input.akn.xml");
    Path out = dir.resolve("copy.akn.xml");

    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--module-path", classes + File.pathSeparator + runtime,
        "--add-modules", "org.lexkit.akn",
        "-cp", testClasses.toString(),
        ModulePathMain.class.getName(), in.toString(), out.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished: %s", output).isTrue();

    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains(
        "org.lexkit.akn named=true automatic=false",
        "org.lexkit.core named=true automatic=false",
        "provisions=" + AknReader.create().readDocument(in).value().provisions().size());
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("<article eId=\"sec_ii__art_32\"");
  }
}
