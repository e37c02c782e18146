package org.epar.validation.rules.chongqing;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.epar.core.id.TraceScheme;
import org.epar.core.model.TracedItem;
import org.epar.validation.RuleSettings;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RecordRule;
import org.epar.validation.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * CQ-TRACE-01 on traced items: a trace code uses a scheme of {@code supported_schemes}, which
 * includes "one household, one product, one code" (一户一品一码, {@code HOUSEHOLD_PRODUCT}); a
 * household-product code names its household and its product (二(五), 三(二)).
 *
 * <p>Reading: an item whose code has a recognised scheme outside the list is a finding (path {@code
 * code}); a {@code HOUSEHOLD_PRODUCT} item without {@code household} or {@code product} is a
 * finding (path {@code household} or {@code product}). Malformed codes are CORE-ID-04's concern.
 * See {@link BrandedProductTracedRule} for the coverage of branded products.
 */
final class TraceSchemeRule implements RecordRule<TracedItem> {

  /** The rule ID. */
  static final String ID = "CQ-TRACE-01";

  private record Parsed(RuleSettings settings, Set<TraceScheme> schemes, String text) {}

  private volatile @Nullable Parsed parsed;

  /** Creates the rule; it caches the parsed scheme list of the last settings it saw. */
  TraceSchemeRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public Class<TracedItem> type() {
    return TracedItem.class;
  }

  private Parsed schemes(RuleContext ctx) {
    Parsed p = parsed;
    if (p == null || p.settings() != ctx.settings()) {
      Set<TraceScheme> set = EnumSet.noneOf(TraceScheme.class);
      for (String name : ctx.settings().list("supported_schemes")) {
        set.add(TraceScheme.valueOf(name));
      }
      p =
          new Parsed(
              ctx.settings(), set, String.join(",", ctx.settings().list("supported_schemes")));
      parsed = p;
    }
    return p;
  }

  @Override
  public void check(TracedItem item, RuleContext ctx, FindingSink sink) {
    if (item.code() == null) {
      return;
    }
    TraceScheme scheme = item.code().scheme().orElse(null);
    if (scheme == null) {
      return;
    }
    Parsed p = schemes(ctx);
    if (!p.schemes().contains(scheme)) {
      sink.violation(sink.location("traced_item", item.key(), "code"), scheme.name(), p.text());
    } else if (scheme == TraceScheme.HOUSEHOLD_PRODUCT) {
      if (item.household() == null) {
        sink.violation(
            sink.location("traced_item", item.key(), "household"),
            "HOUSEHOLD_PRODUCT without household",
            p.text(),
            Map.of("observed" + FindingSink.ZH, "HOUSEHOLD_PRODUCT 缺少农户"));
      } else if (item.product() == null) {
        sink.violation(
            sink.location("traced_item", item.key(), "product"),
            "HOUSEHOLD_PRODUCT without product",
            p.text(),
            Map.of("observed" + FindingSink.ZH, "HOUSEHOLD_PRODUCT 缺少产品"));
      }
    }
  }
}
