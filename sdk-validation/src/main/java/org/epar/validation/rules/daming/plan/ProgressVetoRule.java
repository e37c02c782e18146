package org.epar.validation.rules.daming.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.epar.core.model.AnnualReport;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.Progress;
import org.epar.core.model.RecordType;
import org.epar.core.model.ReportHeader;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * DM-VETO-01 (一票否决：进度缓慢，总体建设或资金拨付进度不足40%): at the evaluation date, neither
 * construction progress nor fund disbursement progress is below {@code progress_share_min}. VETO.
 *
 * <p>Reading: the evaluation date is the as-of date; the progress at that date is the {@link
 * Progress} of the latest monthly or annual report (by period end, then input order) whose period
 * has ended by the as-of date, per report scope ({@code header.scope}). Shares are 0..1 and compared
 * exactly: 0.399 is below 0.40, 0.40 is not. Each share below the threshold is a finding at that
 * report ({@code progress.construction} / {@code progress.disbursement}); a missing share is not
 * judged.
 *
 * @since 0.1.0
 */
public final class ProgressVetoRule implements DatasetRule<ProgressVetoRule.State> {

  /** The rule ID. */
  public static final String ID = "DM-VETO-01";

  /** The latest report with progress, per scope. */
  public static final class State {
    final Map<String, Latest> byScope = new TreeMap<>();

    State() {}
  }

  record Latest(LocalDate end, long index, String type, String key, Progress progress) {
    Latest later(Latest o) {
      int c = end.compareTo(o.end);
      return c > 0 || (c == 0 && index >= o.index) ? this : o;
    }
  }

  /** Creates the rule; it is stateless. */
  public ProgressVetoRule() {}

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

  private static void add(State state, @Nullable ReportHeader h, @Nullable Progress p,
      RecordType type, String key, long index, RuleContext ctx) {
    if (h == null || h.period() == null || p == null) {
      return;
    }
    LocalDate end = h.period().end();
    if (end.isAfter(ctx.asOf())) {
      return;
    }
    String scope = h.scope() == null ? "" : h.scope().raw();
    state.byScope.merge(scope, new Latest(end, index, type.wireName(), key, p), Latest::later);
  }

  @Override
  public State combine(State left, State right) {
    right.byScope.forEach((k, v) -> left.byScope.merge(k, v, Latest::later));
    return left;
  }

  @Override
  public void finish(State state, RuleContext ctx, FindingSink sink) {
    BigDecimal min = ctx.settings().decimal("progress_share_min");
    for (Latest l : state.byScope.values()) {
      check(l, l.progress().construction(), "progress.construction", "construction ", min, sink);
      check(l, l.progress().disbursement(), "progress.disbursement", "disbursement ", min, sink);
    }
  }

  private static void check(Latest l, @Nullable BigDecimal share, String path, String label,
      BigDecimal min, FindingSink sink) {
    if (share != null && share.compareTo(min) < 0) {
      sink.violation(new Location(l.type(), l.key(), path, l.index()),
          label + share.toPlainString(), min.toPlainString());
    }
  }
}
