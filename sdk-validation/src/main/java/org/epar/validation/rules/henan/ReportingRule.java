package org.epar.validation.rules.henan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.epar.core.model.AnnualReport;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.QuarterlyReport;
import org.epar.core.model.Report;
import org.epar.core.period.ReportType;
import org.epar.core.period.ReportingPeriod;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;

/**
 * HN-RPT-01: monthly bulletin, quarterly summary and annual summary (月通报、季小结、年总结); the
 * evaluation system has {@code evaluation_aspects} aspects and {@code evaluation_indicators}
 * indicators (五(二)).
 *
 * <p>Reading:
 * <ul>
 *   <li>The rule applies to a submission that holds reports: with no monthly, quarterly or annual
 *       report at all the data are not a reporting submission and nothing is said.
 *   <li>For each type of {@code required_report_types} ({@code MONTHLY}, {@code QUARTERLY},
 *       {@code ANNUAL}): if none is present, one finding at the report type (object id empty).
 *       Otherwise every period from the first reported one up to the as-of date whose default
 *       deadline ({@link ReportType#defaultDeadline}) has passed ({@code deadline < asOf}) needs a
 *       report; each missing period is a finding with the report type as object type and the
 *       period id (such as {@code 201803}, {@code 2018Q1}, {@code 2018}) as object id. A report
 *       counts for the period of its header when the period's granularity fits its type.
 *   <li>An annual report carries at least {@code evaluation_indicators} indicators
 *       ({@code indicators}); fewer is a finding at the report, path {@code indicators}.
 * </ul>
 * The model has no field for the evaluation's aspects, so {@code evaluation_aspects} is not
 * checked.
 */
public final class ReportingRule implements DatasetRule<ReportingRule.State> {

  /** The rule ID. */
  public static final String ID = "HN-RPT-01";

  /** An annual report with too few indicators. */
  record Short(String key, long index, int indicators) {}

  /** Periods reported per type, and annual reports short of indicators. */
  public static final class State {
    final Map<ReportType, TreeSet<ReportingPeriod>> periods = new EnumMap<>(ReportType.class);
    final List<Short> shortAnnual = new ArrayList<>();
    final long indicatorsMin;
    boolean anyReport;

    State(long indicatorsMin) {
      this.indicatorsMin = indicatorsMin;
    }
  }

  /** Creates the rule; it is stateless. */
  public ReportingRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public State newState(RuleContext ctx) {
    return new State(ctx.settings().integer("evaluation_indicators"));
  }

  @Override
  public void accumulate(State s, Object record, long index, RuleContext ctx) {
    ReportType type;
    if (record instanceof MonthlyReport) {
      type = ReportType.MONTHLY;
    } else if (record instanceof QuarterlyReport) {
      type = ReportType.QUARTERLY;
    } else if (record instanceof AnnualReport a) {
      type = ReportType.ANNUAL;
      if (a.indicators().size() < s.indicatorsMin) {
        s.shortAnnual.add(new Short(a.key(), index, a.indicators().size()));
      }
    } else {
      return;
    }
    s.anyReport = true;
    Report r = (Report) record;
    if (r.header() != null && r.header().period() != null
        && r.header().period().granularity() == type.periodType()) {
      s.periods.computeIfAbsent(type, t -> new TreeSet<>()).add(r.header().period());
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return AnnualReport.class.isAssignableFrom(type) || MonthlyReport.class.isAssignableFrom(type)
        || QuarterlyReport.class.isAssignableFrom(type);
  }

  @Override
  public State combine(State left, State right) {
    right.periods.forEach((t, p) -> left.periods.computeIfAbsent(t, x -> new TreeSet<>()).addAll(p));
    left.shortAnnual.addAll(right.shortAnnual);
    left.anyReport |= right.anyReport;
    return left;
  }

  @Override
  public void finish(State s, RuleContext ctx, FindingSink sink) {
    if (!s.anyReport) {
      return;
    }
    String required = String.join(",", ctx.settings().list("required_report_types"));
    for (String name : ctx.settings().list("required_report_types")) {
      ReportType type = ReportType.valueOf(name);
      String wire = wireName(type);
      TreeSet<ReportingPeriod> present = s.periods.get(type);
      if (present == null || present.isEmpty()) {
        sink.violation(new Location(wire, "", "", -1), "no " + name + " report", required);
        continue;
      }
      ReportingPeriod p = present.first();
      while (type.defaultDeadline(p).isBefore(ctx.asOf())) {
        if (!present.contains(p)) {
          sink.violation(new Location(wire, p.id(), "header.period", -1),
              "no " + name + " report for " + p.id(), required);
        }
        p = ReportingPeriod.containing(type.periodType(), p.end().plusDays(1));
      }
    }
    for (Short a : s.shortAnnual) {
      sink.violation(new Location("annual_report", a.key(), "indicators", a.index()),
          a.indicators() + " evaluation indicators", Long.toString(s.indicatorsMin));
    }
  }

  private static String wireName(ReportType type) {
    return switch (type) {
      case DAILY -> "daily_report";
      case MONTHLY -> "monthly_report";
      case QUARTERLY -> "quarterly_report";
      case ANNUAL -> "annual_report";
    };
  }
}
