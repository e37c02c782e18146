package org.epar.validation.rules.daming.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.epar.core.model.AnnualReport;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.Progress;
import org.epar.core.model.RecordType;
import org.epar.core.model.ReportHeader;
import org.epar.validation.Finding;
import org.epar.validation.Location;
import org.epar.validation.RuleDescriptor;
import org.epar.validation.Severity;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * DM-VETO-01 (一票否决：进度缓慢，总体建设或资金拨付进度不足40%): at the evaluation date, neither construction progress
 * nor fund disbursement progress is below {@code progress_share_min}. VETO.
 *
 * <p>Reading (catalog revision 2): the evaluation date is the acceptance date, {@code
 * evaluation_date} (2018-10-31 for Daming). The progress judged is the {@link Progress} of the
 * latest monthly or annual report (by period end, then input order), per report scope ({@code
 * header.scope}), whose period has ended by the evaluation date (as of an earlier date: by the
 * as-of date); a report on a later period does not repair a slow evaluation. Evaluated before the
 * evaluation date, the rule reports that progress as INFO; as of the evaluation date and after, a
 * share below the threshold is a VETO at that report ({@code progress.construction} / {@code
 * progress.disbursement}). Shares are 0..1 and compared exactly: 0.399 is below 0.40, 0.40 is not.
 *
 * <p>A share outside [0, 1] (30 meant as 30%, or a negative share) is an ERROR on every report that
 * carries it, never a pass, and that report's share is not judged against the threshold. No veto in
 * the county's first month: when the latest report of a scope is a monthly report on the scope's
 * first reported period, its progress is INFO only. Missing data is a finding: with no report with
 * progress by the evaluation date, or a missing share in the report judged, the rule reports "no
 * data" (INFO before the evaluation date, VETO from it on).
 *
 * @since 0.1.0
 */
final class ProgressVetoRule implements DatasetRule<ProgressVetoRule.State> {

  /** The rule ID. */
  static final String ID = "DM-VETO-01";

  /** The latest report with progress and the first period end, per scope; the odd shares. */
  static final class State {
    final Map<String, Latest> byScope = new TreeMap<>();
    final Map<String, LocalDate> firstEnd = new TreeMap<>();
    final List<OddShare> odd = new ArrayList<>();

    State() {}
  }

  record Latest(LocalDate end, long index, String type, String key, Progress progress) {
    Latest later(Latest o) {
      int c = end.compareTo(o.end);
      return c > 0 || (c == 0 && index >= o.index) ? this : o;
    }
  }

  /** A share outside [0, 1] on a report. */
  record OddShare(Location at, String observed) {}

  /** Creates the rule; it is stateless. */
  ProgressVetoRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public State newState(RuleContext ctx) {
    return new State();
  }

  @Override
  public void accumulate(State state, Object record, long index, RuleContext ctx) {
    if (record instanceof MonthlyReport m) {
      add(state, m.header(), m.progress(), RecordType.MONTHLY_REPORT, m.key(), index, ctx);
    } else if (record instanceof AnnualReport a) {
      add(state, a.header(), a.progress(), RecordType.ANNUAL_REPORT, a.key(), index, ctx);
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return AnnualReport.class.isAssignableFrom(type) || MonthlyReport.class.isAssignableFrom(type);
  }

  private static void add(
      State state,
      @Nullable ReportHeader h,
      @Nullable Progress p,
      RecordType type,
      String key,
      long index,
      RuleContext ctx) {
    if (h == null || h.period() == null || p == null) {
      return;
    }
    Location at = new Location(type.wireName(), key, "", index);
    boolean odd = oddShare(state, at.withPath("progress.construction"), p.construction());
    odd |= oddShare(state, at.withPath("progress.disbursement"), p.disbursement());
    LocalDate end = h.period().end();
    String scope = h.scope() == null ? "" : h.scope().raw();
    state.firstEnd.merge(scope, end, (x, y) -> x.isBefore(y) ? x : y);
    LocalDate evaluation = ctx.settings().date("evaluation_date");
    LocalDate cutoff = ctx.asOf().isBefore(evaluation) ? ctx.asOf() : evaluation;
    if (end.isAfter(cutoff)) {
      return;
    }
    state.byScope.merge(scope, new Latest(end, index, type.wireName(), key, p), Latest::later);
  }

  private static boolean oddShare(State state, Location at, @Nullable BigDecimal share) {
    if (share != null && (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0)) {
      state.odd.add(new OddShare(at, share.toPlainString()));
      return true;
    }
    return false;
  }

  @Override
  public State combine(State left, State right) {
    right.byScope.forEach((k, v) -> left.byScope.merge(k, v, Latest::later));
    right.firstEnd.forEach((k, v) -> left.firstEnd.merge(k, v, (x, y) -> x.isBefore(y) ? x : y));
    left.odd.addAll(right.odd);
    return left;
  }

  @Override
  public void finish(State state, RuleContext ctx, FindingSink sink) {
    BigDecimal min = ctx.settings().decimal("progress_share_min");
    LocalDate evaluation = ctx.settings().date("evaluation_date");
    for (OddShare o : state.odd) {
      Support.error(
          ctx,
          sink,
          o.at(),
          o.observed() + " (a share lies in [0, 1])",
          "0..1",
          "Progress " + o.observed() + " is not a share in [0, 1] (30% is 0.30).",
          "进度 " + o.observed() + " 不是 [0, 1] 之间的比例（30% 应写作 0.30）。");
    }
    state.byScope.forEach(
        (scope, l) -> {
          boolean firstMonth =
              l.type().equals(RecordType.MONTHLY_REPORT.wireName())
                  && l.end().equals(state.firstEnd.get(scope));
          check(
              l,
              l.progress().construction(),
              "progress.construction",
              min,
              evaluation,
              firstMonth,
              ctx,
              sink);
          check(
              l,
              l.progress().disbursement(),
              "progress.disbursement",
              min,
              evaluation,
              firstMonth,
              ctx,
              sink);
        });
  }

  private static void check(
      Latest l,
      @Nullable BigDecimal share,
      String path,
      BigDecimal min,
      LocalDate evaluation,
      boolean firstMonth,
      RuleContext ctx,
      FindingSink sink) {
    Location at = new Location(l.type(), l.key(), path, l.index());
    if (share == null) {
      Support.noData(ctx, sink, at, min.toPlainString(), evaluation);
    } else if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
      return; // already an ERROR on the report, never a pass
    } else if (firstMonth && !ctx.asOf().isBefore(evaluation)) {
      // no veto in the county's first month: the slow start is reported as progress only
      if (share.compareTo(min) < 0) {
        RuleDescriptor d = ctx.descriptor();
        sink.add(
            new Finding(
                d.id(),
                Severity.INFO,
                at,
                share.toPlainString(),
                min.toPlainString(),
                evaluation,
                "Progress "
                    + share.toPlainString()
                    + " in the county's first reported month: no veto.",
                "县首个报告月进度 " + share.toPlainString() + "：不作一票否决。",
                d.citation(),
                1));
      }
    } else {
      sink.target(at, share, min, evaluation);
    }
  }
}
