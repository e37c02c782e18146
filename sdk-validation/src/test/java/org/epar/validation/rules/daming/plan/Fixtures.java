package org.epar.validation.rules.daming.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.epar.core.id.CitizenId;
import org.epar.core.id.CreditCode;
import org.epar.core.model.Attendance;
import org.epar.core.model.Dataset;
import org.epar.core.model.EparRecord;
import org.epar.core.model.Fund;
import org.epar.core.model.FundingSource;
import org.epar.core.model.ReportHeader;
import org.epar.core.model.Site;
import org.epar.core.model.StationCharge;
import org.epar.core.money.Money;
import org.epar.core.period.ReportType;
import org.epar.core.period.ReportingPeriod;
import org.epar.validation.EparValidator;
import org.epar.validation.Finding;
import org.epar.validation.Profiles;
import org.epar.validation.Severity;
import org.epar.validation.ValidationReport;

/** Small builders of daming-2017 test data. */
final class Fixtures {

  static final CreditCode REPORTER = CreditCode.of("91130425MA0A000001");

  private Fixtures() {}

  static ValidationReport validate(LocalDate asOf, List<? extends EparRecord> records) {
    return EparValidator.builder()
        .profile(Profiles.builtIn("daming-2017"))
        .asOf(asOf)
        .build()
        .validate(Dataset.of(null, records));
  }

  static ValidationReport validate(LocalDate asOf, EparRecord... records) {
    return validate(asOf, List.of(records));
  }

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  static CitizenId citizen(int n) {
    return CitizenId.of(String.format("130425%012d", n));
  }

  static Attendance attendance(String id, String session, int person) {
    return new Attendance(id, session, citizen(person), null, null, null);
  }

  static Fund fund(String id, FundingSource source) {
    return new Fund(id, "fund " + id, null, Money.ofWan(1500), source, true, null, null);
  }

  static Site site(String id, Set<StationCharge> charges) {
    return new Site(
        id,
        null,
        "station " + id,
        null,
        null,
        null,
        1,
        Set.of(),
        Set.of(),
        Set.of(),
        Set.of(),
        charges,
        CreditCode.of("91130425MA0A000002"),
        true,
        null,
        null,
        0);
  }

  static ReportHeader header(
      ReportType type, ReportingPeriod period, String key, LocalDateTime submitted) {
    return new ReportHeader(
        REPORTER, null, type, period, key, OffsetDateTime.of(submitted, ZoneOffset.ofHours(8)));
  }

  /** The only finding of a rule, checked for severity and location. */
  static Finding only(
      ValidationReport r,
      String ruleId,
      Severity severity,
      String objectType,
      String objectId,
      String path) {
    List<Finding> f = r.findings(ruleId);
    assertEquals(1, f.size(), () -> ruleId + ": " + f);
    Finding x = f.get(0);
    assertEquals(ruleId, x.ruleId());
    assertEquals(severity, x.severity(), x::toString);
    assertEquals(objectType, x.location().objectType(), x::toString);
    assertEquals(objectId, x.location().objectId(), x::toString);
    assertEquals(path, x.location().path(), x::toString);
    return x;
  }

  static void silent(ValidationReport r, String ruleId) {
    assertTrue(r.findings(ruleId).isEmpty(), () -> ruleId + ": " + r.findings(ruleId));
  }
}
