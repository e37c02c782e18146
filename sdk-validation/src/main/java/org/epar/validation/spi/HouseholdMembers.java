package org.epar.validation.spi;

import java.util.BitSet;
import java.util.List;
import org.epar.core.model.Household;
import org.epar.core.model.Member;
import org.epar.validation.spi.compact.CitizenKeys;
import org.epar.validation.spi.compact.IndexList;
import org.epar.validation.spi.compact.IntList;
import org.epar.validation.spi.compact.LongList;
import org.epar.validation.spi.compact.StringLog;
import org.jspecify.annotations.Nullable;

/**
 * Every household of the input in input order, with the citizen identity number of each member as
 * an exact {@code long} key: the state CORE-DUP-01 and DM-TRAIN-03 both need, kept once by the
 * engine when rules declare {@link #SHARED}.
 *
 * <p>Per household its {@linkplain Household#key() id} (empty when absent), input index, whether it
 * is {@linkplain Household#registeredPoor() registered poor} and where its members start; per
 * member slot its number in the {@linkplain Citizens canonical form} as a key ({@link
 * #NO_MEMBER_KEY} for a member without one). A well-shaped number (17 digits and a digit or {@code
 * X}, or 15 digits) is packed into the key without loss; other texts get an ordinal in a small
 * table. The state is plain logs of primitives: 8 bytes per member, about 8 plus the id's
 * characters per household (the input index as 4 bytes while its upper half stays the same, exact
 * beyond 2<sup>31</sup>, the first member slot 4 bytes), and one bit for the poor flag. {@link
 * #SHARED}'s {@code combine} appends the later log, so the result equals one sequential pass.
 *
 * <p>Read-only for rules; not thread-safe while the engine fills it. Nothing in it is ever printed:
 * {@link #toString()} shows sizes only, and a key's text is for masking.
 *
 * @since 0.2.0
 */
public final class HouseholdMembers {

  /** The key of a member without a citizen identity number. */
  public static final long NO_MEMBER_KEY = CitizenKeys.NONE;

  /** The declaration: households and their members' citizen identity numbers. */
  public static final SharedState<HouseholdMembers> SHARED = new Declaration();

  private final StringLog ids = new StringLog();
  private final IndexList indexes = new IndexList();
  private final IntList memberStarts = new IntList();
  private final BitSet poor = new BitSet();
  private int poorCount;
  private final LongList members = new LongList();
  private final CitizenKeys citizens = new CitizenKeys();

  /** A cache, not data (transient: never saved): the index of the ids, while it covers them all. */
  private transient @Nullable IdIndex idIndex;

  private HouseholdMembers() {}

  /**
   * The number of households.
   *
   * @return the count
   */
  public int households() {
    return ids.size();
  }

  /**
   * A household's id as given ({@link Household#key()}: empty when absent).
   *
   * @param h the household's ordinal, 0 to {@link #households()} - 1
   * @return its id
   */
  public String id(int h) {
    return ids.get(h);
  }

  /**
   * Whether a household's id equals a text, without building the id.
   *
   * @param h the household's ordinal
   * @param s the text
   * @return whether they are equal
   */
  public boolean idEquals(int h, String s) {
    return ids.equalsAt(h, s);
  }

  /**
   * Whether a household's id is empty or only white space, without building the id.
   *
   * @param h the household's ordinal
   * @return whether it is blank
   * @since 0.2.0
   */
  public boolean idBlank(int h) {
    return ids.isBlankAt(h);
  }

  /**
   * An index of the households' ids: which households share one, and lookup by id (about 4 bytes
   * per household, without a hash table). Built on the first call after households were added and
   * kept until more are (a cache, not data: never saved), so the rules that finish over this state
   * share one; safe to call from several threads while no household is added. The state must not
   * change while the index is used.
   *
   * @return the index
   */
  public synchronized IdIndex idIndex() {
    IdIndex known = idIndex;
    if (known == null || known.size != ids.size()) {
      known = new IdIndex(ids.index(), ids.size());
      idIndex = known;
    }
    return known;
  }

  /** The households' ids indexed: see {@link #idIndex()}. */
  public static final class IdIndex {
    private final StringLog.Index index;

    /** The number of households indexed. */
    private final int size;

    private IdIndex(StringLog.Index index, int size) {
      this.index = index;
      this.size = size;
    }

    /**
     * The first household with the same id as a household.
     *
     * @param h a household's ordinal
     * @return the first ordinal with an equal id, at most {@code h}
     */
    public int first(int h) {
      return index.first(h);
    }

    /**
     * The number of distinct ids (the empty id counts as one).
     *
     * @return the count
     */
    public int distinct() {
      return index.distinct();
    }

    /**
     * The first household with an id.
     *
     * @param id the id
     * @return its ordinal, or -1 when no household has it
     */
    public int find(String id) {
      return index.find(id);
    }
  }

  /**
   * A household's zero-based input index.
   *
   * @param h the household's ordinal
   * @return its index
   */
  public long index(int h) {
    return indexes.get(h);
  }

  /**
   * The position of a household's first member slot.
   *
   * @param h the household's ordinal
   * @return the first slot, 0 to {@link #members()}
   */
  public int membersFrom(int h) {
    return memberStarts.get(h);
  }

  /**
   * The position after a household's last member slot.
   *
   * @param h the household's ordinal
   * @return the end of its slots
   */
  public int membersTo(int h) {
    return h + 1 < memberStarts.size() ? memberStarts.get(h + 1) : members.size();
  }

  /**
   * The number of member slots of all households.
   *
   * @return the count
   */
  public int members() {
    return members.size();
  }

  /**
   * The keys of consecutive member slots, copied into an array: as {@code dest[at + k] =
   * memberKey(from + k)} for every {@code k < length}, for a walk over every member (CORE-DUP-01
   * reads them a few thousand at a time).
   *
   * @param from the first member slot
   * @param dest the array
   * @param at where in {@code dest} the first key goes
   * @param length how many keys
   * @throws IndexOutOfBoundsException if the slots are not all below {@link #members()} or the keys
   *     do not fit in {@code dest} from {@code at}
   * @since 0.2.0
   */
  public void memberKeys(int from, long[] dest, int at, int length) {
    members.copyTo(from, dest, at, length);
  }

  /**
   * The key of a member slot's citizen identity number.
   *
   * @param m the slot
   * @return its key, or {@link #NO_MEMBER_KEY}
   */
  public long memberKey(int m) {
    return members.get(m);
  }

  /**
   * The number of registered poor households.
   *
   * @return the count
   */
  public int poorHouseholds() {
    return poorCount;
  }

  /**
   * Whether a household is registered poor.
   *
   * @param h the household's ordinal
   * @return whether it is
   */
  public boolean isPoor(int h) {
    return poor.get(h);
  }

  /**
   * The first registered poor household at or after an ordinal, in input order: {@code for (int h =
   * nextPoor(0); h >= 0; h = nextPoor(h + 1))} visits them all.
   *
   * @param from an ordinal, 0 or more
   * @return the ordinal of that household, or -1 when there is none
   */
  public int nextPoor(int from) {
    return poor.nextSetBit(from);
  }

  /**
   * The key a citizen identity number has here, without adding it.
   *
   * @param canonical the number in canonical form ({@code Citizens.canonical})
   * @return its key, or {@link #NO_MEMBER_KEY} when no member has it
   */
  public long existingKey(String canonical) {
    return citizens.existingKey(canonical);
  }

  /**
   * The number of a key again, for {@linkplain Masking#mask masking} only; never print it unmasked.
   *
   * @param key a key of this state other than {@link #NO_MEMBER_KEY}
   * @return the canonical number
   */
  public String text(long key) {
    return citizens.text(key);
  }

  @Override
  public String toString() {
    return "HouseholdMembers[households=" + ids.size() + ", members=" + members.size() + "]";
  }

  private void add(Household h, long index) {
    int ordinal = ids.add(h.key());
    indexes.add(index);
    memberStarts.add(members.size());
    if (h.registeredPoor()) {
      poor.set(ordinal);
      poorCount++;
    }
    List<Member> list = h.members();
    for (int i = 0; i < list.size(); i++) {
      Member mem = list.get(i);
      @Nullable String canonical = mem == null ? null : Citizens.canonical(mem.citizenId());
      members.add(canonical != null ? citizens.key(canonical) : NO_MEMBER_KEY);
    }
  }

  private HouseholdMembers append(HouseholdMembers right) {
    int base = members.size();
    int households = ids.size();
    ids.addAll(right.ids);
    indexes.addAll(right.indexes);
    memberStarts.addAll(right.memberStarts, base);
    for (int h = right.poor.nextSetBit(0); h >= 0; h = right.poor.nextSetBit(h + 1)) {
      poor.set(households + h);
    }
    poorCount += right.poorCount;
    if (right.citizens.packedOnly()) {
      members.addAll(right.members); // every key is the number itself: the same here
    } else {
      for (int m = 0; m < right.members.size(); m++) {
        long k = right.members.get(m);
        members.add(k == NO_MEMBER_KEY ? k : citizens.copy(k, right.citizens));
      }
    }
    return this;
  }

  /** The one declaration of this state. */
  private static final class Declaration implements SharedState<HouseholdMembers> {
    @Override
    public String name() {
      return "household-members";
    }

    @Override
    public HouseholdMembers newState() {
      return new HouseholdMembers();
    }

    @Override
    public boolean accepts(Class<?> type) {
      return Household.class.isAssignableFrom(type);
    }

    @Override
    public void accumulate(HouseholdMembers state, Object record, long index) {
      if (record instanceof Household h) {
        state.add(h, index);
      }
    }

    @Override
    public HouseholdMembers combine(HouseholdMembers left, HouseholdMembers right) {
      return left.append(right);
    }

    @Override
    public String toString() {
      return "HouseholdMembers.SHARED";
    }
  }
}
