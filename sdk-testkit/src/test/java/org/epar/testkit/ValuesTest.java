package org.epar.testkit;

import static org.quicktheories.QuickTheory.qt;

import org.epar.core.money.Money;
import org.epar.core.period.PeriodType;
import org.junit.jupiter.api.Test;

class ValuesTest {

  @Test
  void money_staysInBounds() {
    Money min = Money.parse("-12.34");
    Money max = Money.ofWan(1500);
    qt().forAll(Values.money(min, max)).check(m -> m.compareTo(min) >= 0 && m.compareTo(max) <= 0);
    qt().forAll(Values.positiveMoney()).check(m -> m.signum() > 0);
  }

  @Test
  void dates_areInTheProgrammeYears() {
    qt().forAll(Values.dates())
        .check(d -> !d.isBefore(Values.PROGRAMME_START) && !d.isAfter(Values.PROGRAMME_END));
  }

  @Test
  void periods_haveTheirGranularity_andTouchTheProgrammeYears() {
    for (PeriodType type : PeriodType.values()) {
      qt().forAll(Values.periods(type))
          .check(
              p ->
                  p.granularity() == type
                      && !p.end().isBefore(Values.PROGRAMME_START)
                      && !p.start().isAfter(Values.PROGRAMME_END));
    }
  }
}
