package org.epar.validation.rules.heilongjiang;

import java.util.List;
import org.epar.validation.spi.Rule;
import org.epar.validation.spi.RuleProvider;

/**
 * Contributes the HLJ rules of the {@code heilongjiang-2016} profile (黑龙江省“互联网+”精准扶贫行动计划):
 * HLJ-SITE-01, HLJ-SITE-02, HLJ-LOG-01, HLJ-DEMO-01, HLJ-GROW-01, HLJ-FUND-01, HLJ-CERT-01,
 * HLJ-RPT-01 and HLJ-TRAIN-01; registered in {@code
 * META-INF/services/org.epar.validation.spi.RuleProvider}.
 *
 * @since 0.1.0
 */
public final class HeilongjiangRuleProvider implements RuleProvider {

  /** Creates the provider; the service loader calls this. */
  public HeilongjiangRuleProvider() {}

  @Override
  public List<Rule> rules() {
    return List.of(
        new PoorVillageServicePointRule(),
        new ServicePointEssentialsRule(),
        new LogisticsCoverageRule(),
        DemonstrationCountsRule.RULE,
        new OnlineSalesRule(),
        FundSourceRule.RULE,
        CertificationRule.RULE,
        StatisticsReportRule.RULE,
        new ManagerTrainingRule());
  }
}
