package org.lexkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** lexkit-bom pins every published Lexkit artifact, and only those, so a new module cannot be forgotten. */
class BomTest {
  private static final Path ROOT = Path.of("..");

  @Test
  void bom_pinsEveryPublishedJarModule() throws Exception {
    List<String> published = new ArrayList<>();
    for (String module : texts(parse(ROOT.resolve("pom.xml")), "module")) {
      Document pom = parse(ROOT.resolve(module).resolve("pom.xml"));
      boolean jar = texts(pom, "packaging").stream().allMatch("jar"::equals);
      boolean deployed = !texts(pom, "maven.deploy.skip").contains("true");
      if (jar && deployed) {
        published.add(artifactId(pom));
      }
    }

    List<String> pinned = new ArrayList<>();
    NodeList dependencies = parse(ROOT.resolve("bom").resolve("pom.xml")).getElementsByTagName("dependency");
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element dependency = (Element) dependencies.item(i);
      pinned.add(dependency.getElementsByTagName("artifactId").item(0).getTextContent().strip());
    }
    assertThat(published).contains("lexkit-core", "lexkit-akn-io");
    assertThat(pinned).containsExactlyInAnyOrderElementsOf(published);
  }

  private static String artifactId(Document pom) {
    // The project's own artifactId is the direct child of <project>, not the parent's or a dependency's.
    NodeList children = pom.getDocumentElement().getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element e && e.getTagName().equals("artifactId")) {
        return e.getTextContent().strip();
      }
    }
    throw new AssertionError("no artifactId in " + pom.getDocumentURI());
  }

  private static List<String> texts(Document pom, String tag) {
    List<String> texts = new ArrayList<>();
    NodeList nodes = pom.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent().strip());
    }
    return texts;
  }

  private static Document parse(Path pom) throws IOException, ParserConfigurationException, SAXException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (var in = Files.newInputStream(pom)) {
      return factory.newDocumentBuilder().parse(in, pom.toUri().toString());
    }
  }
}
