package org.epar.validation.rules.daming;

import java.math.BigDecimal;
import org.epar.core.model.DeviceDay;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;

/**
 * DM-OPS-01: the data-manager devices (上网行为数据管理器) are online at least
 * {@code device_online_share_min} of the time (上线率), by {@code deadline}.
 *
 * <p>Readings: the rate is device-days online over device-days, over every {@link DeviceDay} of
 * the submission (all devices and days pooled, not an average of per-device rates); exact (94.9%
 * misses 95%); not evaluated without device-days. Reported at {@link Location#dataset()}.
 *
 * <p>State: two counters (device-days, device-days online).
 *
 * @since 0.1.0
 */
public final class DmSiteDeviceOnlineRule implements DatasetRule<long[]> {

  /** The rule ID. */
  public static final String ID = "DM-OPS-01";

  /** Creates the rule; it is stateless. */
  public DmSiteDeviceOnlineRule() {}

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
    if (record instanceof DeviceDay d) {
      state[0]++;
      if (d.online()) {
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
    BigDecimal min = ctx.settings().decimal("device_online_share_min");
    sink.target(Location.dataset(), DmSiteSupport.share(state[1], state[0], min), min,
        ctx.settings().date("deadline"));
  }
}
