package org.lexkit.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.lexkit.akn.AknReadException;
import org.lexkit.akn.AknReader;
import org.lexkit.akn.ValidationMode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading and leniently validating every {@code .xml} file of the corpus, in documents per second, on one thread and
 * on all cores (a parallel stream over the files). Each document is read with the lossless reader
 * ({@link AknReader#read}, {@link ValidationMode#LENIENT}, draft namespaces migrated), which takes every AKN document
 * type; a document the reader refuses still counts, since refusing it is the work. Files are held in memory, so disk
 * speed is not measured. Baseline: a raw StAX pass over the same files, on the same number of threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CorpusBenchmark {
  /** The corpus folder; empty for {@code -Dlexkit.corpus} or the default. */
  @Param("")
  public String corpus = "";

  private List<byte[]> files = List.of();
  private long totalBytes;
  private static final AknReader LENIENT =
      AknReader.create().withValidation(ValidationMode.LENIENT).withNamespaceMigration(true);

  /** Loads the corpus and prints how many documents the reader accepts. */
  @Setup
  public void load() {
    List<byte[]> loaded = new ArrayList<>();
    for (Path path : Inputs.corpusFiles(corpus)) {
      loaded.add(Inputs.read(path));
    }
    files = loaded;
    totalBytes = files.stream().mapToLong(f -> f.length).sum();
    long accepted = files.stream().mapToLong(CorpusBenchmark::lenient).sum();
    System.out.printf(Locale.ROOT, "%n%d documents, %.2f MB (mean %.0f KB); %d accepted by the lenient read%n",
        files.size(), totalBytes / 1e6, totalBytes / 1e3 / files.size(), accepted);
  }

  private static long lenient(byte[] bytes) {
    try {
      LENIENT.read(new ByteArrayInputStream(bytes), "corpus");
      return 1;
    } catch (AknReadException e) {
      return 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long rawStax(byte[] bytes) {
    try {
      XMLStreamReader xml = XMLInputFactory.newDefaultFactory().createXMLStreamReader(new ByteArrayInputStream(bytes));
      long sum = 0;
      while (xml.hasNext()) {
        sum += xml.next();
      }
      xml.close();
      return sum;
    } catch (XMLStreamException e) {
      return -1;
    }
  }

  private long run(ToLongFunction<byte[]> read, boolean parallel, Documents counter) {
    long sum = (parallel ? files.parallelStream() : files.stream()).mapToLong(read).sum();
    counter.documents += files.size();
    counter.bytes += totalBytes;
    return sum;
  }

  @Benchmark
  public long baselineRawStaxOneThread(Documents counter) {
    return run(CorpusBenchmark::rawStax, false, counter);
  }

  @Benchmark
  public long lenientOneThread(Documents counter) {
    return run(CorpusBenchmark::lenient, false, counter);
  }

  @Benchmark
  public long baselineRawStaxAllCores(Documents counter) {
    return run(CorpusBenchmark::rawStax, true, counter);
  }

  @Benchmark
  public long lenientAllCores(Documents counter) {
    return run(CorpusBenchmark::lenient, true, counter);
  }
}
