package org.epar.core.period;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Objects;

/**
 * When each {@link ReportType} is due, as configurable offsets from the end of the period.
 *
 * <p>No programme document sets a submission deadline (docs/catalog.md, "Reporting protocol
 * facts"). These values are the SDK's defaults, chosen to be explicit and changeable, not a legal
 * requirement. A report after its deadline is accepted and marked {@link Timeliness#LATE}, never
 * dropped.
 *
 * <pre>{@code
 * DeadlinePolicy policy = DeadlinePolicy.defaults();
 * policy.deadline(ReportType.QUARTERLY, ReportingPeriod.quarter(2018, 1));   // 2018-04-10
 * policy.timeliness(ReportType.MONTHLY, ReportingPeriod.month(2018, 3),
 *     LocalDate.of(2018, 4, 6));                                           // LATE
 * }</pre>
 *
 * <p>Deadlines are dates, inclusive: a report submitted on the deadline date is on time. They are
 * calendar days, not working days. Immutable and thread-safe.
 *
 * @param daysAfterDay a daily report is due this many days after its day (default 1: by the end of
 *     the next day); at least 0
 * @param monthlyDayOfNextMonth a monthly report is due on this day of the next month (default 5); 1
 *     to 28 so that it exists in every month
 * @param quarterlyDaysAfter a quarterly report is due this many days after the quarter's last day
 *     (default 10); at least 0
 * @param annualMonthDay an annual report is due on this day of the next year (default {@code
 *     --01-31}); not 29 February
 * @since 0.1.0
 */
public record DeadlinePolicy(
    int daysAfterDay, int monthlyDayOfNextMonth, int quarterlyDaysAfter, MonthDay annualMonthDay) {

  private static final DeadlinePolicy DEFAULTS =
      new DeadlinePolicy(1, 5, 10, MonthDay.of(Month.JANUARY, 31));

  /**
   * Checks the ranges.
   *
   * @throws IllegalArgumentException if a value is out of its documented range
   */
  public DeadlinePolicy {
    Objects.requireNonNull(annualMonthDay, "annualMonthDay");
    if (daysAfterDay < 0) {
      throw new IllegalArgumentException("daysAfterDay " + daysAfterDay + " is negative");
    }
    if (monthlyDayOfNextMonth < 1 || monthlyDayOfNextMonth > 28) {
      throw new IllegalArgumentException(
          "monthlyDayOfNextMonth " + monthlyDayOfNextMonth + " is not 1 to 28");
    }
    if (quarterlyDaysAfter < 0) {
      throw new IllegalArgumentException(
          "quarterlyDaysAfter " + quarterlyDaysAfter + " is negative");
    }
    if (annualMonthDay.equals(MonthDay.of(Month.FEBRUARY, 29))) {
      throw new IllegalArgumentException("annualMonthDay --02-29 does not exist every year");
    }
  }

  /**
   * The SDK's defaults: daily +1 day, monthly the 5th of the next month, quarterly +10 days, annual
   * 31 January of the next year.
   *
   * @return the default policy
   */
  public static DeadlinePolicy defaults() {
    return DEFAULTS;
  }

  /**
   * The last day on which a report of {@code type} for {@code period} is on time.
   *
   * @param type the report type
   * @param period the period reported on; its type must be {@code type.periodType()}
   * @return the deadline date, inclusive
   * @throws IllegalArgumentException if the period's type does not fit the report type
   */
  public LocalDate deadline(ReportType type, ReportingPeriod period) {
    if (period.granularity() != type.periodType()) {
      throw new IllegalArgumentException(
          type
              + " report needs a "
              + type.periodType()
              + " period, not "
              + period.granularity()
              + " "
              + period.id());
    }
    LocalDate end = period.end();
    return switch (type) {
      case DAILY -> end.plusDays(daysAfterDay);
      case MONTHLY -> end.plusDays(1).withDayOfMonth(monthlyDayOfNextMonth);
      case QUARTERLY -> end.plusDays(quarterlyDaysAfter);
      case ANNUAL -> annualMonthDay.atYear(end.getYear() + 1);
    };
  }

  /**
   * Whether a report submitted on {@code submittedOn} met its deadline.
   *
   * @param type the report type
   * @param period the period reported on
   * @param submittedOn the date the report was received (in China Standard Time)
   * @return {@link Timeliness#ON_TIME} on or before the deadline, else {@link Timeliness#LATE}
   * @throws IllegalArgumentException if the period's type does not fit the report type
   */
  public Timeliness timeliness(ReportType type, ReportingPeriod period, LocalDate submittedOn) {
    return submittedOn.isAfter(deadline(type, period)) ? Timeliness.LATE : Timeliness.ON_TIME;
  }
}
