package org.lexkit.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.lexkit.akn.AknWriter;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.text.Conversion;
import org.lexkit.text.HeadingProfile;
import org.lexkit.text.TextConverter;
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
 * Plain text to the model ({@link TextConverter#convert(byte[], String)}, Russian heading profile) and on to AKN bytes
 * ({@link AknWriter#writeToBytes(LegalDocument)}), in MB/s of UTF-8 input, on the Kazakhstan constitution (178 KB) and
 * on a generated 20 MB text ({@link GeneratedTexts}). Baseline: decoding the same bytes and splitting them into line
 * strings, the least any line-based converter does. Target: ≥ 20 MB/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class TextConversionBenchmark {
  /** {@code kz-1995} or {@code generated-20mb}. */
  @Param({"kz-1995", "generated-20mb"})
  public String text = "kz-1995";

  private byte[] bytes = new byte[0];
  private static final TextConverter CONVERTER = TextConverter.create().withProfile(HeadingProfile.RUSSIAN);
  private static final AknWriter WRITER = AknWriter.create();

  /** Loads or generates the text. */
  @Setup
  public void setUp() {
    String kz = new String(Inputs.read(Inputs.domainFile(Inputs.KZ_CONSTITUTION)), StandardCharsets.UTF_8);
    bytes = switch (text) {
      case "kz-1995" -> kz.getBytes(StandardCharsets.UTF_8);
      case "generated-20mb" -> GeneratedTexts.scaledConstitution(kz, 20_000_000).getBytes(StandardCharsets.UTF_8);
      default -> throw new IllegalArgumentException("unknown text " + text);
    };
  }

  @Benchmark
  public long baselineLineScan(Bytes counter) {
    String decoded = new String(bytes, StandardCharsets.UTF_8);
    long sum = 0;
    int start = 0;
    while (start < decoded.length()) {
      int end = decoded.indexOf('\n', start);
      if (end < 0) {
        end = decoded.length();
      }
      String line = decoded.substring(start, end);
      sum += line.length();
      start = end + 1;
    }
    counter.bytes += bytes.length;
    return sum;
  }

  @Benchmark
  public Conversion toModel(Bytes counter) {
    Conversion conversion = CONVERTER.convert(bytes, "bench.txt");
    counter.bytes += bytes.length;
    return conversion;
  }

  @Benchmark
  public byte[] toAknBytes(Bytes counter) {
    byte[] akn = WRITER.writeToBytes(CONVERTER.convert(bytes, "bench.txt").document());
    counter.bytes += bytes.length;
    return akn;
  }
}
