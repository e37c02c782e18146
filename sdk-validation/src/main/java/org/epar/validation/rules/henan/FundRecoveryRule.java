package org.epar.validation.rules.henan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.epar.core.model.AnnualReport;
import org.epar.core.model.County;
import org.epar.core.model.DemonstrationProgramme;
import org.epar.core.model.FundPerformance;
import org.epar.core.model.Progress;
import org.epar.core.model.QuarterlyReport;
import org.epar.core.model.RecordType;
import org.epar.core.model.ReportHeader;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.Demonstrations;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * HN-FUND-01: in demonstration counties (电商进农村综合示范县), slow progress, funds not put to use (资金使用不到位)
 * or a failed performance evaluation lead to the funds being recovered (五(二)(三)).
 *
 * <p>Reading (catalog revision 2): a WARNING "funds at risk of recovery" on a demonstration
 * county's quarterly or annual report when
 *
 * <ul>
 *   <li>its disbursed share of the plan ({@code progress.disbursement}) is below {@code
 *       slow_progress_below} × the elapsed share of the programme, the elapsed share being the days
 *       from {@code programme_start} to the end of the report's period over the days of the
 *       programme ({@code programme_start}..{@code programme_end}), clamped to [0, 1]; the
 *       comparison is exact (no rounding). The Henan document gives no number for "slow": the
 *       built-in 0.40 is <b>borrowed</b> from the national acceptance standard quoted in the Daming
 *       document (进度缓慢, 40%); at the end of the programme a disbursement below 40% is slow; or
 *   <li>its performance evaluation failed ({@code fund_performance.evaluation_passed} is {@code
 *       false}; only annual reports carry it; {@code null} is unknown and not judged).
 * </ul>
 *
 * <p>A report belongs to the county whose 6-digit code starts its {@code header.scope}. The county
 * is a demonstration county when its {@code demonstrations} list the e-commerce-into-villages
 * programme ({@code ECOMMERCE_INTO_VILLAGES}) at level {@code NATIONAL} or {@code PROVINCIAL}; when
 * that programme is not listed (unknown), the legacy {@code demonstration} flag decides. A report
 * of another county, or of a scope naming no county of the submission, is not judged (the document
 * only speaks of demonstration counties). One finding per report, listing both problems; observed
 * is the disbursed share (or {@code evaluation failed}), threshold the required share at the
 * report's period end (4 decimals, for display).
 */
final class FundRecoveryRule implements DatasetRule<FundRecoveryRule.State> {

  /** The rule ID. */
  static final String ID = "HN-FUND-01";

  /** What a report tells this rule; small, no copy of the report. */
  record Seen(
      String type,
      String key,
      String county,
      @Nullable LocalDate periodEnd,
      @Nullable BigDecimal disbursement,
      @Nullable Boolean evaluationPassed) {}

  /** Demonstration status per 6-digit county code and the reports seen. */
  static final class State {
    final Map<String, Boolean> demonstration = new HashMap<>();
    final List<Seen> reports = new ArrayList<>();
  }

  /** Creates the rule; it is stateless. */
  FundRecoveryRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public State newState(RuleContext ctx) {
    return new State();
  }

  @Override
  public void accumulate(State s, Object record, long index, RuleContext ctx) {
    if (record instanceof County c && c.code() != null && c.code().value().length() >= 6) {
      s.demonstration.merge(
          c.code().value().substring(0, 6), isDemonstration(c), Boolean::logicalOr);
    } else if (record instanceof QuarterlyReport q) {
      seen(s, RecordType.QUARTERLY_REPORT.wireName(), q.key(), q.header(), q.progress(), null);
    } else if (record instanceof AnnualReport a) {
      FundPerformance fp = a.fundPerformance();
      seen(
          s,
          RecordType.ANNUAL_REPORT.wireName(),
          a.key(),
          a.header(),
          a.progress(),
          fp == null ? null : fp.evaluationPassed());
    }
  }

  private static void seen(
      State s,
      String type,
      String key,
      @Nullable ReportHeader h,
      @Nullable Progress p,
      @Nullable Boolean passed) {
    if (h == null || h.scope() == null || h.scope().value().length() < 6) {
      return;
    }
    s.reports.add(
        new Seen(
            type,
            key,
            h.scope().value().substring(0, 6),
            h.period() == null ? null : h.period().end(),
            p == null ? null : p.disbursement(),
            passed));
  }

  /**
   * Whether a county is a demonstration county of the e-commerce-into-villages programme: its
   * status in that programme when listed, else the legacy flag.
   */
  static boolean isDemonstration(County c) {
    return Demonstrations.isDemonstration(
        c, DemonstrationProgramme.ECOMMERCE_INTO_VILLAGES, Integer.MAX_VALUE);
  }

  @Override
  public boolean accepts(Class<?> type) {
    return County.class.isAssignableFrom(type)
        || QuarterlyReport.class.isAssignableFrom(type)
        || AnnualReport.class.isAssignableFrom(type);
  }

  @Override
  public State combine(State left, State right) {
    right.demonstration.forEach((k, v) -> left.demonstration.merge(k, v, Boolean::logicalOr));
    left.reports.addAll(right.reports);
    return left;
  }

  @Override
  public void finish(State s, RuleContext ctx, FindingSink sink) {
    BigDecimal slow = ctx.settings().decimal("slow_progress_below");
    LocalDate start = ctx.settings().date("programme_start");
    LocalDate end = ctx.settings().date("programme_end");
    long total = ChronoUnit.DAYS.between(start, end) + 1;
    for (Seen r : s.reports) {
      if (!Boolean.TRUE.equals(s.demonstration.get(r.county()))) {
        continue;
      }
      StringJoiner problems = new StringJoiner("; ");
      StringJoiner problemsZh = new StringJoiner("；");
      String observedZh = null;
      String observed = null;
      String threshold = slow.toPlainString();
      String path = "progress.disbursement";
      if (r.disbursement() != null && r.periodEnd() != null && total > 0) {
        long elapsed =
            Math.max(0, Math.min(total, ChronoUnit.DAYS.between(start, r.periodEnd()) + 1));
        BigDecimal required = slow.multiply(BigDecimal.valueOf(elapsed));
        threshold =
            required.divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP).toPlainString();
        if (r.disbursement().multiply(BigDecimal.valueOf(total)).compareTo(required) < 0) {
          observed = r.disbursement().toPlainString();
          problems.add(
              "slow disbursement "
                  + observed
                  + " below "
                  + threshold
                  + " ("
                  + slow.toPlainString()
                  + " of the elapsed programme)");
          problemsZh.add(
              "资金拨付进度缓慢："
                  + observed
                  + " 低于 "
                  + threshold
                  + "（规划期已过部分的 "
                  + slow.toPlainString()
                  + "）");
          observedZh = observed;
        }
      }
      if (Boolean.FALSE.equals(r.evaluationPassed())) {
        problems.add("performance evaluation failed");
        problemsZh.add("绩效评价不合格");
        if (observed == null) {
          observed = "evaluation failed";
          observedZh = "评价不合格";
          path = "fund_performance.evaluation_passed";
        }
      }
      if (observed != null) {
        sink.violation(
            Location.of(r.type(), r.key()).withPath(path),
            observed,
            threshold,
            Map.of(
                "problem",
                problems.toString(),
                "problem" + FindingSink.ZH,
                problemsZh.toString(),
                "observed" + FindingSink.ZH,
                observedZh));
      }
    }
  }
}
