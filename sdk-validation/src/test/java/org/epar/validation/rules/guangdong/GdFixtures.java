package org.epar.validation.rules.guangdong;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.AnnualReport;
import org.epar.core.model.AreaStatistics;
import org.epar.core.model.Attendance;
import org.epar.core.model.County;
import org.epar.core.model.DemonstrationLevel;
import org.epar.core.model.EparRecord;
import org.epar.core.model.FundPerformance;
import org.epar.core.model.Household;
import org.epar.core.model.LabourCapacity;
import org.epar.core.model.Member;
import org.epar.core.model.ReportHeader;
import org.epar.core.model.Site;
import org.epar.core.model.SiteType;
import org.epar.core.model.Township;
import org.epar.core.model.Village;
import org.epar.core.money.Money;
import org.epar.validation.Finding;
import org.epar.validation.Severity;
import org.epar.validation.ValidationReport;
import org.epar.validation.rules.RuleFixtures;
import org.jspecify.annotations.Nullable;

/** Small hand-built Guangdong records and a validator on the guangdong-2018 profile. */
final class GdFixtures {

  /** Before the 2018 deadlines. */
  static final LocalDate MID_2018 = LocalDate.of(2018, 6, 1);

  /** After the demonstration-county deadlines, before the all-county ones. */
  static final LocalDate EARLY_2019 = LocalDate.of(2019, 1, 1);

  /** After every GD deadline. */
  static final LocalDate EARLY_2021 = LocalDate.of(2021, 1, 1);

  private GdFixtures() {}

  static ValidationReport validate(LocalDate asOf, List<? extends EparRecord> records) {
    return RuleFixtures.validate("guangdong-2018", asOf, records);
  }

  static ValidationReport validate(LocalDate asOf, EparRecord... records) {
    return validate(asOf, List.of(records));
  }

  static List<Finding> findings(ValidationReport r, String ruleId) {
    return r.findings(ruleId);
  }

  static Finding only(ValidationReport r, String ruleId) {
    return RuleFixtures.only(r, ruleId);
  }

  static void assertFinding(
      Finding f, String ruleId, Severity severity, String objectType, String objectId) {
    assertEquals(ruleId, f.ruleId());
    assertEquals(severity, f.severity());
    assertEquals(objectType, f.location().objectType());
    assertEquals(objectId, f.location().objectId());
  }

  static void assertDataset(Finding f, String ruleId, Severity severity) {
    RuleFixtures.assertDataset(f, ruleId, severity);
  }

  static County county(String code, @Nullable DemonstrationLevel level) {
    return new County(DivisionCode.of(code), null, true, level, false, 0);
  }

  static Township township(String code) {
    return new Township(DivisionCode.of(code), null, true, false, true, true, true);
  }

  static Village village(String code, boolean poor) {
    return new Village(
        DivisionCode.of(code), null, 300, poor, true, true, true, true, true, List.of());
  }

  /** {@code n} designated poor villages of a county, across townships 101, 102, ... */
  static List<Village> poorVillages(String county6, int n) {
    List<Village> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int township = 101 + i / 500;
      int v = 1 + i % 500;
      out.add(village(county6 + township + String.format("%03d", v), true));
    }
    return out;
  }

  static Site site(String id, SiteType type, String division) {
    return RuleFixtures.site(id, type, division, 1, Set.of(), Set.of());
  }

  static Member member(@Nullable LabourCapacity capacity, boolean migrant) {
    return new Member(null, null, null, capacity, migrant, true, false);
  }

  /** A registered poor household with {@code eligible} non-migrant members with full capacity. */
  static Household household(String id, String village, int eligible) {
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < eligible; i++) {
      members.add(member(LabourCapacity.FULL, false));
    }
    return new Household(id, DivisionCode.of(village), true, null, members);
  }

  static List<Attendance> attendances(String household, int n) {
    List<Attendance> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new Attendance("a-" + household + "-" + i, "s-" + i, null, household, null, null));
    }
    return out;
  }

  static AreaStatistics stats(
      String division, int year, @Nullable String transactions, @Nullable String agricultural) {
    return new AreaStatistics(
        DivisionCode.of(division),
        year,
        transactions == null ? null : Money.parse(transactions),
        null,
        agricultural == null ? null : Money.parse(agricultural),
        0,
        0,
        0);
  }

  static AnnualReport annual(String key, @Nullable FundPerformance fp) {
    return new AnnualReport(
        new ReportHeader(null, null, null, null, key, null), null, null, null, fp, Map.of(), null);
  }
}
