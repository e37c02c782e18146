package org.epar.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.epar.core.model.Dataset;
import org.epar.validation.EparValidator;
import org.epar.validation.Finding;
import org.epar.validation.Profiles;
import org.epar.validation.ValidationReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 3: the Daming-like county passes the daming-2017 profile with no ERROR and no VETO. */
class DamingValidationTest {

  static final EparValidator DAMING_2017 =
      EparValidator.builder()
          .profile(Profiles.builtIn("daming-2017"))
          .asOf(LocalDate.of(2018, 12, 31))
          .build();

  @ParameterizedTest
  @ValueSource(longs = {42L, 1L, 7L, 2018L})
  void damingLike_passesDaming2017_withNoErrorAndNoVeto(long seed) {
    Dataset daming = Counties.damingLike(seed);
    ValidationReport report = DAMING_2017.validate(daming);
    List<Finding> blocking =
        report.findings().stream().filter(f -> f.severity().blocksAcceptance()).toList();
    assertTrue(
        blocking.isEmpty(),
        () ->
            "seed " + seed + ": " + blocking.size() + " blocking findings:\n" + describe(blocking));
  }

  static String describe(List<Finding> findings) {
    return findings.stream()
        .map(
            f ->
                f.ruleId()
                    + " "
                    + f.severity()
                    + " x"
                    + f.count()
                    + " @ "
                    + f.location()
                    + " observed="
                    + f.observed()
                    + " threshold="
                    + f.threshold()
                    + " : "
                    + f.messageEn())
        .collect(Collectors.joining("\n"));
  }
}
