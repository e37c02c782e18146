package org.epar.validation.rules.daming;

import java.time.LocalDate;
import org.epar.core.model.DeviceDay;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;
import org.epar.validation.spi.ShareTarget;

/**
 * DM-OPS-01: the data-manager devices (上网行为数据管理器) are online at least {@code
 * device_online_share_min} of the time (上线率), by {@code deadline}.
 *
 * <p>Readings: the rate is device-days online over device-days, over the {@link DeviceDay} records
 * of the submission (all devices and days pooled, not an average of per-device rates); exact (94.9%
 * misses 95%); not evaluated without device-days. Time (catalog revision 2): a target at deadline D
 * counts only what existed by D, so a device-day counts only when its date is on or before {@code
 * deadline} (the deadline day itself counts, the day after does not); a device-day without a date
 * is unknown, not absent, and counts (CORE-DATE-01 judges its date). Reported at {@link
 * Location#dataset()}.
 *
 * <p>State: the deadline and two counters (device-days, device-days online).
 *
 * @since 0.1.0
 */
final class DmSiteDeviceOnlineRule implements DatasetRule<DmSiteDeviceOnlineRule.State> {

  /** The rule ID. */
  static final String ID = "DM-OPS-01";

  private static final ShareTarget TARGET =
      new ShareTarget("device_online_share_min", Location.dataset());

  /** The deadline, read once, and the counters. */
  static final class State {
    final LocalDate deadline;
    long days;
    long online;

    State(LocalDate deadline) {
      this.deadline = deadline;
    }
  }

  /** Creates the rule; it is stateless. */
  DmSiteDeviceOnlineRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public State newState(RuleContext ctx) {
    return new State(ctx.settings().date("deadline"));
  }

  @Override
  public void accumulate(State state, Object record, long index, RuleContext ctx) {
    if (record instanceof DeviceDay d && (d.date() == null || !d.date().isAfter(state.deadline))) {
      state.days++;
      if (d.online()) {
        state.online++;
      }
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return DeviceDay.class.isAssignableFrom(type);
  }

  @Override
  public State combine(State left, State right) {
    left.days += right.days;
    left.online += right.online;
    return left;
  }

  @Override
  public void finish(State state, RuleContext ctx, FindingSink sink) {
    TARGET.report(state.online, state.days, ctx, sink);
  }
}
