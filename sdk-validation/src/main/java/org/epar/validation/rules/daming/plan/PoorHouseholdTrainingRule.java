package org.epar.validation.rules.daming.plan;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.epar.core.model.Attendance;
import org.epar.core.model.TrainingSession;
import org.epar.core.money.Ratio;
import org.epar.validation.Location;
import org.epar.validation.spi.Citizens;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.HouseholdMembers;
import org.epar.validation.spi.RuleContext;
import org.epar.validation.spi.SharedState;
import org.epar.validation.spi.SharedStateRule;
import org.epar.validation.spi.SharedStates;
import org.epar.validation.spi.compact.LongHashSet;

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
final class PoorHouseholdTrainingRule implements SharedStateRule<PoorHouseholdTrainingRule.State> {

  /** The rule ID. */
  static final String ID = "DM-TRAIN-03";

  /**
   * The day of each session, and who attended per session. The poor households in input order with
   * their members' citizen ids are the shared {@link HouseholdMembers} state, which CORE-DUP-01
   * reads too: the engine keeps it once.
   */
  static final class State {
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
    if (record instanceof Attendance a) {
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
    return Attendance.class.isAssignableFrom(type) || TrainingSession.class.isAssignableFrom(type);
  }

  @Override
  public State combine(State left, State right) {
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

  /**
   * The households and their members' citizen ids, kept once by the engine.
   *
   * @return {@link HouseholdMembers#SHARED}
   */
  @Override
  public List<SharedState<?>> shares() {
    return List.of(HouseholdMembers.SHARED);
  }

  /**
   * Reports the rate. A poor household is identified by its id, or by its input position when the
   * id is blank; households are compared by the first household (of any kind) with the same id.
   */
  @Override
  public void finish(State state, SharedStates shared, RuleContext ctx, FindingSink sink) {
    HouseholdMembers all = shared.get(HouseholdMembers.SHARED);
    int poorCount = all.poorHouseholds();
    if (poorCount == 0) {
      return;
    }
    LocalDate deadline = ctx.settings().date("deadline");
    HouseholdMembers.IdIndex ids = all.idIndex();
    // a poor household's identity: the first household with its id, itself when the id is blank
    int[] identity = new int[poorCount];
    BitSet poor = new BitSet();
    for (int i = 0, h = all.nextPoor(0); h >= 0; i++, h = all.nextPoor(h + 1)) {
      identity[i] = all.idBlank(h) ? h : ids.first(h);
      poor.set(identity[i]);
    }
    BitSet trained = new BitSet();
    for (String h : heldBy(state.attendedHouseholds, state.sessions, deadline)) {
      int o = ids.find(h);
      if (o >= 0) {
        trained.set(o);
      }
    }
    LongHashSet attended = new LongHashSet();
    for (String c : heldBy(state.attendedCitizens, state.sessions, deadline)) {
      long k = all.existingKey(c);
      if (k != HouseholdMembers.NO_MEMBER_KEY) {
        attended.add(k);
      }
    }
    if (attended.size() > 0) {
      // a citizen counts for the first poor household (in input order) that lists them
      LongHashSet claimed = new LongHashSet();
      for (int i = 0, h = all.nextPoor(0); h >= 0; i++, h = all.nextPoor(h + 1)) {
        for (int m = all.membersFrom(h); m < all.membersTo(h); m++) {
          long k = all.memberKey(m);
          if (k != HouseholdMembers.NO_MEMBER_KEY && attended.contains(k) && claimed.add(k)) {
            trained.set(identity[i]);
          }
        }
      }
    }
    trained.and(poor);
    sink.target(
        Location.dataset().withPath("households"),
        Support.floor6(Ratio.of(trained.cardinality(), poor.cardinality())),
        ctx.settings().decimal("poor_household_training_rate_min"),
        deadline);
  }
}
