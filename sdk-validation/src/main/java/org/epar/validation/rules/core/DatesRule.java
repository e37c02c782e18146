package org.epar.validation.rules.core;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;
import org.epar.core.model.Activity;
import org.epar.core.model.DeviceDay;
import org.epar.core.model.Disbursement;
import org.epar.core.model.Disclosure;
import org.epar.core.model.EparRecord;
import org.epar.core.model.Expense;
import org.epar.core.model.FollowUp;
import org.epar.core.model.Fund;
import org.epar.core.model.FundPlan;
import org.epar.core.model.Milestone;
import org.epar.core.model.Personnel;
import org.epar.core.model.PlanChange;
import org.epar.core.model.Report;
import org.epar.core.model.ReportHeader;
import org.epar.core.model.Shipment;
import org.epar.core.model.Site;
import org.epar.core.model.Tender;
import org.epar.core.model.TraceEvent;
import org.epar.core.model.TracedItem;
import org.epar.core.model.TrainingSession;
import org.epar.core.model.Transaction;
import org.epar.validation.internal.RuleTexts;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RecordRule;
import org.epar.validation.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * CORE-DATE-01: dates are possible: an end is not before its start, what a report carries did not
 * happen after the report was submitted, and nothing that has happened lies in the far future.
 *
 * <p>Java's {@link LocalDate} is always a real calendar date, so "real dates" is enforced by the
 * JSON reader; this rule checks the order of dates. Readings taken:
 *
 * <ul>
 *   <li><b>End not before start</b>: a training session's {@code end_date} ≥ {@code start_date}; a
 *       shipment's {@code delivered_on} ≥ {@code dispatched_on}; a tender's {@code awarded_on} ≥
 *       {@code published_on}; a fund's {@code accepted_on} ≥ {@code work_started_on}; a fund plan
 *       is published (公示) before it is reported (备案) and carried out ({@code reported_on}, {@code
 *       carried_out_on} ≥ {@code published_on}); a disclosure's progress updates are not before its
 *       {@code published_on}.
 *   <li><b>Not later than the submission</b>: for a report whose header has {@code submitted_at},
 *       the dates of the records it carries (a monthly report's disbursements, training sessions
 *       and sites; a daily report's transactions, shipments and device days) are not after the
 *       submission date in China (Asia/Shanghai), and the reporting period does not start after it.
 *   <li><b>Far future</b>: a date of something that has happened (transactions, shipments,
 *       disbursements, expenses, openings, filings, trace events and items, achieved milestones,
 *       plan changes, activities, follow-ups, device days, fund and plan dates, tenders,
 *       disclosures, training sessions, submissions) is not more than one year after the
 *       validator's as-of date. The catalog gives no number; one year leaves room for data
 *       validated before it is complete and catches typed years such as 2108 for 2018. Due dates
 *       and deadlines are plans and are not checked.
 * </ul>
 *
 * <p>Missing dates are absent data and are skipped. No parameters.
 *
 * @since 0.1.0
 */
final class DatesRule {

  /** Per record class, whether it can hold a date or time (reflection, once). */
  private static final Predicate<Class<?>> HOLDS_DATE =
      RecordTypes.holding(
          c ->
              c.getPackageName().equals("java.time")
                  || c.getPackageName().equals("org.epar.core.period"));

  /** The rule ID. */
  static final String ID = "CORE-DATE-01";

  /** The rule; stateless. */
  static final RecordRule<EparRecord> RULE =
      RecordRule.of(ID, EparRecord.class, DatesRule::accepts, DatesRule::check);

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private DatesRule() {}

  /**
   * Declines the record classes with no date or time field (a household, a village).
   *
   * @param type a record class
   * @return whether its records can hold a date
   */
  private static boolean accepts(Class<?> type) {
    return HOLDS_DATE.test(type);
  }

  private static void check(EparRecord record, RuleContext ctx, FindingSink sink) {
    // a record carried in a report happened by the report's submission (one dataset, one reading)
    LocalDate submitted =
        sink.carrier()
            .map(c -> c.report().header())
            .map(h -> chinaDate(h.submittedAt()))
            .orElse(null);
    new Check(record, ctx.asOf().plusYears(1), sink).record(record, submitted);
  }

  /** One record's check: where findings go and the far-future limit. */
  private static final class Check {
    private final EparRecord top;
    private final LocalDate farFuture;
    private final FindingSink sink;

    Check(EparRecord top, LocalDate farFuture, FindingSink sink) {
      this.top = top;
      this.farFuture = farFuture;
      this.sink = sink;
    }

    /** An interval: its end is not before its start, and both happened by the submission. */
    private void span(
        String startField,
        @Nullable LocalDate start,
        String endField,
        @Nullable LocalDate end,
        @Nullable LocalDate submitted) {
      order(startField, start, endField, end);
      happened(startField, start, submitted);
      happened(endField, end, submitted);
    }

    /**
     * Checks a record, top-level or carried in a report (the engine feeds a report's records
     * separately, after the report's shell with emptied lists).
     *
     * @param r the record
     * @param submitted the submission date of the report carrying it, or null
     */
    void record(EparRecord r, @Nullable LocalDate submitted) {
      if (r instanceof TrainingSession t) {
        span("start_date", t.startDate(), "end_date", t.endDate(), submitted);
      } else if (r instanceof Shipment s) {
        span("dispatched_on", s.dispatchedOn(), "delivered_on", s.deliveredOn(), submitted);
      } else if (r instanceof Tender t) {
        span("published_on", t.publishedOn(), "awarded_on", t.awardedOn(), submitted);
      } else if (r instanceof Fund f) {
        span("work_started_on", f.workStartedOn(), "accepted_on", f.acceptedOn(), submitted);
      } else if (r instanceof FundPlan p) {
        order("published_on", p.publishedOn(), "reported_on", p.reportedOn());
        order("published_on", p.publishedOn(), "carried_out_on", p.carriedOutOn());
        happened("published_on", p.publishedOn(), submitted);
        happened("reported_on", p.reportedOn(), submitted);
        happened("carried_out_on", p.carriedOutOn(), submitted);
      } else if (r instanceof Disclosure d) {
        happened("published_on", d.publishedOn(), submitted);
        List<LocalDate> updates = d.progressUpdates();
        for (int i = 0; i < updates.size(); i++) {
          String field = "progress_updates[" + i + "]";
          order("published_on", d.publishedOn(), field, updates.get(i));
          happened(field, updates.get(i), submitted);
        }
      } else if (r instanceof Transaction t) {
        happened("date", t.date(), submitted);
      } else if (r instanceof Disbursement d) {
        happened("date", d.date(), submitted);
      } else if (r instanceof Expense e) {
        happened("date", e.date(), submitted);
      } else if (r instanceof Site s) {
        happened("opened_on", s.openedOn(), submitted);
      } else if (r instanceof Personnel p) {
        happened("filed_on", p.filedOn(), submitted);
      } else if (r instanceof TracedItem t) {
        happened("issued_on", t.issuedOn(), submitted);
      } else if (r instanceof TraceEvent e) {
        happened("time", chinaDate(e.time()), submitted);
      } else if (r instanceof Milestone m) {
        happened("achieved_on", m.achievedOn(), submitted);
      } else if (r instanceof PlanChange c) {
        happened("date", c.date(), submitted);
      } else if (r instanceof Activity a) {
        happened("date", a.date(), submitted);
      } else if (r instanceof FollowUp f) {
        happened("date", f.date(), submitted);
      } else if (r instanceof DeviceDay d) {
        happened("date", d.date(), submitted);
      } else if (r instanceof Report rep) {
        report(rep);
      }
    }

    private void report(Report rep) {
      ReportHeader h = rep.header();
      LocalDate submitted = h == null ? null : chinaDate(h.submittedAt());
      if (submitted != null) {
        happened("header.submitted_at", submitted, null);
        if (h.period() != null && h.period().start().isAfter(submitted)) {
          violation(
              "header.period",
              h.period().start(),
              RuleTexts.of("date.period-after-submission", submitted));
        }
      }
      // the records a report carries reach this rule on their own, with the report as carrier
    }

    private void order(
        String startField, @Nullable LocalDate start, String endField, @Nullable LocalDate end) {
      if (start != null && end != null && end.isBefore(start)) {
        violation(
            endField, end, RuleTexts.of("date.end-before-start", endField, startField, start));
      }
    }

    private void happened(String field, @Nullable LocalDate date, @Nullable LocalDate submitted) {
      if (date == null) {
        return;
      }
      if (date.isAfter(farFuture)) {
        violation(field, date, RuleTexts.of("date.far-future", farFuture.minusYears(1)));
      } else if (submitted != null && date.isAfter(submitted)) {
        violation(field, date, RuleTexts.of("date.after-submission", submitted));
      }
    }

    private void violation(String path, LocalDate date, RuleTexts.Text problem) {
      sink.violation(
          sink.location(top.recordType().wireName(), top.key(), path),
          date.toString(),
          "",
          problem.as("problem"));
    }
  }

  private static @Nullable LocalDate chinaDate(@Nullable OffsetDateTime t) {
    return t == null ? null : t.atZoneSameInstant(CHINA).toLocalDate();
  }
}
