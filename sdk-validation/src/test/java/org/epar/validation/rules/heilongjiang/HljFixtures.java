package org.epar.validation.rules.heilongjiang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.AreaStatistics;
import org.epar.core.model.County;
import org.epar.core.model.DemonstrationLevel;
import org.epar.core.model.EparRecord;
import org.epar.core.model.Equipment;
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

/** Small hand-built Heilongjiang records and a validator on the heilongjiang-2016 profile. */
final class HljFixtures {

  /** Before every HLJ deadline. */
  static final LocalDate MID_2018 = LocalDate.of(2018, 6, 1);

  /** After the 2019 deadlines, before the 2020 ones. */
  static final LocalDate MID_2020 = LocalDate.of(2020, 6, 1);

  /** After every HLJ deadline. */
  static final LocalDate EARLY_2021 = LocalDate.of(2021, 1, 1);

  private HljFixtures() {}

  static ValidationReport validate(LocalDate asOf, List<? extends EparRecord> records) {
    return RuleFixtures.validate("heilongjiang-2016", asOf, records);
  }

  static ValidationReport validate(LocalDate asOf, EparRecord... records) {
    return validate(asOf, List.of(records));
  }

  static Finding only(ValidationReport r, String ruleId) {
    return RuleFixtures.only(r, ruleId);
  }

  static void assertFinding(
      Finding f,
      String ruleId,
      Severity severity,
      String objectType,
      String objectId,
      String path) {
    assertEquals(ruleId, f.ruleId());
    assertEquals(severity, f.severity());
    assertEquals(objectType, f.location().objectType());
    assertEquals(objectId, f.location().objectId());
    assertEquals(path, f.location().path());
  }

  static void assertDataset(Finding f, String ruleId, Severity severity) {
    RuleFixtures.assertDataset(f, ruleId, severity);
  }

  /** The finding of one measure of a multi-measure target. */
  static Finding measure(ValidationReport r, String ruleId, String measure) {
    return r.findings(ruleId).stream()
        .filter(f -> f.location().objectId().equals(measure))
        .findFirst()
        .orElseThrow(() -> new AssertionError(measure + " not in " + r));
  }

  static County county(String code, boolean poor, @Nullable DemonstrationLevel level) {
    return new County(DivisionCode.of(code), null, poor, level, false, 0);
  }

  static Township township(String code, boolean poor) {
    return new Township(DivisionCode.of(code), null, poor, false, true, true, true);
  }

  static Village village(String code, boolean poor, boolean inDatabase) {
    return new Village(
        DivisionCode.of(code), null, 300, poor, true, true, true, true, inDatabase, List.of());
  }

  static Site site(String id, SiteType type, String division, int staff, Set<Equipment> eq) {
    return RuleFixtures.site(id, type, division, staff, eq, Set.of());
  }

  static Site site(String id, SiteType type, String division) {
    return site(id, type, division, 1, Set.of());
  }

  static AreaStatistics stats(
      String division, int year, @Nullable Money agri, int selling, int buying, int lifted) {
    return new AreaStatistics(
        DivisionCode.of(division), year, null, null, agri, selling, buying, lifted);
  }

  static ReportHeader header(String key) {
    return new ReportHeader(null, null, null, null, key, null);
  }
}
