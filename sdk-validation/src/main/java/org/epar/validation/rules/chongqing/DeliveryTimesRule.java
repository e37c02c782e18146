package org.epar.validation.rules.chongqing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.epar.core.model.Shipment;
import org.epar.core.model.Site;
import org.epar.core.model.SiteType;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.Growth;
import org.epar.validation.spi.RuleContext;
import org.epar.validation.spi.Shares;
import org.jspecify.annotations.Nullable;

/**
 * CQ-LOG-01: by {@code deadline}, basically achieve (基本实现) that a parcel reaches a village from the
 * county town within {@code county_to_village_days_max} days, and farm products reach the county
 * hub from a village within {@code village_to_county_days_max} days (县到村、村到县一日达, 二(二)).
 *
 * <p>Reading (catalog revision 2): "basically" is a share, not every parcel. Shipments from a
 * county site ({@code COUNTY_WAREHOUSE} or {@code COUNTY_SERVICE_CENTRE}) to a {@code
 * VILLAGE_STATION} are county-to-village, the reverse village-to-county. The evaluation date is the
 * as-of date, or the deadline when the as-of date is after it (a target at D counts what existed by
 * D); the parcels are those dispatched in the {@code window_days} days up to and including it. Per
 * direction, the share of them delivered within the direction's maximum ({@code delivered_on -
 * dispatched_on}) must reach {@code on_time_share_min}. Older parcels do not count. Shipments
 * without both dates, with sites not in the data, or delivered before dispatch (CORE-DATE-01) are
 * left out. A direction with no parcel in the window is "no data": INFO before the deadline, the
 * rule's severity at and after it. Object ids {@code county_to_village} and {@code
 * village_to_county}, path {@code shipments}.
 */
final class DeliveryTimesRule implements DatasetRule<DeliveryTimesRule.State> {

  /** The rule ID. */
  static final String ID = "CQ-LOG-01";

  /**
   * Site types by id, and per (from, to) pair of the window: {parcels, within the county-to-village
   * maximum, within the village-to-county maximum}.
   */
  static final class State {
    final Map<String, SiteType> sites = new HashMap<>();
    final Map<String, long[]> pairs = new HashMap<>();
  }

  /** Creates the rule; it is stateless. */
  DeliveryTimesRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public State newState(RuleContext ctx) {
    return new State();
  }

  private static LocalDate evaluationDate(RuleContext ctx) {
    LocalDate deadline = ctx.settings().date("deadline");
    return ctx.asOf().isAfter(deadline) ? deadline : ctx.asOf();
  }

  @Override
  public void accumulate(State s, Object record, long index, RuleContext ctx) {
    if (record instanceof Site site && site.id() != null && site.type() != null) {
      s.sites.putIfAbsent(site.id(), site.type());
    } else if (record instanceof Shipment sh
        && sh.fromSite() != null
        && sh.toSite() != null
        && sh.dispatchedOn() != null
        && sh.deliveredOn() != null) {
      LocalDate end = evaluationDate(ctx);
      long window = ctx.settings().integer("window_days");
      if (sh.dispatchedOn().isAfter(end)
          || ChronoUnit.DAYS.between(sh.dispatchedOn(), end) >= window) {
        return;
      }
      long days = ChronoUnit.DAYS.between(sh.dispatchedOn(), sh.deliveredOn());
      if (days >= 0) {
        long[] c = s.pairs.computeIfAbsent(sh.fromSite() + '\n' + sh.toSite(), k -> new long[3]);
        c[0]++;
        c[1] += days <= ctx.settings().integer("county_to_village_days_max") ? 1 : 0;
        c[2] += days <= ctx.settings().integer("village_to_county_days_max") ? 1 : 0;
      }
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return Shipment.class.isAssignableFrom(type) || Site.class.isAssignableFrom(type);
  }

  @Override
  public State combine(State left, State right) {
    right.sites.forEach(left.sites::putIfAbsent);
    right.pairs.forEach(
        (k, v) ->
            left.pairs.merge(
                k,
                v,
                (a, b) -> {
                  for (int i = 0; i < a.length; i++) {
                    a[i] += b[i];
                  }
                  return a;
                }));
    return left;
  }

  @Override
  public void finish(State s, RuleContext ctx, FindingSink sink) {
    long[] down = new long[2];
    long[] up = new long[2];
    for (Map.Entry<String, long[]> e : s.pairs.entrySet()) {
      int cut = e.getKey().indexOf('\n');
      SiteType from = s.sites.get(e.getKey().substring(0, cut));
      SiteType to = s.sites.get(e.getKey().substring(cut + 1));
      long[] c = e.getValue();
      if (county(from) && to == SiteType.VILLAGE_STATION) {
        down[0] += c[0];
        down[1] += c[1];
      } else if (from == SiteType.VILLAGE_STATION && county(to)) {
        up[0] += c[0];
        up[1] += c[2];
      }
    }
    report(down, "county_to_village", ctx, sink);
    report(up, "village_to_county", ctx, sink);
  }

  private static void report(long[] c, String direction, RuleContext ctx, FindingSink sink) {
    Location at = new Location("dataset", direction, "shipments", -1);
    BigDecimal min = ctx.settings().decimal("on_time_share_min");
    LocalDate deadline = ctx.settings().date("deadline");
    if (c[0] == 0) {
      Growth.noData(ctx, sink, at, min, deadline);
    } else {
      sink.target(at, Shares.of(c[1], c[0]), min, deadline);
    }
  }

  private static boolean county(@Nullable SiteType t) {
    return t == SiteType.COUNTY_WAREHOUSE || t == SiteType.COUNTY_SERVICE_CENTRE;
  }
}
