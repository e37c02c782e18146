package org.epar.validation.rules.daming.plan;

import java.time.LocalDate;
import org.epar.core.model.FundPlan;
import org.epar.core.model.RecordType;
import org.epar.core.period.WorkingDayCalendar;
import org.epar.validation.Finding;
import org.epar.validation.internal.RuleTexts;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RecordRule;
import org.epar.validation.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * DM-FUND-04, publication part (公示期不少于10个工作日，公示无异议后方可上报省商务厅并组织实施): the fund allocation plan is
 * published for at least {@code publication_working_days_min} working days before it is reported
 * ({@code reported_on}) and before it is carried out ({@code carried_out_on}).
 *
 * <p>Reading, precisely: the publication period counts the working days (statutory calendar with
 * make-up days, {@link RuleContext#calendar()}) strictly after {@code published_on} (the day of
 * publication is not counted, 民法典 第201条) and strictly before the day the plan is reported or
 * carried out (the document allows reporting only after the period has ended without objection). So
 * the rule holds iff {@code calendar.workingDaysBetween(published_on, reported_on - 1 day) >= 10},
 * i.e. {@code reported_on > calendar.plusWorkingDays(published_on, 10)}. Published on 2018-09-25,
 * the 10th working day is 2018-10-12 (National Day skipped, 09-29 and 09-30 worked): reporting on
 * 2018-10-12 gives 9 days (a finding), on 2018-10-15 gives 10 (fine).
 *
 * <p>A plan reported or carried out without a publication date is a finding with 0 days; a plan
 * neither reported nor carried out is not judged yet. A period reaching into a year the calendar
 * has no data for (e.g. a plan published in 2030, or dated year 0) is a finding on the plan at the
 * same path naming the missing calendar year (observed {@code "calendar has no data for 2030"},
 * with a message of its own: "the publication period cannot be counted in working days"), never a
 * generic rule failure and never a guess; the years are checked against {@link
 * WorkingDayCalendar#covers} before counting, so an absurd span costs no time.
 *
 * @since 0.1.0
 */
final class PlanPublicationRule {

  /** The rule ID. */
  static final String ID = "DM-FUND-04";

  /** The rule; stateless. */
  static final RecordRule<FundPlan> RULE =
      RecordRule.of(ID, FundPlan.class, PlanPublicationRule::check);

  private PlanPublicationRule() {}

  private static void check(FundPlan plan, RuleContext ctx, FindingSink sink) {
    long min = ctx.settings().integer("publication_working_days_min");
    check(plan, plan.reportedOn(), "reported_on", min, ctx, sink);
    check(plan, plan.carriedOutOn(), "carried_out_on", min, ctx, sink);
  }

  private static void check(
      FundPlan plan,
      @Nullable LocalDate use,
      String path,
      long min,
      RuleContext ctx,
      FindingSink sink) {
    if (use == null) {
      return;
    }
    WorkingDayCalendar calendar = ctx.calendar();
    LocalDate published = plan.publishedOn();
    long days;
    if (published == null) {
      days = 0;
      path = "published_on";
    } else if (!use.minusDays(1).isAfter(published)) {
      days = 0;
    } else {
      int first = published.plusDays(1).getYear();
      int last = use.minusDays(1).getYear();
      int year = first;
      while (year <= last && calendar.covers(year)) {
        year++;
      }
      if (year <= last) {
        // the rule's message counts days, which cannot be counted here: a sentence of its own
        RuleTexts.Text missing = RuleTexts.of("plan.calendar-no-data", year);
        RuleTexts.Text message = RuleTexts.of("plan.calendar-no-data.message", year, min);
        sink.add(
            new Finding(
                ID,
                ctx.severity(),
                sink.location(RecordType.FUND_PLAN.wireName(), plan.key(), path),
                missing.en(),
                Long.toString(min),
                null,
                message.en(),
                message.zh(),
                ctx.descriptor().citation(),
                1));
        return;
      }
      days = calendar.workingDaysBetween(published, use.minusDays(1));
    }
    if (days < min) {
      sink.violation(
          sink.location(RecordType.FUND_PLAN.wireName(), plan.key(), path),
          Long.toString(days),
          Long.toString(min));
    }
  }
}
