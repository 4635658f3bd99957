package org.lexkit.benchmarks;

import jakarta.xml.bind.JAXBException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.lexkit.akn.AknDocument;
import org.lexkit.akn.AknReadException;
import org.lexkit.akn.AknReader;
import org.lexkit.akn.MappingResult;
import org.lexkit.akn.ValidationMode;
import org.lexkit.akn.internal.benchmarks.InternalBaselines;
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
 * Reading an AKN file into the Lexkit model ({@link AknReader#readDocument}, one streaming StAX pass), in MB/s of
 * input, with validation off, lenient and strict, on real documents of the corpus (the 1 MB UK Data Protection Act
 * 1998, an 82 KB UK act and an 18 KB US act). Baselines over the same bytes in the same run:
 *
 * <ul>
 *   <li>{@code baselineWoodstox}: Woodstox, the fastest StAX parser a Java user would pick, pulling every event and
 *       nothing else: the practical limit of any StAX-based reader. Targets: model read ≥ 0.6×, lossless read ≥ 0.3×.
 *   <li>{@code baselineJdkStax}: the same pass with the JDK's built-in StAX parser
 *       ({@link XMLInputFactory#newDefaultFactory()}).
 *   <li>{@code baselineJaxb}: plain JAXB unmarshalling into akn-io's generated classes, without validation or
 *       mapping: what a JAXB-based AKN library pays before it has a model. Target: model read ≥ 1.0×.
 *   <li>{@code baselineJdkStructuralValidator}: the JDK's schema validator alone over the same bytes, with the schema
 *       the validating reads use (the official one without the identity constraints and the {@code noWhiteSpace}
 *       pattern, which Lexkit checks itself in linear time): the floor of any validation built on the JDK's
 *       validator, against which the lenient and strict reads are read.
 *   <li>{@code hardenedStax}: the hardened StAX stack alone (strict decoding, hostile-input lexer), to show what the
 *       security layer costs, and {@code hardenedWoodstox}, the same layer over Woodstox instead of the JDK's
 *       parser; and {@code losslessNone}, the public lossless read (what {@code validate} and {@code fmt} use).
 * </ul>
 *
 * <p>Documents are read from memory, so disk speed is not measured. Each call creates its reader state as a real
 * read does (factories, unmarshallers, validator handlers); the JAXB context and the compiled schema are
 * process-wide and shared, as in the library.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ReadBenchmark {
  /** The document, relative to the corpus. */
  @Param({Inputs.UK_DPA_1998, Inputs.UK_2014_27, Inputs.US_2011_11_29})
  public String file = Inputs.UK_DPA_1998;

  /** The corpus folder; empty for {@code -Dlexkit.corpus} or the default. */
  @Param("")
  public String corpus = "";

  private byte[] bytes = new byte[0];
  /** The two parsers' factories, each made once (as a user would: configured, they are reused). */
  private static final XMLInputFactory WOODSTOX = Woodstox.inputFactory();
  private static final XMLInputFactory JDK = XMLInputFactory.newDefaultFactory();

  static {
    JDK.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    JDK.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
  }
  private static final AknReader NONE = AknReader.create().withValidation(ValidationMode.NONE);
  private static final AknReader LENIENT = AknReader.create().withValidation(ValidationMode.LENIENT);
  private static final AknReader STRICT = AknReader.create().withValidation(ValidationMode.STRICT);

  /**
   * Loads the file and checks which paths read it, so no benchmark measures a failure unknowingly: a model read that
   * refuses the document is said on standard error (leave it out with {@code --only}); a baseline that fails stops.
   */
  @Setup
  public void load() throws Exception {
    bytes = Inputs.corpusFile(corpus, file);
    for (ValidationMode mode : ValidationMode.values()) {
      try {
        AknReader.create().withValidation(mode).readDocument(new ByteArrayInputStream(bytes), file);
      } catch (AknReadException e) {
        System.err.println("the model read (validation " + mode + ") refuses " + file + ": " + e.getMessage());
      }
    }
    InternalBaselines.plainJaxb(bytes);
    InternalBaselines.structuralValidation(bytes);
  }

  @Benchmark
  public long baselineWoodstox(Bytes counter) throws XMLStreamException {
    long sum = pullEverything(WOODSTOX.createXMLStreamReader(new ByteArrayInputStream(bytes)));
    counter.bytes += bytes.length;
    return sum;
  }

  @Benchmark
  public long baselineJdkStax(Bytes counter) throws XMLStreamException {
    long sum = pullEverything(JDK.createXMLStreamReader(new ByteArrayInputStream(bytes)));
    counter.bytes += bytes.length;
    return sum;
  }

  /** Pulls every event, touching each element's attribute count and each text's length, as a reader must. */
  private static long pullEverything(XMLStreamReader xml) throws XMLStreamException {
    long sum = 0;
    while (xml.hasNext()) {
      int event = xml.next();
      sum += event;
      if (event == XMLStreamConstants.START_ELEMENT) {
        sum += xml.getAttributeCount();
      } else if (event == XMLStreamConstants.CHARACTERS) {
        sum += xml.getTextLength();
      }
    }
    xml.close();
    return sum;
  }

  @Benchmark
  public Object baselineJaxb(Bytes counter) throws JAXBException {
    Object tree = InternalBaselines.plainJaxb(bytes);
    counter.bytes += bytes.length;
    return tree;
  }

  @Benchmark
  public byte[] baselineJdkStructuralValidator(Bytes counter) throws SAXException, IOException {
    InternalBaselines.structuralValidation(bytes);
    counter.bytes += bytes.length;
    return bytes;
  }

  @Benchmark
  public long hardenedStax(Bytes counter) throws IOException, XMLStreamException {
    long sum = InternalBaselines.hardenedStaxPass(bytes);
    counter.bytes += bytes.length;
    return sum;
  }

  @Benchmark
  public long hardenedWoodstox(Bytes counter) throws IOException, XMLStreamException {
    long sum = InternalBaselines.hardenedPass(WOODSTOX, bytes);
    counter.bytes += bytes.length;
    return sum;
  }

  @Benchmark
  public AknDocument losslessNone(Bytes counter) throws IOException {
    AknDocument document = NONE.read(new ByteArrayInputStream(bytes), file);
    counter.bytes += bytes.length;
    return document;
  }

  @Benchmark
  public MappingResult<LegalDocument> modelNone(Bytes counter) throws IOException {
    MappingResult<LegalDocument> read = NONE.readDocument(new ByteArrayInputStream(bytes), file);
    counter.bytes += bytes.length;
    return read;
  }

  @Benchmark
  public MappingResult<LegalDocument> modelLenient(Bytes counter) throws IOException {
    MappingResult<LegalDocument> read = LENIENT.readDocument(new ByteArrayInputStream(bytes), file);
    counter.bytes += bytes.length;
    return read;
  }

  @Benchmark
  public MappingResult<LegalDocument> modelStrict(Bytes counter) throws IOException {
    MappingResult<LegalDocument> read = STRICT.readDocument(new ByteArrayInputStream(bytes), file);
    counter.bytes += bytes.length;
    return read;
  }
}
