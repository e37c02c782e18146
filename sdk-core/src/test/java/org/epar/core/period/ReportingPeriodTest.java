package org.epar.core.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

class ReportingPeriodTest {

  /** Any period containing a date between 1900-01-01 and about 2199. */
  private static Gen<ReportingPeriod> periods() {
    return arbitrary()
        .enumValues(PeriodType.class)
        .zip(
            integers().between(0, 300 * 365),
            (type, days) ->
                ReportingPeriod.containing(type, LocalDate.of(1900, 1, 1).plusDays(days)));
  }

  @Test
  void parse_idOfAnyPeriod_givesSamePeriod() {
    qt().forAll(periods()).checkAssert(p -> assertEquals(p, ReportingPeriod.parse(p.id())));
  }

  @Test
  void toString_anyPeriod_isId() {
    qt().forAll(periods()).check(p -> p.toString().equals(p.id()));
  }

  @Test
  void nextThenPrevious_anyPeriod_givesSamePeriod() {
    qt().forAll(periods())
        .check(p -> p.next().previous().equals(p) && p.previous().next().equals(p));
  }

  @Test
  void next_anyPeriod_startsTheDayAfterEnd() {
    qt().forAll(periods())
        .check(p -> p.next().start().equals(p.end().plusDays(1)) && p.next().compareTo(p) > 0);
  }

  @Test
  void contains_anyPeriod_includesStartAndEndButNotNeighbours() {
    qt().forAll(periods())
        .check(
            p ->
                p.contains(p.start())
                    && p.contains(p.end())
                    && !p.contains(p.end().plusDays(1))
                    && !p.contains(p.start().minusDays(1)));
  }

  @Test
  void parse_examples_giveEachType() {
    assertEquals(ReportingPeriod.day(LocalDate.of(2018, 3, 15)), ReportingPeriod.parse("20180315"));
    assertEquals(ReportingPeriod.week(2018, 11), ReportingPeriod.parse("2018W11"));
    assertEquals(ReportingPeriod.month(2018, 3), ReportingPeriod.parse("201803"));
    assertEquals(ReportingPeriod.quarter(2018, 1), ReportingPeriod.parse("2018Q1"));
    assertEquals(ReportingPeriod.year(2018), ReportingPeriod.parse("2018"));
    assertEquals(PeriodType.WEEK, ReportingPeriod.parse("2018W11").granularity());
    assertEquals(new ReportingPeriod.Month(YearMonth.of(2018, 3)), ReportingPeriod.month(2018, 3));
  }

  @Test
  void startEnd_examples_areInclusiveBounds() {
    ReportingPeriod w = ReportingPeriod.parse("2018W11");
    assertEquals(LocalDate.of(2018, 3, 12), w.start());
    assertEquals(LocalDate.of(2018, 3, 18), w.end());
    assertEquals(LocalDate.of(2018, 3, 31), ReportingPeriod.parse("2018Q1").end());
    assertEquals(LocalDate.of(2020, 2, 29), ReportingPeriod.parse("202002").end());
    assertEquals(LocalDate.of(2018, 12, 31), ReportingPeriod.parse("2018").end());
  }

  @Test
  void week_2018W01_startsOnNewYearsDay() {
    assertEquals(LocalDate.of(2018, 1, 1), ReportingPeriod.week(2018, 1).start());
  }

  @Test
  void week_2020W01_startsInPreviousCalendarYear() {
    assertEquals(LocalDate.of(2019, 12, 30), ReportingPeriod.week(2020, 1).start());
  }

  @Test
  void week_2020W53_existsAndEndsIn2021() {
    ReportingPeriod w = ReportingPeriod.parse("2020W53");
    assertEquals(LocalDate.of(2020, 12, 28), w.start());
    assertEquals(LocalDate.of(2021, 1, 3), w.end());
    assertEquals(ReportingPeriod.week(2021, 1), w.next());
  }

  @Test
  void week_2021W53_doesNotExist() {
    assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.week(2021, 53));
    assertThrows(PeriodFormatException.class, () -> ReportingPeriod.parse("2021W53"));
    assertEquals(ReportingPeriod.week(2022, 1), ReportingPeriod.week(2021, 52).next());
  }

  @Test
  void quarter_outOfRange_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.quarter(2018, 0));
    assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.quarter(2018, 5));
    assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.month(2018, 13));
    assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.year(0));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "2018q1",
        "2018Q5",
        "2018Q0",
        "2018W00",
        "2018W54",
        "2018W1",
        "20180230",
        "201813",
        "201800",
        "18",
        "20180315 ",
        "+2018",
        "0000",
        "2018-03",
        "2018M03",
        "2018H1"
      })
  void parse_badId_throwsPeriodFormatExceptionQuotingText(String id) {
    PeriodFormatException e =
        assertThrows(PeriodFormatException.class, () -> ReportingPeriod.parse(id));
    assertTrue(e.getMessage().contains("\"" + id + "\""), e.getMessage());
    assertEquals(Optional.empty(), ReportingPeriod.tryParse(id));
  }

  @Test
  void tryParse_goodAndNull_givesValueOrEmpty() {
    assertEquals(Optional.of(ReportingPeriod.year(2018)), ReportingPeriod.tryParse("2018"));
    assertEquals(Optional.empty(), ReportingPeriod.tryParse(null));
  }

  @Test
  void compareTo_sameStart_ordersShorterFirst() {
    assertTrue(ReportingPeriod.parse("20180101").compareTo(ReportingPeriod.parse("2018W01")) < 0);
    assertTrue(ReportingPeriod.parse("201801").compareTo(ReportingPeriod.parse("2018Q1")) < 0);
    assertTrue(ReportingPeriod.parse("2018Q1").compareTo(ReportingPeriod.parse("2018")) < 0);
    assertTrue(ReportingPeriod.parse("2017").compareTo(ReportingPeriod.parse("20180101")) < 0);
  }

  @Test
  void next_examples_crossYearBoundaries() {
    assertEquals(ReportingPeriod.parse("2019Q1"), ReportingPeriod.parse("2018Q4").next());
    assertEquals(ReportingPeriod.parse("201901"), ReportingPeriod.parse("201812").next());
    assertEquals(ReportingPeriod.parse("20190101"), ReportingPeriod.parse("20181231").next());
    assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.year(9999).next());
  }
}
