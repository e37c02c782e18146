package org.epar.validation.rules.heilongjiang;

import java.util.List;
import org.epar.core.model.Fund;
import org.epar.core.model.FundingSource;
import org.epar.core.model.RecordType;
import org.epar.validation.Severity;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RecordRule;
import org.epar.validation.spi.RuleContext;
import org.epar.validation.spi.SeverityFindings;

/**
 * HLJ-FUND-01: every fund names its source among government at any level, partner enterprise,
 * social donation and beneficiary contribution (各级政府拨一点、合作企业投一点、社会力量筹一点、受益群众出一点, 五).
 *
 * <p>Reading: a fund's {@code source} must be listed in {@code allowed_sources}; the profile's
 * {@code GOVERNMENT} stands for government at any level (各级政府), i.e. both {@code
 * CENTRAL_GOVERNMENT} and {@code LOCAL_GOVERNMENT} of the model; other names are the model's {@link
 * FundingSource} constants. Catalog revision 2: the four are a funding approach, not a closed list,
 * so a fund without a source is an ERROR (the rule's severity, observed value {@code NONE}) and a
 * source outside the list is INFO. Path {@code source}.
 *
 * <p>Parameters: {@code allowed_sources}.
 */
final class FundSourceRule {

  /** The rule ID. */
  static final String ID = "HLJ-FUND-01";

  /** The rule; stateless. */
  static final RecordRule<Fund> RULE = RecordRule.of(ID, Fund.class, FundSourceRule::check);

  private FundSourceRule() {}

  private static final String GOVERNMENT = "GOVERNMENT";

  private static void check(Fund fund, RuleContext ctx, FindingSink sink) {
    List<String> allowed = ctx.settings().list("allowed_sources");
    FundingSource source = fund.source();
    if (source != null && allowed(allowed, source)) {
      return;
    }
    var at = sink.location(RecordType.FUND.wireName(), fund.key(), "source");
    if (source == null) {
      sink.violation(at, "NONE", String.join(",", allowed));
    } else {
      SeverityFindings.violation(
          ctx, sink, Severity.INFO, at, source.name(), String.join(",", allowed));
    }
  }

  private static boolean allowed(List<String> allowed, FundingSource source) {
    if (allowed.contains(source.name())) {
      return true;
    }
    boolean government =
        source == FundingSource.CENTRAL_GOVERNMENT || source == FundingSource.LOCAL_GOVERNMENT;
    return government && allowed.contains(GOVERNMENT);
  }
}
