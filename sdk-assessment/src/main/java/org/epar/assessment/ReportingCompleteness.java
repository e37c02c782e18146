package org.epar.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.epar.core.period.ReportType;

/**
 * One contractor's reporting: every expected period from the programme start to the as-of date, on
 * time, late or missing.
 *
 * @param contractor the contractor's credit code as stored
 * @param periods every expected period whose deadline passed by the as-of date, and every period
 *     reported before its deadline, in type then period order
 * @since 0.2.0
 */
public record ReportingCompleteness(String contractor, List<PeriodStatus> periods) {

  /** How a period was reported. */
  public enum Status {
    /** An accepted report arrived by the deadline. */
    ON_TIME,
    /** An accepted report arrived after the deadline (and by the as-of date). */
    LATE,
    /** No accepted report arrived by the as-of date, and the deadline passed. */
    MISSING
  }

  /**
   * One expected period.
   *
   * @param type the report type
   * @param period the period id, e.g. {@code 20180402}
   * @param deadline the period's deadline
   * @param status on time, late or missing
   */
  public record PeriodStatus(ReportType type, String period, LocalDate deadline, Status status) {

    /**
     * Checks for nulls.
     *
     * @throws NullPointerException if a component is null
     */
    public PeriodStatus {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(deadline, "deadline");
      Objects.requireNonNull(status, "status");
    }
  }

  /**
   * Checks for nulls and copies the periods.
   *
   * @throws NullPointerException if a component is null
   */
  public ReportingCompleteness {
    Objects.requireNonNull(contractor, "contractor");
    periods = List.copyOf(periods);
  }

  /**
   * How many periods of a type have a status.
   *
   * @param type the report type
   * @param status the status
   * @return the count
   */
  public long count(ReportType type, Status status) {
    return periods.stream().filter(p -> p.type() == type && p.status() == status).count();
  }

  /**
   * Whether every expected period was reported on time.
   *
   * @return {@code true} if no period is late or missing
   */
  public boolean complete() {
    return periods.stream().allMatch(p -> p.status() == Status.ON_TIME);
  }
}
