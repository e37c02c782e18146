package org.epar.validation.rules.henan;

import static org.epar.validation.rules.henan.HenanFixtures.AFTER_ALL;
import static org.epar.validation.rules.henan.HenanFixtures.AT_STAGE1;
import static org.epar.validation.rules.henan.HenanFixtures.AT_STAGE2;
import static org.epar.validation.rules.henan.HenanFixtures.BEFORE_STAGE1;
import static org.epar.validation.rules.henan.HenanFixtures.attendance;
import static org.epar.validation.rules.henan.HenanFixtures.county;
import static org.epar.validation.rules.henan.HenanFixtures.errors;
import static org.epar.validation.rules.henan.HenanFixtures.findings;
import static org.epar.validation.rules.henan.HenanFixtures.household;
import static org.epar.validation.rules.henan.HenanFixtures.only;
import static org.epar.validation.rules.henan.HenanFixtures.poorVillage;
import static org.epar.validation.rules.henan.HenanFixtures.session;
import static org.epar.validation.rules.henan.HenanFixtures.site;
import static org.epar.validation.rules.henan.HenanFixtures.trainedHouseholds;
import static org.epar.validation.rules.henan.HenanFixtures.village;
import static org.epar.validation.rules.henan.HenanFixtures.villageWithNatural;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.epar.core.id.CitizenId;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.Activity;
import org.epar.core.model.ActivityKind;
import org.epar.core.model.AnnualReport;
import org.epar.core.model.Attendance;
import org.epar.core.model.County;
import org.epar.core.model.DemonstrationLevel;
import org.epar.core.model.DemonstrationProgramme;
import org.epar.core.model.DemonstrationStatus;
import org.epar.core.model.EparRecord;
import org.epar.core.model.FollowUp;
import org.epar.core.model.FundPerformance;
import org.epar.core.model.Leader;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.Personnel;
import org.epar.core.model.PersonnelRole;
import org.epar.core.model.Progress;
import org.epar.core.model.QuarterlyReport;
import org.epar.core.model.Recognition;
import org.epar.core.model.RecognitionKind;
import org.epar.core.model.ReportHeader;
import org.epar.core.model.Site;
import org.epar.core.model.SiteService;
import org.epar.core.model.SiteType;
import org.epar.core.model.TraineeCategory;
import org.epar.core.model.TrainingKind;
import org.epar.core.model.TrainingOutcome;
import org.epar.core.model.TrainingSession;
import org.epar.core.model.Village;
import org.epar.core.money.Money;
import org.epar.core.period.ReportType;
import org.epar.core.period.ReportingPeriod;
import org.epar.validation.Finding;
import org.epar.validation.Location;
import org.epar.validation.Severity;
import org.junit.jupiter.api.Test;

/** HN-*: each rule broken and satisfied, boundaries from 豫脱贫办〔2018〕94号. */
class HenanRulesTest {

  private static final String CITIZEN = "11010519491231002X";

  // HN-DEMO-01 ------------------------------------------------------------------------------

  @Test
  void hnDemo01_poorCountyNotDemonstration_isErrorAtDeadline() {
    List<EparRecord> data =
        List.of(
            county("411321", "南召县", true, DemonstrationLevel.NATIONAL),
            county("411322", "方城县", true, DemonstrationLevel.NONE));
    Finding f = only("HN-DEMO-01", Severity.ERROR, findings("HN-DEMO-01", AT_STAGE1, data));
    assertEquals(Location.dataset().withPath("counties"), f.location());
    assertEquals("0.5", f.observed());
    assertEquals(LocalDate.of(2018, 12, 31), f.deadline());
  }

  @Test
  void hnDemo01_beforeDeadline_isInfoProgress() {
    List<EparRecord> data = List.of(county("411322", "方城县", true, DemonstrationLevel.NONE));
    only("HN-DEMO-01", Severity.INFO, findings("HN-DEMO-01", BEFORE_STAGE1, data));
  }

  @Test
  void hnDemo01_allPoorCountiesDemonstrationOrListed_isSilent() {
    List<EparRecord> data =
        List.of(
            county("411321", "南召县", true, null), // listed 2018 addition, level not reported
            county("411322", "方城县", true, DemonstrationLevel.PROVINCIAL),
            county("410102", "中原区", false, DemonstrationLevel.NONE));
    assertTrue(findings("HN-DEMO-01", AT_STAGE1, data).isEmpty());
  }

  // HN-SITE-01 ------------------------------------------------------------------------------

  private static List<EparRecord> poorVillagesWithStations(int n) {
    List<EparRecord> r = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      r.add(poorVillage(village(i), true, true));
      r.add(site("st" + i, SiteType.VILLAGE_STATION, village(i), Set.of()));
    }
    return r;
  }

  @Test
  void hnSite01_1999PoorVillages_missesStage1() {
    Finding f =
        only(
            "HN-SITE-01",
            Severity.ERROR,
            errors(findings("HN-SITE-01", AT_STAGE1, poorVillagesWithStations(1999))));
    assertEquals("1999", f.observed());
    assertEquals("2000", f.threshold());
  }

  @Test
  void hnSite01_2000PoorVillages_meetsStage1AndShowsStage2Progress() {
    assertTrue(
        findings("HN-SITE-01", AT_STAGE1.minusDays(1), poorVillagesWithStations(2000)).stream()
            .allMatch(f -> f.severity() == Severity.INFO));
    Finding f =
        only(
            "HN-SITE-01",
            Severity.INFO,
            findings("HN-SITE-01", LocalDate.of(2019, 6, 30), poorVillagesWithStations(2000)));
    assertEquals("3500", f.threshold());
    Finding missed =
        only(
            "HN-SITE-01",
            Severity.ERROR,
            findings("HN-SITE-01", AT_STAGE2, poorVillagesWithStations(2000)));
    assertEquals(LocalDate.of(2019, 12, 31), missed.deadline());
  }

  /** n poor villages whose stations opened on the date. */
  private static List<EparRecord> stationsOpenedOn(int from, int n, LocalDate opened) {
    List<EparRecord> r = new ArrayList<>();
    for (int i = from; i < from + n; i++) {
      r.add(poorVillage(village(i), true, true));
      Site s = site("st" + i, SiteType.VILLAGE_STATION, village(i), Set.of());
      r.add(
          new Site(
              s.id(),
              s.type(),
              s.name(),
              s.division(),
              s.floorArea(),
              s.experienceArea(),
              s.staff(),
              s.rooms(),
              s.equipment(),
              s.services(),
              s.hubFunctions(),
              s.chargesLevied(),
              s.operator(),
              s.centrallyFunded(),
              opened,
              s.annualOnlineRetail(),
              s.poorHouseholdsServed()));
    }
    return r;
  }

  @Test
  void hnSite01_missedFirstStage_staysAnErrorWhenTheSecondIsMet() {
    // issue 17 class 3: 1,999 by 2018-12-31, 2,000 more opened 2019-03-01 (3,999 >= 3,500)
    List<EparRecord> r = new ArrayList<>(stationsOpenedOn(0, 1999, AT_STAGE1));
    r.addAll(stationsOpenedOn(1999, 2000, LocalDate.of(2019, 3, 1)));
    Finding f = only("HN-SITE-01", Severity.ERROR, findings("HN-SITE-01", AT_STAGE2, r));
    assertEquals(AT_STAGE1, f.deadline());
    assertEquals("1999", f.observed());
  }

  @Test
  void hnSite01_stationOpenedOnTheDeadlineCounts_theDayAfterDoesNot() {
    List<EparRecord> r = new ArrayList<>(stationsOpenedOn(0, 1999, AT_STAGE1.minusDays(30)));
    r.addAll(stationsOpenedOn(1999, 1, AT_STAGE1));
    assertTrue(errors(findings("HN-SITE-01", AT_STAGE1, r)).isEmpty());
    List<EparRecord> late = new ArrayList<>(stationsOpenedOn(0, 1999, AT_STAGE1.minusDays(30)));
    late.addAll(stationsOpenedOn(1999, 1, AT_STAGE1.plusDays(1)));
    Finding f =
        only(
            "HN-SITE-01",
            Severity.ERROR,
            errors(findings("HN-SITE-01", AT_STAGE1.plusDays(1), late)));
    assertEquals("1999", f.observed());
    // the day before the deadline it is progress
    assertTrue(errors(findings("HN-SITE-01", AT_STAGE1.minusDays(1), late)).isEmpty());
  }

  // HN-SITE-02 ------------------------------------------------------------------------------

  @Test
  void hnSite02_poorCountyWithoutCentre_isErrorAtDeadline() {
    List<EparRecord> data =
        List.of(
            county("411321", "南召县", true, DemonstrationLevel.NATIONAL),
            site("c1", SiteType.COUNTY_SERVICE_CENTRE, "411322000000", Set.of()));
    only("HN-SITE-02", Severity.ERROR, findings("HN-SITE-02", AT_STAGE2, data));
    only("HN-SITE-02", Severity.INFO, findings("HN-SITE-02", AT_STAGE1, data));
  }

  @Test
  void hnSite02_centreInEveryPoorCounty_isSilent() {
    List<EparRecord> data =
        List.of(
            county("411321", "南召县", true, DemonstrationLevel.NATIONAL),
            site("c1", SiteType.COUNTY_SERVICE_CENTRE, "411321", Set.of()));
    assertTrue(findings("HN-SITE-02", AT_STAGE2, data).isEmpty());
  }

  // HN-TRAIN-01 -----------------------------------------------------------------------------

  @Test
  void hnTrain01_699Of1000_missesSeventyPercent() {
    Finding f =
        only(
            "HN-TRAIN-01",
            Severity.ERROR,
            errors(findings("HN-TRAIN-01", AT_STAGE1, trainedHouseholds(1000, 699))));
    assertEquals("0.699", f.observed());
    assertEquals("0.70", f.threshold());
    assertEquals(Location.dataset().withPath("attendances"), f.location());
  }

  @Test
  void hnTrain01_700Of1000_meetsSeventyPercent() {
    assertTrue(errors(findings("HN-TRAIN-01", AT_STAGE1, trainedHouseholds(1000, 700))).isEmpty());
    // stage 2 progress only
    only(
        "HN-TRAIN-01",
        Severity.INFO,
        findings("HN-TRAIN-01", AT_STAGE1, trainedHouseholds(1000, 700)));
  }

  @Test
  void hnTrain01_paidSessionOrUnwillingHousehold_doesNotCount() {
    List<EparRecord> data = new ArrayList<>();
    data.add(session("paid", TrainingKind.BASIC, false));
    data.add(household("h1", true, true, CITIZEN));
    data.add(household("h2", true, false, CITIZEN)); // not able and willing: outside population
    data.add(attendance("a1", "paid", "h1"));
    Finding f = only("HN-TRAIN-01", Severity.ERROR, findings("HN-TRAIN-01", AT_STAGE2, data));
    assertEquals("0", f.observed());
  }

  @Test
  void hnTrain01_attendanceMatchedByCitizenId_counts() {
    List<EparRecord> data =
        List.of(
            session("s1", TrainingKind.BASIC, true),
            household("h1", true, true, CITIZEN),
            new Attendance("a1", "s1", CitizenId.of(CITIZEN), null, null, null));
    assertTrue(findings("HN-TRAIN-01", AT_STAGE2, data).isEmpty());
  }

  @Test
  void hnTrain01_errorIffBelowSeventyPercentAtStage1_property() {
    qt().withExamples(40)
        .forAll(integers().between(1, 60), integers().between(0, 100))
        .checkAssert(
            (n, pct) -> {
              int trained = n * pct / 100;
              List<Finding> f =
                  errors(findings("HN-TRAIN-01", AT_STAGE1, trainedHouseholds(n, trained)));
              boolean missed = trained * 100L < 70L * n;
              assertEquals(missed, !f.isEmpty(), n + "/" + trained);
              f.forEach(x -> assertEquals(Severity.ERROR, x.severity()));
            });
  }

  // HN-TRAIN-02 -----------------------------------------------------------------------------

  private static List<EparRecord> cadres(int n, int trained, TrainingKind kind) {
    List<EparRecord> r = new ArrayList<>();
    r.add(session("rot", kind, true));
    PersonnelRole[] roles = {
      PersonnelRole.TOWNSHIP_CADRE, PersonnelRole.VILLAGE_CADRE, PersonnelRole.FIRST_SECRETARY
    };
    for (int i = 0; i < n; i++) {
      r.add(new Personnel("p" + i, null, null, null, roles[i % 3], null, null, null));
      if (i < trained) {
        r.add(new Attendance("a" + i, "rot", null, null, "p" + i, TraineeCategory.CADRE));
      }
    }
    r.add(new Personnel("m", null, null, null, PersonnelRole.PROGRAMME_MANAGER, null, null, null));
    return r;
  }

  @Test
  void hnTrain02_sixOfTenCadresRotated_missesStage1() {
    Finding f =
        only(
            "HN-TRAIN-02",
            Severity.ERROR,
            errors(findings("HN-TRAIN-02", AT_STAGE1, cadres(10, 6, TrainingKind.CADRE_ROTATION))));
    assertEquals("0.6", f.observed());
  }

  @Test
  void hnTrain02_sevenOfTenRotated_meetsStage1_butBasicTrainingDoesNotCount() {
    assertTrue(
        errors(findings("HN-TRAIN-02", AT_STAGE1, cadres(10, 7, TrainingKind.CADRE_ROTATION)))
            .isEmpty());
    only(
        "HN-TRAIN-02",
        Severity.ERROR,
        errors(findings("HN-TRAIN-02", AT_STAGE1, cadres(10, 10, TrainingKind.BASIC))));
  }

  // HN-LEAD-01 ------------------------------------------------------------------------------

  private static List<EparRecord> leaders(int villages, int withLeader) {
    List<EparRecord> r = new ArrayList<>();
    for (int i = 0; i < villages; i++) {
      r.add(poorVillage(village(i), true, true));
      if (i < withLeader) {
        r.add(new Leader("l" + i, null, null, DivisionCode.of(village(i)), List.of()));
      }
    }
    r.add(poorVillage(village(500), false, true)); // not eligible: outside population
    return r;
  }

  @Test
  void hnLead01_sevenOfTen_meetsStage1_missesStage2() {
    assertTrue(errors(findings("HN-LEAD-01", AT_STAGE1, leaders(10, 7))).isEmpty());
    only("HN-LEAD-01", Severity.INFO, findings("HN-LEAD-01", BEFORE_STAGE1, leaders(10, 7)));
    Finding f =
        only("HN-LEAD-01", Severity.ERROR, findings("HN-LEAD-01", AT_STAGE2, leaders(10, 7)));
    assertEquals("1.00", f.threshold());
    assertTrue(findings("HN-LEAD-01", AT_STAGE2, leaders(10, 10)).isEmpty());
  }

  // HN-ACT-01 -------------------------------------------------------------------------------

  private static Activity activity(String id, LocalDate date) {
    return new Activity(id, ActivityKind.ON_SITE_OBSERVATION, null, date, null);
  }

  @Test
  void hnAct01_oneActivityIn2019_isErrorForThatYear() {
    List<EparRecord> data =
        List.of(
            activity("a1", LocalDate.of(2018, 3, 1)),
            activity("a2", LocalDate.of(2018, 9, 1)),
            activity("a3", LocalDate.of(2019, 4, 1)));
    List<Finding> f = findings("HN-ACT-01", LocalDate.of(2020, 1, 1), data);
    Finding error =
        only(
            "HN-ACT-01",
            Severity.ERROR,
            f.stream().filter(x -> x.severity() == Severity.ERROR).toList());
    assertEquals(new Location("dataset", "2019", "activities", -1), error.location());
    assertEquals("1", error.observed());
    assertEquals("2", error.threshold());
    only(
        "HN-ACT-01",
        Severity.INFO,
        f.stream().filter(x -> x.severity() == Severity.INFO).toList()); // 2020 is running
  }

  @Test
  void hnAct01_twoActivitiesEveryYear_isSilent() {
    List<EparRecord> data =
        List.of(
            activity("a1", LocalDate.of(2018, 3, 1)), activity("a2", LocalDate.of(2018, 9, 1)),
            activity("a3", LocalDate.of(2019, 4, 1)), activity("a4", LocalDate.of(2019, 5, 1)));
    assertTrue(findings("HN-ACT-01", LocalDate.of(2019, 12, 31), data).isEmpty());
  }

  // HN-SVC-01 -------------------------------------------------------------------------------

  private static final Set<SiteService> SIX =
      EnumSet.of(
          SiteService.DAILY_GOODS,
          SiteService.PRODUCT_SALES,
          SiteService.POLICY_INFO,
          SiteService.FEE_COLLECTION,
          SiteService.AGENCY,
          SiteService.PARCELS);

  @Test
  void hnSvc01_stationWithoutParcels_isError() {
    Set<SiteService> five = EnumSet.copyOf(SIX);
    five.remove(SiteService.PARCELS);
    Finding f =
        only(
            "HN-SVC-01",
            Severity.ERROR,
            findings(
                "HN-SVC-01",
                AT_STAGE1,
                List.of(site("st1", SiteType.VILLAGE_STATION, village(0), five))));
    assertEquals("site", f.location().objectType());
    assertEquals("st1", f.location().objectId());
    assertEquals("services", f.location().path());
    assertEquals("PARCELS", f.observed());
  }

  @Test
  void hnSvc01_stationsWithAllSixServices_andOtherSites_areSilent() {
    List<EparRecord> data =
        List.of(
            site("st1", SiteType.VILLAGE_STATION, village(0), SIX),
            site("st2", SiteType.TOWNSHIP_STATION, "411321100", SIX),
            site("c1", SiteType.COUNTY_SERVICE_CENTRE, "411321", Set.of()));
    assertTrue(findings("HN-SVC-01", AT_STAGE1, data).isEmpty());
  }

  // HN-TRAIN-03 -----------------------------------------------------------------------------

  @Test
  void hnTrain03_poorTraineeWithoutArchive_isErrorAtAttendance() {
    List<EparRecord> data =
        List.of(
            household("h1", true, true, CITIZEN),
            new Attendance("a1", "s1", CitizenId.of(CITIZEN), "h1", null, null),
            new FollowUp("f1", CitizenId.of(CITIZEN), "s1", LocalDate.of(2018, 6, 1), Set.of()));
    Finding f = only("HN-TRAIN-03", Severity.ERROR, findings("HN-TRAIN-03", AT_STAGE1, data));
    assertEquals("attendance", f.location().objectType());
    assertEquals("a1", f.location().objectId());
    assertTrue(!f.observed().contains(CITIZEN) && !f.messageEn().contains(CITIZEN));
  }

  @Test
  void hnTrain03_noAbleAndWillingRoster_isError() {
    Finding f =
        only(
            "HN-TRAIN-03",
            Severity.ERROR,
            findings("HN-TRAIN-03", AT_STAGE1, List.of(household("h1", true, false, CITIZEN))));
    assertEquals("dataset", f.location().objectType());
  }

  @Test
  void hnTrain03_rosterAndArchives_isSilent() {
    List<EparRecord> data =
        List.of(
            household("h1", true, true, CITIZEN),
            new Attendance("a1", "s1", CitizenId.of(CITIZEN), "h1", null, null),
            new FollowUp(
                "f1",
                CitizenId.of(CITIZEN),
                "s1",
                LocalDate.of(2018, 6, 1),
                Set.of(TrainingOutcome.OPENED_SHOP)));
    assertTrue(findings("HN-TRAIN-03", AT_STAGE1, data).isEmpty());
  }

  // HN-NET-01 -------------------------------------------------------------------------------

  private static List<EparRecord> helped(int villages, int families) {
    List<EparRecord> r = new ArrayList<>(poorVillagesWithStations(villages));
    List<String> linked = new ArrayList<>();
    for (int i = 0; i < families; i++) {
      r.add(new org.epar.core.model.Household("hh" + i, null, true, null, List.of()));
      linked.add("hh" + i);
    }
    r.add(new Leader("l1", null, null, null, linked));
    return r;
  }

  @Test
  void hnNet01_naturalVillageOf20WithoutFourG_isError_19IsNotCounted() {
    List<EparRecord> data = new ArrayList<>(helped(2000, 10000));
    data.add(villageWithNatural("411321200001", 19, false));
    assertTrue(findings("HN-NET-01", AT_STAGE1, data).isEmpty());
    data.add(villageWithNatural("411321200002", 20, false));
    Finding f = only("HN-NET-01", Severity.ERROR, findings("HN-NET-01", AT_STAGE1, data));
    assertEquals(
        new Location("dataset", "natural_village_4g", "villages.natural_villages.mobile4g", -1),
        f.location());
    assertEquals("0", f.observed());
  }

  @Test
  void hnNet01_1999VillagesAnd9999Families_missHelpTargets() {
    List<Finding> f = findings("HN-NET-01", AT_STAGE1, helped(1999, 9999));
    Map<String, String> observed = new HashMap<>();
    f.forEach(
        x -> {
          assertEquals(Severity.ERROR, x.severity());
          observed.put(x.location().objectId(), x.observed());
        });
    assertEquals(Map.of("poor_villages_helped", "1999", "poor_families_helped", "9999"), observed);
  }

  @Test
  void hnNet01_poorVillageWithoutFibre_isErrorAndInfoBeforeDeadline() {
    List<EparRecord> data = new ArrayList<>(helped(2000, 10000));
    data.add(poorVillage("411321200003", true, false));
    Finding f = only("HN-NET-01", Severity.ERROR, findings("HN-NET-01", AT_STAGE1, data));
    assertEquals("poor_village_fibre", f.location().objectId());
    assertEquals("0.9995", f.observed());
    assertTrue(
        findings("HN-NET-01", BEFORE_STAGE1, data).stream()
            .allMatch(x -> x.severity() == Severity.INFO));
  }

  // HN-DEMO-02 ------------------------------------------------------------------------------

  private static List<EparRecord> recognitions(int counties) {
    List<EparRecord> r = new ArrayList<>();
    int[] n = {counties, 50, 100, 100};
    RecognitionKind[] k = {
      RecognitionKind.ADVANCED_COUNTY,
      RecognitionKind.ADVANCED_TOWNSHIP,
      RecognitionKind.EXCELLENT_LEADER,
      RecognitionKind.BEST_SELLING_BRAND
    };
    for (int j = 0; j < k.length; j++) {
      for (int i = 0; i < n[j]; i++) {
        r.add(new Recognition(k[j] + "-" + i, k[j], null, null, 2019));
      }
    }
    return r;
  }

  @Test
  void hnDemo02_nineAdvancedCounties_isError() {
    Finding f =
        only("HN-DEMO-02", Severity.ERROR, findings("HN-DEMO-02", AFTER_ALL, recognitions(9)));
    assertEquals("advanced_county", f.location().objectId());
    assertEquals("9", f.observed());
  }

  @Test
  void hnDemo02_allCountsReached_isSilent() {
    assertTrue(findings("HN-DEMO-02", AFTER_ALL, recognitions(10)).isEmpty());
  }

  // HN-RPT-01 -------------------------------------------------------------------------------

  private static ReportHeader header(ReportType type, ReportingPeriod period) {
    return new ReportHeader(
        null,
        null,
        type,
        period,
        type + period.id(),
        OffsetDateTime.of(2018, 4, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8)));
  }

  private static MonthlyReport monthly(int month) {
    return new MonthlyReport(
        header(ReportType.MONTHLY, ReportingPeriod.month(2018, month)),
        null,
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  private static AnnualReport annual(int indicators, FundPerformance fp, Progress progress) {
    Map<String, BigDecimal> ind = new HashMap<>();
    for (int i = 0; i < indicators; i++) {
      ind.put("i" + i, BigDecimal.ONE);
    }
    return new AnnualReport(
        header(ReportType.ANNUAL, ReportingPeriod.year(2017)), progress, null, null, fp, ind, null);
  }

  private static List<EparRecord> reports(int annualIndicators, int... months) {
    List<EparRecord> r = new ArrayList<>();
    for (int m : months) {
      r.add(monthly(m));
    }
    r.add(
        new QuarterlyReport(
            header(ReportType.QUARTERLY, ReportingPeriod.quarter(2018, 1)), null, null, null));
    r.add(
        new AnnualReport(
            header(ReportType.ANNUAL, ReportingPeriod.year(2018)),
            null,
            null,
            null,
            null,
            Map.of(),
            null));
    return r;
  }

  @Test
  void hnRpt01_missingFebruaryBulletin_isOneErrorListingIt() {
    Finding f =
        only(
            "HN-RPT-01",
            Severity.ERROR,
            findings("HN-RPT-01", LocalDate.of(2018, 4, 6), reports(20, 1, 3)));
    assertEquals(new Location("monthly_report", "", "header.period", -1), f.location());
    assertEquals("no MONTHLY report for 201802", f.observed());
    assertEquals(1, f.count());
  }

  @Test
  void hnRpt01_everyPeriodReported_isSilent_andTheDeadlineDayItselfIsDue() {
    assertTrue(findings("HN-RPT-01", LocalDate.of(2018, 4, 6), reports(20, 1, 2, 3)).isEmpty());
    // April's bulletin is due by 5 May: as of 4 May not missing, as of 5 May (D) missing
    assertTrue(findings("HN-RPT-01", LocalDate.of(2018, 5, 4), reports(20, 1, 2, 3)).isEmpty());
    Finding f =
        only(
            "HN-RPT-01",
            Severity.ERROR,
            findings("HN-RPT-01", LocalDate.of(2018, 5, 5), reports(20, 1, 2, 3)));
    assertEquals("no MONTHLY report for 201804", f.observed());
  }

  @Test
  void hnRpt01_evaluationIndicatorsAreNotAReportsContents_notChecked() {
    assertTrue(findings("HN-RPT-01", LocalDate.of(2018, 4, 6), reports(0, 1, 2, 3)).isEmpty());
  }

  @Test
  void hnRpt01_reportForPeriod000101_isOneFindingOnThatReport_notAFlood() {
    // issue 17 class 5: one monthly report for 000101 gave 24,218 ERRORs
    List<EparRecord> r = new ArrayList<>(reports(20, 1, 2, 3));
    r.add(
        new MonthlyReport(
            header(ReportType.MONTHLY, ReportingPeriod.month(1, 1)),
            null,
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of()));
    Finding f =
        only("HN-RPT-01", Severity.ERROR, findings("HN-RPT-01", LocalDate.of(2018, 4, 6), r));
    assertEquals(
        new Location("monthly_report", "MONTHLY000101", "header.period", 3),
        f.location().withIndex(3));
    assertEquals("report for 000101 outside the programme", f.observed());
    assertEquals("2018-01-01..2020-12-31", f.threshold());
  }

  @Test
  void hnRpt01_programmeBoundaries_lastMonthInside_nextMonthOutside() {
    List<EparRecord> r = new ArrayList<>(reports(20, 1, 2, 3));
    r.add(
        new MonthlyReport(
            header(ReportType.MONTHLY, ReportingPeriod.month(2020, 12)),
            null,
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of()));
    assertTrue(findings("HN-RPT-01", LocalDate.of(2018, 4, 6), r).isEmpty());
    r.add(
        new MonthlyReport(
            header(ReportType.MONTHLY, ReportingPeriod.month(2021, 1)),
            null,
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of()));
    r.add(
        new MonthlyReport(
            header(ReportType.MONTHLY, ReportingPeriod.month(2017, 12)),
            null,
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of()));
    assertEquals(2, findings("HN-RPT-01", LocalDate.of(2018, 4, 6), r).size());
  }

  @Test
  void hnRpt01_noReportAfterTheProgramme_isOneBoundedFindingPerType() {
    List<Finding> f = findings("HN-RPT-01", LocalDate.of(2022, 12, 31), List.of());
    assertEquals(3, f.size(), f::toString);
    Finding monthly =
        f.stream()
            .filter(x -> x.location().objectType().equals("monthly_report"))
            .findFirst()
            .orElseThrow();
    assertEquals(36, monthly.count());
    assertTrue(monthly.observed().endsWith("and 24 more"), monthly.observed());
    assertTrue(
        monthly.observed().startsWith("no MONTHLY report for 201801,201802"), monthly.observed());
  }

  // HN-FUND-01 ------------------------------------------------------------------------------

  private static final DivisionCode NANZHAO = DivisionCode.of("411321000000");

  private static ReportHeader scoped(ReportType type, ReportingPeriod period) {
    return new ReportHeader(
        null,
        NANZHAO,
        type,
        period,
        type + period.id(),
        OffsetDateTime.of(2021, 1, 10, 0, 0, 0, 0, ZoneOffset.ofHours(8)));
  }

  private static QuarterlyReport quarter(int year, int q, String disbursement) {
    return new QuarterlyReport(
        scoped(ReportType.QUARTERLY, ReportingPeriod.quarter(year, q)),
        new Progress(new BigDecimal("0.90"), new BigDecimal(disbursement)),
        null,
        null);
  }

  private static AnnualReport year(int year, String disbursement, Boolean passed) {
    return AnnualReport.builder()
        .header(scoped(ReportType.ANNUAL, ReportingPeriod.year(year)))
        .progress(new Progress(new BigDecimal("0.90"), new BigDecimal(disbursement)))
        .fundPerformance(
            FundPerformance.builder().idleFunds(Money.ZERO).evaluationPassed(passed).build())
        .build();
  }

  private static County demo(DemonstrationLevel legacy, DemonstrationStatus... statuses) {
    return County.builder()
        .code(NANZHAO)
        .name("南召县")
        .poor(true)
        .demonstration(legacy)
        .demonstrations(List.of(statuses))
        .build();
  }

  private static DemonstrationStatus villages(DemonstrationLevel level) {
    return new DemonstrationStatus(DemonstrationProgramme.ECOMMERCE_INTO_VILLAGES, level, 2018);
  }

  @Test
  void hnFund01_annualAtProgrammeEnd_disbursementAtFortyPercentIsSilent_justBelowIsWarning() {
    County c = demo(DemonstrationLevel.NATIONAL);
    assertTrue(findings("HN-FUND-01", AFTER_ALL, List.of(c, year(2020, "0.40", true))).isEmpty());
    Finding f =
        only(
            "HN-FUND-01",
            Severity.WARNING,
            findings("HN-FUND-01", AFTER_ALL, List.of(c, year(2020, "0.3999", true))));
    assertEquals(
        Location.of("annual_report", "ANNUAL2020").withPath("progress.disbursement"), f.location());
    assertEquals("0.3999", f.observed());
    assertEquals("0.4000", f.threshold());
    assertTrue(
        f.messageEn().startsWith("Funds at risk of recovery: slow disbursement"), f.messageEn());
  }

  @Test
  void hnFund01_quarterlyReport_judgedForTheElapsedShare() {
    // 2018Q4 ends on day 365 of the 1,096-day programme: 0.40 × 365 / 1096 = 0.13321…
    County c = demo(DemonstrationLevel.PROVINCIAL);
    assertTrue(findings("HN-FUND-01", AFTER_ALL, List.of(c, quarter(2018, 4, "0.1333"))).isEmpty());
    Finding f =
        only(
            "HN-FUND-01",
            Severity.WARNING,
            findings("HN-FUND-01", AFTER_ALL, List.of(c, quarter(2018, 4, "0.1332"))));
    assertEquals("quarterly_report", f.location().objectType());
    assertEquals("0.1332", f.threshold());
  }

  @Test
  void hnFund01_failedEvaluation_isWarningEvenWithGoodProgress_unknownIsSilent() {
    County c = demo(DemonstrationLevel.NATIONAL);
    Finding f =
        only(
            "HN-FUND-01",
            Severity.WARNING,
            findings("HN-FUND-01", AFTER_ALL, List.of(c, year(2019, "0.90", false))));
    assertEquals("fund_performance.evaluation_passed", f.location().path());
    assertTrue(f.messageEn().contains("performance evaluation failed"), f.messageEn());
    assertTrue(findings("HN-FUND-01", AFTER_ALL, List.of(c, year(2019, "0.90", null))).isEmpty());
  }

  @Test
  void hnFund01_bothProblems_areOneFindingPerReport() {
    County c = demo(DemonstrationLevel.NATIONAL);
    Finding f =
        only(
            "HN-FUND-01",
            Severity.WARNING,
            findings("HN-FUND-01", AFTER_ALL, List.of(c, year(2020, "0.10", false))));
    assertTrue(
        f.messageEn().contains("slow disbursement 0.10")
            && f.messageEn().contains("performance evaluation failed"),
        f.messageEn());
  }

  @Test
  void hnFund01_onlyDemonstrationCountiesOfTheVillagesProgrammeAreJudged() {
    AnnualReport bad = year(2020, "0.10", false);
    // not a demonstration county
    assertTrue(
        findings("HN-FUND-01", AFTER_ALL, List.of(demo(DemonstrationLevel.NONE), bad)).isEmpty());
    // the programme's status wins over the legacy flag
    assertTrue(
        findings(
                "HN-FUND-01",
                AFTER_ALL,
                List.of(demo(DemonstrationLevel.NATIONAL, villages(DemonstrationLevel.NONE)), bad))
            .isEmpty());
    only(
        "HN-FUND-01",
        Severity.WARNING,
        findings(
            "HN-FUND-01",
            AFTER_ALL,
            List.of(demo(DemonstrationLevel.NONE, villages(DemonstrationLevel.PROVINCIAL)), bad)));
    // another programme listed: the villages programme is unknown, the legacy flag decides
    DemonstrationStatus other =
        new DemonstrationStatus(DemonstrationProgramme.OTHER, DemonstrationLevel.NONE, 2018);
    only(
        "HN-FUND-01",
        Severity.WARNING,
        findings("HN-FUND-01", AFTER_ALL, List.of(demo(DemonstrationLevel.NATIONAL, other), bad)));
    // a report of no county of the submission
    assertTrue(findings("HN-FUND-01", AFTER_ALL, List.of(bad)).isEmpty());
  }

  @Test
  void hnFund01_idleFundsAloneNoLongerAFinding() {
    AnnualReport idle =
        year(2020, "0.90", true).toBuilder()
            .fundPerformance(
                FundPerformance.builder()
                    .idleFunds(Money.ofYuan(120000))
                    .evaluationPassed(true)
                    .build())
            .build();
    assertTrue(
        findings("HN-FUND-01", AFTER_ALL, List.of(demo(DemonstrationLevel.NATIONAL), idle))
            .isEmpty());
  }

  // ---- revision 2: dated stages (HN-TRAIN-01, HN-TRAIN-02, HN-LEAD-01)

  /**
   * Ten able poor households: seven trained at a free session held on {@code first}, three on
   * {@code later}.
   */
  private static List<EparRecord> trainedOn(LocalDate first, LocalDate later) {
    List<EparRecord> r = new ArrayList<>();
    r.add(
        new TrainingSession(
            "s1", null, null, TrainingKind.BASIC, first, first, Set.of(), null, true, null));
    r.add(
        new TrainingSession(
            "s2", null, null, TrainingKind.BASIC, later, later, Set.of(), null, true, null));
    for (int i = 0; i < 10; i++) {
      r.add(household("h" + i, true, true, CITIZEN));
      r.add(attendance("a" + i, i < 7 ? "s1" : "s2", "h" + i));
    }
    return r;
  }

  @Test
  void hnTrain01_sessionHeldOnTheStage1Deadline_counts_theDayAfterDoesNot() {
    LocalDate d1 = AT_STAGE1;
    // seven trained on the deadline day itself, three the day after: stage 1 (0.70) is met
    assertTrue(errors(findings("HN-TRAIN-01", AT_STAGE1, trainedOn(d1, d1.plusDays(1)))).isEmpty());
    // six by the deadline (one of the seven moved to the day after): a miss
    List<EparRecord> six = new ArrayList<>(trainedOn(d1, d1.plusDays(1)));
    six.replaceAll(
        r -> r instanceof Attendance a && a.id().equals("a6") ? attendance("a6", "s2", "h6") : r);
    Finding f =
        only("HN-TRAIN-01", Severity.ERROR, errors(findings("HN-TRAIN-01", AT_STAGE1, six)));
    assertEquals("0.6", f.observed());
    assertEquals(AT_STAGE1, f.deadline());
    // as of the day before the deadline: progress only
    assertTrue(errors(findings("HN-TRAIN-01", AT_STAGE1.minusDays(1), six)).isEmpty());
  }

  @Test
  void hnTrain01_missedFirstStageStaysAnError_whenTheSecondIsMet() {
    // issue 17 class 3: six trained by 2018-12-31, all ten by 2019-12-31
    List<EparRecord> data = new ArrayList<>(trainedOn(AT_STAGE1, LocalDate.of(2019, 6, 1)));
    data.replaceAll(
        r -> r instanceof Attendance a && a.id().equals("a6") ? attendance("a6", "s2", "h6") : r);
    for (LocalDate asOf : List.of(AT_STAGE2, AT_STAGE2.plusDays(1))) {
      Finding f = only("HN-TRAIN-01", Severity.ERROR, errors(findings("HN-TRAIN-01", asOf, data)));
      assertEquals(AT_STAGE1, f.deadline());
      assertEquals("0.6", f.observed());
    }
  }

  @Test
  void hnTrain01_sessionAfterTheSecondDeadline_doesNotCountForIt() {
    List<EparRecord> data = trainedOn(AT_STAGE1, AT_STAGE2.plusDays(1));
    Finding f =
        only("HN-TRAIN-01", Severity.ERROR, errors(findings("HN-TRAIN-01", AT_STAGE2, data)));
    assertEquals(AT_STAGE2, f.deadline());
    assertEquals("0.7", f.observed());
    data = trainedOn(AT_STAGE1, AT_STAGE2);
    assertTrue(errors(findings("HN-TRAIN-01", AT_STAGE2, data)).isEmpty());
  }

  @Test
  void hnTrain02_rotationAfterStage1Deadline_doesNotRescueTheFirstStage() {
    List<EparRecord> data = new ArrayList<>();
    data.add(
        new TrainingSession(
            "r1",
            null,
            null,
            TrainingKind.CADRE_ROTATION,
            AT_STAGE1,
            AT_STAGE1,
            Set.of(),
            null,
            true,
            null));
    data.add(
        new TrainingSession(
            "r2",
            null,
            null,
            TrainingKind.CADRE_ROTATION,
            AT_STAGE1.plusDays(1),
            AT_STAGE1.plusDays(1),
            Set.of(),
            null,
            true,
            null));
    for (int i = 0; i < 10; i++) {
      data.add(
          new Personnel("p" + i, null, null, null, PersonnelRole.VILLAGE_CADRE, null, null, null));
      data.add(
          new Attendance("a" + i, i < 6 ? "r1" : "r2", null, null, "p" + i, TraineeCategory.CADRE));
    }
    Finding f =
        only("HN-TRAIN-02", Severity.ERROR, errors(findings("HN-TRAIN-02", AT_STAGE2, data)));
    assertEquals(AT_STAGE1, f.deadline());
    assertEquals("0.6", f.observed());
  }

  @Test
  void hnLead01_firstStageMissed_stillReportedAtAndAfterTheSecondDeadline() {
    List<EparRecord> data = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      data.add(poorVillage(village(i), true, true));
      if (i < 6) {
        data.add(new Leader("l" + i, null, null, DivisionCode.of(village(i)), List.of()));
      }
    }
    // both stages missed at one location: one finding (the first stage's) counting both misses
    for (LocalDate asOf : List.of(AT_STAGE2, AT_STAGE2.plusDays(1))) {
      Finding f = only("HN-LEAD-01", Severity.ERROR, errors(findings("HN-LEAD-01", asOf, data)));
      assertEquals(AT_STAGE1, f.deadline());
      assertEquals(2, f.count());
    }
  }

  // ---- revision 2: model fields (HN-NET-01 ecommerce_helped, HN-DEMO-01 demonstrations)

  @Test
  void hnNet01_ecommerceHelpedFlagDecides_unknownFallsBackToStation() {
    Village helped = poorVillage(village(0), true, true).toBuilder().ecommerceHelped(true).build();
    Village notHelped =
        poorVillage(village(1), true, true).toBuilder().ecommerceHelped(false).build();
    Village unknown = poorVillage(village(2), true, true);
    List<EparRecord> data =
        List.of(
            helped,
            notHelped,
            unknown,
            site("st1", SiteType.VILLAGE_STATION, village(1), Set.of()),
            site("st2", SiteType.VILLAGE_STATION, village(2), Set.of()));
    Finding f =
        findings("HN-NET-01", AT_STAGE1, data).stream()
            .filter(x -> x.location().objectId().equals("poor_villages_helped"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "2", f.observed()); // village 0 by its flag, village 2 by its station; not village 1
  }

  @Test
  void hnDemo01_programmeStatusWinsOverTheLegacyFlag_andCountsOnlyByTheDeadlineYear() {
    County listedNone =
        county("411322", "方城县", true, DemonstrationLevel.NATIONAL).toBuilder()
            .demonstrations(
                List.of(
                    new DemonstrationStatus(
                        DemonstrationProgramme.ECOMMERCE_INTO_VILLAGES,
                        DemonstrationLevel.NONE,
                        null)))
            .build();
    only("HN-DEMO-01", Severity.ERROR, findings("HN-DEMO-01", AT_STAGE1, List.of(listedNone)));
    County late =
        county("411322", "方城县", true, DemonstrationLevel.NONE).toBuilder()
            .demonstrations(
                List.of(
                    new DemonstrationStatus(
                        DemonstrationProgramme.ECOMMERCE_INTO_VILLAGES,
                        DemonstrationLevel.PROVINCIAL,
                        2019)))
            .build();
    only("HN-DEMO-01", Severity.ERROR, findings("HN-DEMO-01", AT_STAGE1, List.of(late)));
    County onTime =
        late.toBuilder()
            .demonstrations(
                List.of(
                    new DemonstrationStatus(
                        DemonstrationProgramme.ECOMMERCE_INTO_VILLAGES,
                        DemonstrationLevel.PROVINCIAL,
                        2018)))
            .build();
    assertTrue(findings("HN-DEMO-01", AT_STAGE1, List.of(onTime)).isEmpty());
    assertTrue(findings("HN-DEMO-01", AT_STAGE1.plusDays(1), List.of(onTime)).isEmpty());
  }

  // ---- audit gaps: before-deadline progress and the location of misses

  @Test
  void hnTrain02_beforeStage1_isInfoOnly_missAtStage1IsErrorAtAttendances() {
    List<Finding> before =
        findings("HN-TRAIN-02", BEFORE_STAGE1, cadres(10, 6, TrainingKind.CADRE_ROTATION));
    assertTrue(!before.isEmpty() && errors(before).isEmpty(), before::toString);
    Finding f =
        only(
            "HN-TRAIN-02",
            Severity.ERROR,
            errors(findings("HN-TRAIN-02", AT_STAGE1, cadres(10, 6, TrainingKind.CADRE_ROTATION))));
    assertEquals(Location.dataset().withPath("attendances"), f.location());
    assertEquals("0.70", f.threshold());
  }

  @Test
  void hnDemo02_beforeDeadline_isInfoProgress() {
    List<Finding> f = findings("HN-DEMO-02", BEFORE_STAGE1, recognitions(9));
    assertTrue(!f.isEmpty(), "progress expected");
    assertTrue(f.stream().allMatch(x -> x.severity() == Severity.INFO), f::toString);
    assertEquals("dataset", f.get(0).location().objectType());
  }
}
