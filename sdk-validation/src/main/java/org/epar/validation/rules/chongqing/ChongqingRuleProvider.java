package org.epar.validation.rules.chongqing;

import java.util.List;
import org.epar.validation.spi.Rule;
import org.epar.validation.spi.RuleProvider;

/**
 * Contributes the Chongqing 2017 rules (CQ-*, profile {@code chongqing-2017}); registered in {@code
 * META-INF/services/org.epar.validation.spi.RuleProvider}.
 *
 * @since 0.1.0
 */
public final class ChongqingRuleProvider implements RuleProvider {

  /** Creates the provider; the service loader calls this. */
  public ChongqingRuleProvider() {}

  @Override
  public List<Rule> rules() {
    return List.of(
        new DemonstrationShopsRule(),
        new AgriculturalRetailGrowthRule(),
        new ServiceSitesRule(),
        new DeliveryTimesRule(),
        new PoorVillageLeadersRule(),
        new CollectionHubsRule(),
        new TraceSchemeRule(),
        BrandedProductTracedRule.RULE,
        new DeepPovertyShopsRule(),
        new NetworkCoverageRule(),
        StationAwardRule.RULE,
        EnterpriseAwardRule.RULE,
        new PoorTraineesRule(),
        new LinkedHouseholdsRule());
  }
}
