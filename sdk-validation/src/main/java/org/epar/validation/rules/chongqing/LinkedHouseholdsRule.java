package org.epar.validation.rules.chongqing;

import java.util.List;
import java.util.Map;
import org.epar.core.model.OnlineShop;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RecordRule;
import org.epar.validation.spi.RuleContext;

/**
 * CQ-LINK-01 on online shops: a demonstration shop names at least {@code linked_households_min}
 * registered poor households it buys from or serves (一店带多户, 四(五)).
 *
 * <p>Reading: online shops with {@code demonstration}; the distinct non-null ids of
 * {@code linked_households} are counted (that they are registered poor is CORE-REF-01's and the
 * household's concern). See {@link LeaderLinksRule} for leaders.
 */
public final class LinkedHouseholdsRule implements RecordRule<OnlineShop> {

  /** The rule ID. */
  public static final String ID = "CQ-LINK-01";

  /** Creates the rule; it is stateless. */
  public LinkedHouseholdsRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public Class<OnlineShop> type() {
    return OnlineShop.class;
  }

  @Override
  public void check(OnlineShop shop, RuleContext ctx, FindingSink sink) {
    if (shop.demonstration()) {
      report("online_shop", shop.key(), shop.linkedHouseholds(), ctx, sink);
    }
  }

  static void report(
      String type, String id, List<String> linked, RuleContext ctx, FindingSink sink) {
    long min = ctx.settings().integer("linked_households_min");
    long n = linked.stream().filter(java.util.Objects::nonNull).distinct().count();
    if (n < min) {
      sink.violation(sink.location(type, id, "linked_households"), id, Long.toString(min),
          Map.of("count", Long.toString(n)));
    }
  }
}
