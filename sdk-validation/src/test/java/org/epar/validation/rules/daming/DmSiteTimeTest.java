package org.epar.validation.rules.daming;

import static org.epar.validation.rules.daming.DmSiteFixtures.assertSilent;
import static org.epar.validation.rules.daming.DmSiteFixtures.only;
import static org.epar.validation.rules.daming.DmSiteFixtures.shop;
import static org.epar.validation.rules.daming.DmSiteFixtures.site;
import static org.epar.validation.rules.daming.DmSiteFixtures.station;
import static org.epar.validation.rules.daming.DmSiteFixtures.transaction;
import static org.epar.validation.rules.daming.DmSiteFixtures.validate;
import static org.epar.validation.rules.daming.DmSiteFixtures.validateSplit;
import static org.epar.validation.rules.daming.DmSiteFixtures.village;
import static org.epar.validation.rules.daming.DmSiteFixtures.villageCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.epar.core.model.DeviceDay;
import org.epar.core.model.Direction;
import org.epar.core.model.EparRecord;
import org.epar.core.model.SiteType;
import org.epar.core.model.Transaction;
import org.epar.core.money.Money;
import org.epar.validation.Finding;
import org.epar.validation.Location;
import org.epar.validation.Severity;
import org.epar.validation.ValidationReport;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Catalog revision 2, "Time": a target at deadline D counts only what existed by D. For each of
 * DM-OPS-01, DM-OPS-02, DM-INC-01 and DM-SITE-02 a record dated the deadline day counts and one
 * dated the day after does not; DM-SITE-03 and DM-SITE-11 (constraints) count the stations open on
 * the as-of date. Each test fails on the reading before revision 2 (dates ignored).
 */
class DmSiteTimeTest {

  /** The acceptance date: DM-OPS-01, DM-OPS-02 and DM-INC-01 are due then. */
  private static final LocalDate ACCEPTANCE = LocalDate.of(2018, 10, 31);

  private static final LocalDate AFTER_ACCEPTANCE = ACCEPTANCE.plusDays(1);

  // DM-OPS-01

  /** 19 device-days before the deadline, 18 online (0.947), plus one online device-day. */
  private static List<EparRecord> deviceDays(@Nullable LocalDate last) {
    List<EparRecord> r = new ArrayList<>();
    for (int i = 0; i < 19; i++) {
      r.add(new DeviceDay("dm1", "s1", LocalDate.of(2018, 5, 1).plusDays(i), i != 0));
    }
    r.add(new DeviceDay("dm1", "s1", last, true));
    return r;
  }

  @Test
  void dmOps01_aDeviceDayOnTheDeadlineCounts_theDayAfterDoesNot() {
    assertSilent(validate(AFTER_ACCEPTANCE, deviceDays(ACCEPTANCE)), DmSiteDeviceOnlineRule.ID);
    Finding f =
        only(validate(AFTER_ACCEPTANCE, deviceDays(AFTER_ACCEPTANCE)), DmSiteDeviceOnlineRule.ID);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("0.9473", f.observed()); // 18 of 19: the day after is not counted
  }

  @Test
  void dmOps01_aDeviceDayWithoutDate_isUnknownAndCounts() {
    assertSilent(validate(AFTER_ACCEPTANCE, deviceDays(null)), DmSiteDeviceOnlineRule.ID);
  }

  @Test
  void dmOps01_asOfTheDeadlineDay_isError_theDayBefore_isInfo() {
    List<EparRecord> r = deviceDays(AFTER_ACCEPTANCE);
    assertEquals(
        Severity.ERROR, only(validate(ACCEPTANCE, r), DmSiteDeviceOnlineRule.ID).severity());
    assertEquals(
        Severity.INFO,
        only(validate(ACCEPTANCE.minusDays(1), r), DmSiteDeviceOnlineRule.ID).severity());
  }

  // DM-OPS-02

  private static final String ORDERS = "proxy_orders_per_station_month_min";

  /** Stations s1, s2 trading in September and October 2018: 49 orders of 2000 yuan a cell. */
  private static List<EparRecord> trade() {
    List<EparRecord> r = new ArrayList<>();
    r.add(station("s1", 1));
    r.add(station("s2", 2));
    int k = 0;
    for (String s : new String[] {"s1", "s2"}) {
      for (int month = 9; month <= 10; month++) {
        r.add(
            transaction(
                "t" + ++k, s, LocalDate.of(2018, month, 10), Direction.DOWNWARD, 49, "2000.00"));
      }
    }
    return r;
  }

  @Test
  void dmOps02_aTransactionOnTheDeadlineCounts_theDayAfterDoesNot() {
    List<EparRecord> r = trade();
    r.add(transaction("last", "s1", ACCEPTANCE, Direction.DOWNWARD, 4, "0.00"));
    assertSilent(validate(AFTER_ACCEPTANCE, r), DmSiteStationTradeRule.ID); // 200 / 4 = 50
    r.set(r.size() - 1, transaction("last", "s1", AFTER_ACCEPTANCE, Direction.DOWNWARD, 4, "0.00"));
    Finding f = only(validate(AFTER_ACCEPTANCE, r), DmSiteStationTradeRule.ID);
    assertEquals(ORDERS, f.location().objectId());
    assertEquals(Severity.ERROR, f.severity());
    // not counted, nor its month (November would make 6 station-months: 33.33)
    assertEquals("49.00", f.observed());
  }

  @Test
  void dmOps02_aStationOpenedOnTheDeadlineCounts_theDayAfterDoesNot() {
    List<EparRecord> r = trade();
    r.add(transaction("extra", "s1", LocalDate.of(2018, 10, 11), Direction.DOWNWARD, 4, "0.00"));
    r.add(
        site("s3", SiteType.VILLAGE_STATION)
            .division(villageCode(3))
            .opened(AFTER_ACCEPTANCE)
            .build());
    assertSilent(validate(AFTER_ACCEPTANCE, r), DmSiteStationTradeRule.ID);
    r.set(
        r.size() - 1,
        site("s3", SiteType.VILLAGE_STATION).division(villageCode(3)).opened(ACCEPTANCE).build());
    ValidationReport report = validate(AFTER_ACCEPTANCE, r);
    // s3 idle in both months: 200 orders over 6 station-months
    Finding orders =
        report.findings(DmSiteStationTradeRule.ID).stream()
            .filter(f -> f.location().objectId().equals(ORDERS))
            .findFirst()
            .orElseThrow();
    assertEquals("33.33", orders.observed());
  }

  // DM-INC-01

  private static Transaction sale(String id, String shop, LocalDate day, String yuan) {
    return new Transaction(
        id, null, shop, day, Direction.UPWARD, Money.of(new BigDecimal(yuan)), 1, null, null);
  }

  /** An incubated shop declaring 50,000 yuan a year, and its own transactions of 29,999.99. */
  private static List<EparRecord> shopSales() {
    List<EparRecord> r = new ArrayList<>();
    r.add(shop("i1", true, true, "50000.00"));
    r.add(sale("x1", "i1", LocalDate.of(2018, 6, 1), "29999.98"));
    r.add(sale("x2", "i1", LocalDate.of(2017, 11, 1), "0.01")); // first day of the year: counts
    r.add(sale("x3", "i1", LocalDate.of(2017, 10, 31), "90000.00")); // a year before: does not
    return r;
  }

  @Test
  void dmInc01_aTransactionOnTheDeadlineCounts_theDayAfterDoesNot() {
    List<EparRecord> r = shopSales();
    r.add(sale("x4", "i1", ACCEPTANCE, "0.01"));
    assertSilent(validate(AFTER_ACCEPTANCE, r), DmSiteIncubationRule.ID);
    r.set(r.size() - 1, sale("x4", "i1", AFTER_ACCEPTANCE, "0.01"));
    Finding f = only(validate(AFTER_ACCEPTANCE, r), DmSiteIncubationRule.ID);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals(new Location("online_shop", "i1", "annual_sales", 0), f.location());
    assertEquals("29999.99", f.observed()); // not the declared 50,000
    assertEquals("30000.00", f.threshold());
  }

  @Test
  void dmInc01_asOfTheDeadlineDay_isError_theDayBefore_isInfo() {
    assertEquals(
        Severity.ERROR,
        only(validate(ACCEPTANCE, shopSales()), DmSiteIncubationRule.ID).severity());
    assertEquals(
        Severity.INFO,
        only(validate(ACCEPTANCE.minusDays(1), shopSales()), DmSiteIncubationRule.ID).severity());
  }

  @Test
  void dmInc01_withoutTransactionsOfTheShop_theDeclaredAnnualSalesCount() {
    List<EparRecord> r = new ArrayList<>();
    r.add(shop("i1", true, true, "30000.00"));
    r.add(sale("other", "someone-else", ACCEPTANCE, "1.00"));
    assertSilent(validate(AFTER_ACCEPTANCE, r), DmSiteIncubationRule.ID);
  }

  @Test
  void dmInc01_transactionsOnlyAfterTheDeadline_leaveTheShopAtZero() {
    List<EparRecord> r = new ArrayList<>();
    r.add(shop("i1", true, true, "50000.00"));
    r.add(sale("late", "i1", AFTER_ACCEPTANCE, "90000.00"));
    assertEquals("0.00", only(validate(AFTER_ACCEPTANCE, r), DmSiteIncubationRule.ID).observed());
  }

  @Test
  void dmInc01_aSumBeyondALongOfFen_isOneFindingNeverAWrappedSum() {
    List<EparRecord> r = new ArrayList<>();
    r.add(shop("i1", true, true, null));
    for (int i = 0; i < 3; i++) {
      r.add(
          new Transaction(
              "big" + i,
              null,
              "i1",
              ACCEPTANCE,
              Direction.UPWARD,
              Money.ofFen(Long.MAX_VALUE),
              1,
              null,
              null));
    }
    for (ValidationReport report :
        List.of(validate(AFTER_ACCEPTANCE, r), validateSplit(AFTER_ACCEPTANCE, r))) {
      Finding f = only(report, DmSiteIncubationRule.ID);
      assertEquals("annual_sales", f.location().path());
      assertTrue(f.observed().contains("overflow"), f.observed());
    }
  }

  @Test
  void dmInc01_splitAcrossChunks_sumsTheSame() {
    List<EparRecord> r = shopSales();
    r.add(sale("x4", "i1", ACCEPTANCE, "0.01"));
    assertSilent(validateSplit(AFTER_ACCEPTANCE, r), DmSiteIncubationRule.ID);
    r.set(r.size() - 1, sale("x4", "i1", AFTER_ACCEPTANCE, "0.01"));
    assertEquals(
        "29999.99", only(validateSplit(AFTER_ACCEPTANCE, r), DmSiteIncubationRule.ID).observed());
  }

  // DM-SITE-02 (due 2018-12-31)

  private static final LocalDate END_2018 = LocalDate.of(2018, 12, 31);

  private static List<EparRecord> coverage(@Nullable LocalDate opened) {
    return List.of(
        village(1, 600, false),
        village(2, 600, false),
        site("v1", SiteType.VILLAGE_STATION).division(villageCode(1)).opened(opened).build());
  }

  @Test
  void dmSite02_aStationOpenedOnTheDeadlineCounts_theDayAfterDoesNot() {
    assertSilent(validate(END_2018.plusDays(1), coverage(END_2018)), DmSiteVillageCoverageRule.ID);
    Finding f =
        only(
            validate(END_2018.plusDays(1), coverage(END_2018.plusDays(1))),
            DmSiteVillageCoverageRule.ID);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("village_coverage_min", f.location().objectId());
    assertEquals("0.0000", f.observed());
  }

  @Test
  void dmSite02_aStationWithoutOpeningDate_isUnknownAndCounts() {
    assertSilent(validate(END_2018.plusDays(1), coverage(null)), DmSiteVillageCoverageRule.ID);
  }

  // DM-SITE-03 and DM-SITE-11: constraints, judged on the as-of date

  private static final LocalDate AS_OF = LocalDate.of(2018, 6, 1);

  @Test
  void dmSite03_aStationOpenedOnTheAsOfDateCounts_theDayAfterDoesNot() {
    assertSilent(
        validate(
            AS_OF,
            village(1, 600, false),
            site("v1", SiteType.VILLAGE_STATION).division(villageCode(1)).opened(AS_OF).build()),
        DmSiteRequiredStationsRule.ID);
    Finding f =
        only(
            validate(
                AS_OF,
                village(1, 600, false),
                site("v1", SiteType.VILLAGE_STATION)
                    .division(villageCode(1))
                    .opened(AS_OF.plusDays(1))
                    .build()),
            DmSiteRequiredStationsRule.ID);
    assertEquals("village", f.location().objectType());
    assertEquals(villageCode(1), f.observed());
    assertSilent(
        validate(
            AS_OF,
            village(1, 600, false),
            site("v1", SiteType.VILLAGE_STATION).division(villageCode(1)).opened(null).build()),
        DmSiteRequiredStationsRule.ID);
  }

  @Test
  void dmSite11_aSecondFundedStationCountsFromItsOpeningDay() {
    EparRecord first =
        site("f1", SiteType.VILLAGE_STATION).division(villageCode(1)).funded().build();
    Finding f =
        only(
            validate(
                AS_OF,
                first,
                site("f2", SiteType.VILLAGE_STATION)
                    .division(villageCode(1))
                    .funded()
                    .opened(AS_OF)
                    .build()),
            DmSiteFundedStationsRule.ID);
    assertEquals(Location.of("village", villageCode(1)), f.location());
    assertSilent(
        validate(
            AS_OF,
            first,
            site("f2", SiteType.VILLAGE_STATION)
                .division(villageCode(1))
                .funded()
                .opened(AS_OF.plusDays(1))
                .build()),
        DmSiteFundedStationsRule.ID);
    assertEquals(
        1,
        validate(
                AS_OF,
                first,
                site("f2", SiteType.VILLAGE_STATION)
                    .division(villageCode(1))
                    .funded()
                    .opened(null)
                    .build())
            .findings(DmSiteFundedStationsRule.ID)
            .size());
  }
}
