package org.epar.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.epar.core.id.CitizenId;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.id.DivisionLevel;
import org.epar.core.id.TraceCode;
import org.epar.core.money.Money;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.RandomnessSource;

/**
 * How a record generator fills its fields: {@link #STRICT} gives valid, complete data; {@link
 * #LENIENT} also gives nulls in nullable fields, invalid identifiers, negative amounts and counts,
 * and reversed date ranges.
 */
final class Style {

  static final Style STRICT = new Style(false);
  static final Style LENIENT = new Style(true);

  final boolean lenient;

  private Style(boolean lenient) {
    this.lenient = lenient;
  }

  /** The value, or (lenient only) null with probability 15%. */
  <T> @Nullable T opt(RandomnessSource in, T value) {
    return lenient && Draw.chance(in, 15) ? null : value;
  }

  private boolean broken(RandomnessSource in) {
    return lenient && Draw.chance(in, 30);
  }

  CitizenId citizenId(RandomnessSource in) {
    return broken(in)
        ? Identifiers.invalidCitizenIds().generate(in)
        : Identifiers.citizenIds().generate(in);
  }

  CreditCode creditCode(RandomnessSource in) {
    return broken(in)
        ? Identifiers.invalidCreditCodes().generate(in)
        : Identifiers.creditCodes().generate(in);
  }

  DivisionCode division(RandomnessSource in, DivisionLevel level) {
    return broken(in)
        ? Identifiers.invalidDivisionCodes().generate(in)
        : Identifiers.divisionCodes(level).generate(in);
  }

  TraceCode traceCode(RandomnessSource in) {
    return broken(in)
        ? Identifiers.invalidTraceCodes().generate(in)
        : Identifiers.traceCodes().generate(in);
  }

  /** Yuan amount in [minYuan, maxYuan] to the fen; lenient: negated with probability 20%. */
  Money money(RandomnessSource in, long minYuan, long maxYuan) {
    Money m = Money.ofFen(Draw.between(in, minYuan * 100, maxYuan * 100));
    return lenient && Draw.chance(in, 20) ? m.negate() : m;
  }

  /** A count in [min, max]; lenient: negative with probability 15%. */
  int count(RandomnessSource in, int min, int max) {
    int n = Draw.between(in, min, max);
    return lenient && Draw.chance(in, 15) ? -n - 1 : n;
  }

  /** A floor area in m² with one decimal; lenient: sometimes zero or negative. */
  BigDecimal area(RandomnessSource in, int min, int max) {
    BigDecimal a = BigDecimal.valueOf(Draw.between(in, min * 10, max * 10), 1);
    return lenient && Draw.chance(in, 15) ? a.negate() : a;
  }

  /** {start, end} with end 0..maxDays after start; lenient: reversed with probability 25%. */
  LocalDate[] range(RandomnessSource in, LocalDate from, LocalDate to, int maxDays) {
    LocalDate start = Draw.date(in, from, to);
    LocalDate end = start.plusDays(Draw.between(in, 0, maxDays));
    if (lenient && Draw.chance(in, 25) && !end.equals(start)) {
      return new LocalDate[] {end, start};
    }
    return new LocalDate[] {start, end};
  }

  LocalDate date(RandomnessSource in) {
    return Draw.date(in, Values.PROGRAMME_START, Values.PROGRAMME_END);
  }
}
