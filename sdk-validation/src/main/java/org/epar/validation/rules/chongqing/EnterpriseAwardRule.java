package org.epar.validation.rules.chongqing;

import org.epar.core.model.Enterprise;
import org.epar.core.model.EnterpriseRole;
import org.epar.core.money.Money;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RecordRule;
import org.epar.validation.spi.RuleContext;

/**
 * CQ-SUB-01 on enterprises: an e-commerce enterprise with annual online retail of at least
 * {@code enterprise_annual_retail_min} (2000万 yuan), or a rural-tourism seller with at least
 * {@code rural_tourism_annual_retail_min} (500万 yuan), is eligible for an award (五(二)); an
 * eligibility finding with the rule's severity (INFO).
 *
 * <p>Reading: roles {@code ECOMMERCE} and {@code RURAL_TOURISM}; an enterprise with both is
 * eligible when either bar is reached (the lower applicable bar is reported). Observed is the
 * enterprise key (its credit code: an organisation, not personal data), path
 * {@code annual_online_retail}.
 */
public final class EnterpriseAwardRule implements RecordRule<Enterprise> {

  /** Creates the rule; it is stateless. */
  public EnterpriseAwardRule() {}

  @Override
  public String ruleId() {
    return StationAwardRule.ID;
  }

  @Override
  public Class<Enterprise> type() {
    return Enterprise.class;
  }

  @Override
  public void check(Enterprise e, RuleContext ctx, FindingSink sink) {
    Money retail = e.annualOnlineRetail();
    if (retail == null) {
      return;
    }
    Money bar = null;
    if (e.roles().contains(EnterpriseRole.RURAL_TOURISM)) {
      bar = ctx.settings().money("rural_tourism_annual_retail_min");
    }
    if (e.roles().contains(EnterpriseRole.ECOMMERCE)) {
      Money m = ctx.settings().money("enterprise_annual_retail_min");
      bar = bar == null || m.compareTo(bar) < 0 ? m : bar;
    }
    if (bar != null && retail.compareTo(bar) >= 0) {
      sink.violation(sink.location("enterprise", e.key(), "annual_online_retail"), e.key(),
          bar.toString());
    }
  }
}
