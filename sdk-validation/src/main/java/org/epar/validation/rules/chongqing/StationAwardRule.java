package org.epar.validation.rules.chongqing;

import org.epar.core.model.Site;
import org.epar.core.model.SiteType;
import org.epar.core.money.Money;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RecordRule;
import org.epar.validation.spi.RuleContext;

/**
 * CQ-SUB-01 on village stations: a village station whose annual online retail reaches {@code
 * station_annual_retail_min} (200万 yuan) and that drives poor households (带动贫困户较多) is eligible for
 * an award (五(二)); an eligibility finding with the rule's severity (INFO).
 *
 * <p>Reading (catalog revision 2): {@code VILLAGE_STATION} sites with {@code annual_online_retail}
 * at or above the amount and {@code poor_households_served} at or above {@code
 * poor_households_min}. "Many" (较多) has no number in the document: the built-in 10 is an
 * <b>assumption</b> of EPAR, a profile parameter a county can change. Observed is the site id, path
 * {@code annual_online_retail}.
 */
final class StationAwardRule {

  /** The rule ID. */
  static final String ID = "CQ-SUB-01";

  /** The rule; stateless. */
  static final RecordRule<Site> RULE = RecordRule.of(ID, Site.class, StationAwardRule::check);

  private StationAwardRule() {}

  private static void check(Site site, RuleContext ctx, FindingSink sink) {
    Money retail = site.annualOnlineRetail();
    if (site.type() != SiteType.VILLAGE_STATION
        || retail == null
        || site.poorHouseholdsServed() < ctx.settings().integer("poor_households_min")) {
      return;
    }
    Money min = ctx.settings().money("station_annual_retail_min");
    if (retail.compareTo(min) >= 0) {
      sink.violation(
          sink.location("site", site.key(), "annual_online_retail"), site.key(), min.toString());
    }
  }
}
