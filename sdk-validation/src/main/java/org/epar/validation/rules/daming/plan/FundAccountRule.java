package org.epar.validation.rules.daming.plan;

import java.util.Map;
import org.epar.core.model.Fund;
import org.epar.core.model.RecordType;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RecordRule;
import org.epar.validation.spi.RuleContext;

/**
 * DM-FUND-06, account part (专账核算): every fund is booked in a separate account; a {@link Fund} with
 * {@code separate_account = false} is a finding at {@code separate_account}.
 *
 * <p>Reading: the model records the separate account on the fund, not on the contractor, so the
 * observed value is the fund id.
 *
 * @since 0.1.0
 */
final class FundAccountRule {

  /** The rule ID. */
  static final String ID = "DM-FUND-06";

  /** The rule; stateless. */
  static final RecordRule<Fund> RULE = RecordRule.of(ID, Fund.class, FundAccountRule::check);

  private FundAccountRule() {}

  private static void check(Fund fund, RuleContext ctx, FindingSink sink) {
    if (!fund.separateAccount()) {
      sink.violation(
          sink.location(RecordType.FUND.wireName(), fund.key(), "separate_account"),
          "fund " + fund.key(),
          "separate_account=true",
          Map.of(
              "problem",
              "no separate account (专账核算)",
              "observed" + FindingSink.ZH,
              "资金 " + fund.key(),
              "problem" + FindingSink.ZH,
              "未实行专账核算"));
    }
  }
}
