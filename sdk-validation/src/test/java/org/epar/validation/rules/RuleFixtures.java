package org.epar.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.Dataset;
import org.epar.core.model.EparRecord;
import org.epar.core.model.Equipment;
import org.epar.core.model.Site;
import org.epar.core.model.SiteService;
import org.epar.core.model.SiteType;
import org.epar.validation.EparValidator;
import org.epar.validation.Finding;
import org.epar.validation.Location;
import org.epar.validation.Profiles;
import org.epar.validation.Severity;
import org.epar.validation.ValidationReport;

/** Builders and checks the county rule tests share; each county's fixtures add its own records. */
public final class RuleFixtures {

  private RuleFixtures() {}

  /**
   * Validates the records with a built-in profile on one thread.
   *
   * @param profile the built-in profile, such as {@code henan-2018}
   * @param asOf the as-of date
   * @param records the records
   * @return the report
   */
  public static ValidationReport validate(
      String profile, LocalDate asOf, List<? extends EparRecord> records) {
    return EparValidator.builder()
        .profile(Profiles.builtIn(profile))
        .asOf(asOf)
        .parallelism(1)
        .build()
        .validate(Dataset.of(null, records));
  }

  /**
   * The only finding of a rule.
   *
   * @param report the report
   * @param ruleId the rule
   * @return the finding
   */
  public static Finding only(ValidationReport report, String ruleId) {
    List<Finding> f = report.findings(ruleId);
    assertEquals(1, f.size(), () -> ruleId + ": " + report);
    return f.get(0);
  }

  /**
   * Checks a finding is the rule's, of the severity, at {@link Location#dataset()}.
   *
   * @param f the finding
   * @param ruleId the rule
   * @param severity the severity
   */
  public static void assertDataset(Finding f, String ruleId, Severity severity) {
    assertEquals(ruleId, f.ruleId());
    assertEquals(severity, f.severity());
    assertEquals(Location.dataset(), f.location());
  }

  /**
   * A site with staff, equipment and services and nothing else.
   *
   * @param id the id
   * @param type the type
   * @param division the division code
   * @param staff the staff
   * @param equipment the equipment
   * @param services the services
   * @return the site
   */
  public static Site site(
      String id,
      SiteType type,
      String division,
      int staff,
      Set<Equipment> equipment,
      Set<SiteService> services) {
    return new Site(
        id,
        type,
        null,
        DivisionCode.of(division),
        null,
        null,
        staff,
        Set.of(),
        equipment,
        services,
        Set.of(),
        Set.of(),
        null,
        false,
        null,
        null,
        0);
  }
}
