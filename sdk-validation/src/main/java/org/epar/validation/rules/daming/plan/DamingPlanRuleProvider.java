package org.epar.validation.rules.daming.plan;

import java.util.List;
import org.epar.validation.spi.Rule;
import org.epar.validation.spi.RuleProvider;

/**
 * Contributes the Daming 2017 training, fund, reporting, disclosure, veto, growth and milestone
 * rules (DM-TRAIN-01..04, DM-FUND-01..07, DM-RPT-01/02, DM-PUB-01, DM-VETO-01/02, DM-GROW-01,
 * DM-TIME-01); registered in {@code META-INF/services/org.epar.validation.spi.RuleProvider}. The
 * site and operations rules of the same profile come from another provider.
 *
 * @since 0.1.0
 */
public final class DamingPlanRuleProvider implements RuleProvider {

  /** Creates the provider; the service loader calls this. */
  public DamingPlanRuleProvider() {}

  @Override
  public List<Rule> rules() {
    return List.of(
        new TrainingPersonTimesRule(),
        new ProfessionalTalentsRule(),
        new PoorHouseholdTrainingRule(),
        new TraineeFollowUpRule(),
        new FundCategoryCapsRule(),
        new FundAdjustmentRule(),
        new CentralFundExpenseRule(),
        PlanPublicationRule.RULE,
        PublicTenderRule.RULE,
        new DisbursementScheduleRule(),
        FundAccountRule.RULE,
        StationChargesRule.RULE,
        SelfEvaluationRule.RULE,
        new ReportingChannelsRule(),
        new DailyReportingRule(),
        new DisclosureCompletenessRule(),
        new ProgressVetoRule(),
        PlanVersionRule.RULE,
        PlanChangeApprovalRule.RULE,
        new GrowthRule(),
        new MilestoneRule());
  }
}
