package org.epar.validation.internal;

/**
 * An exact set of strings stored compactly in a {@link StringLog}: open addressing over ordinals,
 * with each string's hash kept so that probing and growing never decode a string. Not thread-safe.
 */
public final class StringSet {

  private final StringLog log = new StringLog();
  private final IntList hashes = new IntList();
  private int[] table = new int[16];

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
    int o;
    while ((o = table[i]) != 0) {
      if (hashes.get(o - 1) == h && log.equalsAt(o - 1, s)) {
        return false;
      }
      i = (i + 1) & mask;
    }
    table[i] = log.add(s) + 1;
    hashes.add(h);
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
    int o;
    while ((o = table[i]) != 0) {
      if (hashes.get(o - 1) == h && log.equalsAt(o - 1, s)) {
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
    int[] t = new int[table.length * 2];
    int mask = t.length - 1;
    for (int o = 0; o < log.size(); o++) {
      int i = StringLog.spread(hashes.get(o)) & mask;
      while (t[i] != 0) {
        i = (i + 1) & mask;
      }
      t[i] = o + 1;
    }
    table = t;
  }
}
