package org.epar.validation.rules.core;

import java.util.List;
import org.epar.core.id.CreditCode;
import org.epar.core.id.IdProblem;
import org.epar.core.model.EparRecord;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;

/**
 * CORE-ID-02: every unified social credit code (GB 32100-2015) is valid.
 *
 * <p>Checked fields: a site's and a logistics route's {@code operator}, personnel's {@code
 * organisation}, a training session's {@code provider}, an online shop's {@code owner_credit_code},
 * a shipment's {@code carrier}, a product's and a traced item's {@code producer}, an enterprise's
 * {@code credit_code}, a tender's {@code winner}, a disbursement's {@code payee}, a disclosure's
 * {@code contractor}, a trace event's {@code who_enterprise} and a report header's {@code reporter}
 * (with the records a report carries).
 *
 * <p>A credit code is not personal data and is shown as given, except when the invalid text holds a
 * run of 15 or more digits: then it may be a citizen identity number typed into the wrong field and
 * is masked. No parameters.
 *
 * @since 0.1.0
 */
final class CreditCodeRule extends IdentifierRule {

  /** The rule ID. */
  static final String ID = "CORE-ID-02";

  /** Creates the rule; it is stateless. */
  CreditCodeRule() {
    super(ID, "18 characters, GB 32100-2015", "18 位，GB 32100-2015", CreditCode.class);
  }

  @Override
  IdFields.Visitor visitor() {
    return new IdFields.Visitor() {
      @Override
      public void creditCode(
          EparRecord r, RuleContext ctx, FindingSink sink, String field, CreditCode code) {
        List<IdProblem> problems = code.problems();
        if (!problems.isEmpty()) {
          report(r, sink, field, shown(code.raw()), Problems.codes(problems));
        }
      }
    };
  }
}
