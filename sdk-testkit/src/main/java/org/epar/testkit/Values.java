package org.epar.testkit;

import java.time.LocalDate;
import java.util.Objects;
import org.epar.core.money.Money;
import org.epar.core.period.PeriodType;
import org.epar.core.period.ReportingPeriod;
import org.quicktheories.core.Gen;

/**
 * Generators of values: exact amounts of money, reporting periods and dates inside the programme
 * years 2016-2020. All generators are stateless and thread-safe.
 *
 * <pre>{@code
 * qt().forAll(Values.money(Money.ZERO, Money.ofWan(1500)), Values.periods(PeriodType.MONTH))
 *     .check((amount, month) -> !amount.isNegative());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Values {

  /** The first day of the programme years covered by the generators: 2016-01-01. */
  public static final LocalDate PROGRAMME_START = LocalDate.of(2016, 1, 1);

  /** The last day of the programme years covered by the generators: 2020-12-31. */
  public static final LocalDate PROGRAMME_END = LocalDate.of(2020, 12, 31);

  private Values() {}

  /**
   * Amounts from {@code min} to {@code max} inclusive, to the fen.
   *
   * @param min the smallest amount
   * @param max the largest amount
   * @return the generator; it shrinks toward {@code min}
   * @throws IllegalArgumentException if {@code max} is below {@code min}
   */
  public static Gen<Money> money(Money min, Money max) {
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    if (max.compareTo(min) < 0) {
      throw new IllegalArgumentException("max " + max + " is below min " + min);
    }
    return in -> Money.ofFen(Draw.between(in, min.fen(), max.fen()));
  }

  /**
   * Positive amounts from 0.01 to 1,000,000.00 yuan, to the fen.
   *
   * @return the generator
   */
  public static Gen<Money> positiveMoney() {
    return money(Money.ofFen(1), Money.ofYuan(1_000_000));
  }

  /**
   * Dates from 2016-01-01 to 2020-12-31, the programme years.
   *
   * @return the generator
   */
  public static Gen<LocalDate> dates() {
    return dates(PROGRAMME_START, PROGRAMME_END);
  }

  /**
   * Dates from {@code from} to {@code to} inclusive.
   *
   * @param from the earliest date
   * @param to the latest date
   * @return the generator
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public static Gen<LocalDate> dates(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to " + to + " is before from " + from);
    }
    return in -> Draw.date(in, from, to);
  }

  /**
   * Reporting periods of a granularity that contain a day of 2016-2020 (so a week may start in late
   * 2015 or end in early 2021).
   *
   * @param type the granularity
   * @return the generator
   */
  public static Gen<ReportingPeriod> periods(PeriodType type) {
    Objects.requireNonNull(type, "type");
    return in -> ReportingPeriod.containing(type, Draw.date(in, PROGRAMME_START, PROGRAMME_END));
  }
}
