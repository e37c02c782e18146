package org.epar.validation.rules.henan;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.epar.core.model.Leader;
import org.epar.core.model.Village;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;
import org.epar.validation.spi.Shares;

/**
 * HN-LEAD-01: one e-commerce leader (电商带头人) in each eligible poor village (有条件的贫困村): {@code
 * coverage_stage1_min} of them by {@code stage1_deadline}, {@code coverage_stage2_min} by {@code
 * stage2_deadline}.
 *
 * <p>Reading: the population is the villages that are {@code registered_poor} and {@code eligible};
 * a village is covered when a {@link Leader} names it (same 12-digit code). No eligible poor
 * village: the target is met.
 *
 * <p>Stages (catalog revision 2): both stages are reported once the first deadline has passed, so a
 * first stage missed at its deadline stays an ERROR after the second is met ({@link
 * Stages#reportDated}). A leader record carries no date in the model, so every leader counts toward
 * both stages (the data as given are what existed by each deadline).
 */
final class LeaderVillagesRule implements DatasetRule<LeaderVillagesRule.State> {

  /** The rule ID. */
  static final String ID = "HN-LEAD-01";

  /** Eligible poor villages and villages with a leader, by 12-digit code. */
  static final class State {
    final Set<String> eligible = new HashSet<>();
    final Set<String> withLeader = new HashSet<>();
  }

  /** Creates the rule; it is stateless. */
  LeaderVillagesRule() {}

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
    if (record instanceof Village v && v.registeredPoor() && v.eligible() && v.code() != null) {
      s.eligible.add(v.code().value());
    } else if (record instanceof Leader l && l.village() != null) {
      s.withLeader.add(l.village().value());
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return Leader.class.isAssignableFrom(type) || Village.class.isAssignableFrom(type);
  }

  @Override
  public State combine(State left, State right) {
    left.eligible.addAll(right.eligible);
    left.withLeader.addAll(right.withLeader);
    return left;
  }

  @Override
  public void finish(State s, RuleContext ctx, FindingSink sink) {
    BigDecimal covered = Shares.of(Shares.covered(s.eligible, s.withLeader), s.eligible.size());
    Stages.reportDated(
        ctx,
        sink,
        Location.dataset().withPath("leaders"),
        covered,
        covered,
        "coverage_stage1_min",
        "coverage_stage2_min");
  }
}
