package org.epar.validation.rules.daming;

import java.util.List;
import org.epar.core.model.Site;
import org.epar.core.model.SiteType;
import org.epar.validation.spi.CountTarget;
import org.epar.validation.spi.CountTargetRule;
import org.epar.validation.spi.RuleContext;

/**
 * DM-SITE-01: build or upgrade at least {@code county_centres_min} county public service centre,
 * {@code county_warehouses_min} county warehouse and distribution centre,
 * {@code township_distribution_centres_min} township distribution centres and
 * {@code village_stations_min} village service stations, by {@code deadline}.
 *
 * <p>Readings: sites are counted by {@link Site#type()} as submitted (a site with no type counts
 * for none); whether a site meets its standard is DM-SITE-04/05/06/09/10's concern, duplicates are
 * CORE-DUP-01's. Each of the four counts is its own target, reported at a dataset location whose
 * object id is the parameter name (e.g. {@code village_stations_min}) and whose path is
 * {@code sites}. No sites at all count as zero.
 *
 * <p>State: four counters.
 *
 * @since 0.1.0
 */
public final class DmSiteCountsRule extends CountTargetRule {

  /** The rule ID. */
  public static final String ID = "DM-SITE-01";

  /** Creates the rule; it is stateless. */
  public DmSiteCountsRule() {
    super(List.of(
        CountTarget.of("county_centres_min", "sites"),
        CountTarget.of("county_warehouses_min", "sites"),
        CountTarget.of("township_distribution_centres_min", "sites"),
        CountTarget.of("village_stations_min", "sites")));
  }

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public void accumulate(long[] state, Object record, long index, RuleContext ctx) {
    if (record instanceof Site s && s.type() != null) {
      int slot = slot(s.type());
      if (slot >= 0) {
        state[slot]++;
      }
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return Site.class.isAssignableFrom(type);
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
