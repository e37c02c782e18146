package org.epar.validation.rules.chongqing;

import java.time.LocalDate;
import org.epar.core.model.Township;
import org.epar.core.model.Village;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;
import org.epar.validation.spi.Shares;

/**
 * CQ-NET-01: broadband and 4G in every poor township and village by {@code deadline} (二(七)).
 *
 * <p>Reading: the population is the townships with {@code poor} and the villages with {@code
 * registered_poor}, together; two targets: {@code broadband} (share with {@code broadband}, against
 * {@code broadband_coverage_min}) and {@code mobile_4g} (share with {@code mobile4g}, against
 * {@code mobile_4g_coverage_min}).
 */
final class NetworkCoverageRule implements DatasetRule<long[]> {

  /** The rule ID. */
  static final String ID = "CQ-NET-01";

  /** Creates the rule; it is stateless. */
  NetworkCoverageRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public long[] newState(RuleContext ctx) {
    return new long[3]; // population, broadband, 4G
  }

  @Override
  public void accumulate(long[] s, Object record, long index, RuleContext ctx) {
    if (record instanceof Township t && t.poor()) {
      count(s, t.broadband(), t.mobile4g());
    } else if (record instanceof Village v && v.registeredPoor()) {
      count(s, v.broadband(), v.mobile4g());
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return Township.class.isAssignableFrom(type) || Village.class.isAssignableFrom(type);
  }

  private static void count(long[] s, boolean broadband, boolean mobile4g) {
    s[0]++;
    s[1] += broadband ? 1 : 0;
    s[2] += mobile4g ? 1 : 0;
  }

  @Override
  public long[] combine(long[] left, long[] right) {
    for (int i = 0; i < left.length; i++) {
      left[i] += right[i];
    }
    return left;
  }

  @Override
  public void finish(long[] s, RuleContext ctx, FindingSink sink) {
    LocalDate deadline = ctx.settings().date("deadline");
    sink.target(
        new Location("dataset", "broadband", "villages.broadband", -1),
        Shares.of(s[1], s[0]),
        ctx.settings().decimal("broadband_coverage_min"),
        deadline);
    sink.target(
        new Location("dataset", "mobile_4g", "villages.mobile4g", -1),
        Shares.of(s[2], s[0]),
        ctx.settings().decimal("mobile_4g_coverage_min"),
        deadline);
  }
}
