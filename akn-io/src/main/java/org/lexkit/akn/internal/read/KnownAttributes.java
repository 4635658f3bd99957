package org.lexkit.akn.internal.read;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import jakarta.xml.bind.annotation.XmlAnyAttribute;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlEnumValue;
import jakarta.xml.bind.annotation.XmlMixed;
import jakarta.xml.bind.annotation.XmlValue;
import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which attributes a generated JAXB class keeps: the {@code @XmlAttribute} fields of the class and its superclasses,
 * whether an {@code @XmlAnyAttribute} map takes foreign ones, the lexical values of enumerated ones, and whether the
 * class keeps text at all. JAXB ignores every other attribute, turns an enumerated attribute's unknown value into
 * null, and drops text in element-only content, all without a validation event; the reader compares each element
 * with this to never lose anything silently.
 */
final class KnownAttributes {
  /** Attribute keys are {@code "{namespace}local"}, with {@code "{}"} for no namespace. */
  final ImmutableSet<String> names;

  final boolean anyForeign;

  /** For enumerated attributes (by key), the exact lexical values JAXB can hold. */
  final ImmutableMap<String, ImmutableSet<String>> enumValues;

  /** Whether the class keeps character content ({@code @XmlMixed} or {@code @XmlValue}); JAXB drops it otherwise. */
  final boolean keepsText;

  private KnownAttributes(ImmutableSet<String> names, boolean anyForeign,
      ImmutableMap<String, ImmutableSet<String>> enumValues, boolean keepsText) {
    this.names = names;
    this.anyForeign = anyForeign;
    this.enumValues = enumValues;
    this.keepsText = keepsText;
  }

  private static final ClassValue<KnownAttributes> CACHE = new ClassValue<>() {
    @Override
    protected KnownAttributes computeValue(Class<?> type) {
      ImmutableSet.Builder<String> names = ImmutableSet.builder();
      Map<String, ImmutableSet<String>> enums = new LinkedHashMap<>();
      boolean any = false;
      boolean text = false;
      for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          XmlAttribute attribute = field.getAnnotation(XmlAttribute.class);
          if (attribute != null) {
            String name = attribute.name().equals("##default") ? field.getName() : attribute.name();
            String namespace = attribute.namespace().equals("##default") ? "" : attribute.namespace();
            names.add(key(namespace, name));
            if (field.getType().isEnum()) {
              enums.put(key(namespace, name), lexicalValues(field.getType()));
            }
          }
          if (field.isAnnotationPresent(XmlAnyAttribute.class)) {
            any = true;
          }
          if (field.isAnnotationPresent(XmlMixed.class) || field.isAnnotationPresent(XmlValue.class)) {
            text = true;
          }
        }
      }
      return new KnownAttributes(names.build(), any, ImmutableMap.copyOf(enums), text);
    }
  };

  private static ImmutableSet<String> lexicalValues(Class<?> enumType) {
    ImmutableSet.Builder<String> values = ImmutableSet.builder();
    for (Field constant : enumType.getDeclaredFields()) {
      if (constant.isEnumConstant()) {
        XmlEnumValue value = constant.getAnnotation(XmlEnumValue.class);
        values.add(value == null ? constant.getName() : value.value());
      }
    }
    return values.build();
  }

  static KnownAttributes of(Class<?> type) {
    return CACHE.get(type);
  }

  static String key(String namespace, String localName) {
    return "{" + namespace + "}" + localName;
  }
}
