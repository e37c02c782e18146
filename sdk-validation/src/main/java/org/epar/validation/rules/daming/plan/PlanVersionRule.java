package org.epar.validation.rules.daming.plan;

import org.epar.core.model.FundPlan;
import org.epar.core.model.RecordType;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RecordRule;
import org.epar.validation.spi.RuleContext;

/**
 * DM-VETO-02, plan versions (一票否决：擅自变更方案): a fund plan of a version other than the approved first
 * one ({@code version > 1}) carries an {@code approval_reference}. VETO.
 *
 * <p>Reading: version 1 is the approved plan; any later version is a change and needs an approval
 * reference (not blank). Finding at {@code approval_reference}, observed as the version.
 *
 * @since 0.1.0
 */
final class PlanVersionRule {

  /** The rule ID. */
  static final String ID = "DM-VETO-02";

  /** The rule; stateless. */
  static final RecordRule<FundPlan> RULE =
      RecordRule.of(ID, FundPlan.class, PlanVersionRule::check);

  private PlanVersionRule() {}

  private static void check(FundPlan plan, RuleContext ctx, FindingSink sink) {
    if (plan.version() > 1 && Support.blank(plan.approvalReference())) {
      sink.violation(
          sink.location(RecordType.FUND_PLAN.wireName(), plan.key(), "approval_reference"),
          Integer.toString(plan.version()),
          "approval_reference");
    }
  }
}
