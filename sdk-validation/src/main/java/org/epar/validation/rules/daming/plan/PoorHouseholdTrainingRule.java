package org.epar.validation.rules.daming.plan;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.epar.core.model.Attendance;
import org.epar.core.model.Household;
import org.epar.core.model.Member;
import org.epar.core.model.TrainingSession;
import org.epar.core.money.Ratio;
import org.epar.validation.Location;
import org.epar.validation.spi.Citizens;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;
import org.epar.validation.spi.compact.CitizenKeys;
import org.epar.validation.spi.compact.IntList;
import org.epar.validation.spi.compact.LongHashSet;
import org.epar.validation.spi.compact.LongList;
import org.epar.validation.spi.compact.StringLog;

/**
 * DM-TRAIN-03 (建档立卡贫困户应培尽培，培训率80%): the share of registered poor households with at least one
 * trained member reaches {@code poor_household_training_rate_min} by {@code deadline}.
 *
 * <p>Reading (catalog revision 2): a household is trained when an attendance names it ({@code
 * attendance.household}) or names the citizen id of one of its members, ids compared in their
 * {@linkplain Citizens canonical form} ({@code …x}, {@code …X} and surrounding spaces are one
 * person). Time: a target at deadline D counts only what existed by D, so, as for DM-TRAIN-01, an
 * attendance counts only when its session is a known {@link TrainingSession} of the submission held
 * by the deadline (its start date, else its end date, not after D; the deadline day itself counts);
 * an attendance at a session held later, at a session without a date or at no known session trains
 * nobody for this target. The denominator is every household with {@code registered_poor}; without
 * any the rate is undefined and the rule is silent. The observed rate is the exact ratio rounded
 * toward negative infinity at 6 decimals (79.99% stays below 80%).
 *
 * @since 0.1.0
 */
final class PoorHouseholdTrainingRule implements DatasetRule<PoorHouseholdTrainingRule.State> {

  /** The rule ID. */
  static final String ID = "DM-TRAIN-03";

  /**
   * Poor households in input order with their members' citizen ids (raw, as exact {@link
   * CitizenKeys} keys in a compact log, about 8 bytes per member), the day of each session, and who
   * attended per session. {@link #combine} appends the later log, so the result equals one
   * sequential pass.
   */
  static final class State {
    final StringLog poor = new StringLog();
    final IntList memberStarts = new IntList();
    final LongList members = new LongList();
    final CitizenKeys citizens = new CitizenKeys();
    final Map<String, LocalDate> sessions = new HashMap<>();
    final Map<String, Set<String>> attendedHouseholds = new HashMap<>();
    final Map<String, Set<String>> attendedCitizens = new HashMap<>();

    State() {}
  }

  /** Creates the rule; it is stateless. */
  PoorHouseholdTrainingRule() {}

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
    if (record instanceof Household h) {
      if (!h.registeredPoor()) {
        return;
      }
      state.poor.add(Support.blank(h.id()) ? "#" + index : h.id());
      state.memberStarts.add(state.members.size());
      List<Member> members = h.members();
      for (int i = 0; i < members.size(); i++) {
        Member m = members.get(i);
        String c = m == null ? null : Citizens.canonical(m.citizenId());
        if (c != null) {
          state.members.add(state.citizens.key(c));
        }
      }
    } else if (record instanceof Attendance a) {
      if (Support.blank(a.session())) {
        return;
      }
      if (!Support.blank(a.household())) {
        state
            .attendedHouseholds
            .computeIfAbsent(a.session(), k -> new HashSet<>())
            .add(a.household());
      }
      String c = Citizens.canonical(a.citizenId());
      if (c != null) {
        state.attendedCitizens.computeIfAbsent(a.session(), k -> new HashSet<>()).add(c);
      }
    } else if (record instanceof TrainingSession t && !Support.blank(t.id())) {
      LocalDate held = Support.held(t);
      if (held != null) {
        Support.earliest(state.sessions, t.id(), held);
      }
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return Attendance.class.isAssignableFrom(type)
        || Household.class.isAssignableFrom(type)
        || TrainingSession.class.isAssignableFrom(type);
  }

  @Override
  public State combine(State left, State right) {
    int base = left.members.size();
    for (int h = 0; h < right.poor.size(); h++) {
      left.poor.addFrom(right.poor, h);
      left.memberStarts.add(base + right.memberStarts.get(h));
    }
    for (int m = 0; m < right.members.size(); m++) {
      left.members.add(left.citizens.copy(right.members.get(m), right.citizens));
    }
    Support.earliest(left.sessions, right.sessions);
    union(left.attendedHouseholds, right.attendedHouseholds);
    union(left.attendedCitizens, right.attendedCitizens);
    return left;
  }

  private static void union(Map<String, Set<String>> left, Map<String, Set<String>> right) {
    right.forEach(
        (k, v) ->
            left.merge(
                k,
                v,
                (x, y) -> {
                  x.addAll(y);
                  return x;
                }));
  }

  /** The values of the sessions held by the deadline, in one set. */
  private static Set<String> heldBy(
      Map<String, Set<String>> bySession, Map<String, LocalDate> sessions, LocalDate deadline) {
    Set<String> out = new HashSet<>();
    bySession.forEach(
        (session, values) -> {
          if (Support.heldBy(sessions.get(session), deadline)) {
            out.addAll(values);
          }
        });
    return out;
  }

  @Override
  public void finish(State state, RuleContext ctx, FindingSink sink) {
    int households = state.poor.size();
    if (households == 0) {
      return;
    }
    LocalDate deadline = ctx.settings().date("deadline");
    StringLog.Index poor = state.poor.index();
    BitSet trained = new BitSet();
    for (String h : heldBy(state.attendedHouseholds, state.sessions, deadline)) {
      int o = poor.find(h);
      if (o >= 0) {
        trained.set(o);
      }
    }
    LongHashSet attended = new LongHashSet();
    for (String c : heldBy(state.attendedCitizens, state.sessions, deadline)) {
      long k = state.citizens.existingKey(c);
      if (k != CitizenKeys.NONE) {
        attended.add(k);
      }
    }
    if (attended.size() > 0) {
      // a citizen counts for the first poor household (in input order) that lists them
      LongHashSet claimed = new LongHashSet();
      int n = state.members.size();
      for (int h = 0; h < households; h++) {
        int to = h + 1 < households ? state.memberStarts.get(h + 1) : n;
        for (int m = state.memberStarts.get(h); m < to; m++) {
          long k = state.members.get(m);
          if (attended.contains(k) && claimed.add(k)) {
            trained.set(poor.first(h));
          }
        }
      }
    }
    sink.target(
        Location.dataset().withPath("households"),
        Support.floor6(Ratio.of(trained.cardinality(), poor.distinct())),
        ctx.settings().decimal("poor_household_training_rate_min"),
        deadline);
  }
}
