package org.lexkit.akn.internal.read;

import com.google.common.collect.ImmutableSet;
import jakarta.xml.bind.annotation.XmlAnyAttribute;
import jakarta.xml.bind.annotation.XmlAttribute;
import java.lang.reflect.Field;

/**
 * Which attributes a generated JAXB class keeps: the {@code @XmlAttribute} fields of the class and its superclasses,
 * and whether an {@code @XmlAnyAttribute} map takes foreign ones. JAXB ignores every other attribute without a
 * validation event, so the reader compares each element's attributes with this to never lose one silently.
 */
final class KnownAttributes {
  /** Attribute keys are {@code "{namespace}local"}, with {@code "{}"} for no namespace. */
  final ImmutableSet<String> names;

  final boolean anyForeign;

  private KnownAttributes(ImmutableSet<String> names, boolean anyForeign) {
    this.names = names;
    this.anyForeign = anyForeign;
  }

  private static final ClassValue<KnownAttributes> CACHE = new ClassValue<>() {
    @Override
    protected KnownAttributes computeValue(Class<?> type) {
      ImmutableSet.Builder<String> names = ImmutableSet.builder();
      boolean any = false;
      for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          XmlAttribute attribute = field.getAnnotation(XmlAttribute.class);
          if (attribute != null) {
            String name = attribute.name().equals("##default") ? field.getName() : attribute.name();
            String namespace = attribute.namespace().equals("##default") ? "" : attribute.namespace();
            names.add(key(namespace, name));
          }
          if (field.isAnnotationPresent(XmlAnyAttribute.class)) {
            any = true;
          }
        }
      }
      return new KnownAttributes(names.build(), any);
    }
  };

  static KnownAttributes of(Class<?> type) {
    return CACHE.get(type);
  }

  static String key(String namespace, String localName) {
    return "{" + namespace + "}" + localName;
  }
}
