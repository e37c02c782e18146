package org.epar.validation.rules.daming.plan;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.epar.core.model.Attendance;
import org.epar.core.model.Household;
import org.epar.core.model.Member;
import org.epar.core.money.Ratio;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;

/**
 * DM-TRAIN-03 (建档立卡贫困户应培尽培，培训率80%): the share of registered poor households with at
 * least one trained member reaches {@code poor_household_training_rate_min} by {@code deadline}.
 *
 * <p>Reading: a household is trained when an attendance names it ({@code attendance.household}) or
 * names the citizen id of one of its members. The denominator is every household with {@code
 * registered_poor}; without any the rate is undefined and the rule is silent. The observed rate is
 * the exact ratio rounded toward negative infinity at 6 decimals (79.99% stays below 80%).
 *
 * @since 0.1.0
 */
public final class PoorHouseholdTrainingRule
    implements DatasetRule<PoorHouseholdTrainingRule.State> {

  /** The rule ID. */
  public static final String ID = "DM-TRAIN-03";

  /** Poor households, their members' citizen ids, and who attended. */
  public static final class State {
    final Set<String> poor = new HashSet<>();
    final Map<String, String> householdOfMember = new HashMap<>();
    final Set<String> attendedHouseholds = new HashSet<>();
    final Set<String> attendedCitizens = new HashSet<>();

    State() {}
  }

  /** Creates the rule; it is stateless. */
  public PoorHouseholdTrainingRule() {}

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
      String id = Support.blank(h.id()) ? "#" + index : h.id();
      state.poor.add(id);
      for (Member m : h.members()) {
        if (m != null && m.citizenId() != null) {
          state.householdOfMember.putIfAbsent(m.citizenId().raw(), id);
        }
      }
    } else if (record instanceof Attendance a) {
      if (!Support.blank(a.household())) {
        state.attendedHouseholds.add(a.household());
      }
      if (a.citizenId() != null) {
        state.attendedCitizens.add(a.citizenId().raw());
      }
    }
  }

  @Override
  public State combine(State left, State right) {
    left.poor.addAll(right.poor);
    right.householdOfMember.forEach(left.householdOfMember::putIfAbsent);
    left.attendedHouseholds.addAll(right.attendedHouseholds);
    left.attendedCitizens.addAll(right.attendedCitizens);
    return left;
  }

  @Override
  public void finish(State state, RuleContext ctx, FindingSink sink) {
    if (state.poor.isEmpty()) {
      return;
    }
    Set<String> trained = new HashSet<>();
    for (String h : state.attendedHouseholds) {
      if (state.poor.contains(h)) {
        trained.add(h);
      }
    }
    for (String c : state.attendedCitizens) {
      String h = state.householdOfMember.get(c);
      if (h != null) {
        trained.add(h);
      }
    }
    sink.target(Location.dataset().withPath("households"),
        Support.floor6(Ratio.of(trained.size(), state.poor.size())),
        ctx.settings().decimal("poor_household_training_rate_min"),
        ctx.settings().date("deadline"));
  }
}
