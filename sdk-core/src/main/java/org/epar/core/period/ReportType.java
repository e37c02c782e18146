package org.epar.core.period;

/**
 * The kinds of report the protocol carries, each covering one {@link PeriodType}: DM 四(六) asks for
 * automated daily, manual monthly and annual reports; HN 五(二) for monthly, quarterly and annual
 * summaries.
 *
 * @since 0.1.0
 */
public enum ReportType {
  /** 日报: daily report over a {@link PeriodType#DAY}, sent automatically. */
  DAILY("日报", PeriodType.DAY),
  /** 月报: monthly report over a {@link PeriodType#MONTH}. */
  MONTHLY("月报", PeriodType.MONTH),
  /** 季报: quarterly report over a {@link PeriodType#QUARTER}. */
  QUARTERLY("季报", PeriodType.QUARTER),
  /** 年报: annual report over a {@link PeriodType#YEAR}. */
  ANNUAL("年报", PeriodType.YEAR);

  private final String chineseName;
  private final PeriodType periodType;

  ReportType(String chineseName, PeriodType periodType) {
    this.chineseName = chineseName;
    this.periodType = periodType;
  }

  /**
   * The Chinese term, e.g. {@code 月报}.
   *
   * @return the term
   */
  public String chineseName() {
    return chineseName;
  }

  /**
   * The kind of period a report of this type covers.
   *
   * @return the period type
   */
  public PeriodType periodType() {
    return periodType;
  }

  /**
   * The last day on which a report of this type for {@code period} is on time, under {@link
   * DeadlinePolicy#defaults()}: DAILY the next day, MONTHLY the 5th of the next month, QUARTERLY
   * the 10th day after the quarter (2018Q1 → 2018-04-10), ANNUAL 31 January of the next year.
   *
   * <p>No programme document sets these deadlines; they are the SDK's defaults. Use a {@link
   * DeadlinePolicy} of your own to change them.
   *
   * @param period the period reported on
   * @return the deadline date, inclusive
   * @throws IllegalArgumentException if {@code period} is not of this type's {@link #periodType()}
   */
  public java.time.LocalDate defaultDeadline(ReportingPeriod period) {
    return DeadlinePolicy.defaults().deadline(this, period);
  }
}
