package org.epar.validation.rules.daming;

import static org.epar.validation.rules.daming.DmSiteFixtures.BEFORE;
import static org.epar.validation.rules.daming.DmSiteFixtures.DEADLINE;
import static org.epar.validation.rules.daming.DmSiteFixtures.assertSilent;
import static org.epar.validation.rules.daming.DmSiteFixtures.only;
import static org.epar.validation.rules.daming.DmSiteFixtures.site;
import static org.epar.validation.rules.daming.DmSiteFixtures.station;
import static org.epar.validation.rules.daming.DmSiteFixtures.times;
import static org.epar.validation.rules.daming.DmSiteFixtures.township;
import static org.epar.validation.rules.daming.DmSiteFixtures.validate;
import static org.epar.validation.rules.daming.DmSiteFixtures.village;
import static org.epar.validation.rules.daming.DmSiteFixtures.villageCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.epar.core.model.EparRecord;
import org.epar.core.model.Site;
import org.epar.core.model.SiteType;
import org.epar.validation.Finding;
import org.epar.validation.Location;
import org.epar.validation.Severity;
import org.epar.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/** DM-SITE-01, -02, -03, -08, -09, -11, -12: counts, coverage and village joins. */
class DmSiteCoverageRulesTest {

  private static List<EparRecord> builtSites(int villageStations) {
    List<EparRecord> r = new ArrayList<>();
    r.add(
        site("centre", SiteType.COUNTY_SERVICE_CENTRE).opened(LocalDate.of(2017, 12, 31)).build());
    r.add(site("warehouse", SiteType.COUNTY_WAREHOUSE).opened(LocalDate.of(2018, 1, 31)).build());
    r.addAll(
        times(
            5,
            i ->
                site("t" + i, SiteType.TOWNSHIP_DISTRIBUTION_CENTRE)
                    .opened(LocalDate.of(2018, 1, 15))
                    .build()));
    r.addAll(times(villageStations, i -> station("v" + i, i)));
    return r;
  }

  // DM-SITE-01

  @Test
  void dmSite01_350StationsAndTheCentres_isSilentAtTheDeadline() {
    assertSilent(validate(DEADLINE, builtSites(350)), DmSiteCountsRule.ID);
  }

  @Test
  void dmSite01_349Stations_isErrorAtTheDeadline() {
    Finding f = only(validate(DEADLINE, builtSites(349)), DmSiteCountsRule.ID);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals(new Location("dataset", "village_stations_min", "sites", -1), f.location());
    assertEquals("349", f.observed());
    assertEquals("350", f.threshold());
    assertEquals(LocalDate.of(2018, 8, 31), f.deadline());
  }

  private static final LocalDate STATIONS_DUE = LocalDate.of(2018, 8, 31);

  @Test
  void dmSite01_stationsAsOfTheirStageDeadline_isError_theDayBefore_isInfo() {
    Finding due = only(validate(STATIONS_DUE, builtSites(349)), DmSiteCountsRule.ID);
    assertEquals(Severity.ERROR, due.severity());
    assertEquals("village_stations_min", due.location().objectId());
    Finding before =
        only(validate(STATIONS_DUE.minusDays(1), builtSites(349)), DmSiteCountsRule.ID);
    assertEquals(Severity.INFO, before.severity());
    assertEquals("village_stations_min", before.location().objectId());
  }

  @Test
  void dmSite01_aStationOpenedAfterTheDeadline_doesNotCount() {
    List<EparRecord> r = builtSites(349);
    r.add(
        site("late", SiteType.VILLAGE_STATION)
            .division(villageCode(400))
            .opened(STATIONS_DUE)
            .build());
    assertSilent(validate(d2019(), r), DmSiteCountsRule.ID); // opened on the deadline: counts
    r.set(
        r.size() - 1,
        site("late", SiteType.VILLAGE_STATION)
            .division(villageCode(400))
            .opened(STATIONS_DUE.plusDays(1))
            .build());
    assertEquals("349", only(validate(d2019(), r), DmSiteCountsRule.ID).observed());
    // a station opened 2019-03-01 helps no stage of 2018, and one without a date cannot be shown
    r.set(
        r.size() - 1,
        site("late", SiteType.VILLAGE_STATION)
            .division(villageCode(400))
            .opened(LocalDate.of(2019, 3, 1))
            .build());
    assertEquals("349", only(validate(d2019(), r), DmSiteCountsRule.ID).observed());
    r.set(
        r.size() - 1,
        site("late", SiteType.VILLAGE_STATION).division(villageCode(400)).opened(null).build());
    assertEquals("349", only(validate(d2019(), r), DmSiteCountsRule.ID).observed());
  }

  @Test
  void dmSite01_aWarehouseOpenedAfterJanuary2018_staysAMissedStage() {
    List<EparRecord> r = builtSites(350);
    r.set(1, site("warehouse", SiteType.COUNTY_WAREHOUSE).opened(LocalDate.of(2018, 2, 1)).build());
    Finding f = only(validate(d2019(), r), DmSiteCountsRule.ID);
    assertEquals("county_warehouses_min", f.location().objectId());
    assertEquals(LocalDate.of(2018, 1, 31), f.deadline());
    assertEquals(Severity.ERROR, f.severity());
  }

  private static LocalDate d2019() {
    return LocalDate.of(2019, 6, 1);
  }

  @Test
  void dmSite01_beforeTheDeadline_isInfoProgressPerPart() {
    // before every stage deadline (the county centre's is 2017-12-31)
    List<Finding> f =
        validate(LocalDate.of(2017, 12, 30), builtSites(175)).findings(DmSiteCountsRule.ID);
    assertEquals(4, f.size(), f::toString);
    assertTrue(f.stream().allMatch(x -> x.severity() == Severity.INFO));
    Finding stations =
        f.stream()
            .filter(x -> x.location().objectId().equals("village_stations_min"))
            .findFirst()
            .orElseThrow();
    assertEquals("175", stations.observed());
    assertTrue(stations.messageEn().startsWith("Progress 50.0%"), stations.messageEn());
  }

  // DM-SITE-02

  /** {@code n} villages, the first {@code covered} with a station; {@code poor} first are poor. */
  private static List<EparRecord> villages(int n, int covered, int poor) {
    List<EparRecord> r = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      r.add(village(i, 300, i <= poor));
      if (i <= covered) {
        r.add(station("s" + i, i));
      }
    }
    return r;
  }

  @Test
  void dmSite02_499Of1000Villages_isErrorAtTheDeadline_500IsSilent() {
    Finding f = only(validate(DEADLINE, villages(1000, 499, 0)), DmSiteVillageCoverageRule.ID);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("village_coverage_min", f.location().objectId());
    assertEquals("0.4990", f.observed());
    assertEquals("0.50", f.threshold());
    assertSilent(validate(DEADLINE, villages(1000, 500, 0)), DmSiteVillageCoverageRule.ID);
  }

  @Test
  void dmSite02_anUncoveredPoorVillage_isError_beforeTheDeadlineInfo() {
    // 10 villages, 6 covered, poor villages 1..7: 6/7 poor covered
    Finding f = only(validate(DEADLINE, villages(10, 6, 7)), DmSiteVillageCoverageRule.ID);
    assertEquals("poor_village_coverage_min", f.location().objectId());
    assertEquals("0.8571", f.observed());
    List<Finding> before =
        validate(BEFORE, villages(10, 6, 7)).findings(DmSiteVillageCoverageRule.ID);
    assertEquals(2, before.size());
    assertTrue(before.stream().allMatch(x -> x.severity() == Severity.INFO));
  }

  @Test
  void dmSite02_firesIffTheExactShareIsBelowHalf() {
    qt().withExamples(60)
        .forAll(integers().between(1, 40), integers().between(0, 40))
        .assuming((n, k) -> k <= n)
        .check(
            (n, k) -> {
              boolean fired =
                  !validate(DEADLINE, villages(n, k, 0))
                      .findings(DmSiteVillageCoverageRule.ID)
                      .isEmpty();
              return fired == (2 * k < n);
            });
  }

  // DM-SITE-03

  @Test
  void dmSite03_villageOf500WithoutStation_isErrorOnTheVillage_499IsSilent() {
    Finding f =
        only(
            validate(BEFORE, village(1, 500, false), village(2, 499, false)),
            DmSiteRequiredStationsRule.ID);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals(new Location("village", villageCode(1), "", 0), f.location());
    assertEquals(villageCode(1), f.observed());
    assertEquals("residents 500 >= 500", f.threshold());
  }

  @Test
  void dmSite03_poorVillageWithoutStation_isError_withStationSilent() {
    Finding f = only(validate(BEFORE, village(3, 120, true)), DmSiteRequiredStationsRule.ID);
    assertEquals("registered poor village", f.threshold());
    assertSilent(
        validate(
            BEFORE,
            village(3, 120, true),
            village(4, 900, false),
            station("a", 3),
            station("b", 4)),
        DmSiteRequiredStationsRule.ID);
    // a township station does not count as the village's station
    assertEquals(
        1,
        validate(
                BEFORE,
                village(3, 120, true),
                site("t", SiteType.TOWNSHIP_STATION).division(villageCode(3)).build())
            .findings(DmSiteRequiredStationsRule.ID)
            .size());
  }

  // DM-SITE-08

  @Test
  void dmSite08_outletInOneOfTwoTownships_isErrorAtTheDeadline_bothSilent() {
    Site outlet1 = site("o1", SiteType.EXPRESS_OUTLET).division(villageCode(5)).build();
    Site outlet2 = site("o2", SiteType.EXPRESS_OUTLET).division("130425101000").build();
    Finding f =
        only(
            validate(DEADLINE, township("130425100000"), township("130425101000"), outlet1),
            DmSiteExpressOutletRule.ID);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals(Location.dataset(), f.location());
    assertEquals("0.5000", f.observed());
    assertEquals("1.00", f.threshold());
    assertSilent(
        validate(DEADLINE, township("130425100000"), township("130425101000"), outlet1, outlet2),
        DmSiteExpressOutletRule.ID);
    Finding progress =
        only(validate(BEFORE, township("130425100000"), outlet1), DmSiteExpressOutletRule.ID);
    assertEquals(Severity.INFO, progress.severity());
  }

  @Test
  void dmSite08_anOutletThatCannotServeTheStations_coversNothing() {
    Site serving =
        site("o1", SiteType.EXPRESS_OUTLET).division("130425100000").servesStations(true).build();
    Site notServing =
        site("o2", SiteType.EXPRESS_OUTLET).division("130425101000").servesStations(false).build();
    Finding f =
        only(
            validate(
                DEADLINE, township("130425100000"), township("130425101000"), serving, notServing),
            DmSiteExpressOutletRule.ID);
    assertEquals("0.5000", f.observed());
  }

  @Test
  void dmSite08_countyLevelOutletCoversNoTownship() {
    Site county = site("o", SiteType.EXPRESS_OUTLET).division("130425000000").build();
    assertEquals(
        "0.0000",
        only(validate(DEADLINE, township("130425100000"), county), DmSiteExpressOutletRule.ID)
            .observed());
  }

  // DM-SITE-09

  private static Site stationOfArea(int village, String area) {
    return site("s", SiteType.VILLAGE_STATION)
        .division(villageCode(village))
        .floorArea(area)
        .build();
  }

  @Test
  void dmSite09_999InALargeVillage_isError_10IsSilent() {
    ValidationReport r = validate(BEFORE, village(1, 500, false), stationOfArea(1, "9.99"));
    Finding f = only(r, DmSiteStationAreaRule.ID);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals(new Location("site", "s", "floor_area", 1), f.location());
    assertEquals("9.99", f.observed());
    assertEquals("10", f.threshold());
    assertSilent(
        validate(BEFORE, village(1, 500, false), stationOfArea(1, "10")), DmSiteStationAreaRule.ID);
  }

  @Test
  void dmSite09_smallVillage_5IsEnough_499IsError_largerIsAllowed() {
    assertSilent(
        validate(BEFORE, village(1, 499, true), stationOfArea(1, "5")), DmSiteStationAreaRule.ID);
    assertSilent(
        validate(BEFORE, village(1, 499, false), stationOfArea(1, "30")), DmSiteStationAreaRule.ID);
    assertEquals(
        "5",
        only(
                validate(BEFORE, village(1, 499, false), stationOfArea(1, "4.99")),
                DmSiteStationAreaRule.ID)
            .threshold());
    // unknown village: every station needs the smaller minimum
    assertEquals(
        "4", only(validate(BEFORE, stationOfArea(7, "4")), DmSiteStationAreaRule.ID).observed());
    assertEquals(
        "missing",
        only(validate(BEFORE, stationOfArea(7, null)), DmSiteStationAreaRule.ID).observed());
  }

  @Test
  void dmSite09_firesIffAreaIsBelowTheMinimumOfTheVillagePopulation() {
    qt().withExamples(150)
        .forAll(integers().between(0, 1000), integers().between(0, 2000))
        .check(
            (residents, centi) -> {
              String area = java.math.BigDecimal.valueOf(centi, 2).toPlainString();
              boolean fired =
                  !validate(BEFORE, village(1, residents, false), stationOfArea(1, area))
                      .findings(DmSiteStationAreaRule.ID)
                      .isEmpty();
              int minCenti = residents >= 500 ? 1000 : 500;
              return fired == (centi < minCenti);
            });
  }

  // DM-SITE-11

  @Test
  void dmSite11_twoFundedStationsInOneVillage_isErrorOnTheVillage() {
    Site a = site("a", SiteType.VILLAGE_STATION).division(villageCode(2)).funded().build();
    Site b = site("b", SiteType.VILLAGE_STATION).division(villageCode(2)).funded().build();
    Site c = site("c", SiteType.VILLAGE_STATION).division(villageCode(2)).build();
    Finding f = only(validate(BEFORE, a, b, c), DmSiteFundedStationsRule.ID);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals(Location.of("village", villageCode(2)), f.location());
    assertTrue(f.messageEn().contains("has 2 centrally funded stations; at most 1"), f.messageEn());
    assertSilent(validate(BEFORE, a, c), DmSiteFundedStationsRule.ID);
  }

  // DM-SITE-12

  @Test
  void dmSite12_90PercentIsSilent_899Of1000IsError() {
    List<EparRecord> ok = new ArrayList<>(times(10, i -> village(i, 100, false, i <= 9)));
    assertSilent(validate(DEADLINE, ok), DmSiteBroadbandRule.ID);
    List<EparRecord> short1 = new ArrayList<>(times(1000, i -> village(i, 100, false, i <= 899)));
    Finding f = only(validate(DEADLINE, short1), DmSiteBroadbandRule.ID);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals(Location.dataset(), f.location());
    assertEquals("0.8990", f.observed());
    assertEquals(Severity.INFO, only(validate(BEFORE, short1), DmSiteBroadbandRule.ID).severity());
  }

  @Test
  void dmSite12_withoutVillages_isNotEvaluated() {
    assertSilent(validate(DEADLINE, List.<EparRecord>of()), DmSiteBroadbandRule.ID);
  }
}
