package org.lexkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableMultimap;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Every public type of core's main packages is a record, an enum, an interface, or a final class (an exception
 * may be abstract or final) whose fields are private and final; no public field is mutable; and every component
 * or field has an immutable type: a primitive, {@link String}, {@link LocalDate}, {@link Optional}, a Guava
 * immutable collection, or a core type that passes the same check. ThreeTen's {@code assertImmutable}, adapted.
 */
class ImmutabilityTest {
  private static final List<String> PACKAGES = List.of("org.lexkit.core", "org.lexkit.core.provision",
      "org.lexkit.core.rights", "org.lexkit.core.document", "org.lexkit.core.amendment", "org.lexkit.core.history",
      "org.lexkit.core.comparison");

  @Test
  void everyPublicType_isImmutableByConstruction() {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (String packageName : PACKAGES) {
      for (Class<?> type : PackageSanity.publicMainClasses(packageName)) {
        checked++;
        problems.addAll(problems(type));
      }
    }
    assertThat(checked).as("public types checked").isGreaterThan(50);
    assertThat(problems).isEmpty();
  }

  static List<String> problems(Class<?> type) {
    List<String> problems = new ArrayList<>();
    boolean exception = Throwable.class.isAssignableFrom(type);
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        if (!isImmutableType(component.getType())) {
          problems.add(type.getName() + "." + component.getName() + " has the mutable type " + component.getType());
        }
      }
    } else if (!type.isEnum() && !type.isInterface()) {
      boolean allowedAbstract = exception && Modifier.isAbstract(type.getModifiers());
      if (!Modifier.isFinal(type.getModifiers()) && !allowedAbstract) {
        problems.add(type.getName() + " is a class that is neither final nor a record");
      }
    }
    for (Field field : type.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (field.isSynthetic() || (type.isEnum() && field.isEnumConstant())) {
        continue;
      }
      if (!Modifier.isFinal(modifiers)) {
        problems.add(type.getName() + "." + field.getName() + " is not final");
      }
      if (Modifier.isPublic(modifiers) && !Modifier.isStatic(modifiers)) {
        problems.add(type.getName() + "." + field.getName() + " is a public instance field");
      }
      boolean instanceState = !Modifier.isStatic(modifiers) && !type.isRecord() && !type.isEnum();
      boolean publicConstant = Modifier.isStatic(modifiers) && Modifier.isPublic(modifiers);
      if ((instanceState || publicConstant) && !isImmutableType(field.getType())) {
        problems.add(type.getName() + "." + field.getName() + " has the mutable type " + field.getType());
      }
    }
    return problems;
  }

  private static boolean isImmutableType(Class<?> type) {
    if (type.isPrimitive() || type.isEnum() || type == String.class || type == LocalDate.class
        || type == Optional.class || type == OptionalInt.class) {
      return true;
    }
    if (ImmutableCollection.class.isAssignableFrom(type) || ImmutableMap.class.isAssignableFrom(type)
        || ImmutableMultimap.class.isAssignableFrom(type)) {
      return true;
    }
    if (type.getPackageName().startsWith("org.lexkit.core")) {
      // Core types are checked on their own; here it is enough that they are values, not mutable classes.
      return type.isRecord() || type.isInterface() || Modifier.isFinal(type.getModifiers());
    }
    return false;
  }
}
