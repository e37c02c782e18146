package org.epar.validation.rules.chongqing;

import org.epar.core.model.Leader;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RecordRule;
import org.epar.validation.spi.RuleContext;

/**
 * CQ-LINK-01 on e-commerce leaders: a leader names at least {@code linked_households_min}
 * registered poor households it serves (带头人带动贫困户, 二(三)). Same reading as
 * {@link LinkedHouseholdsRule}; the leader is located by its id, never by its name.
 */
public final class LeaderLinksRule implements RecordRule<Leader> {

  /** Creates the rule; it is stateless. */
  public LeaderLinksRule() {}

  @Override
  public String ruleId() {
    return LinkedHouseholdsRule.ID;
  }

  @Override
  public Class<Leader> type() {
    return Leader.class;
  }

  @Override
  public void check(Leader leader, RuleContext ctx, FindingSink sink) {
    LinkedHouseholdsRule.report("leader", leader.key(), leader.linkedHouseholds(), ctx, sink);
  }
}
