package org.epar.core.model;

/**
 * A report a contractor or county submits: daily, monthly, quarterly or annual.
 *
 * @since 0.1.0
 */
public sealed interface Report extends EparRecord
    permits DailyReport, MonthlyReport, QuarterlyReport, AnnualReport {

  /**
   * Who reports what, for which place and period.
   *
   * @return the header; null only when the input lacked it
   */
  @org.jspecify.annotations.Nullable
  ReportHeader header();
}
