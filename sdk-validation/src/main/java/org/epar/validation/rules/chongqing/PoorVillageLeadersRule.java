package org.epar.validation.rules.chongqing;

import java.math.BigDecimal;
import org.epar.core.model.Leader;
import org.epar.core.model.Village;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.KeyedCounts;
import org.epar.validation.spi.RuleContext;
import org.epar.validation.spi.Shares;

/**
 * CQ-LEAD-01: every poor village has at least {@code leaders_per_poor_village_min} e-commerce
 * leaders (电商带头人) by {@code deadline} (二(三)).
 *
 * <p>Reading: the share of {@code registered_poor} villages named by at least that many {@link
 * Leader} records must be 100% ("every"); observed is the share, threshold {@code 1}. No poor
 * village: met.
 */
final class PoorVillageLeadersRule implements DatasetRule<KeyedCounts> {

  /** The rule ID. */
  static final String ID = "CQ-LEAD-01";

  /** Creates the rule; it is stateless. */
  PoorVillageLeadersRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public KeyedCounts newState(RuleContext ctx) {
    return new KeyedCounts();
  }

  @Override
  public void accumulate(KeyedCounts s, Object record, long index, RuleContext ctx) {
    if (record instanceof Village v && v.registeredPoor() && v.code() != null) {
      s.addMember(v.code().value());
    } else if (record instanceof Leader l && l.village() != null) {
      s.count(l.village().value());
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return Leader.class.isAssignableFrom(type) || Village.class.isAssignableFrom(type);
  }

  @Override
  public KeyedCounts combine(KeyedCounts left, KeyedCounts right) {
    return left.combine(right);
  }

  @Override
  public void finish(KeyedCounts s, RuleContext ctx, FindingSink sink) {
    long covered = s.coveredAtLeast(ctx.settings().integer("leaders_per_poor_village_min"));
    sink.target(
        Location.dataset().withPath("leaders"),
        Shares.of(covered, s.populationSize()),
        BigDecimal.ONE,
        ctx.settings().date("deadline"));
  }
}
