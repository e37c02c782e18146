package org.epar.validation.rules.daming;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.epar.core.model.Site;
import org.epar.core.model.SiteType;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;

/**
 * DM-SITE-01: build or upgrade at least {@code county_centres_min} county public service centre,
 * {@code county_warehouses_min} county warehouse and distribution centre, {@code
 * township_distribution_centres_min} township distribution centres and {@code village_stations_min}
 * village service stations, each by the deadline of the stage that delivers it.
 *
 * <p>Reading (catalog revision 2, stage deadlines of 六 工作安排): the county centre is built in the
 * preparation stage, by {@code county_centre_deadline} (2017-12-31, 六(一)3); the county warehouse
 * and the township distribution centres by {@code warehouses_deadline} (2018-01-31, 六(二)4); the
 * village stations in the operation stage, by {@code village_stations_deadline} (2018-08-31,
 * 六(二)5). Time: a target at deadline D counts only what existed by D, so a site counts for its part
 * only when its opening date ({@link Site#openedOn()}) is not after that part's deadline; a site
 * opened later (a station opened 2019-03-01) or with no opening date does not count, and a missed
 * stage stays missed when the sites come later. Before a part's deadline its count is INFO
 * progress, from the deadline day on a shortfall is an ERROR.
 *
 * <p>Sites are counted by {@link Site#type()} as submitted (a site with no type counts for none);
 * whether a site meets its standard is DM-SITE-04/05/06/09/10's concern, duplicates are
 * CORE-DUP-01's. Each of the four counts is its own target, reported at a dataset location whose
 * object id is the parameter name (e.g. {@code village_stations_min}) and whose path is {@code
 * sites}. No sites at all count as zero.
 *
 * <p>State: four counters.
 *
 * @since 0.1.0
 */
final class DmSiteCountsRule implements DatasetRule<long[]> {

  /** The rule ID. */
  static final String ID = "DM-SITE-01";

  private static final String[] PARTS = {
    "county_centres_min",
    "county_warehouses_min",
    "township_distribution_centres_min",
    "village_stations_min"
  };
  private static final String[] DEADLINES = {
    "county_centre_deadline",
    "warehouses_deadline",
    "warehouses_deadline",
    "village_stations_deadline"
  };

  /** Creates the rule; it is stateless. */
  DmSiteCountsRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public long[] newState(RuleContext ctx) {
    return new long[PARTS.length];
  }

  @Override
  public void accumulate(long[] state, Object record, long index, RuleContext ctx) {
    if (record instanceof Site s && s.type() != null && s.openedOn() != null) {
      int slot = slot(s.type());
      if (slot >= 0 && !s.openedOn().isAfter(ctx.settings().date(DEADLINES[slot]))) {
        state[slot]++;
      }
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return Site.class.isAssignableFrom(type);
  }

  @Override
  public long[] combine(long[] left, long[] right) {
    for (int i = 0; i < left.length; i++) {
      left[i] += right[i];
    }
    return left;
  }

  @Override
  public void finish(long[] counts, RuleContext ctx, FindingSink sink) {
    for (int i = 0; i < PARTS.length; i++) {
      LocalDate deadline = ctx.settings().date(DEADLINES[i]);
      sink.target(
          DmSiteSupport.part(PARTS[i], "sites"),
          BigDecimal.valueOf(counts[i]),
          BigDecimal.valueOf(ctx.settings().integer(PARTS[i])),
          deadline);
    }
  }

  private static int slot(SiteType type) {
    switch (type) {
      case COUNTY_SERVICE_CENTRE:
        return 0;
      case COUNTY_WAREHOUSE:
        return 1;
      case TOWNSHIP_DISTRIBUTION_CENTRE:
        return 2;
      case VILLAGE_STATION:
        return 3;
      default:
        return -1;
    }
  }
}
