package org.epar.validation.rules.guangdong;

import java.util.List;
import org.epar.validation.spi.Rule;
import org.epar.validation.spi.RuleProvider;

/**
 * Contributes the GD rules of the {@code guangdong-2018} profile (广东省农村电商精准扶贫工作方案): GD-DEMO-01,
 * GD-SITE-01, GD-TRAIN-01, GD-GROW-01, GD-TRACE-01, GD-BRAND-01 and GD-FUND-01; registered in
 * {@code META-INF/services/org.epar.validation.spi.RuleProvider}.
 *
 * @since 0.1.0
 */
public final class GuangdongRuleProvider implements RuleProvider {

  /** Creates the provider; the service loader calls this. */
  public GuangdongRuleProvider() {}

  @Override
  public List<Rule> rules() {
    return List.of(
        new DemoCountyPerCityRule(),
        new SiteCoverageRule(),
        new PoorLabourTrainingRule(),
        new CityGrowthRule(),
        TraceSchemeRule.RULE,
        new RegionalBrandRule(),
        FundPerformanceReportRule.RULE);
  }
}
