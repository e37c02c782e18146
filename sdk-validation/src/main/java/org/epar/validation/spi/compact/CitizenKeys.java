package org.epar.validation.spi.compact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Citizen identity numbers as exact {@code long} keys: a well-shaped 18-character number (17 digits
 * and a digit or {@code X}) packs into {@code digits * 11 + check} (0 or more), a 15-digit legacy
 * number into {@code -1 - digits} (negative, above {@code -10^15}); any other text gets an ordinal
 * in a small exact table of this instance, as {@link Long#MIN_VALUE} plus the ordinal. Two texts
 * get the same key exactly when they are equal, so the keys can be compared, hashed and sorted
 * without the strings. Keys of "other" texts are local to an instance: {@link #copy} moves a key
 * between instances. Not thread-safe; never print a key's text unmasked.
 *
 * <p>For example, one key per member in a {@link LongList}:
 *
 * <pre>{@code
 * String c = Citizens.canonical(member.citizenId());
 * state.members.add(c == null ? CitizenKeys.NONE : state.citizens.key(c));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CitizenKeys {

  /** A key that no text has: a placeholder. */
  public static final long NONE = Long.MAX_VALUE;

  private final Map<String, Integer> others = new HashMap<>();
  private final List<String> texts = new ArrayList<>();

  /** Creates an empty table. */
  public CitizenKeys() {}

  /**
   * The key of a text.
   *
   * @param s the text (a normalized or raw citizen identity number)
   * @return its key
   */
  public long key(String s) {
    long p = packed(s);
    if (p != NONE) {
      return p;
    }
    Integer o = others.get(s);
    if (o == null) {
      o = texts.size();
      others.put(s, o);
      texts.add(s);
    }
    return Long.MIN_VALUE + o;
  }

  /**
   * The key of a text if this table can have it, without adding anything.
   *
   * @param s the text
   * @return its key, or {@link #NONE} when no key of this table is that text
   */
  public long existingKey(String s) {
    long p = packed(s);
    if (p != NONE) {
      return p;
    }
    Integer o = others.get(s);
    return o == null ? NONE : Long.MIN_VALUE + o;
  }

  /**
   * Whether every key of this table is a packed number: no text is kept whole, so {@link #copy}
   * returns each key as it is.
   *
   * @return whether no text is kept
   * @since 0.2.0
   */
  public boolean packedOnly() {
    return texts.isEmpty();
  }

  /**
   * The key of the same text in this table.
   *
   * @param key a key of {@code from}
   * @param from the table of that key
   * @return the key here
   */
  public long copy(long key, CitizenKeys from) {
    return key < -1_000_000_000_000_000L ? key(from.text(key)) : key;
  }

  /**
   * The text of a key again; for masking only.
   *
   * @param key a key of this table
   * @return the text
   */
  public String text(long key) {
    if (key < -1_000_000_000_000_000L) {
      return texts.get((int) (key - Long.MIN_VALUE));
    }
    if (key < 0) {
      return pad(Long.toString(-1 - key), 15);
    }
    long c = key % 11;
    return pad(Long.toString(key / 11), 17) + (c == 10 ? "X" : Long.toString(c));
  }

  /**
   * The packed form of a well-shaped number.
   *
   * @param s the text
   * @return its packed key, or {@link #NONE} when it is not well-shaped
   */
  static long packed(String s) {
    int n = s.length();
    if (n == 18) {
      long v = 0;
      for (int i = 0; i < 17; i++) {
        char c = s.charAt(i);
        if (c < '0' || c > '9') {
          return NONE;
        }
        v = v * 10 + (c - '0');
      }
      char c = s.charAt(17);
      if (c >= '0' && c <= '9') {
        return v * 11 + (c - '0');
      }
      return c == 'X' ? v * 11 + 10 : NONE;
    }
    if (n == 15) {
      long v = 0;
      for (int i = 0; i < 15; i++) {
        char c = s.charAt(i);
        if (c < '0' || c > '9') {
          return NONE;
        }
        v = v * 10 + (c - '0');
      }
      return -1 - v;
    }
    return NONE;
  }

  private static String pad(String digits, int n) {
    return "0".repeat(Math.max(0, n - digits.length())) + digits;
  }
}
