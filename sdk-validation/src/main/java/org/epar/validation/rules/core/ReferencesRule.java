package org.epar.validation.rules.core;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.epar.core.id.DivisionCode;
import org.epar.core.id.DivisionLevel;
import org.epar.core.id.DivisionRegistry;
import org.epar.core.model.Allocation;
import org.epar.core.model.Attendance;
import org.epar.core.model.DailyReport;
import org.epar.core.model.DeviceDay;
import org.epar.core.model.Disbursement;
import org.epar.core.model.EparRecord;
import org.epar.core.model.Expense;
import org.epar.core.model.FollowUp;
import org.epar.core.model.Fund;
import org.epar.core.model.FundPlan;
import org.epar.core.model.Household;
import org.epar.core.model.Leader;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.OnlineShop;
import org.epar.core.model.Personnel;
import org.epar.core.model.Shipment;
import org.epar.core.model.Site;
import org.epar.core.model.SiteType;
import org.epar.core.model.Tender;
import org.epar.core.model.TraceEvent;
import org.epar.core.model.TracedItem;
import org.epar.core.model.TrainingSession;
import org.epar.core.model.Transaction;
import org.epar.core.model.Village;
import org.epar.validation.Location;
import org.epar.validation.internal.LongHashSet;
import org.epar.validation.internal.StringSet;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * CORE-REF-01: every reference resolves inside the submission, or, for a village, to the
 * validator's division registry.
 *
 * <p>References checked (field → target): household {@code village} → village (or a village of the
 * registry); a village station's {@code division} → village (or registry); attendance
 * {@code session} → training session, {@code household} → household, {@code personnel} →
 * personnel; follow-up {@code session} → training session; disbursement {@code allocation} →
 * allocation; disbursement, expense, tender and fund plan {@code fund} → fund; allocation
 * {@code plan} → fund plan; trace event {@code code} → traced item, {@code where_site} → site,
 * {@code who_household} → household; traced item {@code household} → household; leader and online
 * shop {@code linked_households[i]} and shop {@code owner_household} → household; transaction
 * {@code site} → site, {@code shop} → online shop, {@code household} → household; shipment
 * {@code from_site}/{@code to_site} → site; device day {@code site} → site. Records carried in a
 * monthly or daily report both define keys and refer, with the report as location.
 *
 * <p>A null or blank reference is absent data, not a dangling one; an invalid division code is
 * left to CORE-ID-03. Village references compare the 12-digit form of the code.
 *
 * <p>State: per target kind the set of defined keys, and the references not yet resolved, each with
 * its location. {@link #combine} unions the sets, concatenates the pending references in input
 * order and drops those the union resolves, so the pending list stays small when targets come
 * before the records that use them (as {@link org.epar.core.model.Dataset#records()} orders
 * them). No parameters.
 *
 * @since 0.1.0
 */
public final class ReferencesRule implements DatasetRule<ReferencesRule.State> {

  /** The rule ID. */
  public static final String ID = "CORE-REF-01";

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
   */
  public static final class State {
    private final EnumMap<Target, StringSet> defined = new EnumMap<>(Target.class);
    private final LongHashSet villages = new LongHashSet();
    private List<Pending> pending = new ArrayList<>();

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
  }

  /** Creates the rule; it is stateless. */
  public ReferencesRule() {}

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
      new Visit(state, r, index).record(r, "");
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
    return left;
  }

  @Override
  public void finish(State state, RuleContext ctx, FindingSink sink) {
    DivisionRegistry registry = ctx.divisionRegistry().orElse(null);
    for (Pending p : state.pending) {
      if (state.isDefined(p.target(), p.key())) {
        continue;
      }
      if (p.target() == Target.VILLAGE && registry != null
          && registry.containsAt(DivisionCode.of(p.key()), DivisionLevel.VILLAGE)) {
        continue;
      }
      String key = p.target() == Target.TRACED_ITEM ? IdentifierRule.shown(p.key()) : p.key();
      sink.violation(p.location(), p.target().wireName + " " + key, "");
    }
  }

  /** Folds one top-level record (and what it carries) into the state. */
  private static final class Visit {
    private final State s;
    private final EparRecord top;
    private final long index;

    Visit(State s, EparRecord top, long index) {
      this.s = s;
      this.top = top;
      this.index = index;
    }

    void record(EparRecord r, String outer) {
      if (r instanceof Village v) {
        if (v.code() != null && v.code().isValid()) {
          s.define(Target.VILLAGE, v.code().value());
        }
      } else if (r instanceof Household h) {
        s.define(Target.HOUSEHOLD, h.id());
        village(outer, "village", h.village());
      } else if (r instanceof Site x) {
        s.define(Target.SITE, x.id());
        if (x.type() == SiteType.VILLAGE_STATION) {
          village(outer, "division", x.division());
        }
      } else if (r instanceof TrainingSession t) {
        s.define(Target.SESSION, t.id());
      } else if (r instanceof Personnel p) {
        s.define(Target.PERSONNEL, p.id());
      } else if (r instanceof Attendance a) {
        ref(Target.SESSION, a.session(), outer, "session");
        ref(Target.HOUSEHOLD, a.household(), outer, "household");
        ref(Target.PERSONNEL, a.personnel(), outer, "personnel");
      } else if (r instanceof FollowUp f) {
        ref(Target.SESSION, f.session(), outer, "session");
      } else if (r instanceof Allocation a) {
        s.define(Target.ALLOCATION, a.id());
        ref(Target.PLAN, a.plan(), outer, "plan");
      } else if (r instanceof Fund f) {
        s.define(Target.FUND, f.id());
      } else if (r instanceof FundPlan p) {
        s.define(Target.PLAN, p.id());
        ref(Target.FUND, p.fund(), outer, "fund");
      } else if (r instanceof Disbursement d) {
        ref(Target.FUND, d.fund(), outer, "fund");
        ref(Target.ALLOCATION, d.allocation(), outer, "allocation");
      } else if (r instanceof Expense e) {
        ref(Target.FUND, e.fund(), outer, "fund");
      } else if (r instanceof Tender t) {
        ref(Target.FUND, t.fund(), outer, "fund");
      } else if (r instanceof TracedItem t) {
        if (t.code() != null) {
          s.define(Target.TRACED_ITEM, t.code().raw());
        }
        ref(Target.HOUSEHOLD, t.household(), outer, "household");
      } else if (r instanceof TraceEvent e) {
        if (e.code() != null) {
          ref(Target.TRACED_ITEM, e.code().raw(), outer, "code");
        }
        ref(Target.SITE, e.whereSite(), outer, "where_site");
        ref(Target.HOUSEHOLD, e.whoHousehold(), outer, "who_household");
      } else if (r instanceof Leader l) {
        list(Target.HOUSEHOLD, l.linkedHouseholds(), outer, "linked_households");
      } else if (r instanceof OnlineShop o) {
        s.define(Target.SHOP, o.id());
        ref(Target.HOUSEHOLD, o.ownerHousehold(), outer, "owner_household");
        list(Target.HOUSEHOLD, o.linkedHouseholds(), outer, "linked_households");
      } else if (r instanceof Transaction t) {
        ref(Target.SITE, t.site(), outer, "site");
        ref(Target.SHOP, t.shop(), outer, "shop");
        ref(Target.HOUSEHOLD, t.household(), outer, "household");
      } else if (r instanceof Shipment x) {
        ref(Target.SITE, x.fromSite(), outer, "from_site");
        ref(Target.SITE, x.toSite(), outer, "to_site");
      } else if (r instanceof DeviceDay d) {
        ref(Target.SITE, d.site(), outer, "site");
      } else if (r instanceof MonthlyReport m) {
        nested(m.trainingSessions(), "training_sessions");
        nested(m.sites(), "sites");
        nested(m.disbursements(), "disbursements");
        nested(m.attendances(), "attendances");
      } else if (r instanceof DailyReport d) {
        nested(d.transactions(), "transactions");
        nested(d.shipments(), "shipments");
        nested(d.deviceDays(), "device_days");
      }
    }

    private void nested(List<? extends EparRecord> list, String name) {
      for (int i = 0; i < list.size(); i++) {
        EparRecord r = list.get(i);
        if (r != null) {
          record(r, name + "[" + i + "].");
        }
      }
    }

    private void village(String outer, String field, @Nullable DivisionCode code) {
      if (code != null && code.isValid()) {
        String key = code.value();
        if (!s.villages.contains(State.villageKey(key))) {
          s.pending.add(new Pending(Target.VILLAGE, key, location(outer + field)));
        }
      }
    }

    private void list(Target t, List<String> keys, String outer, String field) {
      for (int i = 0; i < keys.size(); i++) {
        String k = keys.get(i);
        if (k != null && !k.isBlank() && !s.isDefined(t, k)) {
          s.pending.add(new Pending(t, k, location(outer + field + "[" + i + "]")));
        }
      }
    }

    private void ref(Target t, @Nullable String key, String outer, String field) {
      if (key != null && !key.isBlank() && !s.isDefined(t, key)) {
        s.pending.add(new Pending(t, key, location(outer + field)));
      }
    }

    private Location location(String path) {
      return new Location(top.recordType().wireName(), top.key(), path, index);
    }
  }
}
