package org.epar.validation.rules.chongqing;

import org.epar.core.model.Enterprise;
import org.epar.core.model.EnterpriseRole;
import org.epar.core.money.Money;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RecordRule;
import org.epar.validation.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * CQ-SUB-01 on enterprises: an e-commerce enterprise with annual online retail (网络零售额) of at least
 * {@code enterprise_annual_retail_min} (2000万 yuan), or a rural-tourism enterprise or operator with
 * an annual online <b>transaction amount</b> (网络交易额) of at least {@code
 * rural_tourism_annual_transactions_min} (500万 yuan), is eligible for an award (五(二)); an
 * eligibility finding with the rule's severity (INFO).
 *
 * <p>Reading (catalog revision 2): role {@code ECOMMERCE} is judged on {@code
 * annual_online_retail}, role {@code RURAL_TOURISM} on {@code annual_online_transactions} (not
 * retail: the document names the transaction amount for tourism); an absent amount is not judged.
 * An enterprise with both roles is eligible when either bar is reached: one finding, on the tourism
 * measure when it reaches its bar, else on retail. Observed is the enterprise key (its credit code:
 * an organisation, not personal data), path the field that reached its bar.
 */
final class EnterpriseAwardRule {

  /** The rule; stateless. */
  static final RecordRule<Enterprise> RULE =
      RecordRule.of(StationAwardRule.ID, Enterprise.class, EnterpriseAwardRule::check);

  private EnterpriseAwardRule() {}

  private static void check(Enterprise e, RuleContext ctx, FindingSink sink) {
    if (e.roles().contains(EnterpriseRole.RURAL_TOURISM)) {
      Money bar = ctx.settings().money("rural_tourism_annual_transactions_min");
      if (reaches(e.annualOnlineTransactions(), bar)) {
        sink.violation(
            sink.location("enterprise", e.key(), "annual_online_transactions"),
            e.key(),
            bar.toString());
        return;
      }
    }
    if (e.roles().contains(EnterpriseRole.ECOMMERCE)) {
      Money bar = ctx.settings().money("enterprise_annual_retail_min");
      if (reaches(e.annualOnlineRetail(), bar)) {
        sink.violation(
            sink.location("enterprise", e.key(), "annual_online_retail"), e.key(), bar.toString());
      }
    }
  }

  private static boolean reaches(@Nullable Money amount, Money bar) {
    return amount != null && amount.compareTo(bar) >= 0;
  }
}
