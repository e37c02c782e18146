package org.epar.validation.rules.chongqing;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.epar.core.model.Leader;
import org.epar.core.model.Village;
import org.epar.validation.Location;
import org.epar.validation.internal.Shares;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;

/**
 * CQ-LEAD-01: every poor village has at least {@code leaders_per_poor_village_min} e-commerce
 * leaders (电商带头人) by {@code deadline} (二(三)).
 *
 * <p>Reading: the share of {@code registered_poor} villages named by at least that many
 * {@link Leader} records must be 100% ("every"); observed is the share, threshold {@code 1}. No
 * poor village: met.
 */
public final class PoorVillageLeadersRule implements DatasetRule<PoorVillageLeadersRule.State> {

  /** The rule ID. */
  public static final String ID = "CQ-LEAD-01";

  /** Poor villages and leaders per village. */
  public static final class State {
    final Set<String> poor = new HashSet<>();
    final Map<String, Long> leaders = new HashMap<>();
  }

  /** Creates the rule; it is stateless. */
  public PoorVillageLeadersRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public State newState(RuleContext ctx) {
    return new State();
  }

  @Override
  public void accumulate(State s, Object record, long index, RuleContext ctx) {
    if (record instanceof Village v && v.registeredPoor() && v.code() != null) {
      s.poor.add(v.code().value());
    } else if (record instanceof Leader l && l.village() != null) {
      s.leaders.merge(l.village().value(), 1L, Long::sum);
    }
  }

  @Override
  public State combine(State left, State right) {
    left.poor.addAll(right.poor);
    right.leaders.forEach((k, v) -> left.leaders.merge(k, v, Long::sum));
    return left;
  }

  @Override
  public void finish(State s, RuleContext ctx, FindingSink sink) {
    long min = ctx.settings().integer("leaders_per_poor_village_min");
    long covered = 0;
    for (String v : s.poor) {
      if (s.leaders.getOrDefault(v, 0L) >= min) {
        covered++;
      }
    }
    sink.target(Location.dataset().withPath("leaders"), Shares.of(covered, s.poor.size()),
        BigDecimal.ONE, ctx.settings().date("deadline"));
  }
}
