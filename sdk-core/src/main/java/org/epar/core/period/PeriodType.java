package org.epar.core.period;

/**
 * The granularity of a {@link ReportingPeriod}, from finest to coarsest.
 *
 * @since 0.1.0
 */
public enum PeriodType {
  /** One calendar day, id {@code 20180315}. */
  DAY,
  /** One ISO-8601 week, Monday to Sunday, id {@code 2018W11}. */
  WEEK,
  /** One calendar month, id {@code 201803}. */
  MONTH,
  /** One calendar quarter, id {@code 2018Q1}. */
  QUARTER,
  /** One calendar year, id {@code 2018}. */
  YEAR
}
