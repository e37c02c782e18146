package org.epar.validation.rules.daming.plan;

import static org.epar.validation.rules.daming.plan.Fixtures.d;
import static org.epar.validation.rules.daming.plan.Fixtures.fund;
import static org.epar.validation.rules.daming.plan.Fixtures.only;
import static org.epar.validation.rules.daming.plan.Fixtures.silent;
import static org.epar.validation.rules.daming.plan.Fixtures.site;
import static org.epar.validation.rules.daming.plan.Fixtures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.epar.core.model.Allocation;
import org.epar.core.model.AnnualReport;
import org.epar.core.model.Disbursement;
import org.epar.core.model.DisbursementKind;
import org.epar.core.model.EparRecord;
import org.epar.core.model.Expense;
import org.epar.core.model.ExpenseCategory;
import org.epar.core.model.Fund;
import org.epar.core.model.FundCategory;
import org.epar.core.model.FundPlan;
import org.epar.core.model.FundingSource;
import org.epar.core.model.SelfEvaluation;
import org.epar.core.model.StationCharge;
import org.epar.core.model.Tender;
import org.epar.core.money.Money;
import org.epar.validation.Finding;
import org.epar.validation.Severity;
import org.epar.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/** DM-FUND-01..07: break and satisfy, boundaries of the document, and a property for the caps. */
class FundRulesTest {

  private static final LocalDate AS_OF = d("2018-12-31");

  private static Allocation alloc(String id, FundCategory c, Money amount) {
    return new Allocation(id, "p1", c, amount);
  }

  private static ValidationReport plan(Allocation... allocations) {
    List<EparRecord> records = new ArrayList<>(List.of(allocations));
    records.add(new FundPlan("p1", "f1", 1, null, null, null, null));
    return validate(AS_OF, records);
  }

  @Test
  void dmFund01_training15point00Percent_isSatisfied() {
    ValidationReport r = plan(alloc("a1", FundCategory.TRAINING, Money.ofWan(225)));
    silent(r, "DM-FUND-01");
    silent(r, "DM-FUND-02");
  }

  @Test
  void dmFund01_training15point01Percent_isWarningWithinTheAdjustmentAllowance() {
    ValidationReport r = plan(alloc("a1", FundCategory.TRAINING, Money.parse("2251500.00")));
    Finding f = only(r, "DM-FUND-01", Severity.WARNING, "fund_plan", "p1", "allocations");
    assertEquals("0.15", f.threshold());
    silent(r, "DM-FUND-02"); // 1500 yuan above the cap is within 30万
  }

  @Test
  void dmFund01_childrenRollUpIntoTheirParent() {
    // standards 300万 + processing 225万 + logistics 450万 = 975万: every cap exactly reached
    silent(
        plan(
            alloc("a1", FundCategory.UPWARD_STANDARDS, Money.ofWan(300)),
            alloc("a2", FundCategory.UPWARD_PROCESSING, Money.ofWan(225)),
            alloc("a3", FundCategory.UPWARD_LOGISTICS, Money.ofWan(450))),
        "DM-FUND-01");
    // one fen of the parent's own money pushes UPWARD over 65%
    only(
        plan(
            alloc("a1", FundCategory.UPWARD_STANDARDS, Money.ofWan(300)),
            alloc("a2", FundCategory.UPWARD_PROCESSING, Money.ofWan(225)),
            alloc("a3", FundCategory.UPWARD_LOGISTICS, Money.ofWan(450)),
            alloc("a4", FundCategory.UPWARD, Money.ofFen(1))),
        "DM-FUND-01",
        Severity.WARNING,
        "fund_plan",
        "p1",
        "allocations");
  }

  @Test
  void dmFund02_exactly30WanAboveTheCaps_isSatisfied() {
    ValidationReport r = plan(alloc("a1", FundCategory.TRAINING, Money.ofWan(255)));
    silent(r, "DM-FUND-02");
    only(r, "DM-FUND-01", Severity.WARNING, "fund_plan", "p1", "allocations");
  }

  @Test
  void dmFund02_30WanAndOneFenAboveTheCaps_isError() {
    ValidationReport r =
        plan(alloc("a1", FundCategory.TRAINING, Money.ofWan(255).plus(Money.ofFen(1))));
    Finding f = only(r, "DM-FUND-02", Severity.ERROR, "fund_plan", "p1", "allocations");
    assertEquals("300000.01", f.observed());
    assertEquals("0.02", f.threshold());
  }

  @Test
  void dmFund02_subCategoryExcessIsNotCountedAgainForItsParent() {
    // logistics 30万 over its cap and, through it, UPWARD 30万 over: 30万 moved, not 60万
    ValidationReport r =
        plan(
            alloc("a1", FundCategory.UPWARD_STANDARDS, Money.ofWan(300)),
            alloc("a2", FundCategory.UPWARD_PROCESSING, Money.ofWan(225)),
            alloc("a3", FundCategory.UPWARD_LOGISTICS, Money.ofWan(480)));
    silent(r, "DM-FUND-02");
    assertEquals(2, r.findings("DM-FUND-01").get(0).count());
  }

  @Test
  void dmFund02_otherCountsWhollyAsExcess() {
    // 30万 in OTHER is exactly the allowance; one fen more is moved away from the shares
    silent(plan(alloc("a1", FundCategory.OTHER, Money.ofWan(30))), "DM-FUND-02");
    Finding f =
        only(
            plan(alloc("a1", FundCategory.OTHER, Money.ofWan(30).plus(Money.ofFen(1)))),
            "DM-FUND-02",
            Severity.ERROR,
            "fund_plan",
            "p1",
            "allocations");
    assertEquals("300000.01", f.observed());
    // OTHER adds to the excess of the capped categories: 20万 over TRAINING + 10万 OTHER = 30万
    silent(
        plan(
            alloc("a1", FundCategory.TRAINING, Money.ofWan(245)),
            alloc("a2", FundCategory.OTHER, Money.ofWan(10))),
        "DM-FUND-02");
    only(
        plan(
            alloc("a1", FundCategory.TRAINING, Money.ofWan(245)),
            alloc("a2", FundCategory.OTHER, Money.ofWan(10).plus(Money.ofFen(1)))),
        "DM-FUND-02",
        Severity.ERROR,
        "fund_plan",
        "p1",
        "allocations");
  }

  @Test
  void dmFund02_subCategoryExcessBeyondTheParents_countsToo() {
    // standards 31万 over its cap but UPWARD within its own: the 31万 still moved
    only(
        plan(alloc("a1", FundCategory.UPWARD_STANDARDS, Money.ofWan(331))),
        "DM-FUND-02",
        Severity.ERROR,
        "fund_plan",
        "p1",
        "allocations");
    silent(plan(alloc("a1", FundCategory.UPWARD_STANDARDS, Money.ofWan(330))), "DM-FUND-02");
  }

  @Test
  void dmFund02_allocationsBeyondALongOfFen_areOneFindingNotAFailure() {
    ValidationReport r =
        plan(
            alloc("a1", FundCategory.TRAINING, Money.ofFen(Long.MAX_VALUE)),
            alloc("a2", FundCategory.TRAINING, Money.ofFen(1)));
    Finding f = only(r, "DM-FUND-02", Severity.ERROR, "fund_plan", "p1", "allocations");
    assertTrue(f.observed().contains("overflow"), f.observed());
  }

  private static final FundCategory[] CATEGORIES = FundCategory.values();

  @Test
  void dmFund01_property_firesIffAnExactShareExceedsItsCap() {
    Map<FundCategory, BigDecimal> caps =
        Map.of(
            FundCategory.UPWARD, new BigDecimal("0.65"),
            FundCategory.UPWARD_STANDARDS, new BigDecimal("0.20"),
            FundCategory.UPWARD_PROCESSING, new BigDecimal("0.15"),
            FundCategory.UPWARD_LOGISTICS, new BigDecimal("0.30"),
            FundCategory.SERVICE_SYSTEM, new BigDecimal("0.20"),
            FundCategory.SERVICE_CENTRE, new BigDecimal("0.10"),
            FundCategory.VILLAGE_STATIONS, new BigDecimal("0.10"),
            FundCategory.TRAINING, new BigDecimal("0.15"));
    BigDecimal total = new BigDecimal("1500000000"); // fen
    qt().withExamples(150)
        .forAll(lists().of(longs().between(0, 300_000_000L)).ofSize(CATEGORIES.length))
        .checkAssert(
            fen -> {
              List<Allocation> allocations = new ArrayList<>();
              for (int i = 0; i < CATEGORIES.length; i++) {
                allocations.add(alloc("a" + i, CATEGORIES[i], Money.ofFen(fen.get(i))));
              }
              boolean expected = false;
              for (Map.Entry<FundCategory, BigDecimal> cap : caps.entrySet()) {
                long amount = fen.get(cap.getKey().ordinal());
                for (FundCategory c : CATEGORIES) {
                  if (FundCaps.parent(c) == cap.getKey()) {
                    amount += fen.get(c.ordinal());
                  }
                }
                expected |=
                    BigDecimal.valueOf(amount).compareTo(cap.getValue().multiply(total)) > 0;
              }
              assertEquals(
                  expected,
                  !plan(allocations.toArray(new Allocation[0])).findings("DM-FUND-01").isEmpty(),
                  fen::toString);
            });
  }

  @Test
  void dmFund03_centralFundPaysForBuilding_isError() {
    ValidationReport r =
        validate(
            AS_OF,
            fund("f1", FundingSource.CENTRAL_GOVERNMENT),
            new Expense(
                "e1", "f1", ExpenseCategory.BUILDING, Money.ofWan(10), d("2018-03-01"), "x"));
    Finding f = only(r, "DM-FUND-03", Severity.ERROR, "expense", "e1", "category");
    assertEquals("BUILDING", f.observed());
  }

  @Test
  void dmFund03_localFundOrAllowedCategory_isSatisfied() {
    silent(
        validate(
            AS_OF,
            fund("f1", FundingSource.CENTRAL_GOVERNMENT),
            fund("f2", FundingSource.LOCAL_GOVERNMENT),
            new Expense(
                "e1", "f2", ExpenseCategory.SALARIES, Money.ofWan(10), d("2018-03-01"), "x"),
            new Expense(
                "e2", "f1", ExpenseCategory.EQUIPMENT, Money.ofWan(10), d("2018-03-01"), "x")),
        "DM-FUND-03");
  }

  @Test
  void dmFund04_nineWorkingDaysAcrossNationalDay2018_isError() {
    // published Tue 2018-09-25; working days 09-26..09-30 (09-29/30 made up), 10-08..10-11 = 9
    FundPlan p = new FundPlan("p1", "f1", 1, null, d("2018-09-25"), d("2018-10-12"), null);
    Finding f =
        only(validate(AS_OF, p), "DM-FUND-04", Severity.ERROR, "fund_plan", "p1", "reported_on");
    assertEquals("9", f.observed());
    assertEquals("10", f.threshold());
  }

  @Test
  void dmFund04_tenWorkingDaysAcrossNationalDay2018_isSatisfied() {
    FundPlan p =
        new FundPlan("p1", "f1", 1, null, d("2018-09-25"), d("2018-10-15"), d("2018-10-15"));
    silent(validate(AS_OF, p, new Tender("t1", "f1", true, null, null, null)), "DM-FUND-04");
  }

  @Test
  void dmFund04_yearTheCalendarDoesNotCover_isAFindingNamingTheYear() {
    int missing =
        java.util.stream.IntStream.rangeClosed(1900, 2200)
            .filter(
                y ->
                    !org.epar.core.period.WorkingDayCalendar.china().covers(y)
                        && org.epar.core.period.WorkingDayCalendar.china().covers(y - 1))
            .findFirst()
            .orElseThrow();
    LocalDate start = LocalDate.of(missing - 1, 12, 20);
    FundPlan p = new FundPlan("p1", "f1", 1, null, start, LocalDate.of(missing, 1, 20), null);
    Finding f =
        only(validate(AS_OF, p), "DM-FUND-04", Severity.ERROR, "fund_plan", "p1", "reported_on");
    assertEquals("calendar has no data for " + missing, f.observed());
    // a sentence of its own: the days cannot be counted, so none are named as published
    assertEquals(
        "The publication period of the allocation plan cannot be counted in working days: the"
            + " holiday calendar has no data for "
            + missing
            + "; at least 10 working days are required.",
        f.messageEn());
    assertEquals("无法按工作日计算资金安排方案的公示期：工作日历缺少 " + missing + " 年的数据；公示期应不少于 10 个工作日。", f.messageZh());
    // the boundary: reported on 01-01 of the missing year counts only days of the covered year
    FundPlan edge = new FundPlan("p1", "f1", 1, null, start, LocalDate.of(missing, 1, 1), null);
    assertFalse(
        only(validate(AS_OF, edge), "DM-FUND-04", Severity.ERROR, "fund_plan", "p1", "reported_on")
            .observed()
            .contains("calendar"));
    // an absurd span (year 0 to 9999) is one finding, not a failure of the rule
    FundPlan absurd =
        new FundPlan("p1", "f1", 1, null, LocalDate.of(0, 1, 1), LocalDate.of(9999, 1, 1), null);
    assertTrue(
        only(
                validate(AS_OF, absurd),
                "DM-FUND-04",
                Severity.ERROR,
                "fund_plan",
                "p1",
                "reported_on")
            .observed()
            .startsWith("calendar has no data for 0"));
  }

  @Test
  void dmFund04_contractorNotByPublicTender_isError() {
    only(
        validate(AS_OF, new Tender("t1", "f1", false, null, null, null)),
        "DM-FUND-04",
        Severity.ERROR,
        "tender",
        "t1",
        "public_tender");
  }

  private static Fund startedFund() {
    return new Fund(
        "f1",
        "fund",
        null,
        Money.ofWan(1500),
        FundingSource.CENTRAL_GOVERNMENT,
        true,
        d("2018-01-10"),
        null);
  }

  private static Disbursement pay(String id, DisbursementKind kind, Money amount, String date) {
    return new Disbursement(id, "f1", null, kind, amount, d(date), null);
  }

  @Test
  void dmFund05_60PercentAdvanceAnd10PercentRetained_isSatisfied() {
    silent(
        validate(
            AS_OF,
            startedFund(),
            pay("d1", DisbursementKind.ADVANCE, Money.ofWan(900), "2018-01-15"),
            pay("d2", DisbursementKind.PROGRESS, Money.ofWan(450), "2018-06-01")),
        "DM-FUND-05");
  }

  @Test
  void dmFund05_oneFenIntoTheRetention_isErrorAtFund() {
    only(
        validate(
            AS_OF,
            startedFund(),
            pay("d1", DisbursementKind.ADVANCE, Money.ofWan(900), "2018-01-15"),
            pay(
                "d2",
                DisbursementKind.PROGRESS,
                Money.ofWan(450).plus(Money.ofFen(1)),
                "2018-06-01")),
        "DM-FUND-05",
        Severity.ERROR,
        "fund",
        "f1",
        "");
  }

  @Test
  void dmFund05_firstAdvanceBelow60Percent_isErrorAtDisbursement() {
    only(
        validate(
            AS_OF,
            startedFund(),
            pay(
                "d1",
                DisbursementKind.ADVANCE,
                Money.ofWan(900).minus(Money.ofFen(1)),
                "2018-01-15")),
        "DM-FUND-05",
        Severity.ERROR,
        "disbursement",
        "d1",
        "amount");
  }

  @Test
  void dmFund05_firstAdvanceBookedPerAllocationOnOneDay_isOneTranche() {
    silent(
        validate(
            AS_OF,
            startedFund(),
            pay("d1", DisbursementKind.ADVANCE, Money.ofWan(500), "2018-01-15"),
            pay("d2", DisbursementKind.ADVANCE, Money.ofWan(400), "2018-01-15")),
        "DM-FUND-05");
  }

  @Test
  void dmFund05_firstAdvanceDayBelow60Percent_laterAdvancesDoNotCount() {
    only(
        validate(
            AS_OF,
            startedFund(),
            pay("d1", DisbursementKind.ADVANCE, Money.ofWan(500), "2018-01-15"),
            pay("d2", DisbursementKind.ADVANCE, Money.ofWan(400), "2018-01-16")),
        "DM-FUND-05",
        Severity.ERROR,
        "disbursement",
        "d1",
        "amount");
  }

  @Test
  void dmFund05_finalPaymentBeforeAcceptance_isError() {
    only(
        validate(
            AS_OF,
            startedFund(),
            pay("d1", DisbursementKind.ADVANCE, Money.ofWan(900), "2018-01-15"),
            pay("d2", DisbursementKind.FINAL, Money.ofWan(10), "2018-06-01")),
        "DM-FUND-05",
        Severity.ERROR,
        "disbursement",
        "d2",
        "kind");
  }

  @Test
  void dmFund06_noSeparateAccount_isError() {
    Fund f =
        new Fund(
            "f1",
            "fund",
            null,
            Money.ofWan(1500),
            FundingSource.CENTRAL_GOVERNMENT,
            false,
            null,
            null);
    only(validate(AS_OF, f), "DM-FUND-06", Severity.ERROR, "fund", "f1", "separate_account");
  }

  @Test
  void dmFund06_depositChargedToStation_isError() {
    only(
        validate(AS_OF, site("s1", Set.of(StationCharge.DEPOSIT))),
        "DM-FUND-06",
        Severity.ERROR,
        "site",
        "s1",
        "charges_levied");
  }

  @Test
  void dmFund06_separateAccountAndNoCharges_isSatisfied() {
    silent(
        validate(AS_OF, fund("f1", FundingSource.CENTRAL_GOVERNMENT), site("s1", Set.of())),
        "DM-FUND-06");
  }

  private static AnnualReport annual(SelfEvaluation e) {
    return new AnnualReport(null, null, null, e, null, Map.of(), null);
  }

  @Test
  void dmFund07_selfEvaluationWithoutFundReporting_isError() {
    Finding f =
        only(
            validate(AS_OF, annual(new SelfEvaluation("a", "b", "c", "d", " "))),
            "DM-FUND-07",
            Severity.ERROR,
            "annual_report",
            "",
            "self_evaluation.fund_reporting");
    assertEquals("FUND_REPORTING", f.observed());
  }

  @Test
  void dmFund07_completeSelfEvaluation_isSatisfied() {
    silent(validate(AS_OF, annual(new SelfEvaluation("a", "b", "c", "d", "e"))), "DM-FUND-07");
  }
}
