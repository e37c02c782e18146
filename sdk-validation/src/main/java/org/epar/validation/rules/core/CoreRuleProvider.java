package org.epar.validation.rules.core;

import java.util.List;
import org.epar.validation.spi.Rule;
import org.epar.validation.spi.RuleProvider;

/**
 * Contributes the implemented CORE integrity rules; registered in {@code
 * META-INF/services/org.epar.validation.spi.RuleProvider}.
 *
 * @since 0.1.0
 */
public final class CoreRuleProvider implements RuleProvider {

  /** Creates the provider; the service loader calls this. */
  public CoreRuleProvider() {}

  @Override
  public List<Rule> rules() {
    return List.of(
        MoneyAmountsRule.RULE,
        new CitizenIdRule(),
        new CreditCodeRule(),
        DivisionCodeRule.RULE,
        new TraceCodeRule(),
        new ReferencesRule(),
        new DuplicatesRule(),
        DatesRule.RULE,
        new TraceChainRule());
  }
}
