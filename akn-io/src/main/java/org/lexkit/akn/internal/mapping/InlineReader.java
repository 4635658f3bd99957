package org.lexkit.akn.internal.mapping;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.lexkit.akn.SourceLocation;
import org.lexkit.akn.UnmappedContent;
import org.lexkit.akn.internal.xml.AknSchemas;
import org.lexkit.core.provision.Inline;
import org.lexkit.core.provision.Note;
import org.lexkit.core.provision.Text;

/**
 * Reads running text from the cursor: paragraphs, headings, notes, and inline marks with their attributes, the
 * mirror of {@link ProvisionWriter#inlines}. Used by the {@link ProvisionReader} for every block of text.
 *
 * <p>One instance per read; not thread-safe.
 */
final class InlineReader {
  private final AknCursor in;
  private final XMLStreamReader xml;
  /** The eIds the marks read so far keep. */
  private final Set<String> markIds = new HashSet<>();

  InlineReader(AknCursor in) {
    this.in = in;
    this.xml = in.xml();
  }

  /** Reads the authorial note whose start tag the cursor is on. */
  Note note() throws XMLStreamException {
    SourceLocation at = in.here();
    Optional<String> eid = in.attribute("eId");
    List<Inline> parts = new ArrayList<>();
    int blocks = 0;
    while (in.nextChild("authorialNote")) {
      if (xml.getLocalName().equals("p")) {
        if (blocks++ > 0) {
          parts.add(new Inline.Run("\n"));
        }
        parts.addAll(paragraph().parts());
      } else {
        in.unmappedElement("<" + xml.getLocalName() + "> in a note not represented");
      }
    }
    if (blocks > 1) {
      in.report(at, "authorialNote", eid, UnmappedContent.Kind.FLATTENED,
          blocks + " paragraphs of a note joined by newlines");
    }
    return new Note(new Text(merge(parts)));
  }

  /** Reads a heading-like inline container; its authorial notes go to {@code notes}. */
  Text container(List<Note> notes) throws XMLStreamException {
    List<Inline> parts = new ArrayList<>();
    readInlines(parts, notes);
    return new Text(ImmutableList.copyOf(parts));
  }

  private static final Set<String> P_ATTRIBUTES = Set.of("eId", "wId", "GUID");

  /** Reads the {@code <p>} whose start tag the cursor is on as a text block. */
  Text paragraph() throws XMLStreamException {
    in.unmappedAttributes(P_ATTRIBUTES);
    List<Inline> parts = new ArrayList<>();
    readInlines(parts, null);
    return new Text(ImmutableList.copyOf(parts));
  }

  /**
   * Reads mixed content up to the current element's end tag: text becomes runs (adjacent text events merged),
   * elements become marks, recursively. With {@code notes}, authorial notes at this level become notes.
   */
  private void readInlines(List<Inline> parts, @Nullable List<Note> notes) throws XMLStreamException {
    readInlines(parts, notes, false);
  }

  /**
   * As {@link #readInlines(List, List)}; with {@code elementOnly}, whitespace-only runs are dropped, since inside an
   * element whose schema content is elements only (a quoted structure, a clause quoted in a mod) whitespace is
   * layout, not text.
   */
  private void readInlines(List<Inline> parts, @Nullable List<Note> notes, boolean elementOnly)
      throws XMLStreamException {
    // A run of text is nearly always one text event; it becomes a String directly, and a builder is made only when
    // a second event continues the run (saves a builder and a copy per run).
    String text = null;
    StringBuilder run = null;
    while (true) {
      int event = in.next();
      if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE) {
        if (text == null && run == null) {
          text = xml.getText();
        } else {
          if (run == null) {
            run = new StringBuilder(text.length() + xml.getTextLength()).append(text);
            text = null;
          }
          run.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
        }
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        // Text on both sides of an element that becomes no mark stays one run, as it will be when written.
        if (notes != null && xml.getLocalName().equals("authorialNote") && in.isAkn()) {
          notes.add(note());
        } else if (!in.isAkn()) {
          in.unmappedElement("inline element outside the AKN namespace not represented");
        } else {
          if (text != null || run != null) {
            addRun(parts, text != null ? text : run.toString(), elementOnly);
            text = null;
            run = null;
          }
          parts.add(mark());
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        if (text != null || run != null) {
          addRun(parts, text != null ? text : run.toString(), elementOnly);
        }
        return;
      }
    }
  }

  private static void addRun(List<Inline> parts, String run, boolean elementOnly) {
    // isBlank is Character.isWhitespace over the code points, the rule for layout in element-only content.
    if (elementOnly && run.isBlank()) {
      return;
    }
    parts.add(new Inline.Run(run));
  }

  private static final Set<String> MIXED = AknSchemas.mixedElements();

  /** Whether the schema gives {@code element} mixed content (text and inline elements). */
  static boolean isMixed(String element) {
    return MIXED.contains(element);
  }

  /** Reads the element whose start tag the cursor is on as a mark, its content kept as marks and runs. */
  Inline.Mark mark() throws XMLStreamException {
    String name = xml.getLocalName();
    Map<String, String> attributes = new LinkedHashMap<>();
    for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
      String namespace = xml.getAttributeNamespace(i);
      String local = xml.getAttributeLocalName(i);
      if ((namespace == null || namespace.isEmpty()) && local.equals("eId")
          && !markIds.add(xml.getAttributeValue(i))) {
        // The components of a collection number their parts alike; written back, one document must not repeat it.
        in.report(in.here(), name, in.attribute("eId"), UnmappedContent.Kind.IDENTIFIER,
            "eId of an earlier element of the document; left out so that eIds stay unique");
      } else if (namespace == null || namespace.isEmpty()) {
        attributes.put(local, xml.getAttributeValue(i));
      } else if (namespace.equals(javax.xml.XMLConstants.XML_NS_URI)) {
        attributes.put("xml:" + local, xml.getAttributeValue(i));
      } else {
        in.report(in.here(), name, in.attribute("eId"), UnmappedContent.Kind.ATTRIBUTE,
            "attribute {" + namespace + "}" + local + " not represented");
      }
    }
    List<Inline> children = new ArrayList<>();
    readInlines(children, null, !MIXED.contains(name));
    return new Inline.Mark(name, ImmutableMap.copyOf(attributes), ImmutableList.copyOf(children));
  }

  private static ImmutableList<Inline> merge(List<Inline> parts) {
    ImmutableList.Builder<Inline> merged = ImmutableList.builder();
    StringBuilder run = null;
    for (Inline part : parts) {
      if (part instanceof Inline.Run) {
        if (run == null) {
          run = new StringBuilder();
        }
        run.append(((Inline.Run) part).text());
      } else {
        if (run != null) {
          merged.add(new Inline.Run(run.toString()));
          run = null;
        }
        merged.add(part);
      }
    }
    if (run != null) {
      merged.add(new Inline.Run(run.toString()));
    }
    return merged.build();
  }
}
