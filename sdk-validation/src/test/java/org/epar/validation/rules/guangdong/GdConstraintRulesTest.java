package org.epar.validation.rules.guangdong;

import static org.epar.validation.rules.guangdong.GdFixtures.EARLY_2019;
import static org.epar.validation.rules.guangdong.GdFixtures.annual;
import static org.epar.validation.rules.guangdong.GdFixtures.assertFinding;
import static org.epar.validation.rules.guangdong.GdFixtures.only;
import static org.epar.validation.rules.guangdong.GdFixtures.poorVillages;
import static org.epar.validation.rules.guangdong.GdFixtures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.epar.core.id.DivisionCode;
import org.epar.core.id.TraceCode;
import org.epar.core.model.Brand;
import org.epar.core.model.BrandKind;
import org.epar.core.model.County;
import org.epar.core.model.DemonstrationLevel;
import org.epar.core.model.EparRecord;
import org.epar.core.model.FundPerformance;
import org.epar.core.model.Product;
import org.epar.core.model.TracedItem;
import org.epar.core.model.Village;
import org.epar.core.money.Money;
import org.epar.validation.Finding;
import org.epar.validation.Severity;
import org.epar.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/** GD-TRACE-01, GD-BRAND-01, GD-FUND-01: constraints, broken and satisfied. */
class GdConstraintRulesTest {

  private static final LocalDate AS_OF = EARLY_2019;

  // ---- GD-TRACE-01

  private static TracedItem item(TraceCode code) {
    return new TracedItem(code, "p1", null, "H1", null);
  }

  @Test
  void gdTrace01_villageAndProductCodes_areSilent() {
    ValidationReport r = validate(AS_OF, item(TraceCode.village("441521101001", "HONEY01")));
    assertTrue(r.findings(TraceSchemeRule.ID).isEmpty(), r::toString);
  }

  @Test
  void gdTrace01_gtin_isInfoWithSchemeNotCode() {
    // revision 2: the list ends in 等, so another scheme is INFO, not an ERROR
    TracedItem gtin = item(TraceCode.of("09501101530003"));
    Finding f = only(validate(AS_OF, gtin), TraceSchemeRule.ID);
    assertFinding(f, "GD-TRACE-01", Severity.INFO, "traced_item", "09501101530003");
    assertEquals("code", f.location().path());
    assertEquals("GTIN", f.observed());
    assertEquals("PRODUCT,VILLAGE", f.threshold());
  }

  @Test
  void gdTrace01_householdScheme_isInfo() {
    TraceCode h = TraceCode.householdProduct("441521101001", "H0001", "HONEY01");
    Finding f = only(validate(AS_OF, item(h)), TraceSchemeRule.ID);
    assertEquals("HOUSEHOLD_PRODUCT", f.observed());
    assertEquals(Severity.INFO, f.severity());
  }

  @Test
  void gdTrace01_codeIdentifyingNoProducer_isError() {
    TracedItem none =
        new TracedItem(TraceCode.village("441521101001", "HONEY01"), "p1", null, " ", null);
    Finding f = only(validate(AS_OF, none), TraceSchemeRule.ID);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("no producer", f.observed());
  }

  @Test
  void gdTrace01_missingOrUnknownCode_isLeftToCore() {
    ValidationReport r =
        validate(
            AS_OF, new TracedItem(null, "p1", null, null, null), item(TraceCode.of("Z-nothing")));
    assertTrue(r.findings(TraceSchemeRule.ID).isEmpty(), r::toString);
  }

  // ---- GD-BRAND-01

  private static List<EparRecord> brand(int poorVillages, int producing, BrandKind kind) {
    List<Village> villages = poorVillages("441521", poorVillages);
    List<DivisionCode> produced = new ArrayList<>();
    for (int i = 0; i < producing; i++) {
      produced.add(villages.get(i).code());
    }
    produced.add(DivisionCode.of("441821101001")); // another county's village does not count
    List<EparRecord> r = new ArrayList<>(villages);
    r.add(
        new County(
            DivisionCode.of("441521"), null, true, DemonstrationLevel.NATIONAL, false, 2017));
    r.add(new Product("p1", "honey", null, produced, Set.of(), "b1", true, false, false));
    r.add(new Brand("b1", "Haifeng honey", kind, DivisionCode.of("441521"), "p1"));
    return r;
  }

  @Test
  void gdBrand01_599of1000PoorVillages_isWarning() {
    // revision 2: 重点 is a priority, not a ban
    Finding f =
        only(validate(AS_OF, brand(1000, 599, BrandKind.REGIONAL_PUBLIC)), RegionalBrandRule.ID);
    assertFinding(f, "GD-BRAND-01", Severity.WARNING, "brand", "b1");
    assertEquals("product", f.location().path());
    assertEquals("0.5990", f.observed());
    assertEquals("0.60", f.threshold());
  }

  @Test
  void gdBrand01_600of1000PoorVillages_isSilent() {
    ValidationReport r = validate(AS_OF, brand(1000, 600, BrandKind.REGIONAL_PUBLIC));
    assertTrue(r.findings(RegionalBrandRule.ID).isEmpty(), r::toString);
  }

  @Test
  void gdBrand01_otherBrandKinds_areNotChecked() {
    ValidationReport r = validate(AS_OF, brand(10, 0, BrandKind.ENTERPRISE));
    assertTrue(r.findings(RegionalBrandRule.ID).isEmpty(), r::toString);
  }

  @Test
  void gdBrand01_countyThatIsNotADemonstrationCounty_isNotJudged() {
    List<EparRecord> r = brand(10, 0, BrandKind.REGIONAL_PUBLIC);
    r.replaceAll(
        x ->
            x instanceof County c
                ? new County(c.code(), null, true, DemonstrationLevel.NONE, false, 0)
                : x);
    assertTrue(validate(AS_OF, r).findings(RegionalBrandRule.ID).isEmpty());
  }

  @Test
  void gdBrand01_unresolvedProduct_producesNowhere() {
    List<EparRecord> r = new ArrayList<>(poorVillages("441521", 3));
    r.add(
        new County(
            DivisionCode.of("441521"), null, true, DemonstrationLevel.PROVINCIAL, false, 2017));
    r.add(new Brand("b2", null, BrandKind.REGIONAL_PUBLIC, DivisionCode.of("441521"), "missing"));
    assertEquals("0.0000", only(validate(AS_OF, r), RegionalBrandRule.ID).observed());
  }

  @Test
  void gdBrand01_errorExactlyBelowSixtyPercent() {
    qt().withExamples(60)
        .forAll(integers().between(1, 30), integers().between(0, 30))
        .checkAssert(
            (poor, producing) -> {
              int p = Math.min(poor, producing);
              List<Finding> f =
                  validate(AS_OF, brand(poor, p, BrandKind.REGIONAL_PUBLIC))
                      .findings(RegionalBrandRule.ID);
              assertEquals(10L * p < 6L * poor, !f.isEmpty(), p + "/" + poor);
            });
  }

  // ---- GD-FUND-01

  @Test
  void gdFund01_allPartsReported_isSilent() {
    FundPerformance fp = new FundPerformance(Money.ofWan(100), 3, 120, 40, Money.ofYuan(0), null);
    ValidationReport r = validate(AS_OF, annual("ar-2018", fp));
    assertTrue(r.findings(FundPerformanceReportRule.ID).isEmpty(), r::toString);
  }

  @Test
  void gdFund01_missingEmploymentAndIncome_isErrorAtFirstMissingPart() {
    FundPerformance fp = new FundPerformance(Money.ofWan(100), 3, 120, null, null, null);
    Finding f = only(validate(AS_OF, annual("ar-2018", fp)), FundPerformanceReportRule.ID);
    assertFinding(f, "GD-FUND-01", Severity.ERROR, "annual_report", "ar-2018");
    assertEquals("fund_performance.employment", f.location().path());
    assertEquals("EMPLOYMENT,INCOME_GROWTH", f.observed());
  }

  @Test
  void gdFund01_noFundPerformance_isError() {
    Finding f = only(validate(AS_OF, annual("ar-2018", null)), FundPerformanceReportRule.ID);
    assertEquals("fund_performance", f.location().path());
    assertEquals(
        "SPECIAL_FUND_USE,POOR_VILLAGES_SELLING,POOR_HOUSEHOLDS_SELLING,EMPLOYMENT,INCOME_GROWTH",
        f.observed());
  }
}
