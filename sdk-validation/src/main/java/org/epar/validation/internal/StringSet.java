package org.epar.validation.internal;

/**
 * An exact set of strings stored compactly in a {@link StringLog}: open addressing over ordinals,
 * with each string's hash kept in its slot so that probing and growing never decode a string and
 * rarely touch the log. Not thread-safe.
 */
public final class StringSet {

  private final StringLog log = new StringLog();
  /** Per slot the string's hash in the high half and its ordinal + 1 in the low half, or 0. */
  private long[] table = new long[16];

  /** Creates an empty set. */
  public StringSet() {}

  /**
   * Adds a string.
   *
   * @param s the string
   * @return whether it was not in the set before
   */
  public boolean add(String s) {
    int h = s.hashCode();
    int mask = table.length - 1;
    int i = StringLog.spread(h) & mask;
    long e;
    while ((e = table[i]) != 0) {
      if ((int) (e >>> 32) == h && log.equalsAt((int) e - 1, s)) {
        return false;
      }
      i = (i + 1) & mask;
    }
    table[i] = ((long) h << 32) | (log.add(s) + 1);
    if (log.size() * 4L > table.length * 3L) {
      grow();
    }
    return true;
  }

  /**
   * Whether a string is in the set.
   *
   * @param s the string
   * @return whether it is
   */
  public boolean contains(String s) {
    int h = s.hashCode();
    int mask = table.length - 1;
    int i = StringLog.spread(h) & mask;
    long e;
    while ((e = table[i]) != 0) {
      if ((int) (e >>> 32) == h && log.equalsAt((int) e - 1, s)) {
        return true;
      }
      i = (i + 1) & mask;
    }
    return false;
  }

  /**
   * The number of strings.
   *
   * @return the size
   */
  public int size() {
    return log.size();
  }

  /**
   * A string of the set, in the order they were added.
   *
   * @param i {@code 0 <= i < size()}
   * @return the string
   */
  public String get(int i) {
    return log.get(i);
  }

  private void grow() {
    long[] t = new long[table.length * 2];
    int mask = t.length - 1;
    for (long e : table) {
      if (e != 0) {
        int i = StringLog.spread((int) (e >>> 32)) & mask;
        while (t[i] != 0) {
          i = (i + 1) & mask;
        }
        t[i] = e;
      }
    }
    table = t;
  }
}
