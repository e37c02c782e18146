package org.epar.validation.rules.daming;

import java.math.BigDecimal;
import org.epar.core.model.Village;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;

/**
 * DM-SITE-12: fixed or mobile broadband (宽带，含移动宽带) reaches at least
 * {@code broadband_village_coverage_min} of the administrative villages, by {@code deadline}.
 *
 * <p>Readings: the share of {@link Village} records with {@link Village#broadband()}; exact; not
 * evaluated without villages. Reported at {@link Location#dataset()}.
 *
 * <p>State: two counters (villages, villages with broadband).
 *
 * @since 0.1.0
 */
public final class DmSiteBroadbandRule implements DatasetRule<long[]> {

  /** The rule ID. */
  public static final String ID = "DM-SITE-12";

  /** Creates the rule; it is stateless. */
  public DmSiteBroadbandRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public long[] newState(RuleContext ctx) {
    return new long[2];
  }

  @Override
  public void accumulate(long[] state, Object record, long index, RuleContext ctx) {
    if (record instanceof Village v) {
      state[0]++;
      if (v.broadband()) {
        state[1]++;
      }
    }
  }

  @Override
  public long[] combine(long[] left, long[] right) {
    left[0] += right[0];
    left[1] += right[1];
    return left;
  }

  @Override
  public void finish(long[] state, RuleContext ctx, FindingSink sink) {
    if (state[0] == 0) {
      return;
    }
    BigDecimal min = ctx.settings().decimal("broadband_village_coverage_min");
    sink.target(Location.dataset(), DmSiteSupport.share(state[1], state[0], min), min,
        ctx.settings().date("deadline"));
  }
}
