package org.epar.validation.rules.core;

import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a record class can hold, read from its declared component types: lets a rule decline, once
 * per class, the records that cannot carry what it checks.
 */
final class RecordTypes {

  private RecordTypes() {}

  /**
   * {@link #mayContain} for one test, remembered per class: each class is looked at by reflection
   * once. For a rule's {@code accepts}.
   *
   * @param leaf which classes are wanted
   * @return whether values of a class may hold a wanted value; thread-safe
   */
  static Predicate<Class<?>> holding(Predicate<Class<?>> leaf) {
    ClassValue<Boolean> cache =
        new ClassValue<>() {
          @Override
          protected Boolean computeValue(Class<?> type) {
            return mayContain(type, leaf);
          }
        };
    return cache::get;
  }

  /**
   * Whether a value of a class can be, or contain through record components, collection elements,
   * map keys and values or optionals, a value of a class the test accepts. Conservative: a type
   * whose values may be of a subclass (an interface such as a sealed record type, {@code Object}, a
   * non-final class) or a type variable may hold anything.
   *
   * @param type the class, usually a record class
   * @param leaf which classes are wanted
   * @return {@code false} only when no value of {@code type} can hold a wanted value
   */
  static boolean mayContain(Class<?> type, Predicate<Class<?>> leaf) {
    return mayContain(type, leaf, new HashSet<>());
  }

  private static boolean mayContain(Type t, Predicate<Class<?>> leaf, Set<Class<?>> seen) {
    if (t instanceof Class<?> c) {
      if (leaf.test(c)) {
        return true;
      }
      if (c.isPrimitive() || c.isEnum()) {
        return false;
      }
      if (c.isArray()) {
        return mayContain(c.getComponentType(), leaf, seen);
      }
      if (c.isRecord()) {
        if (!seen.add(c)) {
          return false; // already being looked at further up
        }
        for (RecordComponent rc : c.getRecordComponents()) {
          if (mayContain(rc.getGenericType(), leaf, seen)) {
            return true;
          }
        }
        return false;
      }
      // a raw collection, map or optional may hold anything; other final classes hold themselves
      return !Modifier.isFinal(c.getModifiers()) || c == Optional.class;
    }
    if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
      if (Collection.class.isAssignableFrom(raw)
          || Map.class.isAssignableFrom(raw)
          || raw == Optional.class) {
        for (Type arg : p.getActualTypeArguments()) {
          if (mayContain(arg, leaf, seen)) {
            return true;
          }
        }
        return false;
      }
      return mayContain(raw, leaf, seen);
    }
    if (t instanceof WildcardType w) {
      for (Type upper : w.getUpperBounds()) {
        if (mayContain(upper, leaf, seen)) {
          return true;
        }
      }
      return false;
    }
    return true; // type variables and anything else: may hold anything
  }
}
