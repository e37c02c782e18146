package org.epar.core.period;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * A period a report covers: a {@link Day}, an ISO {@link Week}, a {@link Month}, a {@link Quarter}
 * or a {@link Year}, each with a compact, sortable text id.
 *
 * <table>
 *   <caption>Period ids</caption>
 *   <tr><th>type</th><th>id</th><th>covers</th></tr>
 *   <tr><td>{@link Day}</td><td>{@code 20180315}</td><td>2018-03-15</td></tr>
 *   <tr><td>{@link Week}</td><td>{@code 2018W11}</td><td>Monday 2018-03-12 to Sunday 2018-03-18
 *       (ISO-8601 week 11 of week-based year 2018)</td></tr>
 *   <tr><td>{@link Month}</td><td>{@code 201803}</td><td>2018-03-01 to 2018-03-31</td></tr>
 *   <tr><td>{@link Quarter}</td><td>{@code 2018Q1}</td><td>2018-01-01 to 2018-03-31</td></tr>
 *   <tr><td>{@link Year}</td><td>{@code 2018}</td><td>2018-01-01 to 2018-12-31</td></tr>
 * </table>
 *
 * <pre>{@code
 * ReportingPeriod q = ReportingPeriod.parse("2018Q1");
 * q.end();          // 2018-03-31
 * q.next().id();    // "2018Q2"
 * }</pre>
 *
 * <p>Years run from 1 to 9999 so every id has four year digits. Periods are ordered by start date,
 * then by end date (shorter first), then by {@link PeriodType}. Implementations are immutable,
 * thread-safe records whose {@code toString()} is {@link #id()}.
 *
 * @since 0.1.0
 */
public sealed interface ReportingPeriod extends Comparable<ReportingPeriod>
    permits ReportingPeriod.Day,
        ReportingPeriod.Week,
        ReportingPeriod.Month,
        ReportingPeriod.Quarter,
        ReportingPeriod.Year {

  /** The smallest year a period may have. */
  int MIN_YEAR = 1;

  /** The largest year a period may have. */
  int MAX_YEAR = 9999;

  /**
   * The text id, e.g. {@code 2018Q1}; {@link #parse(String)} reads it back.
   *
   * @return the id
   */
  String id();

  /**
   * The first day of the period.
   *
   * @return the start date, inclusive
   */
  LocalDate start();

  /**
   * The last day of the period.
   *
   * @return the end date, inclusive
   */
  LocalDate end();

  /**
   * The kind of period.
   *
   * @return the granularity
   */
  PeriodType granularity();

  /**
   * Whether {@code date} lies in the period, {@code start() <= date <= end()}.
   *
   * @param date the date
   * @return {@code true} if the period contains the date
   */
  default boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /**
   * The period of the same type that starts the day after this one ends.
   *
   * @return the following period
   * @throws IllegalArgumentException past year 9999
   */
  default ReportingPeriod next() {
    return containing(granularity(), end().plusDays(1));
  }

  /**
   * The period of the same type that ends the day before this one starts.
   *
   * @return the preceding period
   * @throws IllegalArgumentException before year 1
   */
  default ReportingPeriod previous() {
    return containing(granularity(), start().minusDays(1));
  }

  /**
   * Orders periods by start date, then end date, then granularity.
   *
   * @param other the other period
   * @return negative, zero or positive as this period sorts before, with or after {@code other}
   */
  @Override
  default int compareTo(ReportingPeriod other) {
    int c = start().compareTo(other.start());
    if (c == 0) {
      c = end().compareTo(other.end());
    }
    return c != 0 ? c : granularity().compareTo(other.granularity());
  }

  /**
   * Parses a period id strictly: {@code 20180315}, {@code 2018W11}, {@code 201803}, {@code 2018Q1}
   * or {@code 2018}. No spaces, signs or lower-case letters; the period must exist (no {@code
   * 20180230}, no {@code 2021W53}).
   *
   * @param id the id
   * @return the period
   * @throws PeriodFormatException if {@code id} is not the id of a real period; the message quotes
   *     it
   */
  static ReportingPeriod parse(String id) {
    Objects.requireNonNull(id, "id");
    Matcher m = PeriodIds.PATTERN.matcher(id);
    if (!m.matches()) {
      throw new PeriodFormatException(id, "expected yyyyMMdd, yyyy'W'ww, yyyyMM, yyyy'Q'q or yyyy");
    }
    int y = Integer.parseInt(m.group(1));
    try {
      if (m.group(2) != null) {
        return day(y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      }
      if (m.group(4) != null) {
        return week(y, Integer.parseInt(m.group(4)));
      }
      if (m.group(5) != null) {
        return month(y, Integer.parseInt(m.group(5)));
      }
      if (m.group(6) != null) {
        return quarter(y, Integer.parseInt(m.group(6)));
      }
      return year(y);
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new PeriodFormatException(id, String.valueOf(e.getMessage()));
    }
  }

  /**
   * Parses like {@link #parse(String)} but returns an empty {@code Optional} instead of throwing.
   *
   * @param id the id; {@code null} gives an empty result
   * @return the period, or empty if {@code id} is null or not a real period's id
   */
  static Optional<ReportingPeriod> tryParse(@Nullable String id) {
    if (id == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse(id));
    } catch (PeriodFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * The period of type {@code type} that contains {@code date}.
   *
   * @param type the granularity
   * @param date any date in the period
   * @return the period
   * @throws IllegalArgumentException if the period's year is outside 1 to 9999
   */
  static ReportingPeriod containing(PeriodType type, LocalDate date) {
    return switch (type) {
      case DAY -> day(date);
      case WEEK -> Week.containing(date);
      case MONTH -> month(YearMonth.from(date));
      case QUARTER -> quarter(date.getYear(), (date.getMonthValue() + 2) / 3);
      case YEAR -> year(date.getYear());
    };
  }

  /**
   * The day {@code date}.
   *
   * @param date the date
   * @return the day period
   * @throws IllegalArgumentException if the year is outside 1 to 9999
   */
  static Day day(LocalDate date) {
    return new Day(date);
  }

  /**
   * The day {@code year-month-dayOfMonth}.
   *
   * @param year the year
   * @param month the month, 1 to 12
   * @param dayOfMonth the day of the month
   * @return the day period
   * @throws java.time.DateTimeException if the date does not exist
   * @throws IllegalArgumentException if the year is outside 1 to 9999
   */
  static Day day(int year, int month, int dayOfMonth) {
    return new Day(LocalDate.of(year, month, dayOfMonth));
  }

  /**
   * ISO week {@code week} of week-based year {@code weekBasedYear}.
   *
   * @param weekBasedYear the ISO week-based year
   * @param week the week, 1 to 52 or 53
   * @return the week period
   * @throws IllegalArgumentException if the week does not exist in that year
   */
  static Week week(int weekBasedYear, int week) {
    return new Week(weekBasedYear, week);
  }

  /**
   * The month {@code month} of {@code year}.
   *
   * @param year the year
   * @param month the month, 1 to 12
   * @return the month period
   * @throws IllegalArgumentException if the month or year is out of range
   */
  static Month month(int year, int month) {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("month " + month + " is not 1 to 12");
    }
    return new Month(YearMonth.of(year, month));
  }

  /**
   * The month {@code yearMonth}.
   *
   * @param yearMonth the month
   * @return the month period
   * @throws IllegalArgumentException if the year is outside 1 to 9999
   */
  static Month month(YearMonth yearMonth) {
    return new Month(yearMonth);
  }

  /**
   * Quarter {@code quarter} of {@code year}.
   *
   * @param year the year
   * @param quarter the quarter, 1 to 4
   * @return the quarter period
   * @throws IllegalArgumentException if the quarter or year is out of range
   */
  static Quarter quarter(int year, int quarter) {
    return new Quarter(year, quarter);
  }

  /**
   * The calendar year {@code year}.
   *
   * @param year the year
   * @return the year period
   * @throws IllegalArgumentException if the year is outside 1 to 9999
   */
  static Year year(int year) {
    return new Year(year);
  }

  private static void checkYear(int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException("year " + year + " is not 1 to 9999");
    }
  }

  /**
   * One calendar day, id {@code yyyyMMdd}.
   *
   * @param date the day
   * @since 0.1.0
   */
  record Day(LocalDate date) implements ReportingPeriod {

    /**
     * Checks the year.
     *
     * @throws IllegalArgumentException if the year is outside 1 to 9999
     */
    public Day {
      Objects.requireNonNull(date, "date");
      checkYear(date.getYear());
    }

    @Override
    public String id() {
      return String.format(
          "%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    @Override
    public LocalDate start() {
      return date;
    }

    @Override
    public LocalDate end() {
      return date;
    }

    @Override
    public PeriodType granularity() {
      return PeriodType.DAY;
    }

    /**
     * The id, e.g. {@code 20180315}.
     *
     * @return {@link #id()}
     */
    @Override
    public String toString() {
      return id();
    }
  }

  /**
   * One ISO-8601 week, Monday to Sunday, id {@code yyyy'W'ww}. Week 1 is the week that contains the
   * year's first Thursday, so a week may start in December of the previous calendar year (2020W01
   * starts 2019-12-30) and some years have a week 53 (2020W53 exists, 2021W53 does not).
   *
   * @param weekBasedYear the ISO week-based year
   * @param week the week of the week-based year, 1 to 52 or 53
   * @since 0.1.0
   */
  record Week(int weekBasedYear, int week) implements ReportingPeriod {

    /**
     * Checks that the week exists in that week-based year.
     *
     * @throws IllegalArgumentException if it does not, or the year is outside 1 to 9999
     */
    public Week {
      checkYear(weekBasedYear);
      long max = weeksIn(weekBasedYear);
      if (week < 1 || week > max) {
        throw new IllegalArgumentException(
            "week "
                + week
                + " does not exist in week-based year "
                + weekBasedYear
                + " (1 to "
                + max
                + ")");
      }
    }

    /**
     * The ISO week that contains {@code date}.
     *
     * @param date any date
     * @return the week
     */
    static Week containing(LocalDate date) {
      return new Week(
          date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static long weeksIn(int weekBasedYear) {
      // 4 January always lies in week 1 of its calendar year's week-based year
      return IsoFields.WEEK_OF_WEEK_BASED_YEAR
          .rangeRefinedBy(LocalDate.of(weekBasedYear, 1, 4))
          .getMaximum();
    }

    @Override
    public String id() {
      return String.format("%04dW%02d", weekBasedYear, week);
    }

    @Override
    public LocalDate start() {
      return LocalDate.of(weekBasedYear, 1, 4)
          .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
          .with(DayOfWeek.MONDAY);
    }

    @Override
    public LocalDate end() {
      return start().plusDays(6);
    }

    @Override
    public PeriodType granularity() {
      return PeriodType.WEEK;
    }

    /**
     * The id, e.g. {@code 2018W11}.
     *
     * @return {@link #id()}
     */
    @Override
    public String toString() {
      return id();
    }
  }

  /**
   * One calendar month, id {@code yyyyMM}.
   *
   * @param yearMonth the month
   * @since 0.1.0
   */
  record Month(YearMonth yearMonth) implements ReportingPeriod {

    /**
     * Checks the year.
     *
     * @throws IllegalArgumentException if the year is outside 1 to 9999
     */
    public Month {
      Objects.requireNonNull(yearMonth, "yearMonth");
      checkYear(yearMonth.getYear());
    }

    @Override
    public String id() {
      return String.format("%04d%02d", yearMonth.getYear(), yearMonth.getMonthValue());
    }

    @Override
    public LocalDate start() {
      return yearMonth.atDay(1);
    }

    @Override
    public LocalDate end() {
      return yearMonth.atEndOfMonth();
    }

    @Override
    public PeriodType granularity() {
      return PeriodType.MONTH;
    }

    /**
     * The id, e.g. {@code 201803}.
     *
     * @return {@link #id()}
     */
    @Override
    public String toString() {
      return id();
    }
  }

  /**
   * One calendar quarter (Q1 = January to March), id {@code yyyy'Q'q}.
   *
   * @param year the year
   * @param quarter the quarter, 1 to 4
   * @since 0.1.0
   */
  record Quarter(int year, int quarter) implements ReportingPeriod {

    /**
     * Checks the quarter and year.
     *
     * @throws IllegalArgumentException if the quarter is not 1 to 4 or the year is outside 1 to
     *     9999
     */
    public Quarter {
      checkYear(year);
      if (quarter < 1 || quarter > 4) {
        throw new IllegalArgumentException("quarter " + quarter + " is not 1 to 4");
      }
    }

    @Override
    public String id() {
      return String.format("%04dQ%d", year, quarter);
    }

    @Override
    public LocalDate start() {
      return LocalDate.of(year, quarter * 3 - 2, 1);
    }

    @Override
    public LocalDate end() {
      return YearMonth.of(year, quarter * 3).atEndOfMonth();
    }

    @Override
    public PeriodType granularity() {
      return PeriodType.QUARTER;
    }

    /**
     * The id, e.g. {@code 2018Q1}.
     *
     * @return {@link #id()}
     */
    @Override
    public String toString() {
      return id();
    }
  }

  /**
   * One calendar year, id {@code yyyy}.
   *
   * @param year the year
   * @since 0.1.0
   */
  record Year(int year) implements ReportingPeriod {

    /**
     * Checks the year.
     *
     * @throws IllegalArgumentException if the year is outside 1 to 9999
     */
    public Year {
      checkYear(year);
    }

    @Override
    public String id() {
      return String.format("%04d", year);
    }

    @Override
    public LocalDate start() {
      return LocalDate.of(year, 1, 1);
    }

    @Override
    public LocalDate end() {
      return LocalDate.of(year, 12, 31);
    }

    @Override
    public PeriodType granularity() {
      return PeriodType.YEAR;
    }

    /**
     * The id, e.g. {@code 2018}.
     *
     * @return {@link #id()}
     */
    @Override
    public String toString() {
      return id();
    }
  }
}
