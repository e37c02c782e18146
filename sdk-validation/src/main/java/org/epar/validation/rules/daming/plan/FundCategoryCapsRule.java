package org.epar.validation.rules.daming.plan;

import java.math.BigDecimal;
import java.util.Map;
import org.epar.core.model.FundCategory;
import org.epar.core.money.Money;
import org.epar.core.money.Ratio;
import org.epar.validation.Location;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;

/**
 * DM-FUND-01 (资金支持比例): each category's share of the total stays within its cap: upward flow ≤
 * {@code upward_share_max} (within it {@code standardisation_share_max}, {@code
 * processing_infrastructure_share_max}, {@code logistics_share_max}), service system ≤ {@code
 * service_system_share_max} (within it {@code service_centre_share_max}, {@code
 * village_stations_share_max}), training ≤ {@code training_share_max}; the total is {@code
 * fund_total}.
 *
 * <p>Reading: allocations are summed per fund plan ({@code allocation.plan}); a parent's amount
 * includes its children's; the share is the exact {@link Ratio} of the amount to {@code fund_total}
 * (225万 of 1500万 is 15.00% and within a 15% cap; one fen more is above). One finding per category
 * above its cap, located at the plan.
 *
 * <p>Interaction with DM-FUND-02: the document allows an adjustment "因项目需要确须调整的应控制在2% 以内", so an
 * amount above a cap is not by itself a breach. This rule therefore reports every excess with the
 * catalog severity WARNING (the adjustment must be justified), and DM-FUND-02 is the ERROR when the
 * excesses add up to more than 2% of the total.
 *
 * @since 0.1.0
 */
final class FundCategoryCapsRule extends FundCapsRule {

  /** The rule ID. */
  static final String ID = "DM-FUND-01";

  /** Creates the rule; it is stateless. */
  FundCategoryCapsRule() {}

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
    for (Map.Entry<FundCategory, BigDecimal> cap : caps.entrySet()) {
      Money amount = Money.ofFen(rolled[cap.getKey().ordinal()]);
      Ratio share = amount.ratio(total);
      if (share.compareTo(cap.getValue()) > 0) {
        sink.violation(
            plan,
            cap.getKey().name() + " " + amount.format() + " (" + share.percent() + "%)",
            cap.getValue().toPlainString());
      }
    }
  }
}
