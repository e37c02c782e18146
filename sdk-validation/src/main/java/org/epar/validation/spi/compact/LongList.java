package org.epar.validation.spi.compact;

import java.util.Arrays;

/**
 * An append-only list of primitive {@code long}s in blocks: no boxing, and growing never copies
 * what is already stored (no transient doubling of a large array). Not thread-safe.
 *
 * <p>For example: {@code LongList indexes = new LongList(); indexes.add(index);}
 *
 * @since 0.1.0
 */
public final class LongList {

  private static final int SHIFT = 14;
  private static final int BLOCK = 1 << SHIFT;
  private static final int MASK = BLOCK - 1;

  private long[][] blocks = new long[1][];
  private int size;

  /** Creates an empty list. */
  public LongList() {}

  /**
   * Appends a value.
   *
   * @param v the value
   */
  public void add(long v) {
    int b = size >>> SHIFT;
    int o = size & MASK;
    if (b == blocks.length) {
      blocks = Arrays.copyOf(blocks, b * 2);
    }
    long[] block = blocks[b];
    if (block == null) {
      block = new long[b == 0 ? 16 : BLOCK];
      blocks[b] = block;
    } else if (o == block.length) {
      block = Arrays.copyOf(block, Math.min(BLOCK, block.length * 4));
      blocks[b] = block;
    }
    block[o] = v;
    size++;
  }

  /**
   * Appends every value of another list, in order, copying runs of them at once: as {@code for (int
   * i = 0; i < other.size(); i++) add(other.get(i));}, several times faster for long lists.
   *
   * @param other the list whose values to append; not changed (it may be this list)
   * @since 0.2.0
   */
  public void addAll(LongList other) {
    int n = other.size;
    long[][] from = other.blocks;
    for (int i = 0; i < n; ) {
      int b = size >>> SHIFT;
      int o = size & MASK;
      if (b == blocks.length) {
        blocks = Arrays.copyOf(blocks, b * 2);
      }
      long[] block = blocks[b];
      int want = Math.min(BLOCK, o + (n - i));
      if (block == null) {
        block = new long[b == 0 ? Math.max(16, want) : BLOCK];
        blocks[b] = block;
      } else if (block.length < want) {
        int grown = block.length;
        while (grown < want) {
          grown = Math.min(BLOCK, grown * 4);
        }
        block = Arrays.copyOf(block, grown);
        blocks[b] = block;
      }
      int run = Math.min(Math.min(block.length - o, BLOCK - (i & MASK)), n - i);
      System.arraycopy(from[i >>> SHIFT], i & MASK, block, o, run);
      size += run;
      i += run;
    }
  }

  /**
   * The value at a position.
   *
   * @param i the position, {@code 0 <= i < size()}
   * @return the value
   */
  public long get(int i) {
    return blocks[i >>> SHIFT][i & MASK];
  }

  /**
   * Copies values into an array, a block at a time: as {@code dest[at + k] = get(from + k)} for
   * every {@code k < length}, for a walk over many values that reads them from an array of its own.
   *
   * @param from the first position
   * @param dest the array
   * @param at where in {@code dest} the first value goes
   * @param length how many values
   * @throws IndexOutOfBoundsException if {@code [from, from + length)} is not within the list or
   *     {@code [at, at + length)} not within {@code dest}
   * @since 0.2.0
   */
  public void copyTo(int from, long[] dest, int at, int length) {
    java.util.Objects.checkFromIndexSize(from, length, size);
    java.util.Objects.checkFromIndexSize(at, length, dest.length);
    int i = from;
    int to = at;
    int end = from + length;
    while (i < end) {
      int run = Math.min(BLOCK - (i & MASK), end - i);
      System.arraycopy(blocks[i >>> SHIFT], i & MASK, dest, to, run);
      to += run;
      i += run;
    }
  }

  /**
   * The number of values.
   *
   * @return the size
   */
  public int size() {
    return size;
  }
}
