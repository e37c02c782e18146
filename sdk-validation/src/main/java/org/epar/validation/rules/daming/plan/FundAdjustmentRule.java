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
 * DM-FUND-02 (调整控制在2%以内): an adjustment away from the category caps of DM-FUND-01 moves at
 * most {@code adjustment_share_max} of {@code fund_total} (2% of 1500万 = 30万); more is an ERROR.
 *
 * <p>Reading: the adjustment of a plan is the sum over capped categories of the amount above each
 * cap (the caps are this rule's own copies of DM-FUND-01's parameters), counting money once: an
 * excess of a sub-category that also pushes its parent over its cap is not counted again for the
 * parent (see {@link FundCaps#adjustment}). The comparison is exact: 30万 above the caps is within
 * the allowance, 30万 and one fen is not. A plan within the allowance still gets DM-FUND-01
 * WARNINGs for each category above its cap.
 *
 * @since 0.1.0
 */
public final class FundAdjustmentRule extends FundCapsRule {

  /** The rule ID. */
  public static final String ID = "DM-FUND-02";

  /** Creates the rule; it is stateless. */
  public FundAdjustmentRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  void judge(
      long[] rolled, Map<FundCategory, BigDecimal> caps, Money total, Location plan,
      RuleContext ctx, FindingSink sink) {
    BigDecimal allowance = ctx.settings().decimal("adjustment_share_max");
    BigDecimal allowedFen = allowance.multiply(BigDecimal.valueOf(total.fen()));
    BigDecimal adjusted = FundCaps.adjustment(rolled, caps, total);
    if (adjusted.compareTo(allowedFen) > 0) {
      sink.violation(plan,
          adjusted.movePointLeft(2).setScale(2, RoundingMode.CEILING).toPlainString(),
          allowance.toPlainString());
    }
  }
}
