package org.epar.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/** Small draws from a recorded randomness source, so composite generators shrink. */
final class Draw {

  private Draw() {}

  static int between(RandomnessSource in, int min, int max) {
    return Generate.range(min, max).generate(in);
  }

  static long between(RandomnessSource in, long min, long max) {
    return Generate.longRange(min, max).generate(in);
  }

  /** True with probability {@code percent}/100. */
  static boolean chance(RandomnessSource in, int percent) {
    return between(in, 0, 99) < percent;
  }

  static <T> T pick(RandomnessSource in, List<T> values) {
    return values.get(between(in, 0, values.size() - 1));
  }

  @SafeVarargs
  static <T> T pick(RandomnessSource in, T... values) {
    return values[between(in, 0, values.length - 1)];
  }

  static <E extends Enum<E>> E pick(RandomnessSource in, Class<E> type) {
    E[] values = type.getEnumConstants();
    return values[between(in, 0, values.length - 1)];
  }

  /** A subset of the enum's constants, each kept with probability 1/2. */
  static <E extends Enum<E>> Set<E> subset(RandomnessSource in, Class<E> type) {
    Set<E> set = EnumSet.noneOf(type);
    for (E e : type.getEnumConstants()) {
      if (chance(in, 50)) {
        set.add(e);
      }
    }
    return set;
  }

  static LocalDate date(RandomnessSource in, LocalDate from, LocalDate to) {
    return LocalDate.ofEpochDay(between(in, from.toEpochDay(), to.toEpochDay()));
  }

  static String digits(RandomnessSource in, int n) {
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = (char) ('0' + between(in, 0, 9));
    }
    return new String(c);
  }

  static String chars(RandomnessSource in, String alphabet, int n) {
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = alphabet.charAt(between(in, 0, alphabet.length() - 1));
    }
    return new String(c);
  }

  static <T> List<T> list(RandomnessSource in, Gen<? extends T> gen, int min, int max) {
    int n = between(in, min, max);
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(gen.generate(in));
    }
    return out;
  }

  static String pad(int value, int width) {
    String s = Integer.toString(value);
    return "0".repeat(Math.max(0, width - s.length())) + s;
  }
}
