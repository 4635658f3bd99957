package org.lexkit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexkit.testing.jvm.FreshJvm;

/**
 * Runs the {@code lexkit} command as a module, in a fresh JVM: {@code java --module-path <cli classes + runtime
 * dependencies> -m org.lexkit.cli/org.lexkit.cli.Lexkit ...}. The unit tests run on the class path and the
 * all-in-one {@code lexkit.jar} drops the module descriptors, so only this shows that the descriptors hold: the
 * CLI's (picocli reflects on the commands, so the package must be open to it), and akn-io's (JAXB reflects on the
 * generated classes, which {@code validate} and {@code fmt} read). The POM passes the runtime class path in
 * {@code lexkit.runtimeClasspath}.
 */
class ModulePathCliTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  /** The Lexkit modules the command needs; each must resolve from a module descriptor, not as automatic. */
  private static final List<String> LEXKIT_MODULES =
      List.of("org.lexkit.cli", "org.lexkit.akn", "org.lexkit.core", "org.lexkit.text", "org.lexkit.rights");
  /**
   * A line of {@code --show-module-resolution}: "root M LOCATION", or "A requires|binds M LOCATION", with
   * " automatic" after a third-party jar that has no descriptor (java-diff-utils).
   */
  private static final Pattern RESOLUTION_LINE =
      Pattern.compile("(?:root|[\\w.]+ (?:requires|binds)) ([\\w.]+) (?:file|jrt):\\S*(?: automatic)?");

  @TempDir Path dir;

  private static List<String> lexkit(String... arguments) {
    List<String> command = new ArrayList<>(List.of(
        "--module-path", FreshJvm.modulePath(Path.of("target", "classes")),
        "-m", "org.lexkit.cli/org.lexkit.cli.Lexkit"));
    command.addAll(List.of(arguments));
    return command;
  }

  @Test
  void validate_onTheModulePath_exitZeroAndTheLexkitModulesResolvedFromTheirDescriptors() throws Exception {
    Path document = Cli.copy("kz-excerpt.xml", dir);
    List<String> command = new ArrayList<>(List.of("--show-module-resolution"));
    command.addAll(lexkit("validate", document.toString()));

    FreshJvm.Result run = FreshJvm.run(TIMEOUT, command);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stderr()).as(run.toString()).matches("lexkit validate: 1 file, 1 valid \\(\\d+\\.\\d s\\)\n");
    List<String> resolution = run.stdout().lines().collect(Collectors.toList());
    assertThat(resolution).as("stdout holds only the module resolution").allMatch(
        line -> RESOLUTION_LINE.matcher(line).matches());
    assertThat(resolution).first().asString().startsWith("root org.lexkit.cli file:");
    List<String> resolved = resolution.stream().map(line -> {
      Matcher m = RESOLUTION_LINE.matcher(line);
      return m.matches() ? m.group(1) : line;
    }).collect(Collectors.toList());
    assertThat(resolved).containsAll(LEXKIT_MODULES).contains("org.glassfish.jaxb.runtime", "info.picocli");
  }

  @Test
  void moduleDescriptors_onTheModulePath_lexkitModulesAreExplicitNotAutomatic() throws Exception {
    for (String module : LEXKIT_MODULES) {
      FreshJvm.Result run = FreshJvm.run(TIMEOUT, List.of(
          "--module-path", FreshJvm.modulePath(Path.of("target", "classes")), "--describe-module", module));

      assertThat(run.exitCode()).as(run.toString()).isZero();
      assertThat(run.stdout()).as(module).matches("(?s)" + Pattern.quote(module) + "@\\S+ file:.*");
      // An automatic module (a jar without module-info) is described as "automatic" on its first line and
      // requires nothing; a Lexkit module may require one ("requires io.github.javadiffutils automatic").
      assertThat(run.stdout().lines().findFirst().orElse("")).as(module).doesNotEndWith("automatic");
      assertThat(run.stdout()).as(module).contains("requires ");
    }
  }

  @Test
  void fmt_onTheModulePath_sameOutputAsOnTheClassPath() throws Exception {
    Path document = Cli.copy("kz-excerpt.xml", dir);

    FreshJvm.Result run = FreshJvm.run(TIMEOUT, lexkit("fmt", "--indent", "4", document.toString()));

    assertThat(run.exitCode()).as(run.toString()).isZero();
    Cli.Result inProcess = Cli.run("fmt", "--indent", "4", document.toString());
    assertThat(inProcess.exitCode()).as(inProcess.toString()).isZero();
    assertThat(run.stdout()).isEqualTo(inProcess.stdout());
    assertThat(run.stdout()).startsWith("<?xml").contains("\n    <act ")
        .contains("xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"");
    assertThat(Files.readString(document, UTF_8)).isNotEqualTo(run.stdout()); // formatted, not copied
  }
}
