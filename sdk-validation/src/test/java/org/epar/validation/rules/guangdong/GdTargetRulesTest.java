package org.epar.validation.rules.guangdong;

import static org.epar.validation.rules.guangdong.GdFixtures.EARLY_2019;
import static org.epar.validation.rules.guangdong.GdFixtures.EARLY_2021;
import static org.epar.validation.rules.guangdong.GdFixtures.MID_2018;
import static org.epar.validation.rules.guangdong.GdFixtures.assertDataset;
import static org.epar.validation.rules.guangdong.GdFixtures.assertFinding;
import static org.epar.validation.rules.guangdong.GdFixtures.attendances;
import static org.epar.validation.rules.guangdong.GdFixtures.county;
import static org.epar.validation.rules.guangdong.GdFixtures.household;
import static org.epar.validation.rules.guangdong.GdFixtures.member;
import static org.epar.validation.rules.guangdong.GdFixtures.only;
import static org.epar.validation.rules.guangdong.GdFixtures.site;
import static org.epar.validation.rules.guangdong.GdFixtures.stats;
import static org.epar.validation.rules.guangdong.GdFixtures.township;
import static org.epar.validation.rules.guangdong.GdFixtures.validate;
import static org.epar.validation.rules.guangdong.GdFixtures.village;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.DemonstrationLevel;
import org.epar.core.model.EparRecord;
import org.epar.core.model.Household;
import org.epar.core.model.LabourCapacity;
import org.epar.core.model.SiteType;
import org.epar.validation.Finding;
import org.epar.validation.Location;
import org.epar.validation.Severity;
import org.epar.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/** GD-DEMO-01, GD-SITE-01, GD-TRAIN-01, GD-GROW-01: targets, before and after their deadlines. */
class GdTargetRulesTest {

  // ---- GD-DEMO-01

  private static List<EparRecord> twoPoorCities(DemonstrationLevel secondCityLevel) {
    return List.of(
        village("441521101001", true), // city 4415
        village("441821101001", true), // city 4418
        village("440305101001", false), // city 4403, no designated poor village
        county("441521", DemonstrationLevel.NATIONAL),
        county("441821", secondCityLevel));
  }

  @Test
  void gdDemo01_cityWithoutDemonstrationCounty_isErrorAfterDeadline() {
    Finding f =
        only(
            validate(EARLY_2019, twoPoorCities(DemonstrationLevel.NONE)), DemoCountyPerCityRule.ID);
    assertDataset(f, "GD-DEMO-01", Severity.ERROR);
    assertEquals("1", f.observed());
    assertEquals("2", f.threshold());
    assertEquals(LocalDate.of(2018, 12, 31), f.deadline());
  }

  @Test
  void gdDemo01_beforeDeadline_isInfoProgress() {
    Finding f =
        only(validate(MID_2018, twoPoorCities(DemonstrationLevel.NONE)), DemoCountyPerCityRule.ID);
    assertDataset(f, "GD-DEMO-01", Severity.INFO);
    assertEquals("1", f.observed());
  }

  @Test
  void gdDemo01_everyPoorCityHasProvincialOrNationalCounty_isSilent() {
    ValidationReport r = validate(EARLY_2019, twoPoorCities(DemonstrationLevel.PROVINCIAL));
    assertTrue(r.findings(DemoCountyPerCityRule.ID).isEmpty(), r::toString);
  }

  // ---- GD-SITE-01

  private static List<EparRecord> demoCounty(boolean withPoint) {
    List<EparRecord> r =
        new ArrayList<>(
            List.of(
                county("441521", DemonstrationLevel.PROVINCIAL),
                township("441521101"),
                village("441521101001", true),
                village("441521101002", false),
                site("c1", SiteType.COUNTY_SERVICE_CENTRE, "441521"),
                site("t1", SiteType.TOWNSHIP_STATION, "441521101")));
    if (withPoint) {
      r.add(site("v1", SiteType.VILLAGE_STATION, "441521101001"));
    }
    return r;
  }

  @Test
  void gdSite01_demoCountyWithCentreStationAndPoint_isSilentAfterDeadline() {
    ValidationReport r = validate(EARLY_2019, demoCounty(true));
    assertTrue(r.findings(SiteCoverageRule.ID).isEmpty(), r::toString);
  }

  @Test
  void gdSite01_poorVillageWithoutPoint_isErrorAtCounty() {
    Finding f = only(validate(EARLY_2019, demoCounty(false)), SiteCoverageRule.ID);
    assertFinding(f, "GD-SITE-01", Severity.ERROR, "county", "441521");
    assertEquals("0.6666", f.observed()); // centre + station of 3 units
    assertEquals("1.00", f.threshold());
    assertEquals(LocalDate.of(2018, 12, 31), f.deadline());
  }

  @Test
  void gdSite01_nonDemoCountyWithPoorVillage_hasTheLaterDeadline() {
    List<EparRecord> r =
        List.of(county("441821", DemonstrationLevel.NONE), village("441821101001", true));
    Finding f = only(validate(EARLY_2019, r), SiteCoverageRule.ID);
    assertFinding(f, "GD-SITE-01", Severity.INFO, "county", "441821");
    assertEquals(LocalDate.of(2020, 12, 31), f.deadline());
    Finding late = only(validate(EARLY_2021, r), SiteCoverageRule.ID);
    assertEquals(Severity.ERROR, late.severity());
    assertEquals("0.0000", late.observed());
  }

  // ---- GD-TRAIN-01

  private static List<EparRecord> training(int eligible, int personTimes) {
    List<EparRecord> r = new ArrayList<>();
    r.add(county("441521", DemonstrationLevel.NATIONAL));
    r.add(village("441521101001", true));
    r.add(household("h1", "441521101001", eligible));
    r.addAll(attendances("h1", personTimes));
    return r;
  }

  @Test
  void gdTrain01_499of1000_isErrorAfterDeadline() {
    Finding f = only(validate(EARLY_2019, training(1000, 499)), PoorLabourTrainingRule.ID);
    assertFinding(f, "GD-TRAIN-01", Severity.ERROR, "county", "441521");
    assertEquals("0.4990", f.observed());
    assertEquals("0.50", f.threshold());
  }

  @Test
  void gdTrain01_500of1000_isSilent() {
    ValidationReport r = validate(EARLY_2019, training(1000, 500));
    assertTrue(r.findings(PoorLabourTrainingRule.ID).isEmpty(), r::toString);
  }

  @Test
  void gdTrain01_beforeDeadline_isInfo() {
    Finding f = only(validate(MID_2018, training(1000, 499)), PoorLabourTrainingRule.ID);
    assertEquals(Severity.INFO, f.severity());
  }

  @Test
  void gdTrain01_migrantsAndNoCapacityAreNotInTheDenominator_repeatsCount() {
    Household h =
        new Household(
            "h1",
            DivisionCode.of("441521101001"),
            true,
            null,
            List.of(
                member(LabourCapacity.FULL, false),
                member(LabourCapacity.PARTIAL, false),
                member(LabourCapacity.FULL, true),
                member(LabourCapacity.NONE, false),
                member(null, false)));
    List<EparRecord> r =
        new ArrayList<>(
            List.of(
                county("441521", DemonstrationLevel.NATIONAL), village("441521101001", true), h));
    r.addAll(attendances("h1", 1)); // 1 person-time of 2 people: exactly 50%
    assertTrue(validate(EARLY_2019, r).findings(PoorLabourTrainingRule.ID).isEmpty());
  }

  @Test
  void gdTrain01_onePersonCountedOnce_caseAndWhitespaceVariants_sameSessionTwice() {
    // issue 17 class 8: 5 eligible people; one person listed as …X, …x and " …X " at session s1,
    // and again at s1 under another attendance id: one person-time, not four. With one other
    // person at s1: 2 person-times of 5 people = 0.40 < 0.50 (it was 5 of 5 before the fix).
    String x = "11010519491231002X";
    List<EparRecord> r =
        new ArrayList<>(
            List.of(
                county("441521", DemonstrationLevel.NATIONAL),
                village("441521101001", true),
                household("h1", "441521101001", 5)));
    r.add(attendance("a1", "s1", x));
    r.add(attendance("a2", "s1", x.substring(0, 17) + "x"));
    r.add(attendance("a3", "s1", " " + x + " "));
    r.add(attendance("a4", "s1", x));
    r.add(attendance("a5", "s1", "110105194912310011"));
    Finding f = only(validate(EARLY_2019, r), PoorLabourTrainingRule.ID);
    assertEquals("0.4000", f.observed());
    // the same person at another session is another person-time: 3 of 5 = 0.60
    r.add(attendance("a6", "s2", x));
    assertTrue(validate(EARLY_2019, r).findings(PoorLabourTrainingRule.ID).isEmpty());
  }

  private static org.epar.core.model.Attendance attendance(
      String id, String session, String citizen) {
    return new org.epar.core.model.Attendance(
        id, session, org.epar.core.id.CitizenId.of(citizen), "h1", null, null);
  }

  @Test
  void gdTrain01_householdOutsideDesignatedPoorVillages_isNotCounted() {
    List<EparRecord> r = new ArrayList<>(training(10, 5));
    r.add(village("441521101002", false));
    r.add(household("h2", "441521101002", 100));
    assertTrue(validate(EARLY_2019, r).findings(PoorLabourTrainingRule.ID).isEmpty());
  }

  @Test
  void gdTrain01_errorExactlyWhenPersonTimesBelowHalf() {
    qt().withExamples(60)
        .forAll(integers().between(1, 40), integers().between(0, 45))
        .checkAssert(
            (people, times) -> {
              List<Finding> f =
                  validate(EARLY_2019, training(people, times)).findings(PoorLabourTrainingRule.ID);
              assertEquals(2L * times < people, !f.isEmpty(), people + "/" + times);
            });
  }

  // ---- GD-GROW-01

  private static List<EparRecord> growth(String last2018Transactions, String last2018Agri) {
    return List.of(
        village("441521101001", true),
        stats("441500", 2017, "100.00", "100.00"),
        stats("441500", 2018, "110.00", null),
        stats("441500", 2019, last2018Transactions, last2018Agri),
        stats("441521", 2019, "999999.00", "999999.00")); // county level: not summed
  }

  @Test
  void gdGrow01_exactly20PercentAYear_isSilent() {
    ValidationReport r = validate(EARLY_2021, growth("144.00", "100.00"));
    assertTrue(r.findings(CityGrowthRule.ID).isEmpty(), r::toString);
  }

  @Test
  void gdGrow01_bothMeasuresBelow_isErrorOnTheCitiesTogether() {
    Finding f = only(validate(EARLY_2021, growth("143.99", "120.00")), CityGrowthRule.ID);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals(Location.dataset().withPath("GD-GROW-01"), f.location());
    assertEquals("0.19", f.observed().substring(0, 4));
    assertEquals("0.20", f.threshold());
  }

  @Test
  void gdGrow01_eitherMeasureSuffices() {
    ValidationReport r = validate(EARLY_2021, growth("100.00", "144.00"));
    assertTrue(r.findings(CityGrowthRule.ID).isEmpty(), r::toString);
  }

  @Test
  void gdGrow01_oneYear19point9VersusTwentyPercent() {
    List<EparRecord> low =
        List.of(stats("441800", 2018, "100.00", null), stats("441800", 2019, "119.90", null));
    Finding f = only(validate(EARLY_2021, low), CityGrowthRule.ID);
    assertEquals("0.1990", f.observed());
    List<EparRecord> ok =
        List.of(stats("441800", 2018, "100.00", null), stats("441800", 2019, "120.00", null));
    assertTrue(validate(EARLY_2021, ok).findings(CityGrowthRule.ID).isEmpty());
  }

  @Test
  void gdGrow01_beforeDeadline_isInfo() {
    Finding f = only(validate(MID_2018, growth("143.99", "120.00")), CityGrowthRule.ID);
    assertEquals(Severity.INFO, f.severity());
  }

  @Test
  void gdGrow01_cityWithoutDesignatedPoorVillage_isNotChecked() {
    List<EparRecord> r = new ArrayList<>(growth("144.00", null));
    r.add(stats("440300", 2017, "100.00", null));
    r.add(stats("440300", 2019, "101.00", null));
    assertTrue(validate(EARLY_2021, r).findings(CityGrowthRule.ID).isEmpty());
  }

  @Test
  void gdGrow01_errorExactlyWhenCompoundGrowthBelowTwentyPercent() {
    qt().withExamples(80)
        .forAll(integers().between(1, 3), integers().between(10_000, 30_000))
        .checkAssert(
            (years, lastFen) -> {
              List<EparRecord> r =
                  List.of(
                      stats("441800", 2017, "100.00", null),
                      stats(
                          "441800",
                          2017 + years,
                          lastFen / 100 + "." + String.format("%02d", lastFen % 100),
                          null));
              boolean reached =
                  new java.math.BigDecimal(lastFen)
                          .movePointLeft(2)
                          .compareTo(
                              new java.math.BigDecimal("100")
                                  .multiply(new java.math.BigDecimal("1.2").pow(years)))
                      >= 0;
              List<Finding> f = validate(EARLY_2021, r).findings(CityGrowthRule.ID);
              assertEquals(!reached, !f.isEmpty(), years + " " + lastFen);
              if (!f.isEmpty()) {
                assertTrue(
                    new java.math.BigDecimal(f.get(0).observed())
                            .compareTo(new java.math.BigDecimal("0.20"))
                        < 0);
              }
            });
  }
}
