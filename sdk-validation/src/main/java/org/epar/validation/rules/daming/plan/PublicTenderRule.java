package org.epar.validation.rules.daming.plan;

import org.epar.core.model.RecordType;
import org.epar.core.model.Tender;
import org.epar.validation.Finding;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RecordRule;
import org.epar.validation.spi.RuleContext;

/**
 * DM-FUND-04, tender part (项目资金应采取公开招标方式择优确定承办企业): a contractor is chosen by public tender; a
 * {@link Tender} with {@code public_tender = false} is a finding.
 *
 * <p>The catalog message speaks of the publication period, so this part reports with its own
 * message (same rule ID, severity and citation): observed {@code public_tender=false}, threshold
 * {@code public_tender=true}.
 *
 * @since 0.1.0
 */
final class PublicTenderRule {

  /** The rule; stateless. */
  static final RecordRule<Tender> RULE =
      RecordRule.of(PlanPublicationRule.ID, Tender.class, PublicTenderRule::check);

  private PublicTenderRule() {}

  private static void check(Tender tender, RuleContext ctx, FindingSink sink) {
    if (!tender.publicTender()) {
      sink.add(
          new Finding(
              ctx.descriptor().id(),
              ctx.severity(),
              sink.location(RecordType.TENDER.wireName(), tender.key(), "public_tender"),
              "public_tender=false",
              "public_tender=true",
              null,
              "The contractor was not chosen by public tender; a public tender is required.",
              "承办企业未通过公开招标确定；应采取公开招标方式。",
              ctx.descriptor().citation(),
              1));
    }
  }
}
