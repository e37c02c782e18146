package org.epar.validation.rules.daming;

import java.util.List;
import org.epar.validation.spi.Rule;
import org.epar.validation.spi.RuleProvider;

/**
 * Contributes the Daming county 2017 rules on sites, services, operations, logistics, products,
 * incubation and traceability (profile {@code daming-2017}); registered in {@code
 * META-INF/services/org.epar.validation.spi.RuleProvider}.
 *
 * <p>DM-SITE-01 to DM-SITE-12, DM-SVC-01, DM-OPS-01, DM-OPS-02, DM-LOG-01, DM-PROD-01, DM-INC-01
 * and DM-TRACE-01. The rules are stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class DamingSiteRuleProvider implements RuleProvider {

  /** Creates the provider; the service loader calls this. */
  public DamingSiteRuleProvider() {}

  @Override
  public List<Rule> rules() {
    return List.of(
        new DmSiteCountsRule(),
        new DmSiteVillageCoverageRule(),
        new DmSiteRequiredStationsRule(),
        new DmSiteCountyCentreRule(),
        DmSiteLogisticsCentreRule.warehouse(),
        DmSiteLogisticsCentreRule.townshipCentre(),
        new DmSiteRouteFundingRule(),
        new DmSiteExpressOutletRule(),
        new DmSiteStationAreaRule(),
        new DmSiteStationEquipmentRule(),
        new DmSiteFundedStationsRule(),
        DmSiteBroadbandRule.RULE,
        new DmSiteServicesRule(),
        new DmSiteDeviceOnlineRule(),
        new DmSiteStationTradeRule(),
        new DmSiteLogisticsRule(),
        DmSiteProductsRule.RULE,
        new DmSiteIncubationRule(),
        new DmSiteTraceabilityRule());
  }
}
