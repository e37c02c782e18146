package org.epar.validation.rules.henan;

import java.time.LocalDate;
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
import org.epar.validation.Finding;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;

/**
 * HN-RPT-01: monthly bulletin, quarterly summary and annual summary (月通报、季小结、年总结, 五(二)).
 *
 * <p>Reading (catalog revision 2):
 *
 * <ul>
 *   <li>For each type of {@code required_report_types} ({@code MONTHLY}, {@code QUARTERLY}, {@code
 *       ANNUAL}) a report is expected for every period of the programme, from {@code
 *       programme_start} to {@code programme_end}, whose default deadline ({@link
 *       ReportType#defaultDeadline}) is on or before the as-of date (a deadline D is the end of day
 *       D: as of D the report is due). A report counts for the period of its header when the
 *       period's granularity fits its type.
 *   <li>The missing periods of one type are <b>one</b> finding (object type the report type, id
 *       empty, path {@code header.period}) listing the first {@value #LISTED} of them and how many
 *       more, with {@link Finding#count()} the number missing; a submission with no report at all
 *       is missing every due period (missing data is a finding).
 *   <li>A report whose period lies outside the programme (such as {@code 000101}) is a finding on
 *       that report, path {@code header.period}; it is not a reason to expect periods from it.
 *   <li>"7 aspects, 20 indicators" describe the province's evaluation system, not a report's
 *       contents: {@code evaluation_aspects} and {@code evaluation_indicators} are kept as
 *       documentation and not checked.
 * </ul>
 *
 * Parameters: {@code required_report_types}, {@code programme_start}, {@code programme_end}.
 */
final class ReportingRule implements DatasetRule<ReportingRule.State> {

  /** The rule ID. */
  static final String ID = "HN-RPT-01";

  /** How many missing periods one finding names. */
  static final int LISTED = 12;

  /** A report whose period lies outside the programme. */
  record Outside(String wire, String key, long index, String period) {}

  /** Periods reported per type, and reports outside the programme. */
  static final class State {
    final Map<ReportType, TreeSet<ReportingPeriod>> periods = new EnumMap<>(ReportType.class);
    final List<Outside> outside = new ArrayList<>();
  }

  /** Creates the rule; it is stateless. */
  ReportingRule() {}

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
    ReportType type;
    if (record instanceof MonthlyReport) {
      type = ReportType.MONTHLY;
    } else if (record instanceof QuarterlyReport) {
      type = ReportType.QUARTERLY;
    } else if (record instanceof AnnualReport) {
      type = ReportType.ANNUAL;
    } else {
      return;
    }
    Report r = (Report) record;
    if (r.header() != null
        && r.header().period() != null
        && r.header().period().granularity() == type.periodType()) {
      ReportingPeriod p = r.header().period();
      if (p.end().isBefore(ctx.settings().date("programme_start"))
          || p.start().isAfter(ctx.settings().date("programme_end"))) {
        s.outside.add(new Outside(wireName(type), r.key(), index, p.id()));
      } else {
        s.periods.computeIfAbsent(type, t -> new TreeSet<>()).add(p);
      }
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return AnnualReport.class.isAssignableFrom(type)
        || MonthlyReport.class.isAssignableFrom(type)
        || QuarterlyReport.class.isAssignableFrom(type);
  }

  @Override
  public State combine(State left, State right) {
    right.periods.forEach(
        (t, p) -> left.periods.computeIfAbsent(t, x -> new TreeSet<>()).addAll(p));
    left.outside.addAll(right.outside);
    return left;
  }

  @Override
  public void finish(State s, RuleContext ctx, FindingSink sink) {
    LocalDate start = ctx.settings().date("programme_start");
    LocalDate end = ctx.settings().date("programme_end");
    String programme = start + ".." + end;
    for (Outside o : s.outside) {
      sink.violation(
          new Location(o.wire(), o.key(), "header.period", o.index()),
          "report for " + o.period() + " outside the programme",
          programme,
          Map.of("observed" + FindingSink.ZH, "所报期间 " + o.period() + " 在规划期之外"));
    }
    String required = String.join(",", ctx.settings().list("required_report_types"));
    for (String name : ctx.settings().list("required_report_types")) {
      ReportType type = ReportType.valueOf(name);
      TreeSet<ReportingPeriod> present = s.periods.getOrDefault(type, new TreeSet<>());
      List<String> missing = new ArrayList<>();
      int count = 0;
      ReportingPeriod p = ReportingPeriod.containing(type.periodType(), start);
      while (!p.start().isAfter(end) && !type.defaultDeadline(p).isAfter(ctx.asOf())) {
        if (!present.contains(p)) {
          count++;
          if (missing.size() < LISTED) {
            missing.add(p.id());
          }
        }
        p = ReportingPeriod.containing(type.periodType(), p.end().plusDays(1));
      }
      if (count > 0) {
        String listed =
            String.join(",", missing)
                + (count > LISTED ? " and " + (count - LISTED) + " more" : "");
        String listedZh =
            String.join(",", missing) + (count > LISTED ? " 等另 " + (count - LISTED) + " 期" : "");
        List<Finding> one = new ArrayList<>();
        new FindingSink(ctx, -1, one::add)
            .violation(
                new Location(wireName(type), "", "header.period", -1),
                "no " + name + " report for " + listed,
                required,
                Map.of("observed" + FindingSink.ZH, "缺少 " + name + " 报告：" + listedZh));
        sink.add(one.get(0).withCount(count));
      }
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
