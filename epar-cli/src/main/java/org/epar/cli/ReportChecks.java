package org.epar.cli;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.epar.grpc.ProfileReportValidator;
import org.epar.grpc.spi.ReportValidator;
import org.epar.validation.Profile;
import org.epar.validation.RuleCatalog;
import org.epar.validation.RuleScope;
import org.epar.validation.RuleSettings;

/**
 * The server-side check of one submitted report: the SDK's {@link ProfileReportValidator} over the
 * profile's rules that can judge a report on its own.
 *
 * <p>That is the record, plan and report rules (a plan rule such as DM-FUND-05 can judge the
 * disbursements a monthly report carries), without the rules about the programme's reporting as a
 * whole ("a daily report every day"). Coverage targets, references and duplicates need the county's
 * full dataset and are left to {@code epar validate}.
 */
final class ReportChecks {

  private static final Set<RuleScope> SCOPES =
      EnumSet.of(RuleScope.RECORD, RuleScope.PLAN, RuleScope.REPORT);

  /** Report rules that judge the whole programme's reporting, not one report. */
  private static final Set<String> PROGRAMME_LEVEL = Set.of("DM-RPT-01", "DM-RPT-02");

  private ReportChecks() {}

  /** The validator for the embedded server: every report against {@code profile}'s report rules. */
  static ReportValidator validator(Profile profile) {
    return ProfileReportValidator.builder()
        .defaultProfile(forReports(profile))
        .datasetRules(true)
        .build();
  }

  /** The profile restricted to the rules that can judge one report. */
  static Profile forReports(Profile profile) {
    Map<String, RuleSettings> rules = new LinkedHashMap<>();
    profile
        .rules()
        .forEach(
            (id, settings) -> {
              boolean fits =
                  RuleCatalog.standard()
                      .find(id)
                      .map(d -> SCOPES.contains(d.scope()) && !PROGRAMME_LEVEL.contains(id))
                      .orElse(false);
              if (fits) {
                rules.put(id, settings);
              }
            });
    return new Profile(
        profile.id(),
        profile.version(),
        profile.nameEn(),
        profile.nameZh(),
        profile.document(),
        rules);
  }
}
