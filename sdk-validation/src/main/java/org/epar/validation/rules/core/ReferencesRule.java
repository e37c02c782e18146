package org.epar.validation.rules.core;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.epar.core.id.DivisionCode;
import org.epar.core.id.DivisionLevel;
import org.epar.core.id.DivisionRegistry;
import org.epar.core.model.Allocation;
import org.epar.core.model.Attendance;
import org.epar.core.model.DeviceDay;
import org.epar.core.model.Disbursement;
import org.epar.core.model.EparRecord;
import org.epar.core.model.Expense;
import org.epar.core.model.FollowUp;
import org.epar.core.model.Fund;
import org.epar.core.model.FundPlan;
import org.epar.core.model.Household;
import org.epar.core.model.Leader;
import org.epar.core.model.OnlineShop;
import org.epar.core.model.Personnel;
import org.epar.core.model.RecordType;
import org.epar.core.model.Shipment;
import org.epar.core.model.Site;
import org.epar.core.model.SiteType;
import org.epar.core.model.Tender;
import org.epar.core.model.TraceEvent;
import org.epar.core.model.TracedItem;
import org.epar.core.model.TrainingSession;
import org.epar.core.model.Transaction;
import org.epar.core.model.Village;
import org.epar.validation.Finding;
import org.epar.validation.Location;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.HouseholdMembers;
import org.epar.validation.spi.RuleContext;
import org.epar.validation.spi.SharedState;
import org.epar.validation.spi.SharedStateRule;
import org.epar.validation.spi.SharedStates;
import org.epar.validation.spi.compact.IntList;
import org.epar.validation.spi.compact.LongHashSet;
import org.epar.validation.spi.compact.LongList;
import org.epar.validation.spi.compact.StringSet;
import org.jspecify.annotations.Nullable;

/**
 * CORE-REF-01: every reference resolves inside the submission, or, for a village, to the
 * validator's division registry.
 *
 * <p>References checked (field → target): household {@code village} → village (or a village of the
 * registry); a village station's {@code division} → village (or registry); attendance {@code
 * session} → training session, {@code household} → household, {@code personnel} → personnel;
 * follow-up {@code session} → training session; disbursement {@code allocation} → allocation;
 * disbursement, expense, tender and fund plan {@code fund} → fund; allocation {@code plan} → fund
 * plan; trace event {@code code} → traced item, {@code where_site} → site, {@code who_household} →
 * household; traced item {@code household} → household; leader and online shop {@code
 * linked_households[i]} and shop {@code owner_household} → household; transaction {@code site} →
 * site, {@code shop} → online shop, {@code household} → household; shipment {@code
 * from_site}/{@code to_site} → site; device day {@code site} → site. Records carried in a monthly
 * or daily report reach the rule as records of their own (the engine feeds them after the report's
 * shell with emptied lists): they define keys and refer like top-level records, and a dangling
 * reference is located at the carried record itself.
 *
 * <p>A null or blank reference is absent data, not a dangling one; an invalid division code is left
 * to CORE-ID-03. Village references compare the 12-digit form of the code.
 *
 * <p>State: per target kind other than household the set of defined keys, and the references not
 * yet resolved, each with its location (a household's village reference as two primitives, see
 * {@link State}). {@link #combine} unions the sets, concatenates the pending references in input
 * order and drops those the union resolves, so the pending list stays small when targets come
 * before the records that use them (as {@link org.epar.core.model.Dataset#records()} orders them).
 * Household ids are not kept here: they are in the {@linkplain #shares() shared} {@link
 * HouseholdMembers} state (issue 16), so every reference to a household stays pending until {@link
 * #finish(State, SharedStates, RuleContext, FindingSink)} looks it up there. No parameters.
 *
 * @since 0.1.0
 */
final class ReferencesRule implements SharedStateRule<ReferencesRule.State> {

  /** The rule ID. */
  static final String ID = "CORE-REF-01";

  /** The kinds of object a reference can point to. */
  enum Target {
    VILLAGE("village"),
    SESSION("training_session"),
    HOUSEHOLD("household"),
    PERSONNEL("personnel"),
    ALLOCATION("allocation"),
    FUND("fund"),
    PLAN("fund_plan"),
    TRACED_ITEM("traced_item"),
    SITE("site"),
    SHOP("online_shop");

    final String wireName;

    Target(String wireName) {
      this.wireName = wireName;
    }
  }

  /** A reference not resolved yet, with where it was made. */
  record Pending(Target target, String key, Location location) {}

  /**
   * The mergeable state: defined keys per target and pending references. Villages are kept as the
   * number of their 12-digit code (every village key comes from a valid division code), so a
   * household's reference costs a parse and a probe of a small table, not a string hash.
   *
   * <p>A household's village reference that its part cannot resolve (every household of a part
   * without the villages, when a file is read in parts on several threads) is kept as two
   * primitives, not as a {@link Pending} with its {@link Location}: the village's number and the
   * household's ordinal, its position among the households of the input, which is its ordinal in
   * the {@linkplain #shares() shared} {@link HouseholdMembers} state too (both see every household,
   * in input order, and {@link #combine} moves the later part's ordinals past the earlier part's
   * households as that state's {@code combine} does). The household's id and input index, for the
   * finding, are looked up there at {@link #finish(State, SharedStates, RuleContext, FindingSink)}.
   */
  static final class State {
    private final EnumMap<Target, StringSet> defined = new EnumMap<>(Target.class);
    private final LongHashSet villages = new LongHashSet();
    private List<Pending> pending = new ArrayList<>();

    /** The number of households seen: the ordinal of the next one. */
    private int households;

    /** The village numbers of the households' pending village references, in input order. */
    private LongList householdVillages = new LongList();

    /** The households' ordinals of those references, ascending. */
    private IntList householdOrdinals = new IntList();

    /**
     * A cache, not data (transient: not written, empty after reading): the finding each pending
     * reference was reported with, so that a state finished again (a live accumulator reported
     * after each new part) re-checks the reference but does not format its finding again.
     */
    private transient @Nullable IdentityHashMap<Pending, Finding> reported;

    /**
     * A cache, not data (transient): the pending references a finish found resolved, and the
     * division registry it checked them against. What resolves a reference (a defined key, a
     * household, a village of the registry) only grows as records come, so a reference once
     * resolved stays resolved, and a state finished again does not look it up again.
     */
    private transient @Nullable Set<Pending> resolved;

    private transient @Nullable DivisionRegistry resolvedWith;

    /**
     * Caches, not data (transient), as {@link #reported} and {@link #resolved} for the households'
     * village references, by household ordinal (an ordinal never changes once given).
     */
    private transient @Nullable Map<Integer, Finding> reportedHouseholds;

    private transient @Nullable BitSet resolvedHouseholds;

    State() {}

    void define(Target t, @Nullable String key) {
      if (t == Target.VILLAGE) {
        long v = villageKey(key);
        if (v >= 0) {
          villages.add(v);
        }
      } else if (key != null && !key.isBlank()) {
        // hashed only when a reference to this kind of target is next looked up
        defined.computeIfAbsent(t, k -> new StringSet()).addLater(key);
      }
    }

    boolean isDefined(Target t, String key) {
      if (t == Target.VILLAGE) {
        long v = villageKey(key);
        return v >= 0 && villages.contains(v);
      }
      StringSet s = defined.get(t);
      return s != null && s.contains(key);
    }

    /** The number of a 12-digit code, or -1 for anything else. */
    static long villageKey(@Nullable String code) {
      if (code == null || code.length() != 12) {
        return -1;
      }
      long v = 0;
      for (int i = 0; i < 12; i++) {
        char c = code.charAt(i);
        if (c < '0' || c > '9') {
          return -1;
        }
        v = v * 10 + (c - '0');
      }
      return v;
    }

    /** The 12-digit code of a village number. */
    static String villageCode(long key) {
      String digits = Long.toString(key);
      return digits.length() >= 12 ? digits : "0".repeat(12 - digits.length()) + digits;
    }
  }

  /** Creates the rule; it is stateless. */
  ReferencesRule() {}

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
    if (record instanceof EparRecord r) {
      record(state, r, index);
    }
  }

  @Override
  public State combine(State left, State right) {
    right.villages.forEach(left.villages::add);
    for (Map.Entry<Target, StringSet> e : right.defined.entrySet()) {
      StringSet mine = left.defined.get(e.getKey());
      if (mine == null) {
        left.defined.put(e.getKey(), e.getValue());
      } else {
        mine.addAllLater(e.getValue());
      }
    }
    List<Pending> all = new ArrayList<>(left.pending.size() + right.pending.size());
    for (Pending p : left.pending) {
      if (!left.isDefined(p.target(), p.key())) {
        all.add(p);
      }
    }
    for (Pending p : right.pending) {
      if (!left.isDefined(p.target(), p.key())) {
        all.add(p);
      }
    }
    left.pending = all;
    // the households' village references: those the union resolves are dropped, the later part's
    // households numbered after the earlier part's
    LongList villages = new LongList();
    IntList ordinals = new IntList();
    keepUnresolved(left, left, 0, villages, ordinals);
    keepUnresolved(left, right, left.households, villages, ordinals);
    left.householdVillages = villages;
    left.householdOrdinals = ordinals;
    left.households += right.households;
    return left;
  }

  /** Copies the households' village references of a state that the villages of another miss. */
  private static void keepUnresolved(
      State with, State from, int shift, LongList villages, IntList ordinals) {
    for (int i = 0; i < from.householdVillages.size(); i++) {
      long v = from.householdVillages.get(i);
      if (!with.villages.contains(v)) {
        villages.add(v);
        ordinals.add(from.householdOrdinals.get(i) + shift);
      }
    }
  }

  /**
   * The households, kept once by the engine: household references resolve against their ids.
   *
   * @return {@link HouseholdMembers#SHARED}
   */
  @Override
  public List<SharedState<?>> shares() {
    return List.of(HouseholdMembers.SHARED);
  }

  @Override
  public void finish(State state, SharedStates shared, RuleContext ctx, FindingSink sink) {
    DivisionRegistry registry = ctx.divisionRegistry().orElse(null);
    HouseholdMembers households = shared.get(HouseholdMembers.SHARED);
    HouseholdMembers.IdIndex ids = null;
    IdentityHashMap<Pending, Finding> shown = state.reported;
    if (shown == null) {
      shown = new IdentityHashMap<>();
      state.reported = shown;
    }
    Set<Pending> resolved = state.resolved;
    if (resolved == null || state.resolvedWith != registry) {
      resolved = Collections.newSetFromMap(new IdentityHashMap<>());
      state.resolved = resolved;
      state.resolvedWith = registry;
      state.resolvedHouseholds = null;
    }
    for (Pending p : state.pending) {
      if (resolved.contains(p)) {
        continue;
      }
      if (p.target() == Target.HOUSEHOLD) {
        if (ids == null) {
          ids = households.idIndex(); // built once, only when a household is referred to
        }
        if (ids.find(p.key()) >= 0) {
          resolved.add(p);
          continue;
        }
      } else if (state.isDefined(p.target(), p.key())) {
        resolved.add(p);
        continue;
      }
      if (p.target() == Target.VILLAGE
          && registry != null
          && registry.containsAt(DivisionCode.of(p.key()), DivisionLevel.VILLAGE)) {
        resolved.add(p);
        continue;
      }
      Finding f = shown.get(p);
      if (f == null) {
        String key = p.target() == Target.TRACED_ITEM ? IdentifierRule.shown(p.key()) : p.key();
        f = finding(ctx, p.location(), p.target().wireName + " " + key);
        shown.put(p, f);
      }
      sink.add(f);
    }
    householdVillages(state, households, registry, ctx, sink);
  }

  /** Reports the households' village references that resolve neither here nor in the registry. */
  private static void householdVillages(
      State state,
      HouseholdMembers households,
      @Nullable DivisionRegistry registry,
      RuleContext ctx,
      FindingSink sink) {
    int n = state.householdVillages.size();
    if (n == 0) {
      return;
    }
    BitSet resolved = state.resolvedHouseholds;
    if (resolved == null) {
      resolved = new BitSet();
      state.resolvedHouseholds = resolved;
    }
    Map<Integer, Finding> shown = state.reportedHouseholds;
    for (int i = 0; i < n; i++) {
      int h = state.householdOrdinals.get(i);
      if (resolved.get(h)) {
        continue;
      }
      long v = state.householdVillages.get(i);
      if (state.villages.contains(v)
          || (registry != null
              && registry.containsAt(
                  DivisionCode.of(State.villageCode(v)), DivisionLevel.VILLAGE))) {
        resolved.set(h);
        continue;
      }
      if (shown == null) {
        shown = new HashMap<>();
        state.reportedHouseholds = shown;
      }
      Finding f = shown.get(h);
      if (f == null) {
        Location at =
            new Location(
                RecordType.HOUSEHOLD.wireName(), households.id(h), "village", households.index(h));
        f = finding(ctx, at, Target.VILLAGE.wireName + " " + State.villageCode(v));
        shown.put(h, f);
      }
      sink.add(f);
    }
  }

  /** The finding of a dangling reference. */
  private static Finding finding(RuleContext ctx, Location at, String observed) {
    List<Finding> one = new ArrayList<>(1);
    new FindingSink(ctx, -1, one::add).violation(at, observed, "");
    return one.get(0);
  }

  /**
   * Folds one record into the state (static, with the record and its index as arguments: no object
   * per record).
   */
  private static void record(State s, EparRecord r, long index) {
    if (r instanceof Village v) {
      if (v.code() != null && v.code().isValid()) {
        s.define(Target.VILLAGE, v.code().value());
      }
    } else if (r instanceof Household h) {
      // its id is in the shared HouseholdMembers state, looked up at finish
      int ordinal = s.households++;
      DivisionCode code = h.village();
      if (code != null && code.isValid()) {
        long v = State.villageKey(code.value());
        if (!s.villages.contains(v)) {
          s.householdVillages.add(v);
          s.householdOrdinals.add(ordinal);
        }
      }
    } else if (r instanceof Site x) {
      s.define(Target.SITE, x.id());
      if (x.type() == SiteType.VILLAGE_STATION) {
        village(s, r, index, "division", x.division());
      }
    } else if (r instanceof TrainingSession t) {
      s.define(Target.SESSION, t.id());
    } else if (r instanceof Personnel p) {
      s.define(Target.PERSONNEL, p.id());
    } else if (r instanceof Attendance a) {
      ref(s, r, index, Target.SESSION, a.session(), "session");
      ref(s, r, index, Target.HOUSEHOLD, a.household(), "household");
      ref(s, r, index, Target.PERSONNEL, a.personnel(), "personnel");
    } else if (r instanceof FollowUp f) {
      ref(s, r, index, Target.SESSION, f.session(), "session");
    } else if (r instanceof Allocation a) {
      s.define(Target.ALLOCATION, a.id());
      ref(s, r, index, Target.PLAN, a.plan(), "plan");
    } else if (r instanceof Fund f) {
      s.define(Target.FUND, f.id());
    } else if (r instanceof FundPlan p) {
      s.define(Target.PLAN, p.id());
      ref(s, r, index, Target.FUND, p.fund(), "fund");
    } else if (r instanceof Disbursement d) {
      ref(s, r, index, Target.FUND, d.fund(), "fund");
      ref(s, r, index, Target.ALLOCATION, d.allocation(), "allocation");
    } else if (r instanceof Expense e) {
      ref(s, r, index, Target.FUND, e.fund(), "fund");
    } else if (r instanceof Tender t) {
      ref(s, r, index, Target.FUND, t.fund(), "fund");
    } else if (r instanceof TracedItem t) {
      if (t.code() != null) {
        s.define(Target.TRACED_ITEM, t.code().raw());
      }
      ref(s, r, index, Target.HOUSEHOLD, t.household(), "household");
    } else if (r instanceof TraceEvent e) {
      if (e.code() != null) {
        ref(s, r, index, Target.TRACED_ITEM, e.code().raw(), "code");
      }
      ref(s, r, index, Target.SITE, e.whereSite(), "where_site");
      ref(s, r, index, Target.HOUSEHOLD, e.whoHousehold(), "who_household");
    } else if (r instanceof Leader l) {
      list(s, r, index, Target.HOUSEHOLD, l.linkedHouseholds(), "linked_households");
    } else if (r instanceof OnlineShop o) {
      s.define(Target.SHOP, o.id());
      ref(s, r, index, Target.HOUSEHOLD, o.ownerHousehold(), "owner_household");
      list(s, r, index, Target.HOUSEHOLD, o.linkedHouseholds(), "linked_households");
    } else if (r instanceof Transaction t) {
      ref(s, r, index, Target.SITE, t.site(), "site");
      ref(s, r, index, Target.SHOP, t.shop(), "shop");
      ref(s, r, index, Target.HOUSEHOLD, t.household(), "household");
    } else if (r instanceof Shipment x) {
      ref(s, r, index, Target.SITE, x.fromSite(), "from_site");
      ref(s, r, index, Target.SITE, x.toSite(), "to_site");
    } else if (r instanceof DeviceDay d) {
      ref(s, r, index, Target.SITE, d.site(), "site");
    }
    // a report's carried records reach this rule on their own (one dataset, one reading)
  }

  private static void village(
      State s, EparRecord r, long index, String field, @Nullable DivisionCode code) {
    if (code != null && code.isValid()) {
      String key = code.value();
      if (!s.villages.contains(State.villageKey(key))) {
        s.pending.add(new Pending(Target.VILLAGE, key, location(r, index, field)));
      }
    }
  }

  private static void list(
      State s, EparRecord r, long index, Target t, List<String> keys, String field) {
    for (int i = 0; i < keys.size(); i++) {
      String k = keys.get(i);
      if (k != null && !k.isBlank() && !s.isDefined(t, k)) {
        s.pending.add(new Pending(t, k, location(r, index, field + "[" + i + "]")));
      }
    }
  }

  private static void ref(
      State s, EparRecord r, long index, Target t, @Nullable String key, String field) {
    if (key != null && !key.isBlank() && !s.isDefined(t, key)) {
      s.pending.add(new Pending(t, key, location(r, index, field)));
    }
  }

  private static Location location(EparRecord r, long index, String path) {
    return new Location(r.recordType().wireName(), r.key(), path, index);
  }
}
