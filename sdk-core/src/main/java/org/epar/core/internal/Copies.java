package org.epar.core.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Defensive copies for record components: a missing collection becomes an empty one. */
public final class Copies {

  private Copies() {}

  /**
   * An immutable copy of {@code list}, or an empty list when it is null.
   *
   * @param list the list, may be null
   * @param <T> element type
   * @return an immutable list
   */
  public static <T> List<T> list(@Nullable List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /**
   * An immutable copy of {@code set}, or an empty set when it is null. Iteration order of an enum
   * set is the enum's declaration order, so equal sets print and serialise the same way.
   *
   * @param set the set, may be null
   * @param type the enum class
   * @param <E> enum type
   * @return an immutable set
   */
  public static <E extends Enum<E>> Set<E> enumSet(@Nullable Collection<E> set, Class<E> type) {
    if (set == null || set.isEmpty()) {
      return Set.of();
    }
    return java.util.Collections.unmodifiableSet(EnumSet.copyOf(set));
  }
}
