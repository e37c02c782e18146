package org.epar.validation.rules.daming.plan;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.epar.core.model.Attendance;
import org.epar.core.model.Household;
import org.epar.core.model.Member;
import org.epar.core.money.Ratio;
import org.epar.validation.Location;
import org.epar.validation.internal.CitizenKeys;
import org.epar.validation.internal.Citizens;
import org.epar.validation.internal.IntList;
import org.epar.validation.internal.LongHashSet;
import org.epar.validation.internal.LongList;
import org.epar.validation.internal.StringLog;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;

/**
 * DM-TRAIN-03 (建档立卡贫困户应培尽培，培训率80%): the share of registered poor households with at
 * least one trained member reaches {@code poor_household_training_rate_min} by {@code deadline}.
 *
 * <p>Reading: a household is trained when an attendance names it ({@code attendance.household}) or
 * names the citizen id of one of its members, ids compared in their {@linkplain Citizens canonical
 * form} ({@code …x}, {@code …X} and surrounding spaces are one person). The denominator is every household with {@code
 * registered_poor}; without any the rate is undefined and the rule is silent. The observed rate is
 * the exact ratio rounded toward negative infinity at 6 decimals (79.99% stays below 80%).
 *
 * @since 0.1.0
 */
public final class PoorHouseholdTrainingRule
    implements DatasetRule<PoorHouseholdTrainingRule.State> {

  /** The rule ID. */
  public static final String ID = "DM-TRAIN-03";

  /**
   * Poor households in input order with their members' citizen ids (raw, as exact {@link
   * CitizenKeys} keys in a compact log, about 8 bytes per member), and who attended. {@link
   * #combine} appends the later log, so the result equals one sequential pass.
   */
  public static final class State {
    final StringLog poor = new StringLog();
    final IntList memberStarts = new IntList();
    final LongList members = new LongList();
    final CitizenKeys citizens = new CitizenKeys();
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
      if (!Support.blank(a.household())) {
        state.attendedHouseholds.add(a.household());
      }
      String c = Citizens.canonical(a.citizenId());
      if (c != null) {
        state.attendedCitizens.add(c);
      }
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return Attendance.class.isAssignableFrom(type) || Household.class.isAssignableFrom(type);
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
    left.attendedHouseholds.addAll(right.attendedHouseholds);
    left.attendedCitizens.addAll(right.attendedCitizens);
    return left;
  }

  @Override
  public void finish(State state, RuleContext ctx, FindingSink sink) {
    int households = state.poor.size();
    if (households == 0) {
      return;
    }
    StringLog.Index poor = state.poor.index();
    BitSet trained = new BitSet();
    for (String h : state.attendedHouseholds) {
      int o = poor.find(h);
      if (o >= 0) {
        trained.set(o);
      }
    }
    LongHashSet attended = new LongHashSet();
    for (String c : state.attendedCitizens) {
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
    sink.target(Location.dataset().withPath("households"),
        Support.floor6(Ratio.of(trained.cardinality(), poor.distinct())),
        ctx.settings().decimal("poor_household_training_rate_min"),
        ctx.settings().date("deadline"));
  }
}
