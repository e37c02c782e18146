package org.epar.validation.rules.chongqing;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.epar.core.model.Shipment;
import org.epar.core.model.Site;
import org.epar.core.model.SiteType;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * CQ-LOG-01: by {@code deadline}, a parcel reaches a village from the county town within
 * {@code county_to_village_days_max} days, and farm products reach the county hub from a village
 * within {@code village_to_county_days_max} days (县到村、村到县一日达, 二(二)).
 *
 * <p>Reading: shipments from a county site ({@code COUNTY_WAREHOUSE} or
 * {@code COUNTY_SERVICE_CENTRE}) to a {@code VILLAGE_STATION} are county-to-village, the reverse
 * village-to-county. Days are {@code delivered_on - dispatched_on}; "a parcel reaches" is read as
 * every parcel, so the slowest shipment of each direction is the observed value. Shipments without
 * both dates, with sites not in the data, or delivered before dispatch (CORE-DATE-01) are left
 * out; a direction without shipments is not reported. Object ids {@code county_to_village} and
 * {@code village_to_county}.
 */
public final class DeliveryTimesRule implements DatasetRule<DeliveryTimesRule.State> {

  /** The rule ID. */
  public static final String ID = "CQ-LOG-01";

  /** Site types by id and the slowest delivery per (from, to) pair. */
  public static final class State {
    final Map<String, SiteType> sites = new HashMap<>();
    final Map<String, Long> slowest = new HashMap<>();
  }

  /** Creates the rule; it is stateless. */
  public DeliveryTimesRule() {}

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
    if (record instanceof Site site && site.id() != null && site.type() != null) {
      s.sites.putIfAbsent(site.id(), site.type());
    } else if (record instanceof Shipment sh && sh.fromSite() != null && sh.toSite() != null
        && sh.dispatchedOn() != null && sh.deliveredOn() != null) {
      long days = ChronoUnit.DAYS.between(sh.dispatchedOn(), sh.deliveredOn());
      if (days >= 0) {
        s.slowest.merge(sh.fromSite() + '\n' + sh.toSite(), days, Math::max);
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
    right.slowest.forEach((k, v) -> left.slowest.merge(k, v, Math::max));
    return left;
  }

  @Override
  public void finish(State s, RuleContext ctx, FindingSink sink) {
    long down = -1;
    long up = -1;
    for (Map.Entry<String, Long> e : s.slowest.entrySet()) {
      int cut = e.getKey().indexOf('\n');
      SiteType from = s.sites.get(e.getKey().substring(0, cut));
      SiteType to = s.sites.get(e.getKey().substring(cut + 1));
      if (county(from) && to == SiteType.VILLAGE_STATION) {
        down = Math.max(down, e.getValue());
      } else if (from == SiteType.VILLAGE_STATION && county(to)) {
        up = Math.max(up, e.getValue());
      }
    }
    if (down >= 0) {
      sink.targetAtMost(new Location("dataset", "county_to_village", "shipments", -1),
          BigDecimal.valueOf(down), ctx.settings().decimal("county_to_village_days_max"),
          ctx.settings().date("deadline"));
    }
    if (up >= 0) {
      sink.targetAtMost(new Location("dataset", "village_to_county", "shipments", -1),
          BigDecimal.valueOf(up), ctx.settings().decimal("village_to_county_days_max"),
          ctx.settings().date("deadline"));
    }
  }

  private static boolean county(@Nullable SiteType t) {
    return t == SiteType.COUNTY_WAREHOUSE || t == SiteType.COUNTY_SERVICE_CENTRE;
  }
}
