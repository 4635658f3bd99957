package org.lexkit.akn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lexkit.testing.akn.Akn.act;
import static org.lexkit.testing.akn.Akn.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One shared reader and writer used from several threads at once give the same results as one thread. */
class ConcurrentReadTest {
  private static final AknReader READER = AknReader.create().withValidation(ValidationMode.LENIENT);
  private static final AknWriter WRITER = AknWriter.create();

  @Test
  void sharedReaderAndWriter_manyThreads_sameOutput() throws Exception {
    StringBuilder body = new StringBuilder();
    for (int i = 1; i <= 200; i++) {
      body.append(article("art_" + i, "Article " + i + " <b>text</b> <!-- c" + i + " --> end"));
    }
    String xml = act(body.toString());
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        results.add(pool.submit(() -> {
          start.await();
          String last = null;
          for (int i = 0; i < 5; i++) {
            last = WRITER.writeToString(READER.readString(xml));
          }
          return last;
        }));
      }
      start.countDown();
      Set<String> outputs = new HashSet<>();
      for (Future<String> result : results) {
        outputs.add(result.get(2, TimeUnit.MINUTES));
      }
      assertThat(outputs).hasSize(1);
      assertThat(outputs.iterator().next()).contains("<!-- c200 -->");
    } finally {
      pool.shutdownNow();
    }
  }
}
