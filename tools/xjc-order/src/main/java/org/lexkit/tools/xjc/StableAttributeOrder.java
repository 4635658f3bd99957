package org.lexkit.tools.xjc;

import com.sun.codemodel.JDocComment;
import com.sun.tools.xjc.Options;
import com.sun.tools.xjc.Plugin;
import com.sun.tools.xjc.model.CAttributePropertyInfo;
import com.sun.tools.xjc.model.CClassInfo;
import com.sun.tools.xjc.model.CPropertyInfo;
import com.sun.tools.xjc.model.Model;
import com.sun.tools.xjc.outline.ClassOutline;
import com.sun.tools.xjc.outline.Outline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javax.xml.namespace.QName;
import org.xml.sax.ErrorHandler;

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
 * <p>Immutable and thread-safe (stateless); xjc creates it through {@code META-INF/services}.
 */
public final class StableAttributeOrder extends Plugin {
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
  public boolean run(Outline outline, Options options, ErrorHandler errorHandler) {
    for (ClassOutline bean : outline.getClasses()) {
      JDocComment javadoc = bean.implClass.javadoc();
      for (int i = 0; i < javadoc.size(); i++) {
        if (javadoc.get(i) instanceof String text) {
          javadoc.set(i, sortAttributeGroupLines(text));
        }
      }
    }
    return true;
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
