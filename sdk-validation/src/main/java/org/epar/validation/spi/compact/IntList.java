package org.epar.validation.spi.compact;

import java.util.Arrays;

/**
 * An append-only list of primitive {@code int}s in blocks: no boxing, and growing never copies what
 * is already stored (no transient doubling of a large array). Not thread-safe.
 *
 * <p>For example: {@code IntList starts = new IntList(); starts.add(members.size());}
 *
 * @since 0.1.0
 */
public final class IntList {

  private static final int SHIFT = 14;
  private static final int BLOCK = 1 << SHIFT;
  private static final int MASK = BLOCK - 1;

  private int[][] blocks = new int[1][];
  private int size;

  /** Creates an empty list. */
  public IntList() {}

  /**
   * Appends a value.
   *
   * @param v the value
   */
  public void add(int v) {
    int b = size >>> SHIFT;
    int o = size & MASK;
    if (b == blocks.length) {
      blocks = Arrays.copyOf(blocks, b * 2);
    }
    int[] block = blocks[b];
    if (block == null) {
      block = new int[b == 0 ? 16 : BLOCK];
      blocks[b] = block;
    } else if (o == block.length) {
      block = Arrays.copyOf(block, Math.min(BLOCK, block.length * 4));
      blocks[b] = block;
    }
    block[o] = v;
    size++;
  }

  /**
   * Appends every value of another list, each plus a number, in order, copying runs of them at
   * once: as {@code for (int i = 0; i < other.size(); i++) add(other.get(i) + plus);}, several
   * times faster for long lists.
   *
   * @param other the list whose values to append; not changed (it may be this list)
   * @param plus added to each value (0 to copy them as they are)
   * @since 0.2.0
   */
  public void addAll(IntList other, int plus) {
    int n = other.size;
    int[][] from = other.blocks;
    for (int i = 0; i < n; ) {
      int b = size >>> SHIFT;
      int o = size & MASK;
      if (b == blocks.length) {
        blocks = Arrays.copyOf(blocks, b * 2);
      }
      int[] block = blocks[b];
      int want = Math.min(BLOCK, o + (n - i));
      if (block == null) {
        block = new int[b == 0 ? Math.max(16, want) : BLOCK];
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
      if (plus != 0) {
        for (int k = o; k < o + run; k++) {
          block[k] += plus;
        }
      }
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
  public int get(int i) {
    return blocks[i >>> SHIFT][i & MASK];
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
