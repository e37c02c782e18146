package org.epar.validation.rules.henan;

import java.math.BigDecimal;
import java.util.Map;
import java.util.StringJoiner;
import org.epar.core.model.AnnualReport;
import org.epar.core.model.FundPerformance;
import org.epar.core.model.Progress;
import org.epar.core.money.Money;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RecordRule;
import org.epar.validation.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * HN-FUND-01: slow progress, idle funds or a failed performance evaluation lead to the recovery of
 * funds (进度慢、资金闲置、绩效评价不合格的收回资金, 五(二)(三)); the finding lists the idle amount.
 *
 * <p>Reading: checked on each annual report (the report that carries fund performance). A finding
 * (path {@code fund_performance.idle_funds}, observed the idle amount in yuan, {@code 0.00} when
 * none) is made when {@code fund_performance.idle_funds} is above zero, or when
 * {@code progress.construction} or {@code progress.disbursement} is below
 * {@code slow_progress_below}. The Henan plan names no bar for "slow"; the profile takes 40%, the
 * 进度缓慢 bar of the national demonstration reference standard. The model has no pass/fail field
 * for the performance evaluation, so a failed evaluation cannot be detected.
 */
public final class FundRecoveryRule implements RecordRule<AnnualReport> {

  /** The rule ID. */
  public static final String ID = "HN-FUND-01";

  /** Creates the rule; it is stateless. */
  public FundRecoveryRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public Class<AnnualReport> type() {
    return AnnualReport.class;
  }

  @Override
  public void check(AnnualReport report, RuleContext ctx, FindingSink sink) {
    BigDecimal slow = ctx.settings().decimal("slow_progress_below");
    StringJoiner problems = new StringJoiner("; ");
    FundPerformance fp = report.fundPerformance();
    Money idle = fp == null || fp.idleFunds() == null ? Money.ZERO : fp.idleFunds();
    if (idle.signum() > 0) {
      problems.add("idle funds");
    }
    Progress p = report.progress();
    if (p != null) {
      slow(problems, "slow construction progress", p.construction(), slow);
      slow(problems, "slow disbursement progress", p.disbursement(), slow);
    }
    if (problems.length() > 0) {
      sink.violation(
          sink.location("annual_report", report.key(), "fund_performance.idle_funds"),
          idle.toBigDecimal().toPlainString(), slow.toPlainString(),
          Map.of("problem", problems.toString()));
    }
  }

  private static void slow(
      StringJoiner problems, String what, @Nullable BigDecimal value, BigDecimal bar) {
    if (value != null && value.compareTo(bar) < 0) {
      problems.add(what + " " + value.toPlainString());
    }
  }
}
