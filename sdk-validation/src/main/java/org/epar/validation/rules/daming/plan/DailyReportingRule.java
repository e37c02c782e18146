package org.epar.validation.rules.daming.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.epar.core.model.DailyReport;
import org.epar.core.model.RecordType;
import org.epar.core.model.ReportHeader;
import org.epar.core.period.DeadlinePolicy;
import org.epar.core.period.ReportType;
import org.epar.core.period.ReportingPeriod;
import org.epar.validation.Location;
import org.epar.validation.internal.RuleTexts;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * DM-RPT-02 (一票否决：信息报送): every reporter sends a daily report for every day, on time. VETO.
 *
 * <p>Reading: per reporter ({@code header.reporter}, credit code), the days from the first day it
 * reported to the last day whose deadline has been reached by the as-of date (as-of minus {@code
 * daily_report_due_days}, i.e. as-of minus 1 by default) each need a {@link DailyReport}; a day
 * without one is a finding located at the reporter ({@code enterprise}, path {@code
 * daily_reports}), observed as the day, threshold its deadline. A day whose earliest report was
 * submitted (China Standard Time) after the deadline is a finding at that report ({@code
 * header.submitted_at}). Deadlines are {@link DeadlinePolicy#defaults()} with the daily offset
 * {@code daily_report_due_days}. A report without a submission time cannot be shown late and counts
 * as present; a report without a day period is not a daily report of a day and is ignored.
 *
 * <p>Bounded (catalog revision 2, "one root cause, a bounded number of findings"): a daily report
 * for a day before {@code reporting_from} (the start of the demonstration's construction window,
 * 2017-10-01 for Daming) is absurd rather than early, e.g. a report dated 0018-03-05; that date is
 * the finding, at the report ({@code header.period}), and it does not open a range of expected
 * days. The missing days of one reporter are <em>one</em> finding at the reporter whose observed
 * value is their count and the first {@value #LISTED} of them ({@code "730 days missing:
 * 2018-03-06, …"}); the work is proportional to the reports received, not to the days in the range.
 *
 * @since 0.1.0
 */
final class DailyReportingRule implements DatasetRule<DailyReportingRule.State> {

  /** The rule ID. */
  static final String ID = "DM-RPT-02";

  /** How many missing days a finding lists by date; the rest are counted. */
  static final int LISTED = 10;

  /** Per reporter, per day: the earliest submission. */
  static final class State {
    final Map<String, Map<LocalDate, Sent>> byReporter = new HashMap<>();

    State() {}
  }

  record Sent(@Nullable LocalDate submittedOn, long index, String key) {
    Sent earlier(Sent o) {
      if (submittedOn == null || o.submittedOn == null) {
        if (submittedOn == null && o.submittedOn == null) {
          return index <= o.index ? this : o;
        }
        return submittedOn == null ? o : this;
      }
      int c = submittedOn.compareTo(o.submittedOn);
      return c < 0 || (c == 0 && index <= o.index) ? this : o;
    }
  }

  /** Creates the rule; it is stateless. */
  DailyReportingRule() {}

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
    if (!(record instanceof DailyReport r)) {
      return;
    }
    ReportHeader h = r.header();
    if (h == null || !(h.period() instanceof ReportingPeriod.Day day)) {
      return;
    }
    String reporter = h.reporter() == null ? "" : h.reporter().raw();
    LocalDate sent = h.submittedAt() == null ? null : Support.chinaDate(h.submittedAt());
    state
        .byReporter
        .computeIfAbsent(reporter, k -> new HashMap<>())
        .merge(day.date(), new Sent(sent, index, r.key()), Sent::earlier);
  }

  @Override
  public boolean accepts(Class<?> type) {
    return DailyReport.class.isAssignableFrom(type);
  }

  @Override
  public State combine(State left, State right) {
    right.byReporter.forEach(
        (reporter, days) ->
            left.byReporter.merge(
                reporter,
                days,
                (a, b) -> {
                  b.forEach((d, s) -> a.merge(d, s, Sent::earlier));
                  return a;
                }));
    return left;
  }

  @Override
  public void finish(State state, RuleContext ctx, FindingSink sink) {
    int due = Math.toIntExact(ctx.settings().integer("daily_report_due_days"));
    DeadlinePolicy d = DeadlinePolicy.defaults();
    DeadlinePolicy policy =
        new DeadlinePolicy(
            due, d.monthlyDayOfNextMonth(), d.quarterlyDaysAfter(), d.annualMonthDay());
    LocalDate from = ctx.settings().date("reporting_from");
    LocalDate lastDue = ctx.asOf().minusDays(due);
    String enterprise = RecordType.ENTERPRISE.wireName();
    String daily = RecordType.DAILY_REPORT.wireName();
    new TreeMap<>(state.byReporter)
        .forEach(
            (reporter, days) -> {
              TreeMap<LocalDate, Sent> sorted = new TreeMap<>();
              for (Map.Entry<LocalDate, Sent> e : days.entrySet()) {
                Sent s = e.getValue();
                if (e.getKey().isBefore(from)) {
                  RuleTexts.Text early = RuleTexts.of("daily.before-period", e.getKey());
                  RuleTexts.Text start = RuleTexts.of("daily.from", from);
                  sink.violation(
                      new Location(daily, s.key(), "header.period", s.index()),
                      early.en(),
                      start.en(),
                      RuleTexts.args("observed", early, "threshold", start));
                } else {
                  sorted.put(e.getKey(), s);
                }
              }
              for (Map.Entry<LocalDate, Sent> e : sorted.entrySet()) {
                LocalDate deadline =
                    policy.deadline(ReportType.DAILY, ReportingPeriod.day(e.getKey()));
                Sent s = e.getValue();
                if (s.submittedOn() != null && s.submittedOn().isAfter(deadline)) {
                  sink.violation(
                      new Location(daily, s.key(), "header.submitted_at", s.index()),
                      e.getKey() + " (submitted " + s.submittedOn() + ")",
                      deadline.toString());
                }
              }
              if (sorted.isEmpty() || sorted.firstKey().isAfter(lastDue)) {
                return;
              }
              LocalDate first = sorted.firstKey();
              long expected = ChronoUnit.DAYS.between(first, lastDue) + 1;
              long present = sorted.headMap(lastDue, true).size();
              long missing = expected - present;
              if (missing <= 0) {
                return;
              }
              // list the first missing days: walk the gaps between reports, stop after LISTED
              StringBuilder listed = new StringBuilder();
              int shown = 0;
              LocalDate firstMissing = null;
              LocalDate expect = first;
              for (LocalDate day : sorted.headMap(lastDue, true).keySet()) {
                for (; expect.isBefore(day) && shown < LISTED; expect = expect.plusDays(1)) {
                  firstMissing = firstMissing == null ? expect : firstMissing;
                  listed.append(shown++ == 0 ? "" : ", ").append(expect);
                }
                if (shown >= LISTED) {
                  break;
                }
                expect = day.plusDays(1);
              }
              for (; !expect.isAfter(lastDue) && shown < LISTED; expect = expect.plusDays(1)) {
                firstMissing = firstMissing == null ? expect : firstMissing;
                listed.append(shown++ == 0 ? "" : ", ").append(expect);
              }
              String more = missing > shown ? ", …" : "";
              sink.violation(
                  new Location(enterprise, reporter, "daily_reports", -1),
                  missing + (missing == 1 ? " day" : " days") + " missing: " + listed + more,
                  firstMissing == null ? "" : firstMissing.plusDays(due).toString());
            });
  }
}
