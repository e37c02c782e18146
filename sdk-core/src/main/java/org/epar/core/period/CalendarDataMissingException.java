package org.epar.core.period;

import org.epar.core.EparException;

/**
 * Thrown when a {@link WorkingDayCalendar} is asked about a date in a year it has no holiday data
 * for. The calendar never falls back to Monday–Friday: a guess would silently miscount the
 * statutory holidays and make-up working days of that year.
 *
 * <p>Load the year's data with {@link WorkingDayCalendar#withYears(java.io.Reader)}.
 *
 * @since 0.1.0
 */
public final class CalendarDataMissingException extends EparException {

  private static final long serialVersionUID = 1L;

  /** The year without data. */
  private final int year;

  /**
   * Creates the exception.
   *
   * @param year the year without data
   * @param covered a description of the years the calendar covers, e.g. {@code 2015-2026}
   */
  public CalendarDataMissingException(int year, String covered) {
    super(
        "no working-day data for year "
            + year
            + " (calendar covers "
            + covered
            + "); load it with WorkingDayCalendar.withYears");
    this.year = year;
  }

  /**
   * The year the calendar has no data for.
   *
   * @return the year
   */
  public int year() {
    return year;
  }
}
