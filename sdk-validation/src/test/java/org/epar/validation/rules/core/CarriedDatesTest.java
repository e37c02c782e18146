package org.epar.validation.rules.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.DailyReport;
import org.epar.core.model.Direction;
import org.epar.core.model.ReportHeader;
import org.epar.core.model.Transaction;
import org.epar.core.money.Money;
import org.epar.core.period.ReportType;
import org.epar.core.period.ReportingPeriod;
import org.epar.validation.EparValidator;
import org.epar.validation.Finding;
import org.epar.validation.Location;
import org.epar.validation.Profiles;
import org.epar.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * CORE-DATE-01's "not after the report's submission" for records carried by a report, now that a
 * carried record is read as an ordinary record with its report as carrier: through {@code validate}
 * and through {@code check} (the server's path, which used to drop the check).
 */
class CarriedDatesTest {

  private static final EparValidator VALIDATOR =
      EparValidator.builder()
          .profile(Profiles.builtIn("daming-2017"))
          .asOf(LocalDate.of(2018, 3, 20))
          .build();

  /** A daily report for 2018-03-15, submitted at 00:30 on 2018-03-16 China time. */
  private static DailyReport daily(LocalDate transactionDate) {
    ReportHeader h =
        new ReportHeader(
            null,
            DivisionCode.of("130425"),
            ReportType.DAILY,
            ReportingPeriod.day(LocalDate.of(2018, 3, 15)),
            "dr-0315",
            OffsetDateTime.of(2018, 3, 16, 0, 30, 0, 0, ZoneOffset.ofHours(8)));
    Transaction t =
        new Transaction(
            "t1",
            "s1",
            null,
            transactionDate,
            Direction.DOWNWARD,
            Money.of(new BigDecimal("10.00")),
            1,
            null,
            null);
    return new DailyReport(h, List.of(t), List.of(), List.of());
  }

  private static List<Finding> dates(ValidationReport r) {
    return r.findings(DatesRule.ID);
  }

  @Test
  void aTransactionOnTheSubmissionDay_isSilent_theDayAfterIsAnError() {
    DailyReport onTheDay = daily(LocalDate.of(2018, 3, 16));
    assertTrue(dates(VALIDATOR.validate(List.of(onTheDay))).isEmpty());
    assertTrue(dates(VALIDATOR.check(onTheDay)).isEmpty());

    DailyReport dayAfter = daily(LocalDate.of(2018, 3, 17));
    for (ValidationReport r :
        List.of(VALIDATOR.validate(List.of(dayAfter)), VALIDATOR.check(dayAfter))) {
      List<Finding> f = dates(r);
      assertEquals(1, f.size(), f::toString);
      assertEquals(
          new Location("transaction", "t1", "date", 0, "daily_report/dr-0315/transactions[0]"),
          f.get(0).location());
      assertEquals("2018-03-17", f.get(0).observed());
      assertFalse(r.isAccepted());
    }
  }

  @Test
  void theSameTransactionAtTopLevel_hasNoSubmissionToBeLaterThan() {
    DailyReport dayAfter = daily(LocalDate.of(2018, 3, 17));
    assertTrue(
        dates(
                VALIDATOR.validate(
                    List.of(
                        new DailyReport(dayAfter.header(), List.of(), List.of(), List.of()),
                        dayAfter.transactions().get(0))))
            .isEmpty());
  }

  /**
   * The engine moves one sink per rule from record to record: a finding about a top-level record
   * that follows a carried one has its own index and no carrier, and the carried one keeps its.
   */
  @Test
  void aTopLevelRecordAfterACarriedOne_isLocatedWithoutTheCarrier() {
    DailyReport dayAfter = daily(LocalDate.of(2018, 3, 17));
    Transaction future =
        new Transaction(
            "t2",
            "s1",
            null,
            LocalDate.of(2019, 3, 21), // more than a year after the as-of date
            Direction.DOWNWARD,
            Money.of(new BigDecimal("10.00")),
            1,
            null,
            null);
    List<Finding> f = dates(VALIDATOR.validate(List.of(future, dayAfter, future)));
    assertEquals(
        List.of(
            new Location("transaction", "t2", "date", 0, ""),
            new Location("transaction", "t1", "date", 1, "daily_report/dr-0315/transactions[0]")),
        f.stream().map(Finding::location).toList(),
        f::toString);
    // t2 twice, grouped at its first place; its second finding came after the carried record
    assertEquals(List.of(2, 1), f.stream().map(Finding::count).toList());
    assertTrue(
        dates(VALIDATOR.validate(List.of(dayAfter, future))).stream()
            .anyMatch(x -> x.location().equals(new Location("transaction", "t2", "date", 1, ""))));
  }
}
