package org.lexkit.benchmarks;

import jakarta.xml.bind.JAXBException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.lexkit.akn.AknReader;
import org.lexkit.akn.AknWriter;
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

/**
 * Writing the Lexkit model as AKN bytes ({@link AknWriter#writeToBytes(LegalDocument)}), in MB/s of output, against
 * the JDK's StAX writer ({@link XMLOutputFactory#newDefaultFactory()}) emitting the same document: the same elements,
 * attributes, namespace declarations and text (indentation included), replayed from a list of events taken from our
 * own output, so both produce XML of the same size (checked in setup to within 2%). Target: ≥ 2× the JDK's StAX
 * writer. Peers in the same run: {@code woodstoxWriter}, Woodstox's StAX writer replaying the same events, and
 * {@code jaxbMarshal}, JAXB marshalling the tree it unmarshals from our output (the shared context, a new
 * marshaller per call).
 *
 * <p>Documents: the UK Data Protection Act 1998 as read into the model, and a generated code of 20,000 provisions.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WriteBenchmark {
  /** {@code uk-dpa-1998} (from the corpus) or {@code generated-20000}. */
  @Param({"uk-dpa-1998", "generated-20000"})
  public String document = "uk-dpa-1998";

  /** The corpus folder; empty for {@code -Dlexkit.corpus} or the default. */
  @Param("")
  public String corpus = "";

  private LegalDocument model = GeneratedDocuments.withProvisions(10);
  private List<Object> events = List.of();
  private Object jaxbTree = new Object();
  private static final XMLOutputFactory JDK = XMLOutputFactory.newDefaultFactory();
  private static final XMLOutputFactory WOODSTOX = Woodstox.outputFactory();
  private static final AknWriter WRITER = AknWriter.create();

  /** One start tag: its qualified name, then name/value pairs (namespace declarations as {@code xmlns...}). */
  private record Start(String name, String[] attributes) {}

  private static final Object END = new Object();

  /** Builds the model and the event script the baseline replays, and checks that both outputs have equal size. */
  @Setup
  public void setUp() throws Exception {
    model = switch (document) {
      case "uk-dpa-1998" -> AknReader.create().withValidation(ValidationMode.NONE)
          .readDocument(new ByteArrayInputStream(Inputs.corpusFile(corpus, Inputs.UK_DPA_1998)), "uk").value();
      case "generated-20000" -> GeneratedDocuments.withProvisions(20_000);
      default -> throw new IllegalArgumentException("unknown document " + document);
    };
    byte[] ours = WRITER.writeToBytes(model);
    events = script(ours);
    jaxbTree = InternalBaselines.plainJaxb(ours);
    for (XMLOutputFactory factory : new XMLOutputFactory[] {JDK, WOODSTOX}) {
      int theirs = staxWrite(factory, events).length;
      if (Math.abs(theirs - ours.length) > ours.length / 50) {
        throw new IllegalStateException("the StAX replay with " + factory.getClass().getSimpleName() + " writes "
            + theirs + " bytes, ours " + ours.length);
      }
    }
  }

  /** Reads XML into the flat list of events the baseline writes: {@link Start}, text strings and {@link #END}. */
  private static List<Object> script(byte[] xml) throws XMLStreamException {
    XMLStreamReader reader = XMLInputFactory.newDefaultFactory().createXMLStreamReader(new ByteArrayInputStream(xml));
    List<Object> script = new ArrayList<>();
    while (reader.hasNext()) {
      switch (reader.next()) {
        case XMLStreamConstants.START_ELEMENT -> {
          List<String> attributes = new ArrayList<>();
          for (int i = 0; i < reader.getNamespaceCount(); i++) {
            String prefix = reader.getNamespacePrefix(i);
            attributes.add(prefix == null || prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix);
            attributes.add(reader.getNamespaceURI(i));
          }
          for (int i = 0; i < reader.getAttributeCount(); i++) {
            String prefix = reader.getAttributePrefix(i);
            String local = reader.getAttributeLocalName(i);
            attributes.add(prefix == null || prefix.isEmpty() ? local : prefix + ":" + local);
            attributes.add(reader.getAttributeValue(i));
          }
          String prefix = reader.getPrefix();
          String local = reader.getLocalName();
          script.add(new Start(prefix == null || prefix.isEmpty() ? local : prefix + ":" + local,
              attributes.toArray(String[]::new)));
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE, XMLStreamConstants.CDATA ->
            script.add(reader.getText());
        case XMLStreamConstants.END_ELEMENT -> script.add(END);
        default -> {
          // the declaration is written by both; there are no comments or processing instructions
        }
      }
    }
    return script;
  }

  private static byte[] staxWrite(XMLOutputFactory factory, List<Object> script) throws XMLStreamException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
    XMLStreamWriter out = factory.createXMLStreamWriter(bytes, "UTF-8");
    out.writeStartDocument("UTF-8", "1.0");
    for (Object event : script) {
      if (event instanceof Start start) {
        out.writeStartElement(start.name());
        String[] attributes = start.attributes();
        for (int i = 0; i < attributes.length; i += 2) {
          if (attributes[i].equals("xmlns")) {
            out.writeDefaultNamespace(attributes[i + 1]);
          } else if (attributes[i].startsWith("xmlns:")) {
            out.writeNamespace(attributes[i].substring(6), attributes[i + 1]);
          } else {
            out.writeAttribute(attributes[i], attributes[i + 1]);
          }
        }
      } else if (event == END) {
        out.writeEndElement();
      } else {
        out.writeCharacters((String) event);
      }
    }
    out.writeEndDocument();
    out.close();
    return bytes.toByteArray();
  }

  @Benchmark
  public byte[] baselineStaxWriter(Bytes counter) throws XMLStreamException {
    byte[] written = staxWrite(JDK, events);
    counter.bytes += written.length;
    return written;
  }

  @Benchmark
  public byte[] woodstoxWriter(Bytes counter) throws XMLStreamException {
    byte[] written = staxWrite(WOODSTOX, events);
    counter.bytes += written.length;
    return written;
  }

  @Benchmark
  public byte[] jaxbMarshal(Bytes counter) throws JAXBException {
    byte[] written = InternalBaselines.jaxbMarshal(jaxbTree);
    counter.bytes += written.length;
    return written;
  }

  @Benchmark
  public byte[] modelWrite(Bytes counter) {
    byte[] written = WRITER.writeToBytes(model);
    counter.bytes += written.length;
    return written;
  }
}
