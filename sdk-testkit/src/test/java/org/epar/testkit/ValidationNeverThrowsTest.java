package org.epar.testkit;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.epar.core.model.EparRecord;
import org.epar.validation.EparValidator;
import org.epar.validation.Finding;
import org.epar.validation.Profiles;
import org.epar.validation.ValidationReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Validation never throws on bad data, and no rule fails on it: random lenient records (nulls,
 * identifiers at the wrong level or with garbage, negative money, reversed dates, records of every
 * type mixed) under every built-in profile, before and after the deadlines, give a report in which
 * no finding is the engine's "the rule failed" finding.
 */
class ValidationNeverThrowsTest {

  static List<String> profiles() {
    return List.copyOf(Profiles.builtInIds());
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void validate_randomLenientRecords_reportsWithoutRuleFailures(String profileId) {
    Map<LocalDate, EparValidator> validators =
        List.of(LocalDate.of(2017, 6, 30), LocalDate.of(2021, 1, 1)).stream()
            .collect(
                Collectors.toMap(
                    d -> d,
                    d ->
                        EparValidator.builder()
                            .profile(Profiles.builtIn(profileId))
                            .asOf(d)
                            .parallelism(1)
                            .build()));
    qt().withExamples(40)
        .forAll(lists().of(Models.anyLenientRecord()).ofSizeBetween(0, 60))
        .checkAssert(
            records ->
                validators
                    .values()
                    .forEach(
                        v -> {
                          ValidationReport report = v.validate(records);
                          assertNotNull(report);
                          List<Finding> failures =
                              report.findings().stream()
                                  .filter(f -> f.messageEn().contains("the rule failed"))
                                  .toList();
                          assertTrue(
                              failures.isEmpty(),
                              () ->
                                  profileId
                                      + ": rules failed on lenient input: "
                                      + failures.stream().map(Finding::ruleId).toList()
                                      + " on "
                                      + records.stream().map(EparRecord::recordType).toList());
                        }));
  }
}
