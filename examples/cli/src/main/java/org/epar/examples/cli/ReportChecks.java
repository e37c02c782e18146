package org.epar.examples.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.epar.core.model.DailyReport;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.Report;
import org.epar.grpc.spi.Finding;
import org.epar.grpc.spi.Principal;
import org.epar.grpc.spi.ReportValidator;
import org.epar.grpc.spi.Severity;
import org.epar.grpc.spi.ValidationOutcome;
import org.epar.validation.EparValidator;
import org.epar.validation.Location;
import org.epar.validation.Profile;
import org.epar.validation.RuleCatalog;
import org.epar.validation.RuleScope;
import org.epar.validation.RuleSettings;
import org.epar.validation.ValidationReport;

/**
 * The platform's check of one submitted report: the profile's rules that can judge a report on
 * its own (record, plan and report rules), run over the report and the records it carries.
 *
 * <p>Rules about a whole county's data (coverage targets, references across datasets, "every kind
 * of report was sent") need the county's full dataset and are left to {@code epar validate}.
 */
final class ReportChecks implements ReportValidator {

  private static final Set<RuleScope> SCOPES =
      EnumSet.of(RuleScope.RECORD, RuleScope.PLAN, RuleScope.REPORT);

  /** Report rules that judge the whole programme's reporting, not one report. */
  private static final Set<String> PROGRAMME_LEVEL = Set.of("DM-RPT-01", "DM-RPT-02");

  private final EparValidator validator;

  ReportChecks(Profile profile) {
    this.validator = EparValidator.builder().profile(forReports(profile)).parallelism(1).build();
  }

  /** The profile restricted to the rules that can judge one report. */
  static Profile forReports(Profile profile) {
    Map<String, RuleSettings> rules = new LinkedHashMap<>();
    profile.rules().forEach((id, settings) -> {
      boolean fits = RuleCatalog.standard().find(id)
          .map(d -> SCOPES.contains(d.scope()) && !PROGRAMME_LEVEL.contains(id))
          .orElse(false);
      if (fits) {
        rules.put(id, settings);
      }
    });
    return new Profile(profile.id() + "/reports", profile.version(), profile.nameEn(),
        profile.nameZh(), profile.document(), rules);
  }

  @Override
  public ValidationOutcome validate(Report report, Principal who) {
    ValidationReport r = validator.validate(records(report));
    List<Finding> findings = new ArrayList<>();
    for (org.epar.validation.Finding f : r.findings()) {
      findings.add(new Finding(f.ruleId(), Severity.valueOf(f.severity().name()),
          where(f.location()), f.messageEn(), f.messageZh()));
    }
    return ValidationOutcome.of(findings);
  }

  /** The report followed by every record it carries. */
  static List<Object> records(Report report) {
    List<Object> all = new ArrayList<>();
    all.add(report);
    if (report instanceof DailyReport d) {
      all.addAll(d.transactions());
      all.addAll(d.shipments());
      all.addAll(d.deviceDays());
    } else if (report instanceof MonthlyReport m) {
      all.addAll(m.disbursements());
      all.addAll(m.trainingSessions());
      all.addAll(m.attendances());
      all.addAll(m.sites());
    }
    // quarterly and annual reports carry no nested records
    return all;
  }

  private static String where(Location loc) {
    String s = loc.objectType() + (loc.objectId().isEmpty() ? "" : " " + loc.objectId());
    return loc.path().isEmpty() ? s : s + " " + loc.path();
  }
}
