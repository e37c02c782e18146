package org.epar.core.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * Expected dates come from the State Council's 2018 notice (国办发明电〔2017〕12号): Spring Festival
 * 2018-02-15..21 off, make-up working days Sunday 2018-02-11 and Saturday 2018-02-24; National Day
 * 2018-10-01..07 off, make-up working days Saturday 2018-09-29 and Sunday 2018-09-30.
 */
class WorkingDayCalendarTest {

  private static final WorkingDayCalendar CHINA = WorkingDayCalendar.china();

  @Test
  void plusWorkingDays_tenAfter20180925_is20181012() {
    // DM-FUND-04, publication on Tuesday 2018-09-25. Counted by hand:
    // 1 Wed 09-26, 2 Thu 09-27, 3 Fri 09-28, 4 Sat 09-29 (make-up), 5 Sun 09-30 (make-up),
    // 10-01..10-07 National Day off, 6 Mon 10-08, 7 Tue 10-09, 8 Wed 10-10, 9 Thu 10-11, 10 Fri
    // 10-12.
    assertEquals(LocalDate.of(2018, 10, 12), CHINA.plusWorkingDays(LocalDate.of(2018, 9, 25), 10));
    assertEquals(
        10, CHINA.workingDaysBetween(LocalDate.of(2018, 9, 25), LocalDate.of(2018, 10, 12)));
    assertEquals(
        9, CHINA.workingDaysBetween(LocalDate.of(2018, 9, 25), LocalDate.of(2018, 10, 11)));
  }

  @Test
  void plusWorkingDays_tenAfter20180208_is20180227() {
    // Publication on Thursday 2018-02-08. Counted by hand:
    // 1 Fri 02-09, Sat 02-10 off, 2 Sun 02-11 (make-up), 3 Mon 02-12, 4 Tue 02-13, 5 Wed 02-14,
    // 02-15..02-21 Spring Festival off, 6 Thu 02-22, 7 Fri 02-23, 8 Sat 02-24 (make-up),
    // Sun 02-25 off, 9 Mon 02-26, 10 Tue 02-27.
    assertEquals(LocalDate.of(2018, 2, 27), CHINA.plusWorkingDays(LocalDate.of(2018, 2, 8), 10));
  }

  @Test
  void isWorkingDay_makeUpWeekendDays2018_isTrue() {
    assertTrue(CHINA.isWorkingDay(LocalDate.of(2018, 2, 11)));
    assertTrue(CHINA.isWorkingDay(LocalDate.of(2018, 2, 24)));
    assertTrue(CHINA.isWorkingDay(LocalDate.of(2018, 9, 29)));
    assertTrue(CHINA.isWorkingDay(LocalDate.of(2018, 9, 30)));
  }

  @Test
  void isWorkingDay_holidaysAndPlainWeekends2018_isFalse() {
    for (LocalDate d = LocalDate.of(2018, 2, 15);
        !d.isAfter(LocalDate.of(2018, 2, 21));
        d = d.plusDays(1)) {
      assertFalse(CHINA.isWorkingDay(d), d.toString());
    }
    for (LocalDate d = LocalDate.of(2018, 10, 1);
        !d.isAfter(LocalDate.of(2018, 10, 7));
        d = d.plusDays(1)) {
      assertFalse(CHINA.isWorkingDay(d), d.toString());
    }
    assertFalse(CHINA.isWorkingDay(LocalDate.of(2018, 2, 10))); // Saturday
    assertFalse(CHINA.isWorkingDay(LocalDate.of(2018, 2, 25))); // Sunday
    assertTrue(CHINA.isWorkingDay(LocalDate.of(2018, 2, 14))); // Wednesday before the holiday
  }

  @Test
  void plusWorkingDays_zero_isSameWorkingDayOrNextOne() {
    assertEquals(LocalDate.of(2018, 9, 25), CHINA.plusWorkingDays(LocalDate.of(2018, 9, 25), 0));
    // National Day 10-01 (Mon) to 10-07 (Sun) off: next working day Monday 10-08
    assertEquals(LocalDate.of(2018, 10, 8), CHINA.plusWorkingDays(LocalDate.of(2018, 10, 1), 0));
    assertThrows(
        IllegalArgumentException.class, () -> CHINA.plusWorkingDays(LocalDate.of(2018, 1, 2), -1));
  }

  @Test
  void workingDaysBetween_sameOrReversed_isZeroOrNegated() {
    LocalDate a = LocalDate.of(2018, 9, 25);
    LocalDate b = LocalDate.of(2018, 10, 12);
    assertEquals(0, CHINA.workingDaysBetween(a, a));
    assertEquals(-10, CHINA.workingDaysBetween(b, a));
  }

  @Test
  void isWorkingDay_yearWithoutData_throwsNamingTheYear() {
    CalendarDataMissingException e2014 =
        assertThrows(
            CalendarDataMissingException.class, () -> CHINA.isWorkingDay(LocalDate.of(2014, 6, 3)));
    assertEquals(2014, e2014.year());
    assertTrue(e2014.getMessage().contains("2014"));
    CalendarDataMissingException e2030 =
        assertThrows(
            CalendarDataMissingException.class, () -> CHINA.isWorkingDay(LocalDate.of(2030, 6, 4)));
    assertEquals(2030, e2030.year());
    // a count that runs past the data does not guess Monday-Friday
    assertThrows(
        CalendarDataMissingException.class,
        () -> CHINA.plusWorkingDays(LocalDate.of(2026, 12, 25), 10));
  }

  @Test
  void coveredYears_shipped_are2015To2026() {
    assertEquals(2015, CHINA.coveredYears().first());
    assertEquals(2026, CHINA.coveredYears().last());
    assertEquals(12, CHINA.coveredYears().size());
    assertFalse(CHINA.covers(2027));
    assertEquals("WorkingDayCalendar[2015-2026]", CHINA.toString());
  }

  @Test
  void isWorkingDay_2018December_usesTheMoveFromThe2019Notice() {
    // 2019 notice (holiday-cn 2019.json, papers[0]): 2018-12-29 (Saturday) make-up working day,
    // 12-30..2019-01-01 off
    assertTrue(CHINA.isWorkingDay(LocalDate.of(2018, 12, 29)));
    assertFalse(CHINA.isWorkingDay(LocalDate.of(2018, 12, 31)));
  }

  @Test
  void plusWorkingDays_anyDateAndN_landsOnWorkingDayNAway() {
    LocalDate base = LocalDate.of(2015, 1, 1);
    int days = (int) ChronoUnit.DAYS.between(base, LocalDate.of(2026, 6, 30));
    qt().forAll(integers().between(0, days), integers().between(1, 60))
        .check(
            (offset, n) -> {
              LocalDate d = base.plusDays(offset);
              LocalDate r = CHINA.plusWorkingDays(d, n);
              return CHINA.isWorkingDay(r) && CHINA.workingDaysBetween(d, r) == n;
            });
  }

  @Test
  void withYears_textForNewYear_coversItAndKeepsOthers() {
    String text = "years 2027\nsource test\n2027-01-01 H\n2027-01-09 W\n";
    WorkingDayCalendar cal = CHINA.withYears(new StringReader(text));
    assertTrue(cal.covers(2027));
    assertTrue(cal.covers(2018));
    assertFalse(cal.isWorkingDay(LocalDate.of(2027, 1, 1))); // Friday, listed holiday
    assertTrue(cal.isWorkingDay(LocalDate.of(2027, 1, 9))); // Saturday, listed make-up day
    assertFalse(cal.isWorkingDay(LocalDate.of(2027, 1, 10))); // Sunday
    assertTrue(cal.isWorkingDay(LocalDate.of(2018, 2, 11)));
  }

  @Test
  void load_holidayCnJson_isAccepted() {
    String json =
        "{\"year\": 2018, \"papers\": [], \"days\": ["
            + "{\"name\": \"春节\", \"date\": \"2018-02-11\", \"isOffDay\": false},"
            + "{\"name\": \"春节\", \"date\": \"2018-02-15\", \"isOffDay\": true}]}";
    WorkingDayCalendar cal = WorkingDayCalendar.load(new StringReader(json));
    assertEquals(1, cal.coveredYears().size());
    assertTrue(cal.isWorkingDay(LocalDate.of(2018, 2, 11)));
    assertFalse(cal.isWorkingDay(LocalDate.of(2018, 2, 15)));
    assertThrows(
        CalendarDataMissingException.class, () -> cal.isWorkingDay(LocalDate.of(2019, 1, 2)));
  }

  @Test
  void load_unannouncedJsonYear_isRefused() {
    String json = "{\"year\": 2027, \"papers\": [], \"days\": []}";
    assertThrows(
        IllegalArgumentException.class, () -> WorkingDayCalendar.load(new StringReader(json)));
  }

  @Test
  void load_malformedText_namesTheLine() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> WorkingDayCalendar.load(new StringReader("years 2018\n2018-02-30 H\n")));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> WorkingDayCalendar.load(new StringReader("2018-02-11 W\n")));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            WorkingDayCalendar.load(new StringReader("years 2018\n2018-02-11 W\n2018-02-11 H\n")));
  }
}
