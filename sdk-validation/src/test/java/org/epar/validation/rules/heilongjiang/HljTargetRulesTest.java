package org.epar.validation.rules.heilongjiang;

import static org.epar.validation.rules.heilongjiang.HljFixtures.EARLY_2021;
import static org.epar.validation.rules.heilongjiang.HljFixtures.MID_2018;
import static org.epar.validation.rules.heilongjiang.HljFixtures.MID_2020;
import static org.epar.validation.rules.heilongjiang.HljFixtures.assertDataset;
import static org.epar.validation.rules.heilongjiang.HljFixtures.assertFinding;
import static org.epar.validation.rules.heilongjiang.HljFixtures.county;
import static org.epar.validation.rules.heilongjiang.HljFixtures.measure;
import static org.epar.validation.rules.heilongjiang.HljFixtures.only;
import static org.epar.validation.rules.heilongjiang.HljFixtures.site;
import static org.epar.validation.rules.heilongjiang.HljFixtures.stats;
import static org.epar.validation.rules.heilongjiang.HljFixtures.township;
import static org.epar.validation.rules.heilongjiang.HljFixtures.validate;
import static org.epar.validation.rules.heilongjiang.HljFixtures.village;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.epar.core.model.Attendance;
import org.epar.core.model.DemonstrationLevel;
import org.epar.core.model.EparRecord;
import org.epar.core.model.Leader;
import org.epar.core.model.Personnel;
import org.epar.core.model.PersonnelRole;
import org.epar.core.model.Recognition;
import org.epar.core.model.RecognitionKind;
import org.epar.core.model.SiteType;
import org.epar.core.money.Money;
import org.epar.validation.Finding;
import org.epar.validation.Severity;
import org.epar.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/** HLJ-SITE-01, HLJ-LOG-01, HLJ-DEMO-01, HLJ-GROW-01, HLJ-TRAIN-01: targets. */
class HljTargetRulesTest {

  private static final LocalDate Y2020 = LocalDate.of(2020, 12, 31);

  // ---- HLJ-SITE-01

  private static List<EparRecord> poorVillages(boolean secondInDatabase, boolean secondStation) {
    List<EparRecord> r =
        new ArrayList<>(
            List.of(
                village("230224101001", true, true),
                village("230224101002", true, secondInDatabase),
                village("230224101003", false, false),
                site("s1", SiteType.VILLAGE_STATION, "230224101001")));
    if (secondStation) {
      r.add(site("s2", SiteType.VILLAGE_STATION, "230224101002"));
    }
    return r;
  }

  @Test
  void hljSite01_everyPoorVillageHasPointAndDatabase_isSilent() {
    ValidationReport r = validate(EARLY_2021, poorVillages(true, true));
    assertTrue(r.findings(PoorVillageServicePointRule.ID).isEmpty(), r::toString);
  }

  @Test
  void hljSite01_poorVillageNotInDatabase_isErrorAfterDeadline() {
    Finding f =
        only(validate(EARLY_2021, poorVillages(false, true)), PoorVillageServicePointRule.ID);
    assertDataset(f, "HLJ-SITE-01", Severity.ERROR);
    assertEquals("0.5000", f.observed());
    assertEquals("1.00", f.threshold());
    assertEquals(Y2020, f.deadline());
  }

  @Test
  void hljSite01_missingPoint_beforeDeadline_isInfo() {
    Finding f = only(validate(MID_2018, poorVillages(true, false)), PoorVillageServicePointRule.ID);
    assertDataset(f, "HLJ-SITE-01", Severity.INFO);
  }

  // ---- HLJ-LOG-01

  private static List<EparRecord> logistics(boolean villageOutlet) {
    List<EparRecord> r =
        new ArrayList<>(
            List.of(
                township("230224101", true),
                township("230224102", false),
                village("230224101001", true, true),
                site("d1", SiteType.TOWNSHIP_DISTRIBUTION_CENTRE, "230224101")));
    if (villageOutlet) {
      r.add(site("e1", SiteType.EXPRESS_OUTLET, "230224101001"));
    }
    return r;
  }

  @Test
  void hljLog01_storesAndOutletsEverywhere_isSilent() {
    ValidationReport r = validate(EARLY_2021, logistics(true));
    assertTrue(r.findings(LogisticsCoverageRule.ID).isEmpty(), r::toString);
  }

  @Test
  void hljLog01_poorVillageWithoutExpressPoint_isErrorOnThatMeasure() {
    Finding f = only(validate(EARLY_2021, logistics(false)), LogisticsCoverageRule.ID);
    assertFinding(f, "HLJ-LOG-01", Severity.ERROR, "dataset", "poor_villages", "");
    assertEquals("0.0000", f.observed());
  }

  @Test
  void hljLog01_beforeDeadline_bothMeasuresReportProgress() {
    ValidationReport r = validate(MID_2018, logistics(false));
    assertEquals(Severity.INFO, measure(r, LogisticsCoverageRule.ID, "poor_townships").severity());
    assertEquals(Severity.INFO, measure(r, LogisticsCoverageRule.ID, "poor_villages").severity());
  }

  // ---- HLJ-DEMO-01

  private static List<EparRecord> demo(int counties, int villages, int leaders, int cases) {
    List<EparRecord> r = new ArrayList<>();
    for (int i = 0; i < counties; i++) {
      r.add(county("2302" + (21 + i), true, DemonstrationLevel.PROVINCIAL));
    }
    r.add(county("230100", false, DemonstrationLevel.NATIONAL)); // not poor: not counted
    for (int i = 0; i < villages; i++) {
      r.add(new Recognition("v" + i, RecognitionKind.ONE_VILLAGE_ONE_PRODUCT, "x", null, 2019));
    }
    for (int i = 0; i < leaders; i++) {
      r.add(new Leader("l" + i, null, null, null, List.of()));
    }
    for (int i = 0; i < cases; i++) {
      r.add(new Recognition("c" + i, RecognitionKind.TYPICAL_CASE, "x", null, 2019));
    }
    return r;
  }

  @Test
  void hljDemo01_allFourCountsReached_isSilentAfterDeadline() {
    ValidationReport r = validate(EARLY_2021, demo(5, 100, 1000, 100));
    assertTrue(r.findings(DemonstrationCountsRule.ID).isEmpty(), r::toString);
  }

  @Test
  void hljDemo01_oneLeaderShort_isErrorOnLeaders() {
    Finding f = only(validate(EARLY_2021, demo(5, 100, 999, 100)), DemonstrationCountsRule.ID);
    assertFinding(f, "HLJ-DEMO-01", Severity.ERROR, "dataset", "leaders", "");
    assertEquals("999", f.observed());
    assertEquals("1000", f.threshold());
  }

  @Test
  void hljDemo01_beforeDeadline_eachMeasureIsInfo() {
    ValidationReport r = validate(MID_2018, demo(4, 0, 0, 0));
    List<Finding> f = r.findings(DemonstrationCountsRule.ID);
    assertEquals(4, f.size());
    assertTrue(f.stream().allMatch(x -> x.severity() == Severity.INFO));
    assertEquals("4", measure(r, DemonstrationCountsRule.ID, "demo_counties").observed());
  }

  // ---- HLJ-GROW-01

  private static List<EparRecord> growth(int sellingCounties, int households, int lifted) {
    List<EparRecord> r = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      String code = "2302" + (21 + i);
      r.add(county(code, true, null));
      boolean sells = i < sellingCounties;
      r.add(stats(code, 2018, sells ? Money.ofWan(5) : null, 0, 0, 0));
    }
    r.add(stats("230221", 2019, Money.ofWan(5), households, 0, lifted / 2));
    r.add(stats("230221", 2020, Money.ofWan(5), 0, households, lifted - lifted / 2));
    r.add(stats("230200", 2020, null, 1_000_000, 1_000_000, 1_000_000)); // city: not summed
    return r;
  }

  @Test
  void hljGrow01_allReached_isSilent() {
    ValidationReport r = validate(EARLY_2021, growth(6, 30_000, 100_000));
    assertTrue(r.findings(OnlineSalesRule.ID).isEmpty(), r::toString);
  }

  @Test
  void hljGrow01_fiftyNinePercentOfPoorCounties_isErrorAfterEarlyDeadline() {
    // 10 poor counties, 5 selling: 50% < 60%
    ValidationReport r = validate(MID_2020, growth(5, 30_000, 100_000));
    Finding f = measure(r, OnlineSalesRule.ID, "poor_counties_online");
    assertFinding(f, "HLJ-GROW-01", Severity.ERROR, "dataset", "poor_counties_online", "");
    assertEquals("0.5000", f.observed());
    assertEquals(LocalDate.of(2019, 12, 31), f.deadline());
    // the 2020 measures are still in progress
    assertEquals(Severity.INFO, measure(r, OnlineSalesRule.ID, "households_online").severity());
  }

  @Test
  void hljGrow01_householdsAndPeopleShort_areErrorsAfterDeadline() {
    ValidationReport r = validate(EARLY_2021, growth(6, 7_999, 99_999));
    assertEquals("7999", measure(r, OnlineSalesRule.ID, "households_benefiting").observed());
    assertEquals("7999", measure(r, OnlineSalesRule.ID, "households_online").observed());
    Finding lifted = measure(r, OnlineSalesRule.ID, "people_lifted");
    assertEquals(Severity.ERROR, lifted.severity());
    assertEquals("99999", lifted.observed());
    assertEquals(3, r.findings(OnlineSalesRule.ID).size());
  }

  @Test
  void hljGrow01_oneVillageStatistic_doesNotEraseFiveCounties() {
    // issue 17 class 7: five counties sell 1,700 households each (8,500 >= 8,000); a village of
    // one of them reports 10. The village lies in a reporting county: it is not added, and it
    // never hides the counties' figures.
    List<EparRecord> r = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String code = "2302" + (21 + i);
      r.add(county(code, true, null));
      r.add(stats(code, 2019, Money.ofWan(5), 1_700, 6_000, 20_000));
    }
    r.add(stats("230221100001", 2019, Money.ofWan(1), 10, 10, 10));
    assertTrue(
        validate(LocalDate.of(2019, 12, 31), r).findings(OnlineSalesRule.ID).stream()
            .noneMatch(f -> f.severity() == Severity.ERROR));
    ValidationReport at = validate(LocalDate.of(2019, 12, 30), r);
    assertEquals(
        "8500", measure(at, OnlineSalesRule.ID, "households_benefiting").observed(), at::toString);
    // a village in a county without county statistics does count
    r.add(stats("230230100001", 2019, Money.ofWan(1), 10, 10, 10));
    assertEquals(
        "8510",
        measure(
                validate(LocalDate.of(2019, 12, 30), r),
                OnlineSalesRule.ID,
                "households_benefiting")
            .observed());
  }

  @Test
  void hljGrow01_householdsBenefiting_errorOnTheEarlyDeadline_infoTheDayBefore() {
    List<EparRecord> r = growth(6, 7_999, 100_000);
    assertEquals(
        Severity.ERROR,
        measure(
                validate(LocalDate.of(2019, 12, 31), r),
                OnlineSalesRule.ID,
                "households_benefiting")
            .severity());
    assertEquals(
        Severity.INFO,
        measure(
                validate(LocalDate.of(2019, 12, 30), r),
                OnlineSalesRule.ID,
                "households_benefiting")
            .severity());
  }

  @Test
  void hljGrow01_absurdYearAndNegativeCount_areWarningsOnTheStatistic_notCounted() {
    List<EparRecord> r = growth(6, 30_000, 100_000);
    r.add(stats("230222", 2_000_000_017, Money.ofWan(5), 1_000_000, 0, 0));
    r.add(stats("230223", 2019, Money.ofWan(5), -1_000_000, 0, Integer.MIN_VALUE));
    r.add(stats("230224", 2014, Money.ofWan(5), 1, 1, 1));
    ValidationReport v = validate(EARLY_2021, r);
    List<Finding> f = v.findings(OnlineSalesRule.ID);
    assertEquals(3, f.size(), v::toString);
    assertTrue(f.stream().allMatch(x -> x.severity() == Severity.WARNING), v::toString);
  }

  // ---- HLJ-TRAIN-01

  private static List<EparRecord> staff(int people, int trained) {
    List<EparRecord> r = new ArrayList<>();
    for (int i = 0; i < people; i++) {
      PersonnelRole role =
          i % 2 == 0 ? PersonnelRole.PROGRAMME_MANAGER : PersonnelRole.PRACTITIONER;
      r.add(new Personnel("p" + i, null, null, null, role, null, null, null));
      if (i < trained) {
        r.add(new Attendance("a" + i, "s1", null, null, "p" + i, null));
      }
    }
    r.add(new Personnel("cadre", null, null, null, PersonnelRole.VILLAGE_CADRE, null, null, null));
    return r;
  }

  @Test
  void hljTrain01_everyManagerAndPractitionerTrained_isSilent() {
    ValidationReport r = validate(EARLY_2021, staff(4, 4));
    assertTrue(r.findings(ManagerTrainingRule.ID).isEmpty(), r::toString);
  }

  @Test
  void hljTrain01_oneUntrained_isErrorAfterDeadline_infoBefore() {
    Finding f = only(validate(EARLY_2021, staff(4, 3)), ManagerTrainingRule.ID);
    assertDataset(f, "HLJ-TRAIN-01", Severity.ERROR);
    assertEquals("0.7500", f.observed());
    assertEquals(
        Severity.INFO, only(validate(MID_2018, staff(4, 3)), ManagerTrainingRule.ID).severity());
  }

  @Test
  void hljTrain01_errorExactlyWhenSomeoneUntrained() {
    qt().withExamples(40)
        .forAll(integers().between(1, 20), integers().between(0, 20))
        .checkAssert(
            (people, trained) ->
                assertEquals(
                    trained < people,
                    !validate(EARLY_2021, staff(people, Math.min(people, trained)))
                        .findings(ManagerTrainingRule.ID)
                        .isEmpty()));
  }
}
