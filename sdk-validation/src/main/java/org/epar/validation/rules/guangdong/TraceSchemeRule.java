package org.epar.validation.rules.guangdong;

import java.util.List;
import java.util.Optional;
import org.epar.core.id.TraceScheme;
import org.epar.core.model.RecordType;
import org.epar.core.model.TracedItem;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RecordRule;
import org.epar.validation.spi.RuleContext;

/**
 * GD-TRACE-01: traceability uses "one product one code" (一品一码) or "one village one code"
 * (一村一码), codes that identify the producing body (生产主体) and let the circulation be traced
 * (二(一)3).
 *
 * <p>Reading: a traced item's code must announce one of the profile's {@code allowed_schemes}
 * ({@code PRODUCT}, {@code VILLAGE}). A GS1 GTIN identifies a trade item, not the producing body or
 * village, and the household scheme (一户一品一码) is Chongqing's; under this profile both are
 * findings (ERROR, path {@code code}), with the scheme's name as the observed value (never the code,
 * which could carry a household number). A county that accepts them lists them in its profile. A
 * missing code, or one with no known scheme, is left to CORE-ID-04 and CORE-REF-01.
 *
 * <p>Parameters: {@code allowed_schemes}.
 */
final class TraceSchemeRule implements RecordRule<TracedItem> {

  /** The rule ID. */
  static final String ID = "GD-TRACE-01";

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public Class<TracedItem> type() {
    return TracedItem.class;
  }

  @Override
  public void check(TracedItem item, RuleContext ctx, FindingSink sink) {
    if (item.code() == null) {
      return;
    }
    Optional<TraceScheme> scheme = item.code().scheme();
    if (scheme.isEmpty()) {
      return;
    }
    List<String> allowed = ctx.settings().list("allowed_schemes");
    String name = scheme.get().name();
    if (!allowed.contains(name)) {
      sink.violation(sink.location(RecordType.TRACED_ITEM.wireName(), item.key(), "code"), name,
          String.join(",", allowed));
    }
  }
}
