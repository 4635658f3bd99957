package org.lexkit.akn;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.lexkit.akn.fuzz.AknReadTarget;

/**
 * Every input that once broke the reader (found by fuzzing, minimized by hand or by the harness) lives in
 * {@code src/test/resources/regressions/} with the outcome it must have now: {@code name.expected} lists the
 * {@link AknReadTarget} labels, one per line (each validation mode's outcome, and {@code round-trip:ok} when a mode
 * accepted it and nothing was lost). The target's oracles run too, so a regression fails either way.
 *
 * <p>Each input is read on a thread with a 512 KiB stack, smaller than a default thread's, so that a recursion
 * that only overflows on a worker thread cannot hide behind the main thread's larger stack.
 */
class RegressionInputsTest {
  private static final AknReadTarget TARGET = AknReadTarget.of(AknReader.create().withNamespaceMigration(true));

  @TestFactory
  Stream<DynamicTest> regressions_eachInput_hasItsPinnedOutcome() throws IOException, URISyntaxException {
    Path folder = Path.of(RegressionInputsTest.class.getResource("/regressions").toURI());
    List<Path> inputs;
    try (Stream<Path> files = Files.list(folder)) {
      inputs = files.filter(p -> p.toString().endsWith(".xml")).sorted().collect(Collectors.toList());
    }
    assertThat(inputs).isNotEmpty();
    return inputs.stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> {
      String name = input.getFileName().toString();
      Path expectedFile = input.resolveSibling(name.replaceFirst("\\.xml$", ".expected"));
      List<String> actual = runOnSmallStack(Files.readAllBytes(input), name);
      if (Boolean.getBoolean("lexkit.regressions.update")) { // after an oracle changed: rewrite, then review the diff
        Path source = Path.of("src/test/resources/regressions").resolve(expectedFile.getFileName().toString());
        Files.write(source, actual, UTF_8);
      }
      List<String> expected = Files.readAllLines(expectedFile, UTF_8);
      assertThat(actual).as(name).isEqualTo(expected);
    }));
  }

  private static List<String> runOnSmallStack(byte[] input, String name) throws Throwable {
    AtomicReference<List<String>> labels = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        labels.set(new ArrayList<>(TARGET.run(input, name)));
      } catch (Throwable t) {
        failure.set(t);
      }
    }, "regression-" + name, 512 * 1024);
    thread.start();
    thread.join();
    if (failure.get() != null) {
      throw failure.get();
    }
    return labels.get();
  }
}
