package org.epar.validation.rules.daming.plan;

import org.epar.core.model.PlanChange;
import org.epar.core.model.RecordType;
import org.epar.validation.internal.RuleTexts;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RecordRule;
import org.epar.validation.spi.RuleContext;

/**
 * DM-VETO-02, plan changes (一票否决：擅自变更方案、扩大范围、改变内容): every {@link PlanChange}, in particular one
 * that widens the scope, carries an {@code approval_reference}. VETO.
 *
 * <p>Finding at {@code approval_reference}, observed as {@code change <id>} (with {@code , widens
 * scope} when it does).
 *
 * @since 0.1.0
 */
final class PlanChangeApprovalRule {

  /** The rule; stateless. */
  static final RecordRule<PlanChange> RULE =
      RecordRule.of(PlanVersionRule.ID, PlanChange.class, PlanChangeApprovalRule::check);

  private PlanChangeApprovalRule() {}

  private static void check(PlanChange change, RuleContext ctx, FindingSink sink) {
    if (Support.blank(change.approvalReference())) {
      RuleTexts.Text what =
          RuleTexts.of(
              change.widensScope() ? "change.unapproved-widening" : "change.unapproved",
              change.key());
      sink.violation(
          sink.location(RecordType.PLAN_CHANGE.wireName(), change.key(), "approval_reference"),
          what.en(),
          "approval_reference",
          what.as("observed"));
    }
  }
}
