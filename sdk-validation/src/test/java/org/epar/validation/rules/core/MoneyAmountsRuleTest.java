package org.epar.validation.rules.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.epar.validation.EparValidator;
import org.epar.validation.Finding;
import org.epar.validation.Profiles;
import org.epar.validation.Severity;
import org.epar.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/** CORE-MONEY-01: break and satisfy. */
class MoneyAmountsRuleTest {

  record Allocation(String category, BigDecimal amount) {}

  record Fund(String id, BigDecimal totalAmount, List<Allocation> allocations) {}

  private static ValidationReport validate(Object... records) {
    return EparValidator.builder()
        .profile(Profiles.builtIn("guangdong-2018"))
        .asOf(LocalDate.of(2018, 6, 1))
        .parallelism(1)
        .build()
        .validate(List.of(records));
  }

  @Test
  void coreMoney01_exactNonNegativeFen_isSatisfied() {
    ValidationReport r =
        validate(
            new Fund(
                "f1",
                new BigDecimal("15000000.00"),
                List.of(new Allocation("TRAINING", new BigDecimal("2250000.5")))));
    assertTrue(r.findings(MoneyAmountsRule.ID).isEmpty(), r.toString());
    assertTrue(r.isAccepted());
  }

  @Test
  void coreMoney01_negativeOrSubFenAmounts_areErrorsWithJsonPath() {
    ValidationReport r =
        validate(
            new Fund(
                "f1",
                new BigDecimal("-1.00"),
                List.of(
                    new Allocation("TRAINING", new BigDecimal("1.00")),
                    new Allocation("LOGISTICS", new BigDecimal("0.001")))));
    List<Finding> f = r.findings(MoneyAmountsRule.ID);
    assertEquals(1, f.size()); // grouped: same rule, same object
    assertEquals(2, f.get(0).count());
    assertEquals(Severity.ERROR, f.get(0).severity());
    assertEquals("Fund", f.get(0).location().objectType());
    assertEquals("f1", f.get(0).location().objectId());
    // the group keeps the first occurrence in canonical order (index, then path)
    assertEquals("allocations[1].amount", f.get(0).location().path());
    assertEquals(0, f.get(0).location().index());
    assertTrue(f.get(0).messageEn().contains("at most 2 decimals"));
  }

  @Test
  void coreMoney01_nanDouble_isError() {
    record Legacy(String id, double amount) {}
    Finding f = validate(new Legacy("x", Double.NaN)).findings(MoneyAmountsRule.ID).get(0);
    assertEquals("NaN", f.observed());
    assertEquals("amount", f.location().path());
  }

  @Test
  void snakeCase_followsJsonNaming() {
    assertEquals("total_amount", MoneyAmountsRule.snake("totalAmount"));
    assertEquals("amount", MoneyAmountsRule.snake("amount"));
  }

  @Test
  void coreMoney01_negativeModelAmount_isLocatedByWireNameAndKey() {
    org.epar.core.model.Fund fund =
        new org.epar.core.model.Fund(
            "F-1", "central", null, org.epar.core.money.Money.ofFen(-1), null, true, null, null);
    List<Finding> f = validate(fund).findings(MoneyAmountsRule.ID);
    assertEquals(1, f.size(), f::toString);
    assertEquals(Severity.ERROR, f.get(0).severity());
    assertEquals("fund", f.get(0).location().objectType());
    assertEquals("F-1", f.get(0).location().objectId());
    assertEquals("total", f.get(0).location().path());
    assertTrue(
        validate(
                new org.epar.core.model.Fund(
                    "F-1",
                    "central",
                    null,
                    org.epar.core.money.Money.ofFen(0),
                    null,
                    true,
                    null,
                    null))
            .findings(MoneyAmountsRule.ID)
            .isEmpty());
  }

  private static org.epar.core.model.Site site(
      BigDecimal floorArea, org.epar.core.money.Money retail) {
    return new org.epar.core.model.Site(
        "S-1",
        org.epar.core.model.SiteType.VILLAGE_STATION,
        "s",
        null,
        floorArea,
        null,
        1,
        java.util.Set.of(),
        java.util.Set.of(),
        java.util.Set.of(),
        java.util.Set.of(),
        java.util.Set.of(),
        null,
        false,
        null,
        retail,
        0);
  }

  @Test
  void coreMoney01_floorAreaIsNotMoney_butTheSitesRetailIs() {
    // revision 2: 10.125 m² is an area, not an amount (bug class 1: it was an ERROR)
    assertTrue(
        validate(site(new BigDecimal("10.125"), null)).findings(MoneyAmountsRule.ID).isEmpty());
    assertTrue(
        validate(site(new BigDecimal("-3"), org.epar.core.money.Money.ZERO))
            .findings(MoneyAmountsRule.ID)
            .isEmpty());
    // the boundary of money itself: 0.00 passes, one fen below it fails
    List<Finding> f =
        validate(site(BigDecimal.TEN, org.epar.core.money.Money.ofFen(-1)))
            .findings(MoneyAmountsRule.ID);
    assertEquals(1, f.size(), f::toString);
    assertEquals("annual_online_retail", f.get(0).location().path());
  }

  @Test
  void coreMoney01_progressAndIndicatorsAreNotMoney_signedIncomeGrowthMayBeNegative() {
    org.epar.core.model.FundPerformance perf =
        new org.epar.core.model.FundPerformance(
            org.epar.core.money.Money.ofYuan(10),
            1,
            1,
            1,
            org.epar.core.money.Money.ofFen(-500),
            org.epar.core.money.Money.ZERO);
    org.epar.core.model.ReportStatistics stats =
        new org.epar.core.model.ReportStatistics(
            1, 1L, org.epar.core.money.Money.ZERO, 1, 1, org.epar.core.money.Money.ofYuan(-7));
    org.epar.core.model.AnnualReport annual =
        new org.epar.core.model.AnnualReport(
            null,
            new org.epar.core.model.Progress(new BigDecimal("0.405"), new BigDecimal("1.2345")),
            stats,
            null,
            perf,
            java.util.Map.of("growth", new BigDecimal("-0.05")),
            null);
    assertTrue(
        validate(annual).findings(MoneyAmountsRule.ID).isEmpty(),
        () -> validate(annual).toString());
    // unsigned money in the same report still fails one fen below zero
    org.epar.core.model.FundPerformance spent =
        new org.epar.core.model.FundPerformance(
            org.epar.core.money.Money.ofFen(-1), 1, 1, 1, null, null);
    List<Finding> f =
        validate(
                new org.epar.core.model.AnnualReport(
                    null, null, null, null, spent, java.util.Map.of(), null))
            .findings(MoneyAmountsRule.ID);
    assertEquals(1, f.size(), f::toString);
    assertEquals("fund_performance.funds_used", f.get(0).location().path());
  }

  @Test
  void coreMoney01_monthlyProgressIsNotMoney() {
    org.epar.core.model.MonthlyReport monthly =
        new org.epar.core.model.MonthlyReport(
            null,
            new org.epar.core.model.Progress(new BigDecimal("0.405"), new BigDecimal("-0.001")),
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of(site(new BigDecimal("10.125"), null)));
    assertTrue(validate(monthly).findings(MoneyAmountsRule.ID).isEmpty());
  }
}
