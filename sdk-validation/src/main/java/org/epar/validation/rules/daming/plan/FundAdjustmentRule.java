package org.epar.validation.rules.daming.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.epar.core.model.FundCategory;
import org.epar.core.money.Money;
import org.epar.validation.Location;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;

/**
 * DM-FUND-02 (调整控制在2%以内): an adjustment away from the category caps of DM-FUND-01 moves at most
 * {@code adjustment_share_max} of {@code fund_total} (2% of 1500万 = 30万); more is an ERROR.
 *
 * <p>Reading (catalog revision 2): the excess is counted once: over the top-level categories (上行
 * 65%, 服务体系 20%, 培训 15%) the sum of the amounts above each cap, plus, inside each top-level
 * category, the sum of its sub-categories' amounts above their own caps that is not already part of
 * the parent's excess (see {@link FundCaps#adjustment}; the caps are this rule's own copies of
 * DM-FUND-01's parameters). Money in a category with no cap ({@code OTHER}) counts wholly as
 * excess: no plan bypasses the caps by labelling. The comparison is exact: 30万 above the caps is
 * within the allowance, 30万 and one fen is not. A plan within the allowance still gets DM-FUND-01
 * WARNINGs for each category above its cap.
 *
 * @since 0.1.0
 */
final class FundAdjustmentRule extends FundCapsRule {

  /** The rule ID. */
  static final String ID = "DM-FUND-02";

  /** Creates the rule; it is stateless. */
  FundAdjustmentRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  void judge(
      long[] rolled,
      Map<FundCategory, BigDecimal> caps,
      Money total,
      Location plan,
      RuleContext ctx,
      FindingSink sink) {
    BigDecimal allowance = ctx.settings().decimal("adjustment_share_max");
    BigDecimal allowedFen = allowance.multiply(BigDecimal.valueOf(total.fen()));
    BigDecimal adjusted = FundCaps.adjustment(rolled, caps, total);
    if (adjusted.compareTo(allowedFen) > 0) {
      sink.violation(
          plan,
          adjusted.movePointLeft(2).setScale(2, RoundingMode.CEILING).toPlainString(),
          allowance.toPlainString());
    }
  }
}
