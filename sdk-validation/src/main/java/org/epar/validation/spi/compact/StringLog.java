package org.epar.validation.spi.compact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An append-only, exact log of strings, stored compactly: the characters of each string go into
 * shared byte blocks (one byte per character when every character is below U+0100, else two), one
 * {@code long} per string locates them and one {@code int} keeps its hash code, taken while the
 * string is at hand. Strings are numbered by position ({@code ordinal}), duplicates included;
 * {@link #index()} finds them. About a third of the memory of holding the {@code String}s, and no
 * per-string object for the garbage collector to trace. Not thread-safe.
 *
 * <p>For example:
 *
 * <pre>{@code
 * StringLog ids = new StringLog();
 * int ordinal = ids.add(household.key());
 * StringLog.Index index = ids.index(); // after the last add: finds duplicates by ordinal
 * }</pre>
 *
 * @since 0.1.0
 */
public final class StringLog {

  private static final int MAX_BLOCK = 1 << 18;
  private static final long HUGE = 1L << 62;
  private static final long LATIN = 1L << 61;
  private static final int MAX_INLINE = 1 << 16;

  private final List<byte[]> blocks = new ArrayList<>();
  private final List<String> huge = new ArrayList<>();
  private final LongList where = new LongList();

  /** {@link String#hashCode()} of each string, taken while the string is at hand. */
  private final IntList hashes = new IntList();

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
    hashes.add(s.hashCode());
    if (n > MAX_INLINE) {
      where.add(HUGE | huge.size());
      huge.add(s);
      return ordinal;
    }
    // one byte per character while every character fits; start over with two at the first that
    // does not (the block has room for two bytes per character either way)
    room(2 * n);
    byte[] b = current;
    boolean latin = true;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c > 0xFF) {
        latin = false;
        break;
      }
      b[pos + i] = (byte) c;
    }
    if (!latin) {
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        b[pos + 2 * i] = (byte) (c >>> 8);
        b[pos + 2 * i + 1] = (byte) c;
      }
    }
    append(latin, n);
    return ordinal;
  }

  /**
   * Appends a string of another log without making a {@code String} of it: its bytes and its hash
   * code are copied (what {@code combine} of a rule state does with the later part's log).
   *
   * @param other the other log
   * @param ordinal the string's ordinal there
   * @return its ordinal here
   */
  public int addFrom(StringLog other, int ordinal) {
    long w = other.where.get(ordinal);
    if ((w & HUGE) != 0) {
      return add(other.huge.get((int) (w & ~HUGE)));
    }
    int n = length(w);
    boolean latin = (w & LATIN) != 0;
    int bytes = latin ? n : 2 * n;
    int mine = where.size();
    hashes.add(other.hashes.get(ordinal));
    room(bytes);
    if (n > 0) {
      System.arraycopy(other.block(w), offset(w), current, pos, bytes);
    }
    append(latin, n);
    return mine;
  }

  /**
   * Appends every string of another log, in order, without making a {@code String} of any: as
   * {@code for (int i = 0; i < other.size(); i++) addFrom(other, i);}, but the characters of
   * neighbouring strings are copied in runs, one copy per run (what {@code combine} of a rule state
   * does with the later part's log).
   *
   * @param other the log whose strings to append; not changed (not this log)
   * @throws IllegalArgumentException if {@code other} is this log
   * @since 0.2.0
   */
  public void addAll(StringLog other) {
    if (other == this) {
      throw new IllegalArgumentException("a log cannot append itself");
    }
    int n = other.where.size();
    hashes.addAll(other.hashes, 0);
    int i = 0;
    while (i < n) {
      long w = other.where.get(i);
      if ((w & HUGE) != 0) {
        where.add(HUGE | huge.size());
        huge.add(other.huge.get((int) (w & ~HUGE)));
        i++;
        continue;
      }
      if (length(w) == 0) {
        append(true, 0);
        i++;
        continue;
      }
      // a run: the strings after this one whose bytes follow its bytes in the same block there,
      // as long as they fit in the block here
      byte[] from = other.block(w);
      int start = offset(w);
      room(bytes(w));
      int to = pos;
      int run = 0;
      for (; i < n; i++) {
        long v = other.where.get(i);
        int b = bytes(v);
        if ((v & HUGE) != 0
            || b == 0
            || other.block(v) != from
            || offset(v) != start + run
            || to + run + b > current.length) {
          break;
        }
        where.add(
            (v & LATIN)
                | ((long) (blocks.size() - 1) << 41)
                | ((long) (to + run) << 21)
                | length(v));
        run += b;
      }
      System.arraycopy(from, start, current, to, run);
      pos = to + run;
    }
  }

  /** The bytes of a string that is not huge: one per character, or two. */
  private static int bytes(long w) {
    return (w & LATIN) != 0 ? length(w) : 2 * length(w);
  }

  /** Makes room for some bytes in the current block, starting a new block if needed. */
  private void room(int bytes) {
    if (pos + bytes > current.length) {
      int size = Math.max(bytes, Math.min(MAX_BLOCK, Math.max(256, current.length * 2)));
      current = new byte[size];
      blocks.add(current);
      pos = 0;
    }
  }

  /** Records where the string just copied to {@code pos} is. */
  private void append(boolean latin, int n) {
    where.add(
        (latin ? LATIN : 0)
            | ((long) Math.max(0, blocks.size() - 1) << 41)
            | ((long) pos << 21)
            | n);
    pos += latin ? n : 2 * n;
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
    if (n == 0) {
      return "";
    }
    char[] out = new char[n];
    byte[] b = block(w);
    int p = offset(w);
    boolean latin = (w & LATIN) != 0;
    for (int i = 0; i < n; i++) {
      out[i] = latin ? (char) (b[p + i] & 0xFF) : wide(b, p, i);
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
    if (n == 0) {
      return true;
    }
    byte[] b = block(w);
    int p = offset(w);
    if ((w & LATIN) != 0) {
      for (int i = 0; i < n; i++) {
        if ((b[p + i] & 0xFF) != s.charAt(i)) {
          return false;
        }
      }
    } else {
      for (int i = 0; i < n; i++) {
        if (wide(b, p, i) != s.charAt(i)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether the string at an ordinal is empty or only white space ({@link String#isBlank()}),
   * without making a {@code String} of it.
   *
   * @param ordinal the ordinal
   * @return whether it is blank
   * @since 0.2.0
   */
  public boolean isBlankAt(int ordinal) {
    long w = where.get(ordinal);
    if ((w & HUGE) != 0) {
      return huge.get((int) (w & ~HUGE)).isBlank();
    }
    int n = length(w);
    for (int i = 0; i < n; i++) {
      // no white space lies outside the Basic Multilingual Plane: a surrogate is not blank
      if (!Character.isWhitespace(charAt(w, i))) {
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
    return hashes.get(ordinal);
  }

  private static int length(long w) {
    return (int) (w & ((1 << 21) - 1));
  }

  private char charAt(long w, int i) {
    byte[] b = block(w);
    int p = offset(w);
    return (w & LATIN) != 0 ? (char) (b[p + i] & 0xFF) : wide(b, p, i);
  }

  private byte[] block(long w) {
    return blocks.get((int) ((w >>> 41) & 0xFFFFF));
  }

  private static int offset(long w) {
    return (int) ((w >>> 21) & 0xFFFFF);
  }

  private static char wide(byte[] b, int p, int i) {
    return (char) (((b[p + 2 * i] & 0xFF) << 8) | (b[p + 2 * i + 1] & 0xFF));
  }

  static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }

  /**
   * An index of the strings appended so far: for each ordinal the first ordinal with an equal
   * string, and lookup by string. Built without a hash table: the ordinals are radix-sorted by
   * their stored hash (sequential passes, no probing of a large table), then only strings with
   * equal hashes are compared. Holds one {@code int} per string plus one {@code long} per repeated
   * string. The log must not change while the index is used.
   *
   * @return the index
   */
  public Index index() {
    return new Index();
  }

  /** See {@link #index()}. */
  public final class Index {
    /** Runs of one hash longer than this are resolved with a map, not pairwise. */
    private static final int SMALL_RUN = 8;

    /** The ordinals, ascending by unsigned hash, then by ordinal. */
    private final int[] sorted;

    /** {@code ordinal << 32 | first} of every string seen before, ascending. */
    private final long[] repeats;

    /** For each hash with a long run of entries: the first ordinal of each string. */
    private final Map<Integer, Map<String, Integer>> longRuns = new HashMap<>();

    private final int distinct;

    Index() {
      int n = size();
      sorted = sortByHash();
      LongList found = new LongList();
      for (int s = 0; s < n; ) {
        int h = hashes.get(sorted[s]);
        int e = s + 1;
        while (e < n && hashes.get(sorted[e]) == h) {
          e++;
        }
        if (e - s > SMALL_RUN) {
          Map<String, Integer> firsts = new HashMap<>();
          for (int j = s; j < e; j++) {
            int o = sorted[j];
            Integer f = firsts.putIfAbsent(get(o), o);
            if (f != null) {
              found.add((long) o << 32 | f);
            }
          }
          longRuns.put(h, firsts);
        } else {
          for (int j = s + 1; j < e; j++) {
            int o = sorted[j];
            for (int k = s; k < j; k++) {
              int f = sorted[k];
              if (equalsAt(f, o)) {
                // the earliest equal ordinal of the run: earlier ones come first in it
                found.add((long) o << 32 | f);
                break;
              }
            }
          }
        }
        s = e;
      }
      repeats = new long[found.size()];
      for (int i = 0; i < repeats.length; i++) {
        repeats[i] = found.get(i);
      }
      Arrays.sort(repeats);
      distinct = n - repeats.length;
    }

    /**
     * The first ordinal whose string equals the string at an ordinal.
     *
     * @param ordinal the ordinal
     * @return the first equal ordinal, at most {@code ordinal}
     */
    public int first(int ordinal) {
      int lo = 0;
      int hi = repeats.length - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        int o = (int) (repeats[mid] >>> 32);
        if (o < ordinal) {
          lo = mid + 1;
        } else if (o > ordinal) {
          hi = mid - 1;
        } else {
          return (int) repeats[mid];
        }
      }
      return ordinal;
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
      int h = s.hashCode();
      Map<String, Integer> run = longRuns.get(h);
      if (run != null) {
        Integer f = run.get(s);
        return f == null ? -1 : f;
      }
      int lo = 0;
      int hi = sorted.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (Integer.compareUnsigned(hashes.get(sorted[mid]), h) < 0) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      for (int j = lo; j < sorted.length && hashes.get(sorted[j]) == h; j++) {
        if (equalsAt(sorted[j], s)) {
          return sorted[j];
        }
      }
      return -1;
    }
  }

  /**
   * The ordinals sorted by their hash as an unsigned number, stably (ordinals stay ascending within
   * a hash): a least-significant-digit radix sort in three passes of 11, 11 and 10 bits.
   */
  private int[] sortByHash() {
    int n = size();
    int[] from = new int[n];
    for (int i = 0; i < n; i++) {
      from[i] = i;
    }
    int[] to = new int[n];
    int[] count = new int[1 << 11];
    for (int shift = 0; shift < 32; shift += 11) {
      Arrays.fill(count, 0);
      for (int i = 0; i < n; i++) {
        count[(hashes.get(from[i]) >>> shift) & 0x7FF]++;
      }
      int sum = 0;
      for (int d = 0; d < count.length; d++) {
        int c = count[d];
        count[d] = sum;
        sum += c;
      }
      for (int i = 0; i < n; i++) {
        int o = from[i];
        to[count[(hashes.get(o) >>> shift) & 0x7FF]++] = o;
      }
      int[] t = from;
      from = to;
      to = t;
    }
    return from;
  }
}
