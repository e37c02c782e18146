package org.epar.validation.rules.daming.plan;

import java.math.BigDecimal;
import java.util.Map;
import org.epar.core.model.Allocation;
import org.epar.core.model.FundCategory;
import org.epar.core.model.FundPlan;
import org.epar.core.model.RecordType;
import org.epar.core.money.Money;
import org.epar.validation.Location;
import org.epar.validation.internal.RuleTexts;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;

/**
 * What DM-FUND-01 and DM-FUND-02 share: allocations summed per fund plan ({@link FundCaps.Totals}),
 * rolled up to their parent categories and judged against the caps and {@code fund_total} of the
 * rule's settings. A subclass judges one plan. A plan whose allocations sum beyond a {@code long}
 * of fen is one finding at the plan ({@code overflow}), never an exception.
 */
abstract class FundCapsRule implements DatasetRule<FundCaps.Totals> {

  @Override
  public final FundCaps.Totals newState(RuleContext ctx) {
    return new FundCaps.Totals();
  }

  @Override
  public final void accumulate(FundCaps.Totals state, Object record, long index, RuleContext ctx) {
    state.accumulate(record, index);
  }

  @Override
  public final boolean accepts(Class<?> type) {
    return Allocation.class.isAssignableFrom(type) || FundPlan.class.isAssignableFrom(type);
  }

  @Override
  public final FundCaps.Totals combine(FundCaps.Totals left, FundCaps.Totals right) {
    return left.combine(right);
  }

  @Override
  public final void finish(FundCaps.Totals state, RuleContext ctx, FindingSink sink) {
    Money total = ctx.settings().money("fund_total");
    if (total.signum() <= 0) {
      return;
    }
    Map<FundCategory, BigDecimal> caps = FundCaps.caps(ctx.settings());
    String type = RecordType.FUND_PLAN.wireName();
    state.byPlan.forEach(
        (plan, own) -> {
          Location at = new Location(type, plan, "allocations", state.index(plan));
          long[] rolled = null;
          if (!state.overflow.contains(plan)) {
            try {
              rolled = FundCaps.rolledUp(own);
            } catch (ArithmeticException e) {
              rolled = null;
            }
          }
          if (rolled == null) {
            // odd but parseable amounts: one finding on the plan, never a wrapped or failed sum
            RuleTexts.Text sum =
                RuleTexts.of("sum.allocations-overflow", Money.ofFen(Long.MAX_VALUE).format());
            sink.violation(
                at, sum.en(), ctx.settings().money("fund_total").format(), sum.as("observed"));
          } else {
            judge(rolled, caps, total, at, ctx, sink);
          }
        });
  }

  /**
   * Judges one plan.
   *
   * @param rolled amounts in fen per category ordinal, parents including their children
   * @param caps the cap of each capped category, as a share of the total
   * @param total the fund total, positive
   * @param plan where findings about this plan are located
   * @param ctx the rule's context
   * @param sink where findings go
   */
  abstract void judge(
      long[] rolled,
      Map<FundCategory, BigDecimal> caps,
      Money total,
      Location plan,
      RuleContext ctx,
      FindingSink sink);
}
