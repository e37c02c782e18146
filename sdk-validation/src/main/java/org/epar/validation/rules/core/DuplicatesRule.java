package org.epar.validation.rules.core;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.epar.core.id.CitizenId;
import org.epar.core.model.Attendance;
import org.epar.core.model.EparRecord;
import org.epar.core.model.Household;
import org.epar.core.model.RecordType;
import org.epar.validation.Location;
import org.epar.validation.spi.Citizens;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.HouseholdMembers;
import org.epar.validation.spi.Masking;
import org.epar.validation.spi.RuleContext;
import org.epar.validation.spi.SharedState;
import org.epar.validation.spi.SharedStateRule;
import org.epar.validation.spi.SharedStates;
import org.epar.validation.spi.compact.LongHashSet;
import org.epar.validation.spi.compact.LongList;
import org.epar.validation.spi.compact.StringLog;
import org.jspecify.annotations.Nullable;

/**
 * CORE-DUP-01: IDs are unique per record type; one citizen identity number belongs to at most one
 * household; the same attendance (person + session) is counted once.
 *
 * <p>Readings: a record's ID is its {@link EparRecord#key()} (empty keys are absent data and are
 * skipped); two records of different types may share an ID. A citizen identity number listed twice
 * in the same household is a duplicate too. Citizen identity numbers are compared in their
 * {@linkplain CitizenId#normalized() normalized} form (a lower-case {@code x} equals {@code X}); a
 * 15-digit legacy number and its 18-character form are different numbers here (CORE-ID-01 already
 * reports the legacy one). An attendance is the pair (normalized citizen identity number, session
 * id); attendances without a citizen identity number or session are not compared.
 *
 * <p>The state keeps the numbers exactly but compactly: a well-shaped number (17 digits and a digit
 * or {@code X}, or 15 digits) is packed into a {@code long} without loss; any other text is kept as
 * its normalized string. Nothing in the state is ever printed: findings carry the masked number.
 * Each duplicate is reported once, at its second occurrence, with the number of occurrences as
 * {@code count}, {@code 1} as threshold and the first occurrence as the finding's related location.
 * No parameters.
 *
 * @since 0.1.0
 */
final class DuplicatesRule implements SharedStateRule<DuplicatesRule.State> {

  /** The rule ID. */
  static final String ID = "CORE-DUP-01";

  /**
   * A citizen identity number compared exactly: {@code packed} when {@code other} is null. {@link
   * #toString()} reveals nothing.
   */
  record PersonKey(long packed, @Nullable String other) {
    static PersonKey of(CitizenId id) {
      String canonical = Citizens.canonical(id);
      String s = canonical == null ? "" : canonical;
      int n = s.length();
      if (n == 18 && digits(s, 17) && (isDigit(s.charAt(17)) || s.charAt(17) == 'X')) {
        long v = Long.parseLong(s, 0, 17, 10);
        char c = s.charAt(17);
        return new PersonKey(v * 11 + (c == 'X' ? 10 : c - '0'), null);
      }
      if (n == 15 && digits(s, 15)) {
        return new PersonKey(-1 - Long.parseLong(s), null);
      }
      return new PersonKey(0, s);
    }

    private static boolean digits(String s, int to) {
      for (int i = 0; i < to; i++) {
        if (!isDigit(s.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }

    /**
     * The normalized number again, for masking only; never print it unmasked.
     *
     * @return the normalized text
     */
    String text() {
      if (other != null) {
        return other;
      }
      if (packed < 0) {
        return pad(Long.toString(-1 - packed), 15);
      }
      long c = packed % 11;
      return pad(Long.toString(packed / 11), 17) + (c == 10 ? "X" : Long.toString(c));
    }

    private static String pad(String digits, int n) {
      return "0".repeat(Math.max(0, n - digits.length())) + digits;
    }

    @Override
    public String toString() {
      return "PersonKey[***]";
    }
  }

  /** An attendance: a person in a session. */
  record AttendanceKey(PersonKey person, String session) {
    @Override
    public String toString() {
      return "AttendanceKey[***, " + session + "]";
    }
  }

  /**
   * Occurrences of one key: how many, the first one (record id, input index, member position or -1)
   * and, once known, where the first and the second one are.
   */
  static final class Occurrences {
    int count = 1;
    final String firstId;
    final long firstIndex;
    final int firstSlot;
    @Nullable Location first;
    @Nullable Location second;

    Occurrences(String firstId, long firstIndex, int firstSlot) {
      this.firstId = firstId;
      this.firstIndex = firstIndex;
      this.firstSlot = firstSlot;
    }

    Location first(String wireName, String field) {
      String path = firstSlot < 0 ? field : "members[" + firstSlot + "]." + field;
      return new Location(wireName, firstId, path, firstIndex);
    }
  }

  /**
   * The non-empty IDs of one record type other than household, in input order, with their input
   * indexes; and, as a cache that is not part of the state's data (transient: not written, rebuilt
   * after reading), an index of the IDs logged so far that {@link #repeats()} extends by the IDs
   * logged since its last call. So a state that is finished, fed more records and finished again
   * (an assessor's live accumulator) indexes only the new IDs.
   */
  static final class IdLog {
    final StringLog ids = new StringLog();
    final LongList indexes = new LongList();

    /** Open addressing: the first ordinal of each distinct ID plus one, by hash; 0 is empty. */
    private transient int @Nullable [] table;

    /** How many ordinals the table covers. */
    private transient int indexed;

    /** How many distinct IDs the table holds. */
    private transient int distinct;

    /** {@code ordinal << 32 | first ordinal} of each repeated ID, by ascending ordinal. */
    private transient @Nullable LongList repeats;

    void add(String id, long index) {
      ids.add(id);
      indexes.add(index);
    }

    /**
     * Every ID seen before, as {@code ordinal << 32 | first ordinal}, by ascending ordinal: indexes
     * the IDs logged since the last call. Changes only the cache.
     */
    LongList repeats() {
      int n = ids.size();
      int[] t = table;
      LongList found = repeats;
      if (t == null || found == null) {
        t = new int[capacity(n)];
        found = new LongList();
        indexed = 0;
        distinct = 0;
        repeats = found;
      }
      for (int o = indexed; o < n; o++) {
        if ((distinct + 1) * 4L > t.length * 3L) {
          t = grown(t);
        }
        int first = insert(t, o);
        if (first != o) {
          found.add((long) o << 32 | first);
        }
      }
      table = t;
      indexed = n;
      return found;
    }

    private static int capacity(int n) {
      return (int) Math.min(1 << 30, Long.highestOneBit(Math.max(16L, n * 4L / 3 + 1) * 2 - 1));
    }

    /** Puts an ordinal in the table; returns the first ordinal of its ID (itself if new). */
    private int insert(int[] t, int o) {
      int h = ids.hashAt(o);
      int mask = t.length - 1;
      @Nullable String id = null;
      for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
        int v = t[slot];
        if (v == 0) {
          t[slot] = o + 1;
          distinct++;
          return o;
        }
        int f = v - 1;
        if (ids.hashAt(f) == h) {
          if (id == null) {
            id = ids.get(o);
          }
          if (ids.equalsAt(f, id)) {
            return f;
          }
        }
      }
    }

    private int[] grown(int[] t) {
      int[] g = new int[t.length * 2];
      int mask = g.length - 1;
      for (int v : t) {
        if (v != 0) {
          int slot = spread(ids.hashAt(v - 1)) & mask;
          while (g[slot] != 0) {
            slot = (slot + 1) & mask;
          }
          g[slot] = v;
        }
      }
      return g;
    }

    private static int spread(int h) {
      int x = h * 0x9E3779B9;
      return x ^ (x >>> 16);
    }
  }

  /**
   * The mergeable state: a compact log of what was seen, in input order, checked for duplicates at
   * {@link #finish}. Per record type other than household the non-empty IDs, and the attendances.
   * The households, with their IDs (possibly empty; also checked for duplicates), input indexes and
   * members' citizen identity numbers, are the shared {@link HouseholdMembers} state, which
   * DM-TRAIN-03 reads too: the engine keeps it once. {@link #combine} appends the later log, so the
   * result equals one sequential pass.
   */
  static final class State {
    private final EnumMap<RecordType, IdLog> ids = new EnumMap<>(RecordType.class);
    private final Map<AttendanceKey, Occurrences> attendances = new HashMap<>();

    State() {}
  }

  /** Creates the rule; it is stateless. */
  DuplicatesRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public State newState(RuleContext ctx) {
    return new State();
  }

  @Override
  public void accumulate(State state, Object record, long index, RuleContext ctx) {
    if (!(record instanceof EparRecord r)) {
      return;
    }
    RecordType type = r.recordType();
    String key = r.key();
    if (!key.isEmpty() && type != RecordType.HOUSEHOLD) {
      state.ids.computeIfAbsent(type, t -> new IdLog()).add(key, index);
    }
    if (r instanceof Attendance a) {
      CitizenId id = a.citizenId();
      String session = a.session();
      if (Citizens.canonical(id) != null && session != null && !session.isBlank()) {
        see(
            state.attendances,
            new AttendanceKey(PersonKey.of(id), session),
            key,
            index,
            -1,
            type.wireName(),
            "citizen_id");
      }
    }
  }

  /**
   * Declines households: their IDs and members are in the shared {@link HouseholdMembers} state.
   *
   * @param type the class of a record
   * @return {@code false} for households
   */
  @Override
  public boolean accepts(Class<?> type) {
    return !Household.class.isAssignableFrom(type);
  }

  private static <K> void see(
      Map<K, Occurrences> m, K k, String id, long index, int slot, String wireName, String field) {
    Occurrences o = m.get(k);
    if (o == null) {
      Occurrences first = new Occurrences(id, index, slot);
      first.first = first.first(wireName, field);
      m.put(k, first);
    } else {
      o.count++;
      if (o.second == null) {
        o.second = new Occurrences(id, index, slot).first(wireName, field);
      }
    }
  }

  @Override
  public State combine(State left, State right) {
    for (Map.Entry<RecordType, IdLog> e : right.ids.entrySet()) {
      IdLog mine = left.ids.get(e.getKey());
      if (mine == null) {
        left.ids.put(e.getKey(), e.getValue());
      } else {
        IdLog later = e.getValue();
        mine.ids.addAll(later.ids);
        mine.indexes.addAll(later.indexes);
      }
    }
    mergeInto(left.attendances, right.attendances, RecordType.ATTENDANCE.wireName(), "citizen_id");
    return left;
  }

  private static <K> void mergeInto(
      Map<K, Occurrences> left, Map<K, Occurrences> right, String wireName, String field) {
    for (Map.Entry<K, Occurrences> e : right.entrySet()) {
      Occurrences mine = left.get(e.getKey());
      if (mine == null) {
        left.put(e.getKey(), e.getValue());
      } else {
        Occurrences later = e.getValue();
        mine.count += later.count;
        if (mine.second == null) {
          mine.second = later.first(wireName, field);
        }
      }
    }
  }

  /**
   * The households and their members' citizen identity numbers, kept once by the engine.
   *
   * @return {@link HouseholdMembers#SHARED}
   */
  @Override
  public List<SharedState<?>> shares() {
    return List.of(HouseholdMembers.SHARED);
  }

  @Override
  public void finish(State state, SharedStates shared, RuleContext ctx, FindingSink sink) {
    HouseholdMembers households = shared.get(HouseholdMembers.SHARED);
    for (Map.Entry<RecordType, IdLog> e : state.ids.entrySet()) {
      idDuplicates(e.getKey().wireName(), e.getValue(), sink);
    }
    // the members first: their transient tables are gone before the households' id index, which
    // the state keeps for the next rule, is built
    memberDuplicates(households, sink);
    householdIdDuplicates(households, sink);
    state.attendances.forEach(
        (k, o) -> {
          if (o.count > 1 && o.second != null) {
            report(
                sink,
                o,
                "attendance of " + Masking.mask(k.person().text()) + " in session " + k.session());
          }
        });
  }

  /** Reports each non-empty household ID seen more than once, at its second occurrence. */
  private static void householdIdDuplicates(HouseholdMembers households, FindingSink sink) {
    HouseholdMembers.IdIndex index = households.idIndex();
    int n = households.households();
    if (index.distinct() == n) {
      return;
    }
    String wire = RecordType.HOUSEHOLD.wireName();
    Map<Integer, Occurrences> dups = new HashMap<>();
    for (int i = 0; i < n; i++) {
      int first = index.first(i);
      if (first != i && !households.idEquals(i, "")) {
        Occurrences o = dups.get(first);
        if (o == null) {
          o = new Occurrences("", households.index(first), -1);
          o.first = new Location(wire, households.id(first), "", households.index(first));
          dups.put(first, o);
        }
        o.count++;
        if (o.second == null) {
          o.second = new Location(wire, households.id(i), "", households.index(i));
        }
      }
    }
    dups.forEach((first, o) -> report(sink, o, wire + " " + households.id(first)));
  }

  /**
   * Reports each non-empty ID seen more than once, at its second occurrence, from the log's index
   * of repeats (extended by the IDs logged since the last finish).
   */
  private static void idDuplicates(String wire, IdLog log, FindingSink sink) {
    LongList repeats = log.repeats();
    if (repeats.size() == 0) {
      return;
    }
    StringLog ids = log.ids;
    LongList indexes = log.indexes;
    Map<Integer, Occurrences> dups = new HashMap<>();
    for (int r = 0; r < repeats.size(); r++) {
      long rep = repeats.get(r);
      int i = (int) (rep >>> 32);
      int first = (int) rep;
      if (!ids.equalsAt(i, "")) {
        Occurrences o = dups.get(first);
        if (o == null) {
          o = new Occurrences("", indexes.get(first), -1);
          o.first = new Location(wire, ids.get(first), "", indexes.get(first));
          dups.put(first, o);
        }
        o.count++;
        if (o.second == null) {
          o.second = new Location(wire, ids.get(i), "", indexes.get(i));
        }
      }
    }
    dups.forEach((first, o) -> report(sink, o, wire + " " + ids.get(first)));
  }

  /**
   * Reports each citizen identity number listed more than once, at its second occurrence. Finds the
   * duplicated keys exactly in two passes over the log: the first marks each key's hash bucket in a
   * bit set (about 8 buckets per key) and a second bit set the buckets hit twice, counting per
   * range of buckets the keys of those buckets as it goes; the second pass copies only the keys of
   * those buckets (every duplicate, plus a few hash neighbours) into one array per range, of
   * exactly that size, and a small table per range finds the keys among them that repeat. Then it
   * walks the log for their counts and places. The walks read the keys a chunk at a time into an
   * array of their own.
   *
   * <p>Memory is the point (10 M households in 1 GiB): the candidates take 8 bytes each, the one
   * table holds a single range's at a time (a few hundred KiB, at most 4 MiB), and no array is
   * large (bit sets in blocks of 32 KiB, about 32,768 members' candidates per range), so a heap
   * nearly full of the state needs neither a contiguous run of free regions nor regions that the
   * arrays fill badly.
   */
  private static void memberDuplicates(HouseholdMembers state, FindingSink sink) {
    int n = state.members();
    int bits = (int) Math.min(1L << 30, Long.highestOneBit(Math.max(64L, n) * 8 - 1));
    int ranges = Math.min(bits, Math.max(1, Integer.highestOneBit(n >>> 15)));
    int rangeShift = Integer.numberOfTrailingZeros(bits) - Integer.numberOfTrailingZeros(ranges);
    long[][] once = bitSet(bits);
    long[][] twice = bitSet(bits);
    // per range, the keys of its buckets hit twice: two when a bucket is hit the second time, one
    // after
    int[] candidates = new int[ranges];
    long[] chunk = new long[CHUNK];
    for (int from = 0; from < n; from += CHUNK) {
      int size = Math.min(CHUNK, n - from);
      state.memberKeys(from, chunk, 0, size);
      for (int i = 0; i < size; i++) {
        long v = chunk[i];
        if (v != HouseholdMembers.NO_MEMBER_KEY) {
          int b = partition(v) & (bits - 1);
          long mask = 1L << b;
          long[] o = once[b >>> BLOCK_BITS];
          long[] t = twice[b >>> BLOCK_BITS];
          int w = (b >>> 6) & BLOCK_MASK;
          if ((o[w] & mask) == 0) {
            o[w] |= mask;
          } else if ((t[w] & mask) == 0) {
            t[w] |= mask;
            candidates[b >>> rangeShift] += 2;
          } else {
            candidates[b >>> rangeShift]++;
          }
        }
      }
    }
    once = null;
    long[][] keys = new long[ranges][];
    int most = 0;
    for (int r = 0; r < ranges; r++) {
      keys[r] = new long[candidates[r]];
      most = Math.max(most, candidates[r]);
    }
    int[] filled = new int[ranges];
    for (int from = 0; from < n; from += CHUNK) {
      int size = Math.min(CHUNK, n - from);
      state.memberKeys(from, chunk, 0, size);
      for (int i = 0; i < size; i++) {
        long v = chunk[i];
        if (v != HouseholdMembers.NO_MEMBER_KEY) {
          int b = partition(v) & (bits - 1);
          if (isSet(twice, b)) {
            int r = b >>> rangeShift;
            keys[r][filled[r]++] = v;
          }
        }
      }
    }
    LongHashSet duplicated = new LongHashSet();
    long[] table = new long[tableSize(Math.min(most, TABLE_KEYS))];
    for (int r = 0; r < ranges; r++) {
      repeated(keys[r], table, duplicated);
      keys[r] = null;
    }
    if (duplicated.size() == 0) {
      return;
    }
    String wire = RecordType.HOUSEHOLD.wireName();
    Map<Long, Occurrences> found = new LinkedHashMap<>();
    int households = state.households();
    for (int h = 0; h < households; h++) {
      int from = state.membersFrom(h);
      int to = state.membersTo(h);
      for (int m = from; m < to; m++) {
        long v = state.memberKey(m);
        if (v == HouseholdMembers.NO_MEMBER_KEY) {
          continue;
        }
        if (!isSet(twice, partition(v) & (bits - 1)) || !duplicated.contains(v)) {
          continue; // a duplicate's bucket was hit twice: one bit rules most keys out
        }
        Occurrences o = found.get(v);
        if (o == null) {
          o = new Occurrences(state.id(h), state.index(h), m - from);
          o.first = o.first(wire, "citizen_id");
          found.put(v, o);
        } else {
          o.count++;
          if (o.second == null) {
            o.second =
                new Location(
                    wire, state.id(h), "members[" + (m - from) + "].citizen_id", state.index(h));
          }
        }
      }
    }
    found.forEach(
        (v, o) ->
            report(
                sink,
                o,
                "citizen identity number " + Masking.mask(state.text(v)) + " in households"));
  }

  /** Member keys read at a time from the log into an array of the walk's own (16 KiB). */
  private static final int CHUNK = 1 << 11;

  /**
   * The most candidates of a range put in a table (at most 4 MiB of it); a range with more is
   * sorted instead.
   */
  private static final int TABLE_KEYS = 1 << 18;

  /** The slots of a table that holds {@code keys} at most half full: a power of two. */
  private static int tableSize(int keys) {
    return Integer.highestOneBit(Math.max(8, keys) * 2 - 1) * 2;
  }

  /**
   * Adds to {@code duplicated} every key that {@code keys} holds more than once: each key goes into
   * an open-addressing table (linear probing, {@link HouseholdMembers#NO_MEMBER_KEY} for an empty
   * slot, which no candidate is), and one that finds itself there is repeated. A range's candidates
   * are a few thousand, so the table stays in the core's cache; sorting them took four times as
   * long.
   *
   * @param keys one range's candidates
   * @param table room for them, at least {@link #tableSize(int) tableSize(keys.length)} slots when
   *     they are no more than {@link #TABLE_KEYS}
   * @param duplicated the repeated keys found so far
   */
  private static void repeated(long[] keys, long[] table, LongHashSet duplicated) {
    if (keys.length > TABLE_KEYS) {
      // a range of buckets crowded by repeats (one number in many households): sorted in place,
      // so the table stays small whatever the input
      Arrays.sort(keys);
      for (int i = 1; i < keys.length; i++) {
        if (keys[i] == keys[i - 1]) {
          duplicated.add(keys[i]);
        }
      }
      return;
    }
    int slots = tableSize(keys.length);
    int mask = slots - 1;
    Arrays.fill(table, 0, slots, HouseholdMembers.NO_MEMBER_KEY);
    for (long v : keys) {
      // other bits of the key than the bucket's (the top ones, which the range shares)
      int slot = (int) ((v * 0xC2B2AE3D27D4EB4FL) >>> 40) & mask;
      while (true) {
        long t = table[slot];
        if (t == HouseholdMembers.NO_MEMBER_KEY) {
          table[slot] = v;
          break;
        }
        if (t == v) {
          duplicated.add(v);
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
  }

  /**
   * A bit set's words in blocks of 2<sup>12</sup> (32 KiB; 31 fill a 1 MiB heap region, where
   * blocks of 256 KiB and their headers fill only three quarters): {@code bit >>> BLOCK_BITS}.
   */
  private static final int BLOCK_BITS = 18;

  private static final int BLOCK_MASK = (1 << 12) - 1;

  private static long[][] bitSet(int bits) {
    int words = bits >>> 6;
    long[][] blocks = new long[(words + BLOCK_MASK) >>> 12][];
    for (int i = 0; i < blocks.length; i++) {
      blocks[i] = new long[Math.min(BLOCK_MASK + 1, words - (i << 12))];
    }
    return blocks;
  }

  private static boolean isSet(long[][] set, int bit) {
    return (set[bit >>> BLOCK_BITS][(bit >>> 6) & BLOCK_MASK] & (1L << bit)) != 0;
  }

  private static int partition(long v) {
    long h = v * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 32);
  }

  private static void report(FindingSink sink, Occurrences o, String observed) {
    sink.violation(
        Objects.requireNonNull(o.second),
        observed,
        "1",
        Map.of("count", Integer.toString(o.count)),
        o.first == null ? List.of() : List.of(o.first));
  }
}
