package org.epar.validation.rules.daming.plan;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.epar.core.model.AnnualReport;
import org.epar.core.model.DailyReport;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.Personnel;
import org.epar.core.model.PersonnelRole;
import org.epar.core.model.QuarterlyReport;
import org.epar.core.model.RecordType;
import org.epar.core.model.Report;
import org.epar.core.model.ReportHeader;
import org.epar.core.period.DeadlinePolicy;
import org.epar.core.period.ReportType;
import org.epar.core.period.ReportingPeriod;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * DM-RPT-01 (智能日报、人工月报及年报；各确定1名信息联络员): the submission carries every report type of {@code
 * required_report_types} that has fallen due, and each reporting organisation names at least {@code
 * liaisons_min} information liaisons.
 *
 * <p>Reading, report types: the reporting window starts with the earliest period of any report in
 * the submission. A required type is missing when no report of it is present although its first
 * period in the window has passed its deadline ({@link DeadlinePolicy#defaults()}) by the as-of
 * date: a submission with daily reports from 2018-01-01 needs a monthly report from 2018-02-05 and
 * an annual report from 2019-01-31. A submission without any report is not judged (it is another
 * kind of batch). Finding at the dataset, path {@code reports}.
 *
 * <p>Reading, liaisons: each organisation that reports (a {@code header.reporter} credit code) is a
 * county bureau or contractor and needs {@code liaisons_min} {@link Personnel} with role {@link
 * PersonnelRole#INFORMATION_LIAISON} whose {@code organisation} is that code. Finding located at
 * the organisation ({@code enterprise}, its credit code). Personal data of liaisons never appears.
 *
 * @since 0.1.0
 */
final class ReportingChannelsRule implements DatasetRule<ReportingChannelsRule.State> {

  /** The rule ID. */
  static final String ID = "DM-RPT-01";

  /** Report types seen, the earliest period start, reporters and liaisons per organisation. */
  static final class State {
    final EnumSet<ReportType> present = EnumSet.noneOf(ReportType.class);
    @Nullable LocalDate earliest;
    final Map<String, Long> reporters = new TreeMap<>();
    final Map<String, Integer> liaisons = new HashMap<>();

    State() {}
  }

  /** Creates the rule; it is stateless. */
  ReportingChannelsRule() {}

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
    if (record instanceof Report r) {
      state.present.add(typeOf(r));
      ReportHeader h = r.header();
      if (h == null) {
        return;
      }
      if (h.period() != null) {
        LocalDate start = h.period().start();
        if (state.earliest == null || start.isBefore(state.earliest)) {
          state.earliest = start;
        }
      }
      if (h.reporter() != null) {
        state.reporters.merge(h.reporter().raw(), index, Math::min);
      }
    } else if (record instanceof Personnel p) {
      if (p.role() == PersonnelRole.INFORMATION_LIAISON && p.organisation() != null) {
        state.liaisons.merge(p.organisation().raw(), 1, Integer::sum);
      }
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return Personnel.class.isAssignableFrom(type) || Report.class.isAssignableFrom(type);
  }

  private static ReportType typeOf(Report r) {
    if (r instanceof DailyReport) {
      return ReportType.DAILY;
    } else if (r instanceof MonthlyReport) {
      return ReportType.MONTHLY;
    } else if (r instanceof QuarterlyReport) {
      return ReportType.QUARTERLY;
    } else if (r instanceof AnnualReport) {
      return ReportType.ANNUAL;
    }
    throw new AssertionError(r.getClass());
  }

  @Override
  public State combine(State left, State right) {
    left.present.addAll(right.present);
    if (left.earliest == null
        || (right.earliest != null && right.earliest.isBefore(left.earliest))) {
      left.earliest = right.earliest;
    }
    right.reporters.forEach((k, v) -> left.reporters.merge(k, v, Math::min));
    right.liaisons.forEach((k, v) -> left.liaisons.merge(k, v, Integer::sum));
    return left;
  }

  @Override
  public void finish(State state, RuleContext ctx, FindingSink sink) {
    LocalDate earliest = state.earliest;
    if (state.present.isEmpty()) {
      return;
    }
    String required = String.join(",", ctx.settings().list("required_report_types"));
    EnumSet<ReportType> types =
        Support.enums(ReportType.class, ctx.settings().list("required_report_types"));
    if (earliest != null) {
      for (ReportType t : types) {
        if (state.present.contains(t)) {
          continue;
        }
        ReportingPeriod first = ReportingPeriod.containing(t.periodType(), earliest);
        LocalDate due = DeadlinePolicy.defaults().deadline(t, first);
        if (!ctx.asOf().isBefore(due)) {
          sink.violation(
              Location.dataset().withPath("reports"),
              "no " + t.name() + " report (first due " + due + " for " + first.id() + ")",
              required,
              Map.of(
                  "observed" + FindingSink.ZH,
                  "没有 " + t.name() + " 报告（首份应于 " + due + " 前报送，报告期 " + first.id() + "）"));
        }
      }
    }
    long min = ctx.settings().integer("liaisons_min");
    String enterprise = RecordType.ENTERPRISE.wireName();
    state.reporters.forEach(
        (org, index) -> {
          int n = state.liaisons.getOrDefault(org, 0);
          if (n < min) {
            sink.violation(
                new Location(enterprise, org, "", -1),
                n + " information liaison(s) of " + org,
                min + " information liaison(s) per county bureau and contractor",
                Map.of(
                    "observed" + FindingSink.ZH,
                    org + " 的信息联络员 " + n + " 名",
                    "threshold" + FindingSink.ZH,
                    "县商务局和每家承办企业各 " + min + " 名信息联络员"));
          }
        });
  }
}
