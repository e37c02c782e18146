package org.epar.validation.spi.compact;

/**
 * An exact set of strings stored compactly in a {@link StringLog}: open addressing over ordinals,
 * with each string's hash kept in its slot so that probing and growing never decode a string and
 * rarely touch the log. Strings added with {@link #addLater} are only hashed when the set is next
 * asked. Not thread-safe.
 *
 * <p>For example: {@code StringSet defined = new StringSet(); defined.addLater(key);
 * defined.contains(ref)}
 *
 * @since 0.1.0
 */
public final class StringSet {

  private final StringLog log = new StringLog();

  /** Ordinals of the log below this one have been put in the table (or found there). */
  private int indexed;

  private int entries;

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
    catchUp();
    if (find(s)) {
      return false;
    }
    indexed++;
    insert(log.add(s), s.hashCode());
    return true;
  }

  /**
   * Adds a string without hashing it yet: the next {@link #add} or {@link #contains} does. For a
   * set that is mostly filled and rarely asked (e.g. the household IDs of a file that never refers
   * to a household). A string added twice this way is counted twice by {@link #size()}.
   *
   * @param s the string
   */
  public void addLater(String s) {
    log.add(s);
  }

  /**
   * Adds every string of another set the way {@link #addLater} does, copying them without making
   * {@code String}s of them.
   *
   * @param other the other set, unchanged
   */
  public void addAllLater(StringSet other) {
    log.addAll(other.log);
  }

  /**
   * Whether a string is in the set.
   *
   * @param s the string
   * @return whether it is
   */
  public boolean contains(String s) {
    catchUp();
    return find(s);
  }

  /**
   * The number of strings added: the number of distinct strings unless {@link #addLater} added one
   * more than once.
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

  private boolean find(String s) {
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

  private void catchUp() {
    int to = log.size();
    for (int o = indexed; o < to; o++) {
      int h = log.hashAt(o);
      if (!findOrdinal(o, h)) {
        insert(o, h);
      }
    }
    indexed = to;
  }

  private boolean findOrdinal(int o, int h) {
    int mask = table.length - 1;
    int i = StringLog.spread(h) & mask;
    long e;
    while ((e = table[i]) != 0) {
      if ((int) (e >>> 32) == h && log.equalsAt((int) e - 1, o)) {
        return true;
      }
      i = (i + 1) & mask;
    }
    return false;
  }

  private void insert(int o, int h) {
    int mask = table.length - 1;
    int i = StringLog.spread(h) & mask;
    while (table[i] != 0) {
      i = (i + 1) & mask;
    }
    table[i] = ((long) h << 32) | (o + 1);
    if (++entries * 4L > table.length * 3L) {
      grow();
    }
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
