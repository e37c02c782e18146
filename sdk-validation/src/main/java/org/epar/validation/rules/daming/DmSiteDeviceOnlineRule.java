package org.epar.validation.rules.daming;

import org.epar.core.model.DeviceDay;
import org.epar.validation.Location;
import org.epar.validation.spi.ShareTarget;
import org.epar.validation.spi.ShareTargetRule;

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
public final class DmSiteDeviceOnlineRule extends ShareTargetRule<DeviceDay> {

  /** The rule ID. */
  public static final String ID = "DM-OPS-01";

  /** Creates the rule; it is stateless. */
  public DmSiteDeviceOnlineRule() {
    super(DeviceDay.class, DeviceDay::online, new ShareTarget("device_online_share_min", Location.dataset()));
  }

  @Override
  public String ruleId() {
    return ID;
  }
}
