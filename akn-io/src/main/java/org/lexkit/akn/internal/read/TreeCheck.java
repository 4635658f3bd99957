package org.lexkit.akn.internal.read;

import jakarta.xml.bind.JAXBElement;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.lexkit.akn.internal.jaxb.AkomaNtosoType;

/**
 * Checks that the JAXB tree holds every element the parser handed to JAXB, in the order it came. JAXB's unmarshaller
 * is lenient where the schema is not: a second {@code <content>} where the class has room for one silently replaces
 * the first, and children out of the schema's sequence order are silently put back into it. Validation reports
 * both as schema errors, but {@link org.lexkit.akn.ValidationMode#NONE} has no validation, so without this check a
 * read, then write, would lose or move content without a word.
 *
 * <p>The check walks the tree the way JAXB writes it (superclass properties first, then fields in declaration
 * order, which for xjc-generated classes is the schema's sequence order; list elements in list order) and compares
 * with the position at which each object was created: an object never reached was overwritten, and an object
 * reached after one that came later in the input would be written elsewhere. One linear pass over the tree.
 */
final class TreeCheck {
  private TreeCheck() {}

  private static final String JAXB_PACKAGE = AkomaNtosoType.class.getPackageName();

  /** The fields of a generated class that may hold child elements, superclass fields first. */
  private static final ClassValue<List<Field>> FIELDS = new ClassValue<>() {
    @Override
    protected List<Field> computeValue(Class<?> type) {
      List<Class<?>> chain = new ArrayList<>();
      for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
        chain.add(0, c);
      }
      List<Field> fields = new ArrayList<>();
      for (Class<?> c : chain) {
        for (Field field : c.getDeclaredFields()) {
          if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()
              || field.getType() == String.class || field.getType().isEnum() || Map.class.isAssignableFrom(
              field.getType())) {
            continue; // attributes and the foreign-attribute map: no elements in them
          }
          field.setAccessible(true); // same module: generated classes are our own plumbing
          fields.add(field);
        }
      }
      return List.copyOf(fields);
    }
  };

  /**
   * Walks the tree from {@code root} and reports what a write would not reproduce.
   *
   * @param root the unmarshalled root value
   * @param positions every bound object JAXB created, with its packed start position
   * @param lost called for each object that is not in the tree, in input order
   * @param moved called for the first object that the tree holds in another order than the input, with the object
   *     (its sibling where there is one) that precedes it in the tree but follows it in the input
   */
  static void check(Object root, IdentityHashMap<Object, Long> positions, BiConsumer<Object, Object> moved,
      java.util.function.Consumer<Object> lost) {
    check(root, positions, moved, lost, element -> {});
  }

  /**
   * Like {@link #check(Object, IdentityHashMap, BiConsumer, java.util.function.Consumer)}, also handing over, in
   * document order, each DOM element JAXB keeps for foreign (lax wildcard) content.
   *
   * @param foreign called for each top-level foreign DOM element, in document order
   */
  static void check(Object root, IdentityHashMap<Object, Long> positions, BiConsumer<Object, Object> moved,
      java.util.function.Consumer<Object> lost, java.util.function.Consumer<org.w3c.dom.Element> foreign) {
    Set<Object> reached = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    IdentityHashMap<Object, Object> parents = new IdentityHashMap<>();
    Deque<Object> pending = new ArrayDeque<>();
    pending.push(root);
    long last = Long.MIN_VALUE;
    Object lastObject = root;
    boolean reportedMove = false;
    while (!pending.isEmpty()) {
      Object node = pending.pop();
      if (node instanceof org.w3c.dom.Element) {
        foreign.accept((org.w3c.dom.Element) node);
        continue;
      }
      Long position = positions.get(node);
      if (position != null && reached.add(node)) {
        if (position < last) {
          if (!reportedMove) { // its descendants and followers are out of order too; one report is enough
            moved.accept(node, siblingOrSelf(lastObject, parents.get(node), parents));
            reportedMove = true;
          }
        } else {
          last = position;
          lastObject = node;
        }
      }
      List<Object> children = new ArrayList<>();
      for (Field field : FIELDS.get(node.getClass())) {
        Object value;
        try {
          value = field.get(node);
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("cannot read generated field " + field, e);
        }
        if (value instanceof Collection) {
          for (Object item : (Collection<?>) value) {
            addBound(item, children);
          }
        } else {
          addBound(value, children);
        }
      }
      for (int i = children.size() - 1; i >= 0; i--) {
        pending.push(children.get(i)); // reversed, so they are visited in order
        parents.put(children.get(i), node);
      }
    }
    if (reached.size() < positions.size()) {
      List<Map.Entry<Object, Long>> missing = new ArrayList<>();
      for (Map.Entry<Object, Long> entry : positions.entrySet()) {
        if (!reached.contains(entry.getKey())) {
          missing.add(entry);
        }
      }
      missing.sort(Map.Entry.comparingByValue());
      missing.forEach(entry -> lost.accept(entry.getKey()));
    }
  }

  /** The ancestor of {@code node} (or itself) whose parent is {@code parent}, else {@code node}. */
  private static Object siblingOrSelf(Object node, Object parent, IdentityHashMap<Object, Object> parents) {
    for (Object n = node; n != null; n = parents.get(n)) {
      if (parents.get(n) == parent) {
        return n;
      }
    }
    return node;
  }

  private static void addBound(Object value, List<Object> children) {
    Object item = value instanceof JAXBElement ? ((JAXBElement<?>) value).getValue() : value;
    if (item instanceof org.w3c.dom.Element
        || (item != null && item.getClass().getPackageName().equals(JAXB_PACKAGE) && !item.getClass().isEnum())) {
      children.add(item);
    }
  }
}
