package org.lexkit.testing.fuzz;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness itself: reproducible cases, every throwable caught and grouped, hangs stopped, minimization. */
class FuzzCampaignTest {
  private static final List<Seed> SEEDS = List.of(new Seed("a", "hello <world/> 123".getBytes(UTF_8)),
      new Seed("b", "a much longer second seed, 42 of them".repeat(10).getBytes(UTF_8)));

  private static FuzzCampaign campaign(FuzzTarget target) {
    return FuzzCampaign.of(SEEDS, ByteMutations.all(SEEDS), target).withSeed(7).withCases(300);
  }

  @Test
  void generate_sameSeedAndIndex_sameCase_whateverTheThreads() {
    FuzzCampaign one = campaign((input, name) -> List.of("ok"));
    FuzzCampaign other = campaign((input, name) -> List.of("ok")).withThreads(4);
    for (long i = 0; i < 50; i++) {
      FuzzCase a = one.generate(i);
      FuzzCase b = other.generate(i);
      assertThat(a.input()).isEqualTo(b.input());
      assertThat(a.mutations()).isEqualTo(b.mutations()).isNotEmpty();
      assertThat(a.seedName()).isEqualTo(b.seedName());
    }
    assertThat(one.generate(1).input()).isNotEqualTo(one.withSeed(8).generate(1).input());
  }

  @Test
  void run_everyThrowable_isAFailure_groupedBySignature_andSaved(@TempDir Path crashes) throws IOException {
    FuzzReport report = campaign((input, name) -> {
      if (input.length % 3 == 0) {
        throw new StackOverflowError(); // errors are caught too
      }
      if (input.length % 3 == 1) {
        throw new FuzzFinding("lossy", "lost " + input.length, null);
      }
      return List.of("accepted");
    }).withThreads(2).withCrashDirectory(crashes, ".bin").withMinimizeRuns(0).run();

    assertThat(report.cases()).isEqualTo(300);
    assertThat(report.failures()).extracting(FuzzReport.FailureGroup::signature).hasSize(2)
        .contains("finding:lossy")
        .anySatisfy(signature -> assertThat(signature).startsWith("StackOverflowError at " + getClass().getName()));
    assertThat(report.failingCases() + report.outcomes().getOrDefault("accepted", 0L)).isEqualTo(300);
    try (var folders = Files.list(crashes)) {
      assertThat(folders.count()).isEqualTo(2);
    }
    assertThat(report.summary()).contains("300 cases").contains("FAILURE");
  }

  @Test
  void run_brokenMutation_isAFailure_andEveryCaseStillCounted() {
    // A mutation that throws once killed its worker thread silently: the campaign then "passed" with fewer cases.
    Mutation broken = Mutation.of("broken", (input, random) -> {
      if (random.nextInt(10) == 0) {
        throw new IndexOutOfBoundsException("bad index");
      }
      return input;
    });
    FuzzReport report = FuzzCampaign.of(SEEDS, List.of(broken), (input, name) -> List.of("ok"))
        .withSeed(3).withCases(300).withThreads(2).withMinimizeRuns(0).run();
    assertThat(report.cases()).isEqualTo(300);
    assertThat(report.failures()).extracting(FuzzReport.FailureGroup::signature).singleElement().asString()
        .startsWith("mutation IndexOutOfBoundsException");
  }

  @Test
  void run_hangingCase_reportedAsHang_andCampaignStops() {
    FuzzReport report = campaign((input, name) -> {
      if (input.length > 200) {
        Thread.sleep(60_000);
      }
      return List.of("ok");
    }).withCaseTimeout(Duration.ofMillis(500)).withMinimizeRuns(0).run();
    assertThat(report.stoppedEarly()).isTrue();
    assertThat(report.failures()).extracting(FuzzReport.FailureGroup::signature).contains("hang");
    assertThat(report.cases()).isLessThan(300);
  }

  @Test
  void minimize_keepsOnlyWhatTriggersTheFailure() {
    byte[] input = "line one\nline two has the BUG in it\nline three\n".getBytes(UTF_8);
    byte[] small = Minimizer.minimize(input, candidate -> new String(candidate, UTF_8).contains("BUG"), 10_000);
    assertThat(new String(small, UTF_8)).isEqualTo("BUG");
  }

  private static Path classesOf(Class<?> type) {
    try {
      return Path.of(type.getResource(type.getSimpleName() + ".class").toURI()).getParent();
    } catch (java.net.URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void harness_dependsOnNoLexkitFormat() {
    // The hook for other readers (the plain-text converter): nothing here may depend on akn-io or core.
    // Only this folder, and no resolution of referenced classes from the classpath (which takes seconds): the
    // names of the referenced classes are all the rule needs.
    ArchConfiguration config = ArchConfiguration.get();
    boolean resolve = config.resolveMissingDependenciesFromClassPath();
    config.setResolveMissingDependenciesFromClassPath(false);
    try {
      noClasses().that().resideInAPackage("org.lexkit.testing.fuzz..")
          .should().dependOnClassesThat().resideInAnyPackage("org.lexkit.akn..", "org.lexkit.core..")
          .check(new ClassFileImporter().importPath(classesOf(FuzzCampaign.class)));
    } finally {
      config.setResolveMissingDependenciesFromClassPath(resolve);
    }
  }
}
