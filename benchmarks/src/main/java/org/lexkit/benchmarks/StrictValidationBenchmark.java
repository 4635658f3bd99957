package org.lexkit.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import javax.xml.validation.Schema;
import org.lexkit.akn.AknReader;
import org.lexkit.akn.MappingResult;
import org.lexkit.akn.ValidationMode;
import org.lexkit.core.document.LegalDocument;
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
import org.xml.sax.SAXException;

/**
 * Strict validation in MB/s on generated acts of 1, 5 and 20 MB ({@link GeneratedAkn}): our strict read
 * ({@link ValidationMode#STRICT}: schema, identity constraints, id checks, and the mapping to the model, all in one
 * pass) against the JDK's validator with the official schema as it stands (whose {@code xsd:unique} constraints make
 * it quadratic). {@code modelNone} is the same read without validation, to show what validating adds. Target: ≥ 20
 * MB/s at every size. The JDK validator takes minutes at 20 MB; run it there with {@code -bm ss -wi 0 -i 1}
 * ({@code ValidationComparison} also times xmllint and checks that all three agree).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class StrictValidationBenchmark {
  /** Size of the generated act in MB. */
  @Param({"1", "5", "20"})
  public int megabytes = 1;

  private byte[] bytes = new byte[0];
  private static final AknReader STRICT = AknReader.create().withValidation(ValidationMode.STRICT);
  private static final AknReader NONE = AknReader.create().withValidation(ValidationMode.NONE);
  private static final Schema OFFICIAL = GeneratedAkn.officialSchema();

  /** Generates the act and checks that our reader accepts it. */
  @Setup
  public void setUp() throws IOException {
    bytes = GeneratedAkn.ofSize(megabytes * 1_000_000);
    STRICT.readDocument(new ByteArrayInputStream(bytes), "generated");
  }

  @Benchmark
  public MappingResult<LegalDocument> ourStrict(Bytes counter) throws IOException {
    MappingResult<LegalDocument> read = STRICT.readDocument(new ByteArrayInputStream(bytes), "generated");
    counter.bytes += bytes.length;
    return read;
  }

  @Benchmark
  public MappingResult<LegalDocument> modelNone(Bytes counter) throws IOException {
    MappingResult<LegalDocument> read = NONE.readDocument(new ByteArrayInputStream(bytes), "generated");
    counter.bytes += bytes.length;
    return read;
  }

  @Benchmark
  public Schema baselineJdkOfficialSchema(Bytes counter) throws SAXException {
    GeneratedAkn.validate(OFFICIAL, bytes);
    counter.bytes += bytes.length;
    return OFFICIAL;
  }
}
