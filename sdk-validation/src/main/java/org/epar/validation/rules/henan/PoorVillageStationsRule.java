package org.epar.validation.rules.henan;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.epar.core.model.Site;
import org.epar.core.model.SiteType;
import org.epar.core.model.Village;
import org.epar.validation.Location;
import org.epar.validation.internal.Shares;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;

/**
 * HN-SITE-01: rural e-commerce service sites cover, cumulatively, {@code poor_villages_stage1_min}
 * registered poor villages (建档立卡贫困村) by {@code stage1_deadline} and
 * {@code poor_villages_stage2_min} by {@code stage2_deadline}.
 *
 * <p>Reading: a village counts when it is {@code registered_poor} and a {@code VILLAGE_STATION}
 * site lies in it (same 12-digit division code). Cumulative: every station in the data counts,
 * whatever its opening date. Two stages as described in {@link Stages}.
 */
public final class PoorVillageStationsRule
    implements DatasetRule<PoorVillageStationsRule.State> {

  /** The rule ID. */
  public static final String ID = "HN-SITE-01";

  /** Poor villages and villages with a station, by 12-digit code. */
  public static final class State {
    final Set<String> poor = new HashSet<>();
    final Set<String> withStation = new HashSet<>();
  }

  /** Creates the rule; it is stateless. */
  public PoorVillageStationsRule() {}

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
    } else if (record instanceof Site site && site.type() == SiteType.VILLAGE_STATION
        && site.division() != null) {
      s.withStation.add(site.division().value());
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return Site.class.isAssignableFrom(type) || Village.class.isAssignableFrom(type);
  }

  @Override
  public State combine(State left, State right) {
    left.poor.addAll(right.poor);
    left.withStation.addAll(right.withStation);
    return left;
  }

  @Override
  public void finish(State s, RuleContext ctx, FindingSink sink) {
    Stages.report(ctx, sink, Location.dataset().withPath("villages"),
        BigDecimal.valueOf(Shares.covered(s.poor, s.withStation)),
        "poor_villages_stage1_min", "poor_villages_stage2_min");
  }
}
