package org.epar.validation.rules.chongqing;

import java.math.BigDecimal;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.OnlineShop;
import org.epar.core.model.Township;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.KeyedCounts;
import org.epar.validation.spi.RuleContext;
import org.epar.validation.spi.Shares;

/**
 * CQ-SHOP-02: each deep-poverty township (深度贫困乡镇) has at least {@code
 * shops_per_deep_poverty_township_min} shops on a major e-commerce platform by {@code deadline}
 * (二(六)).
 *
 * <p>Reading: a shop counts for the township its division lies in when it is on a {@code
 * major_platform}; the share of townships with {@code deep_poverty} that have enough shops must be
 * 100%; observed is the share, threshold {@code 1}.
 */
final class DeepPovertyShopsRule implements DatasetRule<KeyedCounts> {

  /** The rule ID. */
  static final String ID = "CQ-SHOP-02";

  /** Creates the rule; it is stateless. */
  DeepPovertyShopsRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public KeyedCounts newState(RuleContext ctx) {
    return new KeyedCounts();
  }

  @Override
  public void accumulate(KeyedCounts s, Object record, long index, RuleContext ctx) {
    if (record instanceof Township t && t.deepPoverty() && t.code() != null) {
      s.addMember(t.code().value());
    } else if (record instanceof OnlineShop shop
        && shop.majorPlatform()
        && shop.division() != null) {
      shop.division().township().map(DivisionCode::value).ifPresent(s::count);
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return OnlineShop.class.isAssignableFrom(type) || Township.class.isAssignableFrom(type);
  }

  @Override
  public KeyedCounts combine(KeyedCounts left, KeyedCounts right) {
    return left.combine(right);
  }

  @Override
  public void finish(KeyedCounts s, RuleContext ctx, FindingSink sink) {
    long covered = s.coveredAtLeast(ctx.settings().integer("shops_per_deep_poverty_township_min"));
    sink.target(
        Location.dataset().withPath("online_shops"),
        Shares.of(covered, s.populationSize()),
        BigDecimal.ONE,
        ctx.settings().date("deadline"));
  }
}
