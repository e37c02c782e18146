package org.epar.validation.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * An append-only, exact log of strings, stored compactly: the characters of each string go into
 * shared byte blocks (one byte per character when every character is below U+0100, else two), and
 * one {@code long} per string locates them. Strings are numbered by position ({@code ordinal}),
 * duplicates included; {@link #index()} finds them. About a third of the memory of holding the
 * {@code String}s, and no per-string object for the garbage collector to trace. Not thread-safe.
 */
public final class StringLog {

  private static final int MAX_BLOCK = 1 << 18;
  private static final long HUGE = 1L << 62;
  private static final long LATIN = 1L << 61;
  private static final int MAX_INLINE = 1 << 16;

  private final List<byte[]> blocks = new ArrayList<>();
  private final List<String> huge = new ArrayList<>();
  private final LongList where = new LongList();
  private byte[] current = new byte[0];
  private int pos;

  /** Creates an empty log. */
  public StringLog() {}

  /**
   * Appends a string.
   *
   * @param s the string
   * @return its ordinal
   */
  public int add(String s) {
    int n = s.length();
    int ordinal = where.size();
    if (n > MAX_INLINE) {
      where.add(HUGE | huge.size());
      huge.add(s);
      return ordinal;
    }
    boolean latin = true;
    for (int i = 0; i < n; i++) {
      if (s.charAt(i) > 0xFF) {
        latin = false;
        break;
      }
    }
    int bytes = latin ? n : 2 * n;
    if (pos + bytes > current.length) {
      int size = Math.max(bytes, Math.min(MAX_BLOCK, Math.max(256, current.length * 2)));
      current = new byte[size];
      blocks.add(current);
      pos = 0;
    }
    byte[] b = current;
    if (latin) {
      for (int i = 0; i < n; i++) {
        b[pos + i] = (byte) s.charAt(i);
      }
    } else {
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        b[pos + 2 * i] = (byte) (c >>> 8);
        b[pos + 2 * i + 1] = (byte) c;
      }
    }
    where.add((latin ? LATIN : 0) | ((long) Math.max(0, blocks.size() - 1) << 41) | ((long) pos << 21) | n);
    pos += bytes;
    return ordinal;
  }

  /**
   * The number of strings appended.
   *
   * @return the size
   */
  public int size() {
    return where.size();
  }

  /**
   * A string again.
   *
   * @param ordinal its ordinal
   * @return a new string equal to the one appended
   */
  public String get(int ordinal) {
    long w = where.get(ordinal);
    if ((w & HUGE) != 0) {
      return huge.get((int) (w & ~HUGE));
    }
    int n = length(w);
    char[] out = new char[n];
    for (int i = 0; i < n; i++) {
      out[i] = charAt(w, i);
    }
    return new String(out);
  }

  /**
   * Whether the string at an ordinal equals a string.
   *
   * @param ordinal the ordinal
   * @param s the string
   * @return whether they are equal
   */
  public boolean equalsAt(int ordinal, String s) {
    long w = where.get(ordinal);
    if ((w & HUGE) != 0) {
      return huge.get((int) (w & ~HUGE)).equals(s);
    }
    int n = length(w);
    if (n != s.length()) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (charAt(w, i) != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  boolean equalsAt(int a, int b) {
    long wa = where.get(a);
    long wb = where.get(b);
    if ((wa & HUGE) != 0 || (wb & HUGE) != 0) {
      return get(a).equals(get(b));
    }
    int n = length(wa);
    if (n != length(wb)) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (charAt(wa, i) != charAt(wb, i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The hash code of the string at an ordinal, equal to {@link String#hashCode()}.
   *
   * @param ordinal the ordinal
   * @return the hash code
   */
  public int hashAt(int ordinal) {
    long w = where.get(ordinal);
    if ((w & HUGE) != 0) {
      return huge.get((int) (w & ~HUGE)).hashCode();
    }
    int n = length(w);
    int h = 0;
    for (int i = 0; i < n; i++) {
      h = 31 * h + charAt(w, i);
    }
    return h;
  }

  private static int length(long w) {
    return (int) (w & ((1 << 21) - 1));
  }

  private char charAt(long w, int i) {
    byte[] b = blocks.get((int) ((w >>> 41) & 0xFFFFF));
    int p = (int) ((w >>> 21) & 0xFFFFF);
    if ((w & LATIN) != 0) {
      return (char) (b[p + i] & 0xFF);
    }
    return (char) (((b[p + 2 * i] & 0xFF) << 8) | (b[p + 2 * i + 1] & 0xFF));
  }

  static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }

  /**
   * An index of the strings appended so far: for each ordinal the first ordinal with an equal
   * string, and lookup by string. Built in one pass; the log must not change while it is used.
   *
   * @return the index
   */
  public Index index() {
    return new Index();
  }

  /** See {@link #index()}. */
  public final class Index {
    private final int[] table;
    private final int[] hashes;
    private final int[] first;
    private int distinct;

    Index() {
      int n = size();
      int cap = Integer.highestOneBit(Math.max(2, n) * 2 - 1) << 1;
      table = new int[cap];
      hashes = new int[n];
      first = new int[n];
      int mask = cap - 1;
      for (int i = 0; i < n; i++) {
        int h = hashAt(i);
        hashes[i] = h;
        int s = spread(h) & mask;
        int found = -1;
        while (table[s] != 0) {
          int o = table[s] - 1;
          if (hashes[o] == h && equalsAt(o, i)) {
            found = o;
            break;
          }
          s = (s + 1) & mask;
        }
        if (found < 0) {
          table[s] = i + 1;
          first[i] = i;
          distinct++;
        } else {
          first[i] = found;
        }
      }
    }

    /**
     * The first ordinal whose string equals the string at an ordinal.
     *
     * @param ordinal the ordinal
     * @return the first equal ordinal, at most {@code ordinal}
     */
    public int first(int ordinal) {
      return first[ordinal];
    }

    /**
     * The number of distinct strings.
     *
     * @return the count
     */
    public int distinct() {
      return distinct;
    }

    /**
     * The first ordinal of a string.
     *
     * @param s the string
     * @return the ordinal, or -1 when the log does not hold it
     */
    public int find(String s) {
      int mask = table.length - 1;
      int h = s.hashCode();
      int i = spread(h) & mask;
      while (table[i] != 0) {
        if (hashes[table[i] - 1] == h && equalsAt(table[i] - 1, s)) {
          return table[i] - 1;
        }
        i = (i + 1) & mask;
      }
      return -1;
    }
  }
}
