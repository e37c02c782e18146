package org.epar.grpc.spi;

import java.time.LocalDate;
import java.util.Optional;
import org.epar.core.model.ReportStatus;
import org.epar.core.period.ReportType;
import org.epar.core.period.ReportingPeriod;
import org.epar.core.period.Timeliness;
import org.jspecify.annotations.Nullable;

/**
 * Which submissions a listing returns: the ones a county asks for by period range, report type,
 * state (已接收 / 已拒收) and timeliness. Every part is optional ({@code null}: no condition); a
 * submission matches when it meets every part that is set. {@link #ANY} matches everything.
 *
 * <p><b>Period range.</b> A submission is in the range when its whole reporting period lies in it:
 * the period's first day is on or after {@code periodFrom} and its last day on or before {@code
 * periodTo}, both inclusive. So {@code 2018-01-01 .. 2018-03-31} holds the daily reports of the
 * quarter, the months {@code 201801}–{@code 201803} and the quarter {@code 2018Q1}, but not the
 * year {@code 2018}. A submission whose period id cannot be read is in no range.
 *
 * <pre>{@code
 * SubmissionFilter lateMarch =
 *     SubmissionFilter.ANY
 *         .withPeriods(LocalDate.of(2018, 3, 1), LocalDate.of(2018, 3, 31))
 *         .withTimeliness(Timeliness.LATE);
 * }</pre>
 *
 * @param periodFrom the first day of the range, or null for no lower bound
 * @param periodTo the last day of the range, or null for no upper bound
 * @param type only this kind of report, or null for every kind
 * @param status only this state, or null for both
 * @param timeliness only on-time or only late submissions, or null for both
 * @since 0.2.0
 */
public record SubmissionFilter(
    @Nullable LocalDate periodFrom,
    @Nullable LocalDate periodTo,
    @Nullable ReportType type,
    @Nullable ReportStatus status,
    @Nullable Timeliness timeliness) {

  /** The filter that matches every submission. */
  public static final SubmissionFilter ANY = new SubmissionFilter(null, null, null, null, null);

  /**
   * Checks that the range is not reversed.
   *
   * @throws IllegalArgumentException if {@code periodFrom} is after {@code periodTo}
   */
  public SubmissionFilter {
    if (periodFrom != null && periodTo != null && periodFrom.isAfter(periodTo)) {
      throw new IllegalArgumentException(
          "the period range starts on " + periodFrom + ", after its end " + periodTo);
    }
  }

  /**
   * This filter with another period range.
   *
   * @param from the first day, or null for no lower bound
   * @param to the last day, or null for no upper bound
   * @return the filter
   * @throws IllegalArgumentException if {@code from} is after {@code to}
   */
  public SubmissionFilter withPeriods(@Nullable LocalDate from, @Nullable LocalDate to) {
    return new SubmissionFilter(from, to, type, status, timeliness);
  }

  /**
   * This filter with another report type.
   *
   * @param type the type, or null for every type
   * @return the filter
   */
  public SubmissionFilter withType(@Nullable ReportType type) {
    return new SubmissionFilter(periodFrom, periodTo, type, status, timeliness);
  }

  /**
   * This filter with another state.
   *
   * @param status the state, or null for both
   * @return the filter
   */
  public SubmissionFilter withStatus(@Nullable ReportStatus status) {
    return new SubmissionFilter(periodFrom, periodTo, type, status, timeliness);
  }

  /**
   * This filter with another timeliness.
   *
   * @param timeliness the timeliness, or null for both
   * @return the filter
   */
  public SubmissionFilter withTimeliness(@Nullable Timeliness timeliness) {
    return new SubmissionFilter(periodFrom, periodTo, type, status, timeliness);
  }

  /**
   * Whether this filter sets no condition.
   *
   * @return {@code true} for a filter equal to {@link #ANY}
   */
  public boolean isAny() {
    return equals(ANY);
  }

  /**
   * Whether the submission meets every condition of this filter.
   *
   * @param s the submission
   * @return {@code true} if it matches
   */
  public boolean matches(StoredSubmission s) {
    if (type != null && s.type() != type) {
      return false;
    }
    if (status != null && s.status() != status) {
      return false;
    }
    if (timeliness != null && s.timeliness() != timeliness) {
      return false;
    }
    if (periodFrom == null && periodTo == null) {
      return true;
    }
    Optional<ReportingPeriod> p = ReportingPeriod.tryParse(s.period());
    return p.isPresent()
        && (periodFrom == null || !p.get().start().isBefore(periodFrom))
        && (periodTo == null || !p.get().end().isAfter(periodTo));
  }

  /**
   * A stable text form of the conditions, e.g. {@code from=2018-03-01;to=;type=DAILY;state=;
   * timeliness=LATE}: what a page token is bound to, so a token of one filter is refused for
   * another.
   *
   * @return the text; equal filters give equal text
   */
  public String canonical() {
    return "from="
        + text(periodFrom)
        + ";to="
        + text(periodTo)
        + ";type="
        + text(type)
        + ";state="
        + text(status)
        + ";timeliness="
        + text(timeliness);
  }

  private static String text(@Nullable Object o) {
    return o == null ? "" : o.toString();
  }
}
