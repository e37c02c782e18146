package org.epar.samples.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.epar.samples.Draws;

/**
 * Small draws from a {@link Draws} source (a seeded random, or a property test's recorded source).
 */
final class Draw {

  private Draw() {}

  /** Common surnames and given names for made-up people. */
  static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "孙", "马"};

  static final String[] GIVEN = {
    "伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "建华",
    "桂兰", "志强"
  };

  static int between(Draws in, int min, int max) {
    return (int) in.between(min, max);
  }

  static long between(Draws in, long min, long max) {
    return in.between(min, max);
  }

  /** True with probability {@code percent}/100. */
  static boolean chance(Draws in, int percent) {
    return between(in, 0, 99) < percent;
  }

  static <T> T pick(Draws in, List<T> values) {
    return values.get(between(in, 0, values.size() - 1));
  }

  @SafeVarargs
  static <T> T pick(Draws in, T... values) {
    return values[between(in, 0, values.length - 1)];
  }

  static <E extends Enum<E>> E pick(Draws in, Class<E> type) {
    E[] values = type.getEnumConstants();
    return values[between(in, 0, values.length - 1)];
  }

  /** A subset of the enum's constants, each kept with probability 1/2. */
  static <E extends Enum<E>> Set<E> subset(Draws in, Class<E> type) {
    Set<E> set = EnumSet.noneOf(type);
    for (E e : type.getEnumConstants()) {
      if (chance(in, 50)) {
        set.add(e);
      }
    }
    return set;
  }

  static LocalDate date(Draws in, LocalDate from, LocalDate to) {
    return LocalDate.ofEpochDay(between(in, from.toEpochDay(), to.toEpochDay()));
  }

  static String digits(Draws in, int n) {
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = (char) ('0' + between(in, 0, 9));
    }
    return new String(c);
  }

  static String chars(Draws in, String alphabet, int n) {
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = alphabet.charAt(between(in, 0, alphabet.length() - 1));
    }
    return new String(c);
  }

  /** Square metres with one decimal from tenths. */
  static java.math.BigDecimal area(long tenths) {
    return java.math.BigDecimal.valueOf(tenths, 1);
  }

  static String pad(int value, int width) {
    String s = Integer.toString(value);
    return "0".repeat(Math.max(0, width - s.length())) + s;
  }
}
