package org.epar.validation.rules.henan;

import java.util.List;
import org.epar.validation.spi.Rule;
import org.epar.validation.spi.RuleProvider;

/**
 * Contributes the Henan 2018–2020 rules (HN-*, profile {@code henan-2018}); registered in {@code
 * META-INF/services/org.epar.validation.spi.RuleProvider}.
 *
 * @since 0.1.0
 */
public final class HenanRuleProvider implements RuleProvider {

  /** Creates the provider; the service loader calls this. */
  public HenanRuleProvider() {}

  @Override
  public List<Rule> rules() {
    return List.of(
        new DemonstrationCountiesRule(),
        new PoorVillageStationsRule(),
        new CountyCentresRule(),
        new FreeTrainingRule(),
        new CadreRotationRule(),
        new LeaderVillagesRule(),
        new ActivitiesRule(),
        new StationServicesRule(),
        new TraineeArchivesRule(),
        new NetworkAndHelpRule(),
        RecognitionsRule.RULE,
        new ReportingRule(),
        new FundRecoveryRule());
  }
}
