package org.epar.validation.rules.guangdong;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.epar.core.id.TraceScheme;
import org.epar.core.model.RecordType;
import org.epar.core.model.TracedItem;
import org.epar.validation.Severity;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RecordRule;
import org.epar.validation.spi.RuleContext;
import org.epar.validation.spi.SeverityFindings;

/**
 * GD-TRACE-01: traceability uses "one product one code" (一品一码) or "one village one code" (一村一码),
 * codes that identify the producing body (生产主体) and let the circulation be traced (二(一)3).
 *
 * <p>Reading (catalog revision 2): the document's list ends in 等 ("and the like"), so it is not
 * exhaustive. A traced item whose code announces a scheme outside the profile's {@code
 * allowed_schemes} ({@code PRODUCT}, {@code VILLAGE}), such as a GS1 GTIN or the household scheme,
 * is INFO, with the scheme's name as the observed value (never the code, which could carry a
 * household number). The ERROR (the rule's severity) is a traced item whose code does not identify
 * its producing body: it names neither a producer (credit code) nor a household; observed {@code no
 * producer}. Path {@code code}. A missing code, or one with no known scheme, is left to CORE-ID-04
 * and CORE-REF-01.
 *
 * <p>Parameters: {@code allowed_schemes}.
 */
final class TraceSchemeRule {

  /** The rule ID. */
  static final String ID = "GD-TRACE-01";

  /** The rule; stateless. */
  static final RecordRule<TracedItem> RULE =
      RecordRule.of(ID, TracedItem.class, TraceSchemeRule::check);

  private TraceSchemeRule() {}

  private static void check(TracedItem item, RuleContext ctx, FindingSink sink) {
    if (item.code() == null) {
      return;
    }
    var at = sink.location(RecordType.TRACED_ITEM.wireName(), item.key(), "code");
    if ((item.producer() == null || item.producer().raw().isBlank())
        && (item.household() == null || item.household().isBlank())) {
      sink.violation(
          at,
          "no producer",
          "a code that identifies its producing body",
          Map.of(
              "observed" + FindingSink.ZH, "无生产主体", "threshold" + FindingSink.ZH, "能识别生产主体的追溯码"));
      return;
    }
    Optional<TraceScheme> scheme = item.code().scheme();
    if (scheme.isEmpty()) {
      return;
    }
    List<String> allowed = ctx.settings().list("allowed_schemes");
    String name = scheme.get().name();
    if (!allowed.contains(name)) {
      SeverityFindings.violation(ctx, sink, Severity.INFO, at, name, String.join(",", allowed));
    }
  }
}
