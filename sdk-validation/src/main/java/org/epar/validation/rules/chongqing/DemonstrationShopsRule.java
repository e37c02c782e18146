package org.epar.validation.rules.chongqing;

import java.math.BigDecimal;
import org.epar.core.model.OnlineShop;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;

/**
 * CQ-SHOP-01: at least {@code demo_shops_min} e-commerce poverty-alleviation demonstration online
 * shops (电子商务扶贫示范网店) by {@code deadline}.
 *
 * <p>Reading: online shops with {@code demonstration} are counted.
 */
final class DemonstrationShopsRule implements DatasetRule<long[]> {

  /** The rule ID. */
  static final String ID = "CQ-SHOP-01";

  /** Creates the rule; it is stateless. */
  DemonstrationShopsRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public long[] newState(RuleContext ctx) {
    return new long[1];
  }

  @Override
  public void accumulate(long[] s, Object record, long index, RuleContext ctx) {
    if (record instanceof OnlineShop shop && shop.demonstration()) {
      s[0]++;
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return OnlineShop.class.isAssignableFrom(type);
  }

  @Override
  public long[] combine(long[] left, long[] right) {
    left[0] += right[0];
    return left;
  }

  @Override
  public void finish(long[] s, RuleContext ctx, FindingSink sink) {
    sink.target(
        Location.dataset().withPath("online_shops"),
        BigDecimal.valueOf(s[0]),
        ctx.settings().decimal("demo_shops_min"),
        ctx.settings().date("deadline"));
  }
}
