package org.epar.validation.spi.compact;

/**
 * An append-only list of {@code long}s that is exact for every value and takes 4 bytes per value
 * when neighbouring values share their upper 32 bits, as the input indexes of a file's records do
 * (they grow by one per record; the upper half changes once per 2<sup>32</sup> records). Not
 * thread-safe.
 *
 * <p>The lower half of each value is kept in an {@link IntList}; the upper half only where it
 * differs from the value before, as a run (first position, upper half), found by binary search.
 * Values whose upper halves keep changing stay exact at up to 12 bytes each.
 *
 * <p>For example: {@code IndexList indexes = new IndexList(); indexes.add(5_000_000_000L);}
 *
 * @since 0.2.0
 */
public final class IndexList {

  private final IntList low = new IntList();
  private final IntList runStarts = new IntList();
  private final IntList runHighs = new IntList();

  /** Creates an empty list. */
  public IndexList() {}

  /**
   * Appends a value.
   *
   * @param v the value
   */
  public void add(long v) {
    int high = (int) (v >>> 32);
    int runs = runStarts.size();
    if (runs == 0 ? high != 0 : runHighs.get(runs - 1) != high) {
      runStarts.add(low.size());
      runHighs.add(high);
    }
    low.add((int) v);
  }

  /**
   * Appends every value of another list, in order: as {@code for (int i = 0; i < other.size(); i++)
   * add(other.get(i));}. When every value of the other list shares one upper half (a list of one
   * part of a file, say), its lower halves are copied at once, with at most one run added.
   *
   * @param other the list whose values to append; not changed (not this list)
   * @throws IllegalArgumentException if {@code other} is this list
   * @since 0.2.0
   */
  public void addAll(IndexList other) {
    if (other == this) {
      throw new IllegalArgumentException("a list cannot append itself");
    }
    int n = other.size();
    int theirRuns = other.runs();
    if (n == 0) {
      return;
    }
    if (theirRuns == 0 || (theirRuns == 1 && other.runStarts.get(0) == 0)) {
      int theirs = theirRuns == 0 ? 0 : other.runHighs.get(0);
      int runs = runStarts.size();
      if (theirs != (runs == 0 ? 0 : runHighs.get(runs - 1))) {
        runStarts.add(low.size());
        runHighs.add(theirs);
      }
      low.addAll(other.low, 0);
      return;
    }
    int run = 0;
    int high = 0;
    for (int i = 0; i < n; i++) {
      if (run < theirRuns && other.runStarts.get(run) == i) {
        high = other.runHighs.get(run++);
      }
      add(((long) high << 32) | (other.low.get(i) & 0xFFFF_FFFFL));
    }
  }

  /**
   * The value at a position.
   *
   * @param i the position, {@code 0 <= i < size()}
   * @return the value, exactly as added
   */
  public long get(int i) {
    if (i < 0 || i >= low.size()) {
      throw new IndexOutOfBoundsException("position " + i + " of " + low.size());
    }
    return ((long) highAt(i) << 32) | (low.get(i) & 0xFFFF_FFFFL);
  }

  /**
   * The number of values.
   *
   * @return the size
   */
  public int size() {
    return low.size();
  }

  /**
   * The number of runs of equal upper halves kept besides the lower halves (0 while every value is
   * below 2<sup>32</sup>): the list's memory is {@code 4 * size() + 8 * runs()} bytes plus blocks.
   *
   * @return the count
   */
  public int runs() {
    return runStarts.size();
  }

  /** The upper half at a position: that of the last run starting at or before it, else 0. */
  private int highAt(int i) {
    int lo = 0;
    int hi = runStarts.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (runStarts.get(mid) <= i) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found < 0 ? 0 : runHighs.get(found);
  }
}
