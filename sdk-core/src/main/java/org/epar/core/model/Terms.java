package org.epar.core.model;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The way back from a Chinese policy term to the enumeration constant that carries it: the inverse
 * of the {@code termZh()} method every EPAR enumeration has ({@link PovertyStatus#termZh()}, {@link
 * org.epar.core.id.DivisionLevel#termZh()}, ...).
 *
 * <p>The lookup is total: a term no constant carries, a blank or a {@code null} string gives {@link
 * Optional#empty()}, never an exception. Whitespace around the term (including the ideographic
 * space U+3000, the no-break space U+00A0 and a byte-order mark, which spreadsheets leave behind)
 * is ignored; the term itself must match exactly.
 *
 * <pre>{@code
 * Optional<PovertyStatus> s = Terms.fromZh(PovertyStatus.class, " 已脱贫 "); // LIFTED
 * }</pre>
 *
 * <p>Thread-safe: each enumeration's table is built once and then only read.
 *
 * @since 0.1.0
 */
public final class Terms {

  private static final ClassValue<Map<String, Enum<?>>> TABLES =
      new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
          return table(type);
        }
      };

  private Terms() {}

  /**
   * The constant of {@code type} whose {@code termZh()} is {@code term}, after trimming.
   *
   * @param type an enumeration with a public {@code termZh()} method
   * @param term the Chinese term, e.g. {@code 未脱贫}; may be null
   * @param <E> the enumeration
   * @return the constant, or empty when no constant carries the term (or it is null or blank)
   * @throws IllegalArgumentException if {@code type} has no public {@code termZh()} method
   */
  public static <E extends Enum<E>> Optional<E> fromZh(Class<E> type, @Nullable String term) {
    Objects.requireNonNull(type, "type");
    Map<String, Enum<?>> table = TABLES.get(type);
    if (term == null) {
      return Optional.empty();
    }
    Enum<?> found = table.get(strip(term));
    return found == null ? Optional.empty() : Optional.of(type.cast(found));
  }

  /**
   * Whether {@code type} is an enumeration with a public {@code termZh()} method, so that {@link
   * #fromZh(Class, String)} and {@link #termZh(Enum)} accept it.
   *
   * @param type any class
   * @return true for EPAR enumerations with Chinese terms
   */
  public static boolean hasTerms(Class<?> type) {
    return type.isEnum() && termMethod(type) != null;
  }

  /**
   * The Chinese term of a constant, through its {@code termZh()} method.
   *
   * @param constant a constant of an enumeration with a public {@code termZh()} method
   * @return its term, e.g. {@code 未脱贫}
   * @throws IllegalArgumentException if its enumeration has no public {@code termZh()} method
   */
  public static String termZh(Enum<?> constant) {
    Class<?> type = constant.getDeclaringClass();
    Method m = termMethod(type);
    if (m == null) {
      throw new IllegalArgumentException(type.getName() + " has no public termZh() method");
    }
    return invoke(m, constant);
  }

  /**
   * Every term of an enumeration, in declaration order, mapped to its constant.
   *
   * @param type an enumeration with a public {@code termZh()} method
   * @param <E> the enumeration
   * @return an unmodifiable map from term to constant
   * @throws IllegalArgumentException if {@code type} has no public {@code termZh()} method
   */
  @SuppressWarnings("unchecked")
  public static <E extends Enum<E>> Map<String, E> terms(Class<E> type) {
    return (Map<String, E>) (Map<String, ?>) TABLES.get(type);
  }

  private static Map<String, Enum<?>> table(Class<?> type) {
    if (!type.isEnum()) {
      throw new IllegalArgumentException(type.getName() + " is not an enumeration");
    }
    Method m = termMethod(type);
    if (m == null) {
      throw new IllegalArgumentException(type.getName() + " has no public termZh() method");
    }
    Map<String, Enum<?>> table = new LinkedHashMap<>();
    for (Object c : type.getEnumConstants()) {
      Enum<?> constant = (Enum<?>) c;
      String term = invoke(m, constant);
      Enum<?> previous = table.putIfAbsent(term, constant);
      if (previous != null) {
        throw new IllegalStateException(
            type.getName() + ": " + previous.name() + " and " + constant.name() + " share a term");
      }
    }
    return Collections.unmodifiableMap(table);
  }

  private static @Nullable Method termMethod(Class<?> type) {
    try {
      Method m = type.getMethod("termZh");
      boolean usable =
          m.getReturnType() == String.class
              && !Modifier.isStatic(m.getModifiers())
              && Modifier.isPublic(type.getModifiers());
      return usable ? m : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static String invoke(Method m, Enum<?> constant) {
    try {
      return (String) m.invoke(constant);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("termZh() of " + constant.getDeclaringClass().getName(), e);
    }
  }

  private static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && blank(s.charAt(start))) {
      start++;
    }
    while (end > start && blank(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean blank(char c) {
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\ufeff' || c == '\u3000';
  }
}
