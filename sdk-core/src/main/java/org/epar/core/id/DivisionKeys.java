package org.epar.core.id;

/**
 * Arithmetic on division codes held as {@code long} keys: the 12-digit value as a number, or {@link
 * #NO_KEY} when the text is not 6, 9 or 12 ASCII digits. Allocation-free; shared by {@link
 * DivisionCode} and {@link DivisionRegistry}.
 */
final class DivisionKeys {

  /** The key of a text that is not 6, 9 or 12 ASCII digits. */
  static final long NO_KEY = -1L;

  /** Problem bit: a segment is outside its range. */
  static final int BAD_SEGMENT = 1;

  /** Problem bit: a non-zero segment below a zero segment. */
  static final int BAD_HIERARCHY = 2;

  private static final long[] POW10 = {
    1L,
    10L,
    100L,
    1_000L,
    10_000L,
    100_000L,
    1_000_000L,
    10_000_000L,
    100_000_000L,
    1_000_000_000L,
    10_000_000_000L,
    100_000_000_000L,
    1_000_000_000_000L
  };

  private static final DivisionLevel[] LEVELS = DivisionLevel.values();

  private DivisionKeys() {}

  /**
   * Parses 6, 9 or 12 ASCII digits into the padded 12-digit key.
   *
   * @param s the text
   * @return the key, or {@link #NO_KEY}
   */
  static long keyOf(String s) {
    int n = s.length();
    if (n != 6 && n != 9 && n != 12) {
      return NO_KEY;
    }
    return digitsKey(s, 0, n);
  }

  /**
   * Parses {@code s[from, to)} of 2, 4, 6, 9 or 12 ASCII digits into the padded 12-digit key.
   *
   * @param s the text
   * @param from first index
   * @param to end index, exclusive
   * @return the key, or {@link #NO_KEY}
   */
  static long digitsKey(CharSequence s, int from, int to) {
    int n = to - from;
    if (n != 2 && n != 4 && n != 6 && n != 9 && n != 12) {
      return NO_KEY;
    }
    long v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return NO_KEY;
      }
      v = v * 10 + (c - '0');
    }
    return v * POW10[12 - n];
  }

  static int province(long key) {
    return (int) (key / 10_000_000_000L);
  }

  static int city(long key) {
    return (int) (key / 100_000_000L % 100);
  }

  static int county(long key) {
    return (int) (key / 1_000_000L % 100);
  }

  static int township(long key) {
    return (int) (key / 1_000L % 1_000);
  }

  static int village(long key) {
    return (int) (key % 1_000);
  }

  /**
   * Prefectures without a county level (不设区的地级市) whose townships NBS numbers directly under the
   * city, with county segment {@code 00}: Dongguan, Zhongshan, Danzhou.
   */
  static boolean isCityWithoutCounties(long key) {
    int prefecture = (int) (key / 100_000_000L);
    return prefecture == 4419 || prefecture == 4420 || prefecture == 4604;
  }

  /**
   * The problem bits of a key; 0 when the code is valid.
   *
   * @param key a key other than {@link #NO_KEY}
   * @return a combination of {@link #BAD_SEGMENT} and {@link #BAD_HIERARCHY}
   */
  static int problemBits(long key) {
    int bits = 0;
    int p = province(key);
    int township = township(key);
    int village = village(key);
    if (p < 10 || p > 89 || township > 599 || village > 599) {
      bits |= BAD_SEGMENT;
    }
    int city = city(key);
    int county = county(key);
    if ((city == 0 && county != 0)
        || (county == 0 && township != 0 && !(city != 0 && isCityWithoutCounties(key)))
        || (township == 0 && village != 0)) {
      bits |= BAD_HIERARCHY;
    }
    return bits;
  }

  static boolean isValid(long key) {
    return key >= 0 && problemBits(key) == 0;
  }

  /**
   * The depth of a valid key: the level of its lowest non-zero segment.
   *
   * @param key a valid key
   * @return 0 (province) to 4 (village)
   */
  static int depth(long key) {
    if (village(key) != 0) {
      return 4;
    }
    if (township(key) != 0) {
      return 3;
    }
    if (county(key) != 0) {
      return 2;
    }
    if (city(key) != 0) {
      return 1;
    }
    return 0;
  }

  static DivisionLevel level(long key) {
    return LEVELS[depth(key)];
  }

  /**
   * The key of the parent: the lowest non-zero segment set to zero.
   *
   * @param key a valid key
   * @return the parent key, or {@link #NO_KEY} for a province
   */
  static long parent(long key) {
    switch (depth(key)) {
      case 4:
        return key - village(key);
      case 3:
        return key - township(key) * 1_000L;
      case 2:
        return key - county(key) * 1_000_000L;
      case 1:
        return key - city(key) * 100_000_000L;
      default:
        return NO_KEY;
    }
  }

  /**
   * Keeps the significant digits of {@code level} and zeroes the rest.
   *
   * @param key a key
   * @param level the level
   * @return the truncated key
   */
  static long truncate(long key, DivisionLevel level) {
    long unit = POW10[12 - level.digits()];
    return key / unit * unit;
  }

  /**
   * Whether {@code outer} is {@code inner} or one of its ancestors.
   *
   * @param outer a valid key
   * @param inner a valid key
   * @return whether {@code inner} lies in {@code outer}
   */
  static boolean contains(long outer, long inner) {
    int d = depth(outer);
    return depth(inner) >= d && truncate(inner, LEVELS[d]) == outer;
  }

  /**
   * The 12-digit text of a key.
   *
   * @param key a key
   * @return twelve ASCII digits
   */
  static String format(long key) {
    char[] c = new char[12];
    long v = key;
    for (int i = 11; i >= 0; i--) {
      c[i] = (char) ('0' + (int) (v % 10));
      v /= 10;
    }
    return new String(c);
  }
}
