package org.epar.validation.spi.compact;

import java.util.function.LongConsumer;

/**
 * An exact set of primitive {@code long}s: open addressing with linear probing, no boxing, no
 * allocation per element. Every {@code long} value can be stored (0 included). Not thread-safe.
 *
 * <p>For example: {@code LongHashSet seen = new LongHashSet(); if (!seen.add(key)) { duplicate }}
 *
 * @since 0.1.0
 */
public final class LongHashSet {

  private long[] table;
  private int mask;
  private int size;
  private boolean hasZero;

  /** Creates an empty set. */
  public LongHashSet() {
    this(16);
  }

  /**
   * Creates an empty set sized for some elements.
   *
   * @param expected the expected number of elements
   */
  public LongHashSet(int expected) {
    int cap = Integer.highestOneBit(Math.max(4, (int) Math.min(1 << 30, expected * 2L)) - 1) << 1;
    table = new long[cap];
    mask = cap - 1;
  }

  static int slot(long v, int mask) {
    long h = v * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32) ^ (h >>> 17)) & mask;
  }

  /**
   * Adds a value.
   *
   * @param v the value
   * @return whether it was not in the set before
   */
  public boolean add(long v) {
    if (v == 0) {
      if (hasZero) {
        return false;
      }
      hasZero = true;
      size++;
      return true;
    }
    long[] t = table;
    int i = slot(v, mask);
    while (t[i] != 0) {
      if (t[i] == v) {
        return false;
      }
      i = (i + 1) & mask;
    }
    t[i] = v;
    size++;
    if (size * 4L > t.length * 3L) {
      grow();
    }
    return true;
  }

  /**
   * Whether a value is in the set.
   *
   * @param v the value
   * @return whether it is
   */
  public boolean contains(long v) {
    if (v == 0) {
      return hasZero;
    }
    long[] t = table;
    int i = slot(v, mask);
    long x;
    while ((x = t[i]) != 0) {
      if (x == v) {
        return true;
      }
      i = (i + 1) & mask;
    }
    return false;
  }

  /**
   * The number of values.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * Calls an action with every value, in no particular order.
   *
   * @param action the action
   */
  public void forEach(LongConsumer action) {
    if (hasZero) {
      action.accept(0L);
    }
    for (long v : table) {
      if (v != 0) {
        action.accept(v);
      }
    }
  }

  /** Removes every value, keeping the table's capacity. */
  public void clear() {
    java.util.Arrays.fill(table, 0L);
    size = 0;
    hasZero = false;
  }

  private void grow() {
    long[] old = table;
    long[] t = new long[old.length * 2];
    int m = t.length - 1;
    for (long v : old) {
      if (v != 0) {
        int i = slot(v, m);
        while (t[i] != 0) {
          i = (i + 1) & m;
        }
        t[i] = v;
      }
    }
    table = t;
    mask = m;
  }
}
