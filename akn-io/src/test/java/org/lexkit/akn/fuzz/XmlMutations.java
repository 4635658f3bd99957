package org.lexkit.akn.fuzz;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.lexkit.testing.fuzz.Mutation;

/**
 * Structure-aware mutations of XML: duplicated, removed, reordered, moved and renamed elements; swapped, moved,
 * duplicated and dropped attributes; deep nesting; odd character and entity references; injected markup
 * (DOCTYPE, CDATA, comments, processing instructions, stray declarations); namespace and XML-declaration damage;
 * odd values in attributes (huge numbers, impossible dates).
 *
 * <p>Each works on the ISO-8859-1 view of the bytes (see {@link XmlSkeleton}), so bytes it does not touch are
 * kept exactly, invalid UTF-8 included, and returns its input unchanged when it finds nothing to act on.
 */
public final class XmlMutations {
  private XmlMutations() {}

  private static final int[] NESTING = {10, 200, 999, 1_000, 1_001, 5_000, 100_000};

  private static final ImmutableList<String> REFERENCES = ImmutableList.of(
      "&#0;", "&#x110000;", "&#99999999999999999999;", "&#xD800;", "&#xFFFE;", "&undefined;", "&amp", "&#65;",
      "&lt;", "&#x1F600;", "&#13;", "&#9;", "&#x;", "&#-1;", "&", "&#x85;", "&#x2028;");

  private static final ImmutableList<String> MARKUP = ImmutableList.of(
      "<!DOCTYPE akomaNtoso>", "<!DOCTYPE x [<!ENTITY e \"e\">]>", "<![CDATA[ <not> & markup ]]>", "<!-- c -->",
      "<?lexkit pi?>", "<?xml version=\"1.0\"?>", "]]>", "<!-- a -- b -->", "<x:y/>", "<p xmlns=\"urn:other\">t</p>",
      "</a>", "<a b=\"1\" b=\"2\"/>", "<b xml:lang=\"en\">x</b>", "<akomaNtoso/>", "<?xml-stylesheet href=\"x\"?>",
      "<i xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"inline\">t</i>",
      "<span xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/>", "<", ">", "<>", "</>",
      "<br/>", "<eol/>", "<p/>", "<num>1</num>", "<meta/>", "<body/>", "<ref href=\"#\">r</ref>",
      "<foreign><x xmlns=\"urn:x\"/></foreign>");

  private static final ImmutableList<String> NAMESPACES = ImmutableList.of(
      "", "urn:x", "http://docs.oasis-open.org/legaldocml/ns/akn/3.0/WD17",
      "http://docs.oasis-open.org/legaldocml/ns/akn/3.0/CSD13", "http://www.w3.org/XML/1998/namespace",
      "http://docs.oasis-open.org/legaldocml/ns/akn/3.0", "http://www.w3.org/2001/XMLSchema-instance",
      "http://Inhaltsdaten.LegalDocML.de/1.8.2/", "http://docs.oasis-open.org/legaldocml/ns/akn/3.0 ");

  private static final ImmutableList<String> DECLARATIONS = ImmutableList.of(
      "<?xml version=\"1.1\"?>", "<?xml version=\"2.0\"?>", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>",
      "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>", "<?xml version=\"1.0\" encoding=\"EBCDIC-XYZ\"?>",
      "<?xml version=\"1.0\" encoding=\"US-ASCII\"?>", "<?xml version=\"1.0\" encoding=\"windows-1251\"?>",
      "<?xml version=\"1.0\" standalone=\"yes\"?>", " <?xml version=\"1.0\"?>", "<?xml?>",
      "<?xml version='1.0' encoding='utf-8'?>", "<?XML version=\"1.0\"?>", "<?xml encoding=\"UTF-8\"?>");

  private static final ImmutableList<String> ODD_VALUES = ImmutableList.of(
      "99999999999999999999999999999999", "-9223372036854775809", "99999-99-99", "-999999999-01-01",
      "2024-02-30", "2024-13-01T25:61:61+14:01", "0000-00-00", "2024", "", " ", "#", "##", "#art_1 #art_1",
      "\t\n", "NaN", "1e309", "true", "\u0661", "../../etc/passwd", "http://127.0.0.1:1/x", "file:///etc/passwd",
      "x".repeat(10_000));

  /**
   * Returns every mutation of this class.
   *
   * @return the mutations
   */
  public static ImmutableList<Mutation> all() {
    return ImmutableList.of(
        Mutation.of("duplicate-element", XmlMutations::duplicateElement),
        Mutation.of("remove-element", XmlMutations::removeElement),
        Mutation.of("swap-siblings", XmlMutations::swapSiblings),
        Mutation.of("move-element", XmlMutations::moveElement),
        Mutation.of("rename-element", XmlMutations::renameElement),
        Mutation.of("swap-attribute-values", XmlMutations::swapAttributeValues),
        Mutation.of("move-attribute", XmlMutations::moveAttribute),
        Mutation.of("duplicate-attribute", XmlMutations::duplicateAttribute),
        Mutation.of("drop-attribute", XmlMutations::dropAttribute),
        Mutation.of("odd-attribute-value", XmlMutations::oddAttributeValue),
        Mutation.of("deep-nesting", XmlMutations::deepNesting),
        Mutation.of("odd-reference", XmlMutations::oddReference),
        Mutation.of("inject-markup", XmlMutations::injectMarkup),
        Mutation.of("namespace", XmlMutations::namespace),
        Mutation.of("declaration", XmlMutations::declaration));
  }

  private static String view(byte[] bytes) {
    return new String(bytes, ISO_8859_1);
  }

  private static byte[] bytes(String view) {
    return view.getBytes(ISO_8859_1);
  }

  private static byte[] replace(String text, int from, int to, String with) {
    return bytes(text.substring(0, from) + with + text.substring(to));
  }

  /** A random element other than the root, or null. */
  private static XmlSkeleton.@Nullable Element pick(XmlSkeleton skeleton, SplittableRandom random) {
    List<XmlSkeleton.Element> elements = skeleton.elements;
    if (elements.size() < 2) {
      return null;
    }
    for (int tries = 0; tries < 8; tries++) {
      XmlSkeleton.Element e = elements.get(random.nextInt(elements.size()));
      if (e.depth > 0) {
        return e;
      }
    }
    return null;
  }

  static byte[] duplicateElement(byte[] input, SplittableRandom random) {
    XmlSkeleton s = XmlSkeleton.of(view(input));
    XmlSkeleton.Element e = pick(s, random);
    if (e == null) {
      return input;
    }
    return replace(s.text, e.end, e.end, s.text.substring(e.start, e.end));
  }

  static byte[] removeElement(byte[] input, SplittableRandom random) {
    XmlSkeleton s = XmlSkeleton.of(view(input));
    XmlSkeleton.Element e = pick(s, random);
    return e == null ? input : replace(s.text, e.start, e.end, "");
  }

  static byte[] swapSiblings(byte[] input, SplittableRandom random) {
    XmlSkeleton s = XmlSkeleton.of(view(input));
    XmlSkeleton.Element e = pick(s, random);
    if (e == null) {
      return input;
    }
    List<XmlSkeleton.Element> siblings = new ArrayList<>();
    for (XmlSkeleton.Element other : s.elements) {
      if (other.parent == e.parent && other != e) {
        siblings.add(other);
      }
    }
    if (siblings.isEmpty()) {
      return input;
    }
    XmlSkeleton.Element f = siblings.get(random.nextInt(siblings.size()));
    XmlSkeleton.Element first = e.start < f.start ? e : f;
    XmlSkeleton.Element second = first == e ? f : e;
    String t = s.text;
    return bytes(t.substring(0, first.start) + t.substring(second.start, second.end)
        + t.substring(first.end, second.start) + t.substring(first.start, first.end) + t.substring(second.end));
  }

  static byte[] moveElement(byte[] input, SplittableRandom random) {
    XmlSkeleton s = XmlSkeleton.of(view(input));
    XmlSkeleton.Element e = pick(s, random);
    XmlSkeleton.Element into = pick(s, random);
    if (e == null || into == null || (into.start >= e.start && into.end <= e.end)) {
      return input;
    }
    String element = s.text.substring(e.start, e.end);
    String without = s.text.substring(0, e.start) + s.text.substring(e.end);
    int at = into.contentStart > e.start ? into.contentStart - element.length() : into.contentStart;
    at = Math.max(0, Math.min(at, without.length()));
    return bytes(without.substring(0, at) + element + without.substring(at));
  }

  /** Renames an element to another name found in the document; both tags, or (sometimes) only the start tag. */
  static byte[] renameElement(byte[] input, SplittableRandom random) {
    XmlSkeleton s = XmlSkeleton.of(view(input));
    XmlSkeleton.Element e = pick(s, random);
    XmlSkeleton.Element other = pick(s, random);
    if (e == null || other == null || e.name.isEmpty()) {
      return input;
    }
    String name = random.nextInt(8) == 0 ? "x" + other.name : other.name;
    String t = s.text;
    String start = "<" + name + t.substring(e.start + 1 + e.name.length(), e.contentStart);
    if (e.isEmptyTag()) {
      return replace(t, e.start, e.contentStart, start);
    }
    String end = random.nextInt(6) == 0 ? t.substring(e.contentEnd, e.end) : "</" + name + ">";
    return bytes(t.substring(0, e.start) + start + t.substring(e.contentStart, e.contentEnd) + end
        + t.substring(e.end));
  }

  private static XmlSkeleton.@Nullable Attribute pickAttribute(XmlSkeleton s, SplittableRandom random) {
    List<XmlSkeleton.Attribute> all = s.allAttributes();
    return all.isEmpty() ? null : all.get(random.nextInt(all.size()));
  }

  static byte[] swapAttributeValues(byte[] input, SplittableRandom random) {
    XmlSkeleton s = XmlSkeleton.of(view(input));
    XmlSkeleton.Attribute a = pickAttribute(s, random);
    XmlSkeleton.Attribute b = pickAttribute(s, random);
    if (a == null || b == null || a == b) {
      return input;
    }
    XmlSkeleton.Attribute first = a.start < b.start ? a : b;
    XmlSkeleton.Attribute second = first == a ? b : a;
    String t = s.text;
    return bytes(t.substring(0, first.valueStart) + t.substring(second.valueStart, second.valueEnd)
        + t.substring(first.valueEnd, second.valueStart) + t.substring(first.valueStart, first.valueEnd)
        + t.substring(second.valueEnd));
  }

  static byte[] moveAttribute(byte[] input, SplittableRandom random) {
    XmlSkeleton s = XmlSkeleton.of(view(input));
    XmlSkeleton.Attribute a = pickAttribute(s, random);
    XmlSkeleton.Element to = pick(s, random);
    if (a == null || to == null) {
      return input;
    }
    String attribute = s.text.substring(a.start, a.end);
    int at = to.start + 1 + to.name.length();
    String t = s.text;
    if (at <= a.start) {
      return bytes(t.substring(0, at) + " " + attribute + t.substring(at, a.start) + t.substring(a.end));
    }
    return bytes(t.substring(0, a.start) + t.substring(a.end, at) + " " + attribute + t.substring(at));
  }

  static byte[] duplicateAttribute(byte[] input, SplittableRandom random) {
    XmlSkeleton s = XmlSkeleton.of(view(input));
    XmlSkeleton.Attribute a = pickAttribute(s, random);
    return a == null ? input : replace(s.text, a.end, a.end, " " + s.text.substring(a.start, a.end));
  }

  static byte[] dropAttribute(byte[] input, SplittableRandom random) {
    XmlSkeleton s = XmlSkeleton.of(view(input));
    XmlSkeleton.Attribute a = pickAttribute(s, random);
    return a == null ? input : replace(s.text, a.start, a.end, "");
  }

  static byte[] oddAttributeValue(byte[] input, SplittableRandom random) {
    XmlSkeleton s = XmlSkeleton.of(view(input));
    XmlSkeleton.Attribute a = pickAttribute(s, random);
    if (a == null) {
      return input;
    }
    String value = ODD_VALUES.get(random.nextInt(ODD_VALUES.size()));
    return replace(s.text, a.valueStart, a.valueEnd, value.replace("\"", "").replace("'", ""));
  }

  /** Wraps an element's content in many levels of one element: its own name, an inline, or a block. */
  static byte[] deepNesting(byte[] input, SplittableRandom random) {
    XmlSkeleton s = XmlSkeleton.of(view(input));
    XmlSkeleton.Element e = pick(s, random);
    if (e == null || e.isEmptyTag()) {
      return input;
    }
    String[] names = {e.name, "b", "i", "span", "inline", "hcontainer", "x:y"};
    String name = names[random.nextInt(names.length)];
    int levels = NESTING[random.nextInt(NESTING.length)];
    String open = "<" + name + (name.equals("hcontainer") ? " name=\"n\"" : "") + ">";
    String close = "</" + name + ">";
    String t = s.text;
    return bytes(t.substring(0, e.contentStart) + open.repeat(levels) + t.substring(e.contentStart, e.contentEnd)
        + close.repeat(levels) + t.substring(e.contentEnd));
  }

  /** Inserts an odd character or entity reference into text or into an attribute value. */
  static byte[] oddReference(byte[] input, SplittableRandom random) {
    XmlSkeleton s = XmlSkeleton.of(view(input));
    String reference = REFERENCES.get(random.nextInt(REFERENCES.size()));
    if (random.nextBoolean()) {
      XmlSkeleton.Attribute a = pickAttribute(s, random);
      if (a != null) {
        int at = a.valueStart + random.nextInt(a.valueEnd - a.valueStart + 1);
        return replace(s.text, at, at, reference);
      }
    }
    XmlSkeleton.Element e = pick(s, random);
    if (e == null || e.isEmptyTag()) {
      return input;
    }
    return replace(s.text, e.contentStart, e.contentStart, reference);
  }

  static byte[] injectMarkup(byte[] input, SplittableRandom random) {
    XmlSkeleton s = XmlSkeleton.of(view(input));
    if (s.boundaries.isEmpty()) {
      return input;
    }
    int at = random.nextInt(8) == 0 ? 0 : s.boundaries.get(random.nextInt(s.boundaries.size()));
    return replace(s.text, at, at, MARKUP.get(random.nextInt(MARKUP.size())));
  }

  /** Changes the URI of a namespace declaration, or removes one. */
  static byte[] namespace(byte[] input, SplittableRandom random) {
    XmlSkeleton s = XmlSkeleton.of(view(input));
    List<XmlSkeleton.Attribute> declarations = new ArrayList<>();
    for (XmlSkeleton.Attribute a : s.allAttributes()) {
      if (a.name.equals("xmlns") || a.name.startsWith("xmlns:")) {
        declarations.add(a);
      }
    }
    if (declarations.isEmpty()) {
      return input;
    }
    XmlSkeleton.Attribute a = declarations.get(random.nextInt(declarations.size()));
    if (random.nextInt(4) == 0) {
      return replace(s.text, a.start, a.end, "");
    }
    return replace(s.text, a.valueStart, a.valueEnd, NAMESPACES.get(random.nextInt(NAMESPACES.size())));
  }

  /** Replaces the XML declaration (or adds one) with an odd or contradictory one. */
  static byte[] declaration(byte[] input, SplittableRandom random) {
    String t = view(input);
    String declaration = DECLARATIONS.get(random.nextInt(DECLARATIONS.size()));
    if (t.startsWith("<?xml")) {
      int end = t.indexOf("?>");
      if (end > 0) {
        return replace(t, 0, end + 2, declaration);
      }
    }
    return bytes(declaration + t);
  }
}
