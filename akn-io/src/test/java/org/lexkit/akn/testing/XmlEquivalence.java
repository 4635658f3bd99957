package org.lexkit.akn.testing;

import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.ComparisonResult;
import org.xmlunit.diff.ComparisonType;
import org.xmlunit.diff.Diff;
import org.xmlunit.diff.Difference;
import org.xmlunit.diff.DifferenceEvaluator;

/**
 * The round-trip oracle: two XML documents are equivalent when they differ at most in whitespace-only text nodes,
 * namespace prefixes, attribute order and the XML declaration. Everything else (elements, attributes, all other
 * text, comments, processing instructions, xsi:schemaLocation) must be identical.
 */
public final class XmlEquivalence {
  private XmlEquivalence() {}

  /** Only these comparison types may differ; XMLUnit's default also forgives schema locations, we do not. */
  private static final DifferenceEvaluator ONLY_PREFIXES_AND_DECLARATION = (comparison, outcome) -> {
    if (outcome == ComparisonResult.EQUAL) {
      return outcome;
    }
    ComparisonType type = comparison.getType();
    if (type == ComparisonType.NAMESPACE_PREFIX || type == ComparisonType.XML_ENCODING
        || type == ComparisonType.XML_STANDALONE || type == ComparisonType.XML_VERSION) {
      return ComparisonResult.SIMILAR;
    }
    return ComparisonResult.DIFFERENT;
  };

  /**
   * Compares two documents.
   *
   * @param expected the input
   * @param actual the output
   * @return the differences, described; empty if equivalent
   */
  public static List<String> differences(byte[] expected, byte[] actual) {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    try {
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    } catch (javax.xml.parsers.ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
    Diff diff = DiffBuilder.compare(Input.fromByteArray(expected))
        .withTest(Input.fromByteArray(actual))
        .withDocumentBuilderFactory(factory)
        .ignoreElementContentWhitespace()
        .withDifferenceEvaluator(ONLY_PREFIXES_AND_DECLARATION)
        .checkForSimilar()
        .build();
    List<String> result = new ArrayList<>();
    for (Difference difference : diff.getDifferences()) {
      if (difference.getResult() == ComparisonResult.DIFFERENT) {
        result.add(difference.getComparison().toString());
      }
    }
    return result;
  }
}
