package org.lexkit.tools.xjc;

import com.sun.codemodel.JDefinedClass;
import com.sun.codemodel.JDocComment;
import com.sun.codemodel.JPackage;
import com.sun.tools.xjc.Options;
import com.sun.tools.xjc.Plugin;
import com.sun.tools.xjc.model.CAttributePropertyInfo;
import com.sun.tools.xjc.model.CClassInfo;
import com.sun.tools.xjc.model.CPropertyInfo;
import com.sun.tools.xjc.model.Model;
import com.sun.tools.xjc.outline.ClassOutline;
import com.sun.tools.xjc.outline.Outline;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * An xjc plugin ({@code -Xlexkit-stable-attribute-order}) that puts the attribute properties of every generated
 * class in one fixed order: by namespace, then local name. Element and value properties keep their places, since
 * their order is the schema's content order ({@code @XmlType(propOrder)}).
 *
 * <p>Why: xjc's schema model (XSOM) keeps the attribute groups a type refers to in a {@code HashSet} of objects
 * without {@code hashCode}, so their attributes come out in identity-hash order, which changes from one JVM run to
 * the next. The generated fields, accessors and so the compiled classes then differ between two builds of the same
 * sources (58 of akn-io's generated files did), and the lexkit-akn-io jar was not reproducible. Sorting the
 * attribute properties in the model, before any code is generated, fixes fields and accessors alike. An attribute's
 * position has no meaning in XML. The same set leaks into each class's javadoc, whose schema fragment lists the
 * {@code <attGroup ref=...>}s in that order; those lines are sorted too, so that the sources jar is reproducible
 * as well.
 *
 * <p>It also renumbers the generated {@code AdapterN} classes. xjc generates one adapter per attribute customised
 * with {@code <jaxb:javaType>} (akn-io's bindings keep 23 attributes as lexical strings) and numbers them in the
 * order it first meets those attributes, the identity-hash order above, while building the model, before any
 * plugin can sort it. The plugin renames them in the order of the first attribute (class, then attribute name) that
 * uses each, and stops the build if a generated adapter is not used by an attribute (it could not be ordered).
 *
 * <p>Immutable and thread-safe (stateless); xjc creates it through {@code META-INF/services}.
 */
public final class StableAttributeOrder extends Plugin {
  private static final Pattern ADAPTER_NAME = Pattern.compile("Adapter[1-9][0-9]*");
  private static final Comparator<QName> BY_NAME =
      Comparator.comparing(QName::getNamespaceURI).thenComparing(QName::getLocalPart);

  /** Creates the plugin; called by xjc's service lookup. */
  public StableAttributeOrder() {}

  @Override
  public String getOptionName() {
    return "Xlexkit-stable-attribute-order";
  }

  @Override
  public String getUsage() {
    return "  -Xlexkit-stable-attribute-order : order attribute properties by name, the same in every run";
  }

  @Override
  public void postProcessModel(Model model, ErrorHandler errorHandler) {
    for (CClassInfo bean : model.beans().values()) {
      sortAttributes(bean.getProperties());
    }
  }

  /** Sorts the attribute properties of {@code properties} among the positions they occupy, in place. */
  static void sortAttributes(List<CPropertyInfo> properties) {
    List<Integer> slots = new ArrayList<>();
    List<CAttributePropertyInfo> attributes = new ArrayList<>();
    for (int i = 0; i < properties.size(); i++) {
      if (properties.get(i) instanceof CAttributePropertyInfo attribute) {
        slots.add(i);
        attributes.add(attribute);
      }
    }
    attributes.sort(Comparator.comparing(CAttributePropertyInfo::getXmlName, BY_NAME));
    for (int i = 0; i < slots.size(); i++) {
      properties.set(slots.get(i), attributes.get(i));
    }
  }

  @Override
  public boolean run(Outline outline, Options options, ErrorHandler errorHandler) throws SAXException {
    for (ClassOutline bean : outline.getClasses()) {
      JDocComment javadoc = bean.implClass.javadoc();
      for (int i = 0; i < javadoc.size(); i++) {
        if (javadoc.get(i) instanceof String text) {
          javadoc.set(i, sortAttributeGroupLines(text));
        }
      }
    }
    return renumberAdapters(outline, errorHandler);
  }

  /**
   * Renames the generated {@code AdapterN} classes of the model so that their numbers follow the first attribute
   * (owning class, then attribute name) that uses each; false after reporting an error.
   */
  private static boolean renumberAdapters(Outline outline, ErrorHandler errorHandler) throws SAXException {
    Map<JDefinedClass, String> firstUse = new HashMap<>();
    for (ClassOutline bean : outline.getClasses()) {
      for (CPropertyInfo property : bean.target.getProperties()) {
        if (property instanceof CAttributePropertyInfo attribute && attribute.getAdapter() != null
            && attribute.getAdapter().getAdapterClass(outline) instanceof JDefinedClass adapter
            && ADAPTER_NAME.matcher(adapter.name()).matches()) {
          String use = bean.implClass.fullName() + " @" + attribute.getXmlName();
          firstUse.merge(adapter, use, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
      }
    }
    Map<JPackage, List<JDefinedClass>> byPackage = new TreeMap<>(Comparator.comparing(JPackage::name));
    for (JDefinedClass adapter : firstUse.keySet()) {
      byPackage.computeIfAbsent(adapter._package(), p -> new ArrayList<>()).add(adapter);
    }
    try {
      for (Map.Entry<JPackage, List<JDefinedClass>> entry : byPackage.entrySet()) {
        List<JDefinedClass> adapters = entry.getValue();
        long generated = countAdapters(entry.getKey());
        if (generated != adapters.size()) {
          errorHandler.error(new SAXParseException("-Xlexkit-stable-attribute-order: " + entry.getKey().name()
              + " has " + generated + " generated adapters but only " + adapters.size() + " are used by attributes;"
              + " the others would keep xjc's run-dependent numbers", null));
          return false;
        }
        adapters.sort(Comparator.comparing(firstUse::get));
        rename(entry.getKey(), adapters);
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      errorHandler.error(new SAXParseException("-Xlexkit-stable-attribute-order: cannot rename the adapters (" + e
          + "); the codemodel version may have changed", null));
      return false;
    }
    return true;
  }

  private static long countAdapters(JPackage pkg) {
    long count = 0;
    for (Iterator<JDefinedClass> classes = pkg.classes(); classes.hasNext(); ) {
      if (ADAPTER_NAME.matcher(classes.next().name()).matches()) {
        count++;
      }
    }
    return count;
  }

  /**
   * Gives {@code adapters} the names Adapter1, Adapter2, ... in list order. Codemodel has no rename, so the class's
   * name field and the package's index are updated by reflection; every reference to the class (annotations,
   * {@code new AdapterN()} in default-value getters) is an object reference and prints the new name.
   */
  @SuppressWarnings("unchecked")
  private static void rename(JPackage pkg, List<JDefinedClass> adapters) throws ReflectiveOperationException {
    Field nameField = JDefinedClass.class.getDeclaredField("name");
    nameField.setAccessible(true);
    Field classesField = JPackage.class.getDeclaredField("classes");
    classesField.setAccessible(true);
    Map<String, JDefinedClass> classes = (Map<String, JDefinedClass>) classesField.get(pkg);
    Field upperCaseField = JPackage.class.getDeclaredField("upperCaseClassMap");
    upperCaseField.setAccessible(true);
    Map<String, JDefinedClass> upperCase = (Map<String, JDefinedClass>) upperCaseField.get(pkg);
    for (JDefinedClass adapter : adapters) {
      classes.remove(adapter.name());
      if (upperCase != null) {
        upperCase.remove(adapter.name().toUpperCase(Locale.ROOT));
      }
    }
    for (int i = 0; i < adapters.size(); i++) {
      JDefinedClass adapter = adapters.get(i);
      String name = "Adapter" + (i + 1);
      nameField.set(adapter, name);
      classes.put(name, adapter);
      if (upperCase != null) {
        upperCase.put(name.toUpperCase(Locale.ROOT), adapter);
      }
    }
  }

  /** Sorts each run of consecutive {@code <attGroup ref=...>} lines of a javadoc schema fragment. */
  static String sortAttributeGroupLines(String text) {
    String[] lines = text.split("\n", -1);
    int start = 0;
    while (start < lines.length) {
      int end = start;
      while (end < lines.length && isAttributeGroupLine(lines[end])) {
        end++;
      }
      if (end > start + 1) {
        Arrays.sort(lines, start, end);
      }
      start = end == start ? start + 1 : end;
    }
    return String.join("\n", lines);
  }

  private static boolean isAttributeGroupLine(String line) {
    return line.strip().startsWith("&lt;attGroup ref=");
  }
}
