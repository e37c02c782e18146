package org.epar.validation.rules.heilongjiang;

import static org.epar.validation.rules.heilongjiang.HljFixtures.assertFinding;
import static org.epar.validation.rules.heilongjiang.HljFixtures.header;
import static org.epar.validation.rules.heilongjiang.HljFixtures.only;
import static org.epar.validation.rules.heilongjiang.HljFixtures.site;
import static org.epar.validation.rules.heilongjiang.HljFixtures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.epar.core.model.AnnualReport;
import org.epar.core.model.Certificate;
import org.epar.core.model.CertificationType;
import org.epar.core.model.DailyReport;
import org.epar.core.model.Equipment;
import org.epar.core.model.Fund;
import org.epar.core.model.FundingSource;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.Product;
import org.epar.core.model.QuarterlyReport;
import org.epar.core.model.ReportStatistics;
import org.epar.core.model.SiteType;
import org.epar.core.money.Money;
import org.epar.validation.Finding;
import org.epar.validation.Severity;
import org.epar.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/** HLJ-SITE-02, HLJ-FUND-01, HLJ-CERT-01, HLJ-RPT-01: constraints, broken and satisfied. */
class HljConstraintRulesTest {

  private static final LocalDate AS_OF = LocalDate.of(2018, 6, 1);

  private static final Set<Equipment> FOUR_HAVES =
      EnumSet.of(Equipment.OFFICE_EQUIPMENT, Equipment.NETWORK_LINE, Equipment.MANAGEMENT_SYSTEM);

  // ---- HLJ-SITE-02

  @Test
  void hljSite02_pointWithAllFour_isSilent() {
    ValidationReport r =
        validate(AS_OF, site("s1", SiteType.VILLAGE_STATION, "230224101001", 1, FOUR_HAVES));
    assertTrue(r.findings(ServicePointEssentialsRule.ID).isEmpty(), r::toString);
  }

  @Test
  void hljSite02_pointWithoutStaffAndNetwork_isError() {
    ValidationReport r =
        validate(
            AS_OF,
            site(
                "s1",
                SiteType.VILLAGE_STATION,
                "230224101001",
                0,
                EnumSet.of(Equipment.OFFICE_EQUIPMENT, Equipment.MANAGEMENT_SYSTEM)));
    Finding f = only(r, ServicePointEssentialsRule.ID);
    assertFinding(f, "HLJ-SITE-02", Severity.ERROR, "site", "s1", "staff");
    assertEquals("STAFF,NETWORK_LINE", f.observed());
    assertEquals("STAFF,OFFICE_EQUIPMENT,NETWORK_LINE,MANAGEMENT_SYSTEM", f.threshold());
  }

  @Test
  void hljSite02_otherSiteTypes_areNotChecked() {
    ValidationReport r = validate(AS_OF, site("t1", SiteType.TOWNSHIP_STATION, "230224101"));
    assertTrue(r.findings(ServicePointEssentialsRule.ID).isEmpty(), r::toString);
  }

  @Test
  void hljSite02_errorExactlyWhenAnEssentialIsMissing() {
    Equipment[] items = FOUR_HAVES.toArray(new Equipment[0]);
    qt().forAll(integers().between(0, 15))
        .checkAssert(
            mask -> {
              Set<Equipment> eq = EnumSet.noneOf(Equipment.class);
              for (int i = 0; i < 3; i++) {
                if ((mask & (1 << i)) != 0) {
                  eq.add(items[i]);
                }
              }
              eq.add(Equipment.COMPUTER);
              int staff = (mask & 8) != 0 ? 2 : 0;
              boolean complete = mask == 15;
              assertEquals(
                  !complete,
                  !validate(AS_OF, site("s", SiteType.VILLAGE_STATION, "230224101001", staff, eq))
                      .findings(ServicePointEssentialsRule.ID)
                      .isEmpty(),
                  "mask " + mask);
            });
  }

  // ---- HLJ-FUND-01

  private static Fund fund(String id, FundingSource source) {
    return new Fund(id, null, null, Money.ofWan(10), source, true, null, null);
  }

  @Test
  void hljFund01_everyAllowedSource_isSilent() {
    ValidationReport r =
        validate(
            AS_OF,
            List.of(
                fund("f1", FundingSource.CENTRAL_GOVERNMENT),
                fund("f2", FundingSource.LOCAL_GOVERNMENT),
                fund("f3", FundingSource.PARTNER_ENTERPRISE),
                fund("f4", FundingSource.SOCIAL_DONATION),
                fund("f5", FundingSource.BENEFICIARY)));
    assertTrue(r.findings(FundSourceRule.ID).isEmpty(), r::toString);
  }

  @Test
  void hljFund01_missingSource_isError() {
    Finding f = only(validate(AS_OF, fund("f9", null)), FundSourceRule.ID);
    assertFinding(f, "HLJ-FUND-01", Severity.ERROR, "fund", "f9", "source");
    assertEquals("NONE", f.observed());
    assertEquals("GOVERNMENT,PARTNER_ENTERPRISE,SOCIAL_DONATION,BENEFICIARY", f.threshold());
  }

  // ---- HLJ-CERT-01

  private static Product product(String id, Set<CertificationType> certs) {
    List<Certificate> backing = new ArrayList<>();
    for (CertificationType t : certs) {
      backing.add(new Certificate(t, "中国绿色食品发展中心", "LB-" + t.ordinal()));
    }
    return product(id, certs, backing);
  }

  private static Product product(
      String id, Set<CertificationType> certs, List<Certificate> backing) {
    return Product.builder()
        .id(id)
        .name("rice")
        .certifications(certs)
        .certificates(backing)
        .build();
  }

  @Test
  void hljCert01_threeProductsOneMarkWithIssuerAndNumber_isSilent() {
    ValidationReport r =
        validate(
            AS_OF,
            List.of(
                product(
                    "p1",
                    EnumSet.of(
                        CertificationType.GEOGRAPHICAL_INDICATION,
                        CertificationType.GREEN_FOOD,
                        CertificationType.ORGANIC,
                        CertificationType.POLLUTION_FREE)),
                product("p2", Set.of())));
    assertTrue(r.findings(CertificationRule.ID).isEmpty(), r::toString);
  }

  @Test
  void hljCert01_otherCertification_isInfoNeverAnError() {
    // revision 2: the list is promoted, not closed; another certification is recorded, INFO
    Finding f =
        only(
            validate(
                AS_OF,
                product("p1", EnumSet.of(CertificationType.ORGANIC, CertificationType.OTHER))),
            CertificationRule.ID);
    assertFinding(f, "HLJ-CERT-01", Severity.INFO, "product", "p1", "certifications");
    assertEquals("OTHER", f.observed());
  }

  @Test
  void hljCert01_certificateWithoutNumberOrIssuer_isError() {
    for (Certificate bad :
        List.of(
            new Certificate(CertificationType.GREEN_FOOD, "中国绿色食品发展中心", null),
            new Certificate(CertificationType.GREEN_FOOD, "中国绿色食品发展中心", " "),
            new Certificate(CertificationType.GREEN_FOOD, null, "LB-1"))) {
      Finding f =
          only(
              validate(
                  AS_OF, product("p1", EnumSet.of(CertificationType.GREEN_FOOD), List.of(bad))),
              CertificationRule.ID);
      assertFinding(f, "HLJ-CERT-01", Severity.ERROR, "product", "p1", "certificates");
      assertEquals("GREEN_FOOD", f.observed());
    }
  }

  @Test
  void hljCert01_claimWithoutAnyCertificate_isError_oneFindingEvenWithOther() {
    // claimed in certifications, no certificate at all: no issuer, no number
    Finding f =
        only(
            validate(
                AS_OF,
                product(
                    "p1",
                    EnumSet.of(CertificationType.ORGANIC, CertificationType.OTHER),
                    List.of())),
            CertificationRule.ID);
    assertFinding(f, "HLJ-CERT-01", Severity.ERROR, "product", "p1", "certificates");
    assertEquals("ORGANIC,OTHER", f.observed());
  }

  @Test
  void hljCert01_certificateAloneCountsAsTheClaim_andAnUntypedIncompleteOneIsUnknown() {
    assertTrue(
        validate(
                AS_OF,
                product(
                    "p1",
                    Set.of(),
                    List.of(new Certificate(CertificationType.ORGANIC, "中绿华夏有机食品认证中心", "OF-1"))))
            .findings(CertificationRule.ID)
            .isEmpty());
    Finding f =
        only(
            validate(AS_OF, product("p1", Set.of(), List.of(new Certificate(null, null, "X-1")))),
            CertificationRule.ID);
    assertEquals("UNKNOWN", f.observed());
    assertEquals(Severity.ERROR, f.severity());
  }

  // ---- HLJ-RPT-01

  private static final ReportStatistics FULL =
      new ReportStatistics(12, 3400L, Money.ofWan(56), 7, 210, Money.ofYuan(0));

  @Test
  void hljRpt01_everyPeriodicReportWithAllFields_isSilent() {
    ValidationReport r =
        validate(
            AS_OF,
            List.of(
                new MonthlyReport(header("m1"), null, FULL, null, null, null, null),
                new QuarterlyReport(header("q1"), null, FULL, null),
                new AnnualReport(header("y1"), null, FULL, null, null, Map.of(), null),
                new DailyReport(header("d1"), null, null, null))); // daily: not a statistics report
    assertTrue(r.findings(StatisticsReportRule.ID).isEmpty(), r::toString);
  }

  @Test
  void hljRpt01_missingIncomeIncrease_isError() {
    ReportStatistics s = new ReportStatistics(12, 3400L, Money.ofWan(56), 7, 210, null);
    Finding f =
        only(
            validate(AS_OF, new MonthlyReport(header("m1"), null, s, null, null, null, null)),
            StatisticsReportRule.ID);
    assertFinding(
        f, "HLJ-RPT-01", Severity.ERROR, "monthly_report", "m1", "statistics.income_increase");
    assertEquals("POOR_HOUSEHOLD_INCOME_INCREASE", f.observed());
  }

  @Test
  void hljRpt01_noStatistics_isErrorListingEveryField() {
    Finding f =
        only(
            validate(AS_OF, new QuarterlyReport(header("q1"), null, null, null)),
            StatisticsReportRule.ID);
    assertFinding(f, "HLJ-RPT-01", Severity.ERROR, "quarterly_report", "q1", "statistics");
    assertEquals(f.threshold(), f.observed());
  }
}
