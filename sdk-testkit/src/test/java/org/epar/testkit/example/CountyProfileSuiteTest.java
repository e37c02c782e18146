package org.epar.testkit.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.epar.testkit.Counties;
import org.epar.testkit.RuleBreaker;
import org.epar.testkit.RuleBreakers;
import org.epar.validation.EparValidator;
import org.epar.validation.Finding;
import org.epar.validation.Profile;
import org.epar.validation.Profiles;
import org.epar.validation.Severity;
import org.epar.validation.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The example of {@code docs/testing.md}: a property suite for a county's own profile, built from
 * the testkit's generators. Compiled and run with the testkit's tests, so the guide cannot rot.
 */
// tag::suite[]
class CountyProfileSuiteTest {

  static EparValidator county;

  @BeforeAll
  static void loadCountyProfile() throws URISyntaxException {
    // 1. The county's profile file: "extends": "daming-2017", with its own severities and
    // thresholds.
    Path file =
        Path.of(CountyProfileSuiteTest.class.getResource("daming-county-2018.json").toURI());
    Profile profile = Profiles.load(file);
    county = EparValidator.builder().profile(profile).asOf(LocalDate.of(2018, 12, 31)).build();
  }

  // 2. Valid data passes: every generated Daming-like county is accepted by the county's profile.
  @Test
  void generatedCounties_areAccepted() {
    qt().withExamples(2)
        .forAll(Counties.daming())
        .checkAssert(
            dataset -> {
              ValidationReport report = county.validate(dataset);
              assertTrue(report.isAccepted(), () -> report.findings().toString());
            });
  }

  // 3. The county made DM-SVC-01 an ERROR: a station missing a service is now rejected.
  @Test
  void stationMissingAService_isRejectedByTheCounty() {
    RuleBreaker breaker = RuleBreakers.breaker("DM-SVC-01");
    qt().withExamples(3)
        .forAll(breaker.datasets())
        .checkAssert(
            dataset -> {
              List<Finding> findings = county.validate(dataset).findings("DM-SVC-01");
              assertEquals(
                  Set.of(Severity.ERROR),
                  findings.stream().map(Finding::severity).collect(Collectors.toSet()));
            });
  }

  // 4. Each breaker of a rule the county kept still breaks exactly that rule (and its
  // consequences).
  @ParameterizedTest
  @ValueSource(strings = {"DM-SITE-04", "DM-FUND-04", "DM-RPT-02", "CORE-REF-01"})
  void breakers_breakOnlyTheirRule_underTheCountyProfile(String ruleId) {
    RuleBreaker breaker = RuleBreakers.breaker(ruleId);
    qt().withExamples(2)
        .forAll(breaker.datasets())
        .checkAssert(
            dataset -> {
              Set<String> found =
                  county.validate(dataset).findings().stream()
                      .map(Finding::ruleId)
                      .collect(Collectors.toSet());
              assertTrue(found.contains(ruleId), () -> ruleId + " not found: " + found);
              found.remove(ruleId);
              found.removeAll(breaker.consequential());
              assertEquals(Set.of(), found, ruleId);
            });
  }
}
// end::suite[]
