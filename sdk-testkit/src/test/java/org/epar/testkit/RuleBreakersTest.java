package org.epar.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.epar.validation.EparValidator;
import org.epar.validation.Finding;
import org.epar.validation.Profile;
import org.epar.validation.Profiles;
import org.epar.validation.RuleCatalog;
import org.epar.validation.RuleDescriptor;
import org.epar.validation.Severity;
import org.epar.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule breaker breaks its rule, and only its rule (plus its documented consequential rules),
 * against a base that passes the profile.
 */
class RuleBreakersTest {

  private static final RuleCatalog CATALOG = RuleCatalog.standard();
  private static final Map<String, EparValidator> VALIDATORS = new ConcurrentHashMap<>();

  static EparValidator validator(String profileId, LocalDate asOf) {
    return VALIDATORS.computeIfAbsent(
        profileId + "@" + asOf,
        k -> EparValidator.builder().profile(Profiles.builtIn(profileId)).asOf(asOf).build());
  }

  static Stream<String> profiles() {
    return RuleBreakers.all().stream().map(RuleBreaker::profileId).distinct();
  }

  /** Rules of the catalog that a validator of their breaker's profile runs. */
  static Stream<String> verifiableRuleIds() {
    return RuleBreakers.ruleIds().stream()
        .filter(
            id -> {
              RuleBreaker b = RuleBreakers.breaker(id);
              return CATALOG.find(id).isPresent()
                  && validator(b.profileId(), b.asOf()).activeRuleIds().contains(id);
            });
  }

  @Test
  void everyCatalogRule_hasABreaker() {
    Set<String> catalog =
        CATALOG.all().stream()
            .map(RuleDescriptor::id)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    assertEquals(new TreeSet<>(catalog), new TreeSet<>(RuleBreakers.ruleIds()));
  }

  @Test
  void everyBreakerRule_isActiveInItsProfile() {
    List<String> unverified =
        RuleBreakers.ruleIds().stream()
            .filter(id -> verifiableRuleIds().noneMatch(id::equals))
            .toList();
    assertEquals(List.of(), unverified, "breakers whose rule no validator runs");
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void conformingBase_passesItsProfile_withNoErrorOrVeto(String profileId) {
    LocalDate asOf = Counties.asOf(profileId);
    for (long seed = 0; seed < RuleBreakers.BASE_SEEDS; seed++) {
      ValidationReport report =
          validator(profileId, asOf).validate(RuleBreakers.base(profileId, seed));
      List<Finding> blocking =
          report.findings().stream().filter(f -> f.severity().blocksAcceptance()).toList();
      long s = seed;
      assertTrue(
          blocking.isEmpty(),
          () -> profileId + " seed " + s + ":\n" + DamingValidationTest.describe(blocking));
      assertTrue(report.inputProblems().isEmpty(), () -> report.inputProblems().toString());
    }
  }

  @ParameterizedTest
  @MethodSource("verifiableRuleIds")
  void breaker_breaksItsRule_andNothingElse(String ruleId) {
    RuleBreaker b = RuleBreakers.breaker(ruleId);
    EparValidator v = validator(b.profileId(), b.asOf());
    Severity expected = expectedSeverity(b);
    Set<String> baseline = baseline(b);
    qt().withExamples(2)
        .forAll(b.datasets())
        .checkAssert(
            ds -> {
              ValidationReport report = v.validate(ds);
              List<Finding> own = report.findings(ruleId);
              assertTrue(
                  own.stream().anyMatch(f -> f.severity().compareTo(expected) <= 0),
                  () ->
                      ruleId
                          + ": no finding at "
                          + expected
                          + " or worse; findings:\n"
                          + DamingValidationTest.describe(report.findings()));
              List<Finding> others =
                  report.findings().stream()
                      .filter(
                          f ->
                              !f.ruleId().equals(ruleId) && !b.consequential().contains(f.ruleId()))
                      .filter(f -> !baseline.contains(f.ruleId() + "/" + f.severity()))
                      .toList();
              assertTrue(
                  others.isEmpty(),
                  () ->
                      ruleId + ": unexpected findings:\n" + DamingValidationTest.describe(others));
            });
  }

  /** The rule's severity in its profile: the profile's override, else the catalog default. */
  static Severity expectedSeverity(RuleBreaker b) {
    Profile profile = Profiles.builtIn(b.profileId());
    return profile
        .settings(b.ruleId())
        .flatMap(s -> s.severityOverride())
        .orElse(CATALOG.require(b.ruleId()).defaultSeverity());
  }

  /** Findings (rule/severity) the base already has, e.g. INFO progress of targets. */
  static Set<String> baseline(RuleBreaker b) {
    Set<String> out = new TreeSet<>();
    for (long seed = 0; seed < RuleBreakers.BASE_SEEDS; seed++) {
      validator(b.profileId(), b.asOf())
          .validate(RuleBreakers.base(b.profileId(), seed))
          .findings()
          .forEach(f -> out.add(f.ruleId() + "/" + f.severity()));
    }
    return out;
  }
}
