package org.lexkit.akn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.lexkit.testing.akn.Akn;

/**
 * Regression (found by fuzzing on two threads): JAXB's reference implementation reports only ten "unexpected
 * element" events, counted in a static field shared by all reads. While one thread read a document with many
 * unknown elements, another thread's unknown element was dropped without an event, so {@link ValidationMode#NONE}
 * accepted the document and a write lost the element. Every read must refuse an unknown element, however busy the
 * other threads are.
 */
class ConcurrentUnknownElementTest {

  @Test
  void noneMode_unknownElement_alwaysRefused_whileAnotherThreadReadsManyUnknownElements() throws Exception {
    AknReader reader = AknReader.create().withValidation(ValidationMode.NONE).withProblemLimit(1000);
    String noisy = Akn.act(Akn.article("art_1", "<unknownElement/>".repeat(200)).replace("<unknownElement/>",
        "<x:unknown xmlns:x=\"" + Akn.NS + "\"/>"));
    StringBuilder quiet = new StringBuilder();
    for (int i = 1; i <= 300; i++) { // a long way to the one unknown element, so the other thread has time
      quiet.append(Akn.article("art_" + i, "text " + i));
    }
    String oneUnknown = Akn.act(quiet + "<unknownElement/>");
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<?> noise = pool.submit(() -> {
        while (!stop.get()) {
          try {
            reader.readString(noisy);
          } catch (AknSchemaException expected) {
            // 200 unknown elements reported: that is the point
          }
        }
      });
      Future<Integer> accepted = pool.submit(() -> {
        int wronglyAccepted = 0;
        for (int i = 0; i < 200; i++) {
          try {
            reader.readString(oneUnknown);
            wronglyAccepted++;
          } catch (AknSchemaException expected) {
            assertThat(expected.detail()).contains("unknownElement");
          }
        }
        return wronglyAccepted;
      });
      assertThat(accepted.get(120, TimeUnit.SECONDS)).as("reads that silently dropped <unknownElement>").isZero();
      stop.set(true);
      noise.get(60, TimeUnit.SECONDS);
    } finally {
      stop.set(true);
      pool.shutdownNow();
    }
  }
}
