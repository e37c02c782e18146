package org.epar.validation.rules.daming;

import static org.epar.validation.rules.daming.DmSiteFixtures.BEFORE;
import static org.epar.validation.rules.daming.DmSiteFixtures.DEADLINE;
import static org.epar.validation.rules.daming.DmSiteFixtures.assertSilent;
import static org.epar.validation.rules.daming.DmSiteFixtures.brand;
import static org.epar.validation.rules.daming.DmSiteFixtures.deviceDay;
import static org.epar.validation.rules.daming.DmSiteFixtures.enterprise;
import static org.epar.validation.rules.daming.DmSiteFixtures.only;
import static org.epar.validation.rules.daming.DmSiteFixtures.product;
import static org.epar.validation.rules.daming.DmSiteFixtures.route;
import static org.epar.validation.rules.daming.DmSiteFixtures.shipment;
import static org.epar.validation.rules.daming.DmSiteFixtures.shop;
import static org.epar.validation.rules.daming.DmSiteFixtures.site;
import static org.epar.validation.rules.daming.DmSiteFixtures.station;
import static org.epar.validation.rules.daming.DmSiteFixtures.times;
import static org.epar.validation.rules.daming.DmSiteFixtures.transaction;
import static org.epar.validation.rules.daming.DmSiteFixtures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.epar.core.model.BrandKind;
import org.epar.core.model.Direction;
import org.epar.core.model.EnterpriseRole;
import org.epar.core.model.EparRecord;
import org.epar.core.model.SiteType;
import org.epar.validation.Finding;
import org.epar.validation.Location;
import org.epar.validation.Severity;
import org.epar.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/** DM-SITE-07, DM-OPS-01/02, DM-LOG-01, DM-PROD-01, DM-INC-01, DM-TRACE-01. */
class DmSiteOperationsRulesTest {

  // DM-SITE-07

  @Test
  void dmSite07_twoFundedEnterprisesOnOneRoute_isError_oneFundedIsSilent() {
    Finding f =
        only(
            validate(
                BEFORE,
                route("r1", "县城-金滩镇", "0001", true),
                route("r2", "县城-金滩镇", "0002", true),
                route("r3", "县城-金滩镇", "0003", false)),
            DmSiteRouteFundingRule.ID);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals(new Location("logistics_route", "r1", "operator", 0), f.location());
    assertEquals("县城-金滩镇", f.observed());
    assertTrue(
        f.messageEn().contains("has 2 centrally funded enterprises; at most 1"), f.messageEn());
    assertSilent(
        validate(
            BEFORE,
            route("r1", "县城-金滩镇", "0001", true),
            route("r2", "县城-金滩镇", "0001", true),
            route("r3", "县城-金滩镇", "0003", false),
            route("r4", "县城-龙王庙镇", "0002", true)),
        DmSiteRouteFundingRule.ID);
  }

  // DM-OPS-01

  private static List<EparRecord> deviceDays(int days, int online) {
    // every device-day up to the acceptance deadline (2018-10-31): at most 150 days after 05-01
    return new ArrayList<>(times(days, i -> deviceDay(i % 7, i % 150, i <= online)));
  }

  @Test
  void dmOps01_949Of1000Online_isErrorAtTheDeadline_950IsSilent() {
    Finding f = only(validate(DEADLINE, deviceDays(1000, 949)), DmSiteDeviceOnlineRule.ID);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals(Location.dataset(), f.location());
    assertEquals("0.9490", f.observed());
    assertEquals("0.95", f.threshold());
    assertSilent(validate(DEADLINE, deviceDays(1000, 950)), DmSiteDeviceOnlineRule.ID);
  }

  @Test
  void dmOps01_beforeTheDeadline_isInfoProgress() {
    Finding f = only(validate(BEFORE, deviceDays(20, 19)), DmSiteDeviceOnlineRule.ID);
    assertEquals(Severity.INFO, f.severity());
    // revision 2: an acceptance-standard target is judged at acceptance
    assertEquals(LocalDate.of(2018, 10, 31), f.deadline());
  }

  @Test
  void dmOps01_firesIffTheExactRateIsBelow95Percent() {
    qt().withExamples(60)
        .forAll(integers().between(1, 60), integers().between(0, 60))
        .assuming((n, k) -> k <= n)
        .check(
            (n, k) ->
                !validate(DEADLINE, deviceDays(n, k)).findings(DmSiteDeviceOnlineRule.ID).isEmpty()
                    == (k * 100 < n * 95));
  }

  // DM-OPS-02

  private static final String ORDERS = "proxy_orders_per_station_month_min";
  private static final String AMOUNT = "transactions_per_station_month_min";

  /** Two stations, two months; each station-month one proxy purchase of the given size. */
  private static List<EparRecord> trade(int orders, String amount) {
    List<EparRecord> r = new ArrayList<>();
    r.add(station("s1", 1));
    r.add(station("s2", 2));
    int k = 0;
    for (String s : new String[] {"s1", "s2"}) {
      for (int month = 3; month <= 4; month++) {
        r.add(
            transaction(
                "t" + ++k, s, LocalDate.of(2018, month, 10), Direction.DOWNWARD, orders, amount));
      }
    }
    return r;
  }

  private static Finding part(ValidationReport r, String part) {
    return r.findings(DmSiteStationTradeRule.ID).stream()
        .filter(f -> f.location().objectId().equals(part))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void dmOps02_50OrdersAnd2000Yuan_isSilentAtTheDeadline() {
    assertSilent(validate(DEADLINE, trade(50, "2000.00")), DmSiteStationTradeRule.ID);
  }

  @Test
  void dmOps02_49OrdersOr1999Yuan_isErrorPerPart() {
    Finding orders = only(validate(DEADLINE, trade(49, "2000.00")), DmSiteStationTradeRule.ID);
    assertEquals(Severity.ERROR, orders.severity());
    assertEquals(new Location("dataset", ORDERS, "transactions", -1), orders.location());
    assertEquals("49.00", orders.observed());
    Finding amount = only(validate(DEADLINE, trade(50, "1999.99")), DmSiteStationTradeRule.ID);
    assertEquals(AMOUNT, amount.location().objectId());
    assertEquals("1999.99", amount.observed());
    assertEquals("2000.00", amount.threshold());
  }

  @Test
  void dmOps02_aStationIdleInAMonth_pullsTheAverageDown() {
    List<EparRecord> r = trade(60, "3000.00");
    r.add(station("s3", 3)); // never traded: 6 station-months, 240 orders
    ValidationReport progress = validate(BEFORE, r);
    assertEquals("40.00", part(progress, ORDERS).observed());
    assertEquals("2000.00", part(progress, AMOUNT).observed());
    Finding missed = only(validate(DEADLINE, r), DmSiteStationTradeRule.ID);
    assertEquals(ORDERS, missed.location().objectId());
    // upward sales add to the amount, not to the proxy orders
    r.add(transaction("up", "s3", LocalDate.of(2018, 3, 2), Direction.UPWARD, 500, "600.00"));
    assertEquals("40.00", part(validate(BEFORE, r), ORDERS).observed());
    assertEquals("2100.00", part(validate(BEFORE, r), AMOUNT).observed());
    assertEquals(2, validate(BEFORE, r).findings(DmSiteStationTradeRule.ID).size());
  }

  @Test
  void dmOps02_twoTransactionsOf2To62Fen_overflowIsOneFinding_neverANegativeTotal() {
    String huge = org.epar.core.money.Money.ofFen(1L << 62).format();
    List<EparRecord> r = new ArrayList<>();
    r.add(station("s1", 1));
    r.add(transaction("t1", "s1", LocalDate.of(2018, 3, 10), Direction.UPWARD, 0, huge));
    // one transaction of 2^62 fen fits: no overflow finding, the average is reported
    assertTrue(
        validate(BEFORE, r).findings(DmSiteStationTradeRule.ID).stream()
            .noneMatch(f -> f.observed().contains("overflow")));
    r.add(transaction("t2", "s1", LocalDate.of(2018, 3, 11), Direction.UPWARD, 0, huge));
    for (ValidationReport v :
        List.of(validate(DEADLINE, r), DmSiteFixtures.validateSplit(DEADLINE, r))) {
      List<Finding> f = v.findings(DmSiteStationTradeRule.ID);
      Finding overflow =
          f.stream().filter(x -> x.location().objectId().equals(AMOUNT)).findFirst().orElseThrow();
      assertTrue(overflow.observed().contains("overflow"), overflow::toString);
      assertEquals(Severity.ERROR, overflow.severity());
      assertTrue(f.stream().noneMatch(x -> x.observed().startsWith("-")), f::toString);
    }
  }

  // DM-LOG-01

  private static List<EparRecord> logistics() {
    List<EparRecord> r = new ArrayList<>();
    r.add(enterprise("0101", EnterpriseRole.EXPRESS_COMPANY, null));
    r.add(enterprise("0102", EnterpriseRole.EXPRESS_COMPANY, null));
    r.add(site("w", SiteType.COUNTY_WAREHOUSE).build());
    r.add(station("v", 1));
    return r;
  }

  @Test
  void dmLog01_twoCompaniesSevenDaysFairPrice_isSilent() {
    List<EparRecord> r = logistics();
    LocalDate d = LocalDate.of(2018, 5, 1);
    r.add(shipment("s1", "w", "v", Direction.DOWNWARD, d, d.plusDays(7), null, null));
    r.add(shipment("s2", "v", "w", Direction.UPWARD, d, d.plusDays(20), "8.00", "8.00"));
    assertSilent(validate(BEFORE, r), DmSiteLogisticsRule.ID);
  }

  @Test
  void dmLog01_oneExpressCompany_isErrorAtTheDataset() {
    List<EparRecord> r = logistics();
    r.remove(1);
    Finding f = only(validate(BEFORE, r), DmSiteLogisticsRule.ID);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals(Location.dataset().withPath("enterprises"), f.location());
    assertEquals("express companies 1", f.observed());
  }

  @Test
  void dmLog01_eightDaysWarehouseToStation_isErrorOnTheShipment() {
    List<EparRecord> r = logistics();
    LocalDate d = LocalDate.of(2018, 5, 1);
    r.add(shipment("s1", "w", "v", Direction.DOWNWARD, d, d.plusDays(8), null, null));
    // not from the warehouse: not timed
    r.add(shipment("s2", "x", "v", Direction.DOWNWARD, d, d.plusDays(30), null, null));
    Finding f = only(validate(BEFORE, r), DmSiteLogisticsRule.ID);
    assertEquals(new Location("shipment", "s1", "delivered_on", 2), f.location());
    assertEquals("delivered after 8 days", f.observed());
  }

  @Test
  void dmLog01_undeliveredAfterEightDays_isError_afterSevenIsNot() {
    List<EparRecord> r = logistics();
    r.add(shipment("s1", "w", "v", Direction.DOWNWARD, BEFORE.minusDays(8), null, null, null));
    r.add(shipment("s2", "w", "v", Direction.DOWNWARD, BEFORE.minusDays(7), null, null, null));
    Finding f = only(validate(BEFORE, r), DmSiteLogisticsRule.ID);
    assertEquals("s1", f.location().objectId());
    assertEquals("not delivered after 8 days", f.observed());
  }

  @Test
  void dmLog01_upwardPriceAboveBenchmark_isErrorOnThePrice() {
    List<EparRecord> r = logistics();
    LocalDate d = LocalDate.of(2018, 5, 1);
    r.add(shipment("s1", "v", "w", Direction.UPWARD, d, d.plusDays(1), "8.01", "8.00"));
    r.add(shipment("s2", "w", "v", Direction.DOWNWARD, d, d.plusDays(1), "9.00", "8.00"));
    Finding f = only(validate(BEFORE, r), DmSiteLogisticsRule.ID);
    assertEquals(new Location("shipment", "s1", "price", 2), f.location());
    assertEquals("upward price 8.01 > benchmark 8.00", f.observed());
  }

  // DM-PROD-01

  private static List<EparRecord> products(
      int brands, int countyBrands, int developed, int standards) {
    List<EparRecord> r = new ArrayList<>();
    r.addAll(
        times(
            brands,
            i ->
                brand(
                    "b" + i, i <= countyBrands ? BrandKind.COUNTY_PUBLIC : BrandKind.ENTERPRISE)));
    r.addAll(
        times(
            Math.max(developed, standards),
            i -> product("p" + i, i <= developed, i <= standards, false, null)));
    return r;
  }

  @Test
  void dmProd01_fiveBrandsOneCountyFiveProductsOneStandard_isSilentAtTheDeadline() {
    assertSilent(validate(DEADLINE, products(5, 1, 5, 1)), DmSiteProductsRule.ID);
    // more than 10 products is not a finding: the range is a plan, not a cap
    assertSilent(validate(DEADLINE, products(6, 2, 12, 1)), DmSiteProductsRule.ID);
  }

  @Test
  void dmProd01_eachShortPart_isItsOwnError() {
    List<Finding> f = validate(DEADLINE, products(4, 0, 4, 0)).findings(DmSiteProductsRule.ID);
    assertEquals(4, f.size(), f::toString);
    assertTrue(f.stream().allMatch(x -> x.severity() == Severity.ERROR));
    Finding county = only(validate(DEADLINE, products(5, 0, 5, 1)), DmSiteProductsRule.ID);
    assertEquals(new Location("dataset", "county_brands_min", "brands", -1), county.location());
    assertEquals("0", county.observed());
    assertEquals(
        4,
        validate(BEFORE, products(5, 1, 5, 1))
            .findings(DmSiteProductsRule.ID)
            .size()); // INFO progress per part
  }

  // DM-INC-01

  @Test
  void dmInc01_shopsOnRosterWith30000_areSilentAtTheDeadline() {
    assertSilent(
        validate(DEADLINE, shop("a", true, true, "30000.00"), shop("b", false, false, "10.00")),
        DmSiteIncubationRule.ID);
  }

  @Test
  void dmInc01_shopBelow30000_isErrorAfterTheDeadline_infoBefore() {
    Finding f =
        only(validate(DEADLINE, shop("a", true, true, "29999.99")), DmSiteIncubationRule.ID);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals(new Location("online_shop", "a", "annual_sales", 0), f.location());
    assertEquals("29999.99", f.observed());
    assertEquals("30000.00", f.threshold());
    Finding before = only(validate(BEFORE, shop("a", true, true, null)), DmSiteIncubationRule.ID);
    assertEquals(Severity.INFO, before.severity());
    assertEquals("0.00", before.observed());
  }

  @Test
  void dmInc01_incubatedShopNotOnRoster_isError() {
    Finding f =
        only(validate(DEADLINE, shop("a", true, false, "50000.00")), DmSiteIncubationRule.ID);
    assertEquals("on_roster", f.location().path());
  }

  private static final LocalDate ACCEPTANCE = LocalDate.of(2018, 10, 31);

  @Test
  void dmInc01_perShopAtAcceptance_theDeadlineDayIsError_theDayBeforeInfo() {
    Finding due =
        only(
            validate(
                ACCEPTANCE, shop("a", true, true, "29999.99"), shop("b", true, true, "30000.00")),
            DmSiteIncubationRule.ID);
    assertEquals(Severity.ERROR, due.severity());
    assertEquals("a", due.location().objectId());
    assertEquals(ACCEPTANCE, due.deadline());
    assertEquals(
        Severity.INFO,
        only(
                validate(ACCEPTANCE.minusDays(1), shop("a", true, true, "29999.99")),
                DmSiteIncubationRule.ID)
            .severity());
  }

  @Test
  void dmInc01_aShopShortAndOffTheRoster_isOneFinding() {
    Finding f = only(validate(DEADLINE, shop("a", true, false, "100.00")), DmSiteIncubationRule.ID);
    assertEquals("annual_sales", f.location().path());
    assertEquals(1, f.count());
  }

  @Test
  void dmInc01_noIncubatedShop_isNoData() {
    Finding f =
        only(validate(ACCEPTANCE, shop("b", false, false, "10.00")), DmSiteIncubationRule.ID);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("no data", f.observed());
    assertEquals(
        Severity.INFO,
        only(validate(ACCEPTANCE.minusDays(1), List.of()), DmSiteIncubationRule.ID).severity());
  }

  // DM-TRACE-01

  @Test
  void dmTrace01_memberSellingTracedProducts_isSilentAtTheDeadline() {
    assertSilent(
        validate(
            DEADLINE,
            enterprise("0201", EnterpriseRole.TRACEABILITY_MEMBER, null),
            product("p1", true, false, true, "0201")),
        DmSiteTraceabilityRule.ID);
    assertSilent(
        validate(DEADLINE, enterprise("0202", EnterpriseRole.TRACEABILITY_MEMBER, "100.00")),
        DmSiteTraceabilityRule.ID);
  }

  @Test
  void dmTrace01_memberWithoutSales_isErrorAtTheDeadline_infoBefore() {
    List<EparRecord> r =
        List.of(
            enterprise("0201", EnterpriseRole.TRACEABILITY_MEMBER, "0.00"),
            enterprise("0203", EnterpriseRole.ECOMMERCE, "900.00"),
            product("p1", true, false, true, "0203"));
    Finding f = only(validate(DEADLINE, r), DmSiteTraceabilityRule.ID);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals(Location.dataset(), f.location());
    assertEquals("0", f.observed());
    assertEquals("1", f.threshold());
    assertEquals(Severity.INFO, only(validate(BEFORE, r), DmSiteTraceabilityRule.ID).severity());
  }
}
