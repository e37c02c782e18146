package org.epar.validation.rules.daming.plan;

import static org.epar.validation.rules.daming.plan.Fixtures.REPORTER;
import static org.epar.validation.rules.daming.plan.Fixtures.d;
import static org.epar.validation.rules.daming.plan.Fixtures.header;
import static org.epar.validation.rules.daming.plan.Fixtures.only;
import static org.epar.validation.rules.daming.plan.Fixtures.silent;
import static org.epar.validation.rules.daming.plan.Fixtures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.AreaStatistics;
import org.epar.core.model.DailyReport;
import org.epar.core.model.Disclosure;
import org.epar.core.model.EparRecord;
import org.epar.core.model.FundPlan;
import org.epar.core.model.Milestone;
import org.epar.core.model.MilestoneKind;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.Personnel;
import org.epar.core.model.PersonnelRole;
import org.epar.core.model.PlanChange;
import org.epar.core.model.Progress;
import org.epar.core.money.Money;
import org.epar.core.period.ReportType;
import org.epar.core.period.ReportingPeriod;
import org.epar.validation.Finding;
import org.epar.validation.Severity;
import org.epar.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/** DM-RPT-01/02, DM-PUB-01, DM-VETO-01/02, DM-GROW-01, DM-TIME-01: break and satisfy. */
class ReportingRulesTest {

  private static DailyReport daily(LocalDate day, LocalDate submitted) {
    return new DailyReport(
        header(ReportType.DAILY, ReportingPeriod.day(day), "d" + day, submitted.atTime(10, 0)),
        List.of(),
        List.of(),
        List.of());
  }

  private static List<EparRecord> dailies(String from, String to) {
    List<EparRecord> out = new ArrayList<>();
    for (LocalDate x = d(from); !x.isAfter(d(to)); x = x.plusDays(1)) {
      out.add(daily(x, x.plusDays(1)));
    }
    return out;
  }

  private static MonthlyReport monthly(int year, int month, Progress progress) {
    return new MonthlyReport(
        header(
            ReportType.MONTHLY,
            ReportingPeriod.month(year, month),
            "m" + year + "-" + month,
            d("2018-12-01").atTime(9, 0)),
        progress,
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  private static Personnel liaison(CreditCode org, LocalDate filed) {
    return new Personnel(
        "l1", null, "联络员", "13800000000", PersonnelRole.INFORMATION_LIAISON, null, org, filed);
  }

  @Test
  void dmRpt01_noMonthlyReportAfterItWasDueAndNoLiaison_isError() {
    ValidationReport r = validate(d("2018-02-05"), dailies("2018-01-01", "2018-02-03"));
    List<Finding> f = r.findings("DM-RPT-01");
    assertEquals(2, f.size(), f::toString);
    assertEquals(Severity.ERROR, f.get(0).severity());
    assertEquals("dataset", f.get(0).location().objectType());
    assertEquals("reports", f.get(0).location().path());
    assertEquals("enterprise", f.get(1).location().objectType());
    assertEquals(REPORTER.raw(), f.get(1).location().objectId());
  }

  @Test
  void dmRpt01_dailyMonthlyAndLiaison_isSatisfiedBeforeTheAnnualIsDue() {
    List<EparRecord> records = dailies("2018-01-01", "2018-02-03");
    records.add(monthly(2018, 1, new Progress(null, null)));
    records.add(liaison(REPORTER, d("2017-12-20")));
    silent(validate(d("2018-02-05"), records), "DM-RPT-01");
  }

  @Test
  void dmRpt02_everyDayThroughAsOfMinusOneOnTime_isSatisfied() {
    silent(validate(d("2018-03-06"), dailies("2018-03-01", "2018-03-05")), "DM-RPT-02");
    // the report for 03-05 is not due before the end of 03-06
    silent(validate(d("2018-03-05"), dailies("2018-03-01", "2018-03-04")), "DM-RPT-02");
  }

  @Test
  void dmRpt02_missingDay_isVetoAtReporter() {
    ValidationReport r = validate(d("2018-03-06"), dailies("2018-03-01", "2018-03-04"));
    Finding f = only(r, "DM-RPT-02", Severity.VETO, "enterprise", REPORTER.raw(), "daily_reports");
    assertEquals("1 day missing: 2018-03-05", f.observed());
    assertEquals("2018-03-06", f.threshold());
  }

  @Test
  void dmRpt02_absurdDate0018_isOneFindingAtTheReport_notAFloodOfMissingDays() {
    List<EparRecord> records = dailies("2018-03-01", "2018-03-05");
    records.add(daily(d("0018-03-05"), d("2018-03-06")));
    ValidationReport r = validate(d("2018-03-06"), records);
    Finding f = only(r, "DM-RPT-02", Severity.VETO, "daily_report", "d0018-03-05", "header.period");
    assertEquals(1, f.count());
    assertTrue(f.observed().startsWith("0018-03-05"), f.observed());
    // the boundary: the first day of the reporting period is a normal day, the day before is absurd
    List<EparRecord> edge = dailies("2017-10-01", "2017-10-03");
    silent(validate(d("2017-10-04"), edge), "DM-RPT-02");
    edge.add(daily(d("2017-09-30"), d("2017-10-01")));
    only(
        validate(d("2017-10-04"), edge),
        "DM-RPT-02",
        Severity.VETO,
        "daily_report",
        "d2017-09-30",
        "header.period");
  }

  @Test
  void dmRpt02_manyMissingDays_areOneFindingWithACountAndACappedList() {
    List<EparRecord> records = dailies("2017-10-01", "2017-10-01");
    records.addAll(dailies("2017-10-05", "2017-10-05"));
    ValidationReport r = validate(d("9999-12-31"), records);
    Finding f = only(r, "DM-RPT-02", Severity.VETO, "enterprise", REPORTER.raw(), "daily_reports");
    assertEquals(1, f.count());
    long expected =
        java.time.temporal.ChronoUnit.DAYS.between(d("2017-10-01"), d("9999-12-30")) + 1 - 2;
    assertTrue(
        f.observed()
            .startsWith(
                expected + " days missing: 2017-10-02, 2017-10-03, " + "2017-10-04, 2017-10-06,"),
        f.observed());
    assertTrue(f.observed().endsWith(", …"), f.observed());
    assertEquals(DailyReportingRule.LISTED + 1, f.observed().split(", ").length);
    assertEquals("2017-10-03", f.threshold());
  }

  @Test
  void dmRpt02_lateDay_isVetoAtReport() {
    List<EparRecord> records = dailies("2018-03-01", "2018-03-03");
    records.add(daily(d("2018-03-04"), d("2018-03-06")));
    records.add(daily(d("2018-03-05"), d("2018-03-06")));
    only(
        validate(d("2018-03-06"), records),
        "DM-RPT-02",
        Severity.VETO,
        "daily_report",
        "d2018-03-04",
        "header.submitted_at");
  }

  private static Disclosure disclosure(CreditCode contractor, String person) {
    return new Disclosure(
        "pub1",
        "大名县电子商务进农村综合示范项目",
        "content",
        contractor,
        Money.ofWan(150),
        d("2018-10-31"),
        "targets",
        "大商字〔2017〕1号",
        person,
        d("2017-11-01"),
        List.of());
  }

  @Test
  void dmPub01_everyItemListed_isSatisfied() {
    silent(validate(d("2018-12-31"), disclosure(REPORTER, "张三")), "DM-PUB-01");
  }

  @Test
  void dmPub01_missingItems_isVetoWithoutPersonalData() {
    Finding f =
        only(
            validate(d("2018-12-31"), disclosure(null, " ")),
            "DM-PUB-01",
            Severity.VETO,
            "disclosure",
            "pub1",
            "contractor");
    assertEquals("CONTRACTOR,RESPONSIBLE_PERSON", f.observed());
  }

  @Test
  void dmPub01_noCommentWindow_isAMissingItem_unknownIsNotJudged() {
    Disclosure without =
        new Disclosure(
            "pub3",
            "项目",
            "c",
            REPORTER,
            Money.ofWan(1),
            d("2018-10-31"),
            "t",
            "doc",
            "李四",
            d("2017-11-01"),
            List.of(),
            false,
            "/zwgk/dszx");
    Finding f =
        only(
            validate(d("2018-12-31"), without),
            "DM-PUB-01",
            Severity.VETO,
            "disclosure",
            "pub3",
            "comment_window");
    assertEquals("COMMENT_WINDOW", f.observed());
    silent(
        validate(
            d("2018-12-31"),
            new Disclosure(
                "pub3",
                "项目",
                "c",
                REPORTER,
                Money.ofWan(1),
                d("2018-10-31"),
                "t",
                "doc",
                "李四",
                d("2017-11-01"),
                List.of(),
                true,
                "/zwgk/dszx")),
        "DM-PUB-01");
  }

  @Test
  void dmPub01_observedNeverCarriesTheResponsiblePerson() {
    Disclosure d =
        new Disclosure(
            "pub2",
            null,
            "c",
            REPORTER,
            Money.ofWan(1),
            d("2018-10-31"),
            "t",
            "doc",
            "李四",
            null,
            List.of());
    Finding f =
        only(
            validate(d("2018-12-31"), d),
            "DM-PUB-01",
            Severity.VETO,
            "disclosure",
            "pub2",
            "project_name");
    assertFalse(
        f.observed().contains("李四")
            || f.messageEn().contains("李四")
            || f.messageZh().contains("李四"));
  }

  private static MonthlyReport month(int m, String construction, String disbursement) {
    return monthly(
        2018, m, new Progress(new BigDecimal(construction), new BigDecimal(disbursement)));
  }

  @Test
  void dmVeto01_constructionBelow40PercentOnTheEvaluationDate_isVeto() {
    Finding f =
        only(
            validate(d("2018-10-31"), month(9, "0.50", "0.50"), month(10, "0.399", "0.50")),
            "DM-VETO-01",
            Severity.VETO,
            "monthly_report",
            "m2018-10",
            "progress.construction");
    assertEquals("0.40", f.threshold());
    assertEquals("0.399", f.observed());
    assertEquals(d("2018-10-31"), f.deadline());
  }

  @Test
  void dmVeto01_theDayBeforeTheEvaluationDate_isInfoProgress() {
    List<Finding> f =
        validate(
                d("2018-10-30"),
                month(8, "0.20", "0.20"),
                month(9, "0.30", "0.50"),
                month(10, "0.399", "0.50"))
            .findings("DM-VETO-01");
    // construction and disbursement of the same report group into one finding of count 2
    assertEquals(2, f.stream().mapToInt(Finding::count).sum(), f::toString);
    assertTrue(
        f.stream()
            .allMatch(
                x -> x.severity() == Severity.INFO && x.location().objectId().equals("m2018-9")),
        f::toString);
  }

  @Test
  void dmVeto01_exactly40Percent_isSatisfied_aLaterReportDoesNotCount() {
    silent(
        validate(
            d("2018-11-10"),
            month(9, "0.10", "0.10"),
            month(10, "0.40", "0.40"),
            // a report on a period after the evaluation date does not count
            month(11, "0.01", "0.01")),
        "DM-VETO-01");
    // nor does it repair a slow evaluation
    only(
        validate(
            d("2018-12-31"),
            month(9, "0.10", "0.10"),
            month(10, "0.39", "0.40"),
            month(11, "0.99", "0.99")),
        "DM-VETO-01",
        Severity.VETO,
        "monthly_report",
        "m2018-10",
        "progress.construction");
  }

  @Test
  void dmVeto01_progressAbove1_isAnErrorOnTheReport_neverAPass() {
    ValidationReport r =
        validate(d("2018-11-10"), month(9, "0.50", "0.50"), month(10, "30", "0.50"));
    Finding f =
        only(
            r, "DM-VETO-01", Severity.ERROR, "monthly_report", "m2018-10", "progress.construction");
    assertTrue(f.observed().startsWith("30"), f.observed());
    assertFalse(r.isAccepted());
    // the boundary: 1 is a share, 1.01 is not; -0.01 is not
    silent(
        validate(d("2018-11-10"), month(9, "0.50", "0.50"), month(10, "1", "0.50")), "DM-VETO-01");
    only(
        validate(d("2018-11-10"), month(9, "0.50", "0.50"), month(10, "1.01", "0.50")),
        "DM-VETO-01",
        Severity.ERROR,
        "monthly_report",
        "m2018-10",
        "progress.construction");
    only(
        validate(d("2018-11-10"), month(9, "0.50", "0.50"), month(10, "0.50", "-0.01")),
        "DM-VETO-01",
        Severity.ERROR,
        "monthly_report",
        "m2018-10",
        "progress.disbursement");
  }

  @Test
  void dmVeto01_noVetoInTheCountysFirstMonth() {
    only(
        validate(d("2018-11-10"), month(10, "0.10", "0.50")),
        "DM-VETO-01",
        Severity.INFO,
        "monthly_report",
        "m2018-10",
        "progress.construction");
    // with a month before it, the same report is vetoed
    only(
        validate(d("2018-11-10"), month(9, "0.05", "0.50"), month(10, "0.10", "0.50")),
        "DM-VETO-01",
        Severity.VETO,
        "monthly_report",
        "m2018-10",
        "progress.construction");
  }

  @Test
  void dmVeto01_aMissingShareInTheReportJudged_isNoData_noReportIsLeftToDmRpt01() {
    assertEquals(
        "no data",
        only(
                validate(
                    d("2018-10-31"),
                    month(9, "0.50", "0.50"),
                    monthly(2018, 10, new Progress(null, new BigDecimal("0.50")))),
                "DM-VETO-01",
                Severity.VETO,
                "monthly_report",
                "m2018-10",
                "progress.construction")
            .observed());
    // a daily report alone (the server validates one report at a time) says nothing here
    silent(validate(d("2018-10-31"), daily(d("2018-10-30"), d("2018-10-31"))), "DM-VETO-01");
    silent(validate(d("2018-10-31"), List.of()), "DM-VETO-01");
  }

  @Test
  void dmVeto02_laterVersionWithoutApproval_isVeto() {
    only(
        validate(d("2018-12-31"), new FundPlan("p2", "f1", 2, null, null, null, null)),
        "DM-VETO-02",
        Severity.VETO,
        "fund_plan",
        "p2",
        "approval_reference");
  }

  @Test
  void dmVeto02_unapprovedPlanChange_isVeto() {
    only(
        validate(d("2018-12-31"), new PlanChange("c1", "more stations", true, " ", null)),
        "DM-VETO-02",
        Severity.VETO,
        "plan_change",
        "c1",
        "approval_reference");
  }

  @Test
  void dmVeto02_approvedChanges_isSatisfied() {
    silent(
        validate(
            d("2018-12-31"),
            new FundPlan("p1", "f1", 1, null, null, null, null),
            new FundPlan("p2", "f1", 2, "冀商函〔2018〕5号", null, null, null),
            new PlanChange("c1", "more stations", true, "冀商函〔2018〕5号", null)),
        "DM-VETO-02");
  }

  private static final DivisionCode COUNTY = DivisionCode.of("130425000000");

  private static AreaStatistics stats(int year, long t, long rural, long agri) {
    return new AreaStatistics(
        COUNTY, year, Money.ofWan(t), Money.ofWan(rural), Money.ofWan(agri), 0, 0, 0);
  }

  @Test
  void dmGrow01_allThreeMeasuresGrowEnough_isSatisfied() {
    silent(
        validate(d("2019-01-01"), stats(2017, 100, 100, 100), stats(2018, 120, 120, 130)),
        "DM-GROW-01");
  }

  @Test
  void dmGrow01_agriculturalGrowthBelow30PercentAfterDeadline_isError() {
    Finding f =
        only(
            validate(d("2019-01-01"), stats(2017, 100, 100, 100), stats(2018, 120, 120, 129)),
            "DM-GROW-01",
            Severity.ERROR,
            "area_statistics",
            "130425000000/2018",
            "agricultural_online_retail");
    assertEquals("0.29", f.observed());
  }

  @Test
  void dmGrow01_beforeDeadline_isInfoProgress() {
    List<Finding> f =
        validate(d("2018-06-01"), stats(2017, 100, 100, 100), stats(2018, 120, 120, 129))
            .findings("DM-GROW-01");
    assertEquals(Severity.INFO, f.get(0).severity());
  }

  @Test
  void dmGrow01_asOfTheDeadlineDay_isError_theDayBefore_isInfo() {
    assertEquals(
        Severity.ERROR,
        only(
                validate(d("2018-12-31"), stats(2017, 100, 100, 100), stats(2018, 120, 120, 129)),
                "DM-GROW-01",
                Severity.ERROR,
                "area_statistics",
                "130425000000/2018",
                "agricultural_online_retail")
            .severity());
    only(
        validate(d("2018-12-30"), stats(2017, 100, 100, 100), stats(2018, 120, 120, 129)),
        "DM-GROW-01",
        Severity.INFO,
        "area_statistics",
        "130425000000/2018",
        "agricultural_online_retail");
  }

  @Test
  void dmGrow01_aLaterYearDoesNotRepairTheMissedTarget() {
    // time: the target at 2018-12-31 compares 2018 with 2017; 2019's growth does not count
    only(
        validate(
            d("2020-06-01"),
            stats(2017, 100, 100, 100),
            stats(2018, 120, 120, 129),
            stats(2019, 200, 200, 200)),
        "DM-GROW-01",
        Severity.ERROR,
        "area_statistics",
        "130425000000/2018",
        "agricultural_online_retail");
  }

  private static AreaStatistics township(String code, int year, long t) {
    return new AreaStatistics(
        DivisionCode.of(code), year, Money.ofWan(t), Money.ofWan(t), Money.ofWan(t), 0, 0, 0);
  }

  @Test
  void dmGrow01_countyWithoutItsOwnFigures_isTheSumOfItsTownships() {
    // each township alone would fail (+10%, +50%); together 100 -> 130: every measure +30%
    List<EparRecord> towns =
        List.of(
            township("130425100000", 2017, 50),
            township("130425100000", 2018, 55),
            township("130425101000", 2017, 50),
            township("130425101000", 2018, 75));
    silent(validate(d("2019-01-01"), towns), "DM-GROW-01");
    // one fen less in 2018 misses the agricultural +30% (and nothing else), at the county
    List<EparRecord> short1 = new ArrayList<>(towns);
    short1.set(
        3,
        new AreaStatistics(
            DivisionCode.of("130425101000"),
            2018,
            Money.ofWan(75),
            Money.ofWan(75),
            Money.ofWan(75).minus(Money.ofFen(1)),
            0,
            0,
            0));
    only(
        validate(d("2019-01-01"), short1),
        "DM-GROW-01",
        Severity.ERROR,
        "area_statistics",
        "130425000000",
        "agricultural_online_retail");
    // county-level figures win over the townships' sum
    List<EparRecord> both = new ArrayList<>(short1);
    both.add(stats(2017, 100, 100, 100));
    both.add(stats(2018, 120, 120, 130));
    silent(validate(d("2019-01-01"), both), "DM-GROW-01");
  }

  @Test
  void dmGrow01_oddYearsAndValues_areFindingsOnTheStatistic_neverAFailure() {
    List<EparRecord> records =
        new ArrayList<>(
            List.of(
                stats(2017, 100, 100, 100),
                stats(2018, 120, 120, 130),
                stats(2_000_000_017, 1, 1, 1),
                stats(0, 1, 1, 1),
                stats(-998_000, 5, 5, 5)));
    ValidationReport r = validate(d("2019-01-01"), records);
    List<Finding> f = r.findings("DM-GROW-01");
    assertEquals(3, f.size(), f::toString);
    assertTrue(
        f.stream()
            .allMatch(
                x ->
                    x.location().path().equals("year")
                        && x.observed().contains("not a plausible year")),
        f::toString);
    assertTrue(
        r.findings().stream()
            .noneMatch(
                x -> x.observed().contains("rule failed") || x.messageEn().contains("failed")),
        r::toString);
    // the edges of the plausible years: 1949 is plausible, 1948 is not; the as-of year is, +1 not
    assertEquals(
        1,
        validate(
                d("2019-01-01"),
                stats(2017, 100, 100, 100),
                stats(2018, 120, 120, 130),
                stats(1948, 1, 1, 1),
                stats(1949, 1, 1, 1))
            .findings("DM-GROW-01")
            .size());
    assertEquals(
        1,
        validate(
                d("2019-01-01"),
                stats(2017, 100, 100, 100),
                stats(2018, 120, 120, 130),
                stats(2019, 1, 1, 1),
                stats(2020, 1, 1, 1))
            .findings("DM-GROW-01")
            .size());
  }

  @Test
  void dmGrow01_negativeValueOrZeroBase_isAFindingOnThatStatistic() {
    AreaStatistics negative =
        new AreaStatistics(
            COUNTY, 2018, Money.ofWan(-120), Money.ofWan(120), Money.ofWan(130), 0, 0, 0);
    Finding f =
        only(
            validate(d("2019-01-01"), stats(2017, 100, 100, 100), negative),
            "DM-GROW-01",
            Severity.ERROR,
            "area_statistics",
            "130425000000/2018",
            "transaction_volume");
    assertTrue(f.observed().contains("negative"), f.observed());
    Finding zero =
        only(
            validate(d("2019-01-01"), stats(2017, 0, 100, 100), stats(2018, 120, 120, 130)),
            "DM-GROW-01",
            Severity.ERROR,
            "area_statistics",
            "130425000000/2017",
            "transaction_volume");
    assertTrue(zero.observed().contains("base not positive"), zero.observed());
  }

  @Test
  void dmGrow01_noStatisticsAtAll_isNoData_infoBefore_errorOnTheDeadline() {
    only(
        validate(d("2018-12-30"), List.of()),
        "DM-GROW-01",
        Severity.INFO,
        "dataset",
        "",
        "area_statistics");
    Finding f =
        only(
            validate(d("2018-12-31"), List.of()),
            "DM-GROW-01",
            Severity.ERROR,
            "dataset",
            "",
            "area_statistics");
    assertEquals("no data", f.observed());
    // one year only: no pair to compare
    only(
        validate(d("2018-12-31"), stats(2018, 1, 1, 1)),
        "DM-GROW-01",
        Severity.ERROR,
        "area_statistics",
        "130425000000/2018",
        "year");
  }

  private static org.epar.core.model.Site warehouse(
      String id, org.epar.core.model.SiteType type, String opened) {
    return new org.epar.core.model.Site(
        id,
        type,
        id,
        null,
        null,
        null,
        1,
        java.util.Set.of(),
        java.util.Set.of(),
        java.util.Set.of(),
        java.util.Set.of(),
        java.util.Set.of(),
        null,
        true,
        d(opened),
        null,
        0);
  }

  @Test
  void dmTime01_warehousesRunningByTheLayoutDeadline_theDayAfterIsAFinding() {
    silent(
        validate(
            d("2018-12-31"),
            warehouse("wh", org.epar.core.model.SiteType.COUNTY_WAREHOUSE, "2018-01-31"),
            warehouse(
                "tdc", org.epar.core.model.SiteType.TOWNSHIP_DISTRIBUTION_CENTRE, "2018-01-15")),
        "DM-TIME-01");
    Finding f =
        only(
            validate(
                d("2018-12-31"),
                warehouse("wh", org.epar.core.model.SiteType.COUNTY_WAREHOUSE, "2018-01-31"),
                warehouse(
                    "tdc",
                    org.epar.core.model.SiteType.TOWNSHIP_DISTRIBUTION_CENTRE,
                    "2018-02-01")),
            "DM-TIME-01",
            Severity.ERROR,
            "site",
            "tdc",
            "opened_on");
    assertEquals("2018-01-31", f.threshold());
    // a village station opened later is not a warehouse
    silent(
        validate(
            d("2018-12-31"),
            warehouse("vs", org.epar.core.model.SiteType.VILLAGE_STATION, "2018-06-01")),
        "DM-TIME-01");
  }

  private static Milestone ms(MilestoneKind kind, String achieved) {
    return new Milestone(kind.name(), kind, null, achieved == null ? null : d(achieved));
  }

  @Test
  void dmTime01_everyMilestoneOnTime_isSatisfied() {
    silent(
        validate(
            d("2018-12-31"),
            ms(MilestoneKind.LOGISTICS_LAYOUT, "2018-01-31"),
            ms(MilestoneKind.OPERATION_START, "2018-01-20"),
            ms(MilestoneKind.ACCEPTANCE_APPLICATION, "2018-10-31"),
            liaison(REPORTER, d("2017-12-31"))),
        "DM-TIME-01");
  }

  @Test
  void dmTime01_logisticsLayoutLate_isErrorAtMilestone() {
    ValidationReport r =
        validate(
            d("2018-06-01"),
            ms(MilestoneKind.LOGISTICS_LAYOUT, "2018-02-01"),
            ms(MilestoneKind.OPERATION_START, "2018-01-20"),
            liaison(REPORTER, d("2017-12-31")));
    Finding f =
        only(r, "DM-TIME-01", Severity.ERROR, "milestone", "LOGISTICS_LAYOUT", "achieved_on");
    assertEquals("2018-01-31", f.deadline() == null ? f.threshold() : f.deadline().toString());
    assertFalse(f.messageEn().contains("{deadline}"));
  }

  @Test
  void dmTime01_acceptanceApplicationMissingAfterItsDate_isErrorAtDataset() {
    ValidationReport r =
        validate(
            d("2018-11-01"),
            ms(MilestoneKind.LOGISTICS_LAYOUT, "2018-01-31"),
            ms(MilestoneKind.OPERATION_START, "2018-01-20"),
            liaison(REPORTER, d("2017-12-31")));
    only(r, "DM-TIME-01", Severity.ERROR, "dataset", "", "milestones");
  }
}
