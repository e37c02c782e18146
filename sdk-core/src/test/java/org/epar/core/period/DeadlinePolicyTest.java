package org.epar.core.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class DeadlinePolicyTest {

  private static final DeadlinePolicy DEFAULTS = DeadlinePolicy.defaults();

  @Test
  void defaultDeadline_daily_isNextDay() {
    assertEquals(
        LocalDate.of(2018, 3, 16),
        ReportType.DAILY.defaultDeadline(ReportingPeriod.parse("20180315")));
    assertEquals(
        LocalDate.of(2019, 1, 1),
        ReportType.DAILY.defaultDeadline(ReportingPeriod.parse("20181231")));
  }

  @Test
  void defaultDeadline_monthly_isFifthOfNextMonth() {
    assertEquals(
        LocalDate.of(2018, 4, 5),
        ReportType.MONTHLY.defaultDeadline(ReportingPeriod.parse("201803")));
    assertEquals(
        LocalDate.of(2019, 1, 5),
        ReportType.MONTHLY.defaultDeadline(ReportingPeriod.parse("201812")));
  }

  @Test
  void defaultDeadline_quarterly_isTenthDayAfterQuarter() {
    assertEquals(
        LocalDate.of(2018, 4, 10),
        ReportType.QUARTERLY.defaultDeadline(ReportingPeriod.parse("2018Q1")));
    assertEquals(
        LocalDate.of(2018, 7, 10),
        ReportType.QUARTERLY.defaultDeadline(ReportingPeriod.parse("2018Q2")));
    assertEquals(
        LocalDate.of(2019, 1, 10),
        ReportType.QUARTERLY.defaultDeadline(ReportingPeriod.parse("2018Q4")));
  }

  @Test
  void defaultDeadline_annual_is31JanuaryNextYear() {
    assertEquals(
        LocalDate.of(2019, 1, 31),
        ReportType.ANNUAL.defaultDeadline(ReportingPeriod.parse("2018")));
  }

  @Test
  void deadline_periodOfWrongType_throwsIllegalArgument() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ReportType.MONTHLY.defaultDeadline(ReportingPeriod.parse("2018Q1")));
    assertThrows(
        IllegalArgumentException.class,
        () -> DEFAULTS.deadline(ReportType.DAILY, ReportingPeriod.parse("2018W11")));
  }

  @Test
  void timeliness_onDeadline_isOnTimeAndDayAfterIsLate() {
    ReportingPeriod march = ReportingPeriod.parse("201803");
    assertEquals(
        Timeliness.ON_TIME,
        DEFAULTS.timeliness(ReportType.MONTHLY, march, LocalDate.of(2018, 4, 5)));
    assertEquals(
        Timeliness.ON_TIME,
        DEFAULTS.timeliness(ReportType.MONTHLY, march, LocalDate.of(2018, 3, 31)));
    assertEquals(
        Timeliness.LATE, DEFAULTS.timeliness(ReportType.MONTHLY, march, LocalDate.of(2018, 4, 6)));
  }

  @Test
  void deadline_customPolicy_usesItsValues() {
    DeadlinePolicy p = new DeadlinePolicy(0, 10, 15, MonthDay.of(3, 31));
    assertEquals(
        LocalDate.of(2018, 3, 15), p.deadline(ReportType.DAILY, ReportingPeriod.parse("20180315")));
    assertEquals(
        LocalDate.of(2018, 3, 10), p.deadline(ReportType.MONTHLY, ReportingPeriod.parse("201802")));
    assertEquals(
        LocalDate.of(2018, 4, 15),
        p.deadline(ReportType.QUARTERLY, ReportingPeriod.parse("2018Q1")));
    assertEquals(
        LocalDate.of(2019, 3, 31), p.deadline(ReportType.ANNUAL, ReportingPeriod.parse("2018")));
  }

  @Test
  void constructor_outOfRange_throwsIllegalArgument() {
    assertThrows(
        IllegalArgumentException.class, () -> new DeadlinePolicy(-1, 5, 10, MonthDay.of(1, 31)));
    assertThrows(
        IllegalArgumentException.class, () -> new DeadlinePolicy(1, 29, 10, MonthDay.of(1, 31)));
    assertThrows(
        IllegalArgumentException.class, () -> new DeadlinePolicy(1, 5, 10, MonthDay.of(2, 29)));
  }

  @Test
  void reportType_terms_areChineseAndFitPeriods() {
    assertEquals("日报", ReportType.DAILY.chineseName());
    assertEquals("季报", ReportType.QUARTERLY.chineseName());
    assertEquals(PeriodType.YEAR, ReportType.ANNUAL.periodType());
  }
}
