package org.lexkit.akn.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The generated JAXB classes declare their attribute fields sorted by namespace and name, the order the build's xjc
 * plugin (tools/xjc-order, {@code -Xlexkit-stable-attribute-order}) imposes. Without it xjc emits attributes from
 * attribute groups in identity-hash order, which differs between runs, and the lexkit-akn-io jar is not
 * reproducible. Relies on {@link Class#getDeclaredFields()} returning fields in class-file order, as HotSpot does.
 * The plugin also numbers the generated {@code AdapterN} classes by the first attribute that uses each, since xjc
 * numbers them in that same run-dependent order.
 */
class GeneratedClassOrderTest {
  private static final String DEFAULT = "##default";

  @Test
  void generatedClasses_attributeFields_sortedByNamespaceThenName() {
    List<String> unsorted = new ArrayList<>();
    int classesWithAttributes = 0;
    for (JavaClass javaClass : new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.lexkit.akn.internal.jaxb")) {
      List<String> names = new ArrayList<>();
      for (Field field : javaClass.reflect().getDeclaredFields()) {
        XmlAttribute attribute = field.getAnnotation(XmlAttribute.class);
        if (attribute != null) {
          String namespace = attribute.namespace().equals(DEFAULT) ? "" : attribute.namespace();
          String name = attribute.name().equals(DEFAULT) ? field.getName() : attribute.name();
          names.add(namespace + " " + name);
        }
      }
      if (names.size() > 1) {
        classesWithAttributes++;
      }
      List<String> sorted = new ArrayList<>(names);
      sorted.sort(Comparator.naturalOrder());
      if (!names.equals(sorted)) {
        unsorted.add(javaClass.getName() + " " + names);
      }
    }

    assertThat(classesWithAttributes).as("generated classes with several attributes").isGreaterThan(50);
    assertThat(unsorted).isEmpty();
  }

  @Test
  void generatedAdapters_numberedByFirstUse() {
    Map<String, String> firstUse = new TreeMap<>(Comparator.comparingInt((String a) -> a.length())
        .thenComparing(Comparator.naturalOrder()));   // Adapter2 before Adapter10
    for (JavaClass javaClass : new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.lexkit.akn.internal.jaxb")) {
      for (Field field : javaClass.reflect().getDeclaredFields()) {
        XmlJavaTypeAdapter adapter = field.getAnnotation(XmlJavaTypeAdapter.class);
        XmlAttribute attribute = field.getAnnotation(XmlAttribute.class);
        if (adapter != null && attribute != null && adapter.value().getSimpleName().matches("Adapter[0-9]+")) {
          String namespace = attribute.namespace().equals(DEFAULT) ? "" : "{" + attribute.namespace() + "}";
          String use = javaClass.getName() + " @" + namespace + attribute.name();
          firstUse.merge(adapter.value().getSimpleName(), use, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
      }
    }

    assertThat(firstUse).hasSizeGreaterThan(10);
    assertThat(List.copyOf(firstUse.values())).isSorted();
  }
}
