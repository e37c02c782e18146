package org.epar.validation.rules.chongqing;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.OnlineShop;
import org.epar.core.model.Township;
import org.epar.validation.Location;
import org.epar.validation.internal.Shares;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;

/**
 * CQ-SHOP-02: each deep-poverty township (深度贫困乡镇) has at least
 * {@code shops_per_deep_poverty_township_min} shops on a major e-commerce platform by
 * {@code deadline} (二(六)).
 *
 * <p>Reading: a shop counts for the township its division lies in when it is on a
 * {@code major_platform}; the share of townships with {@code deep_poverty} that have enough shops
 * must be 100%; observed is the share, threshold {@code 1}.
 */
public final class DeepPovertyShopsRule implements DatasetRule<DeepPovertyShopsRule.State> {

  /** The rule ID. */
  public static final String ID = "CQ-SHOP-02";

  /** Deep-poverty townships and major-platform shops per township. */
  public static final class State {
    final Set<String> deep = new HashSet<>();
    final Map<String, Long> shops = new HashMap<>();
  }

  /** Creates the rule; it is stateless. */
  public DeepPovertyShopsRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public State newState(RuleContext ctx) {
    return new State();
  }

  @Override
  public void accumulate(State s, Object record, long index, RuleContext ctx) {
    if (record instanceof Township t && t.deepPoverty() && t.code() != null) {
      s.deep.add(t.code().value());
    } else if (record instanceof OnlineShop shop && shop.majorPlatform()
        && shop.division() != null) {
      shop.division().township().map(DivisionCode::value)
          .ifPresent(t -> s.shops.merge(t, 1L, Long::sum));
    }
  }

  @Override
  public State combine(State left, State right) {
    left.deep.addAll(right.deep);
    right.shops.forEach((k, v) -> left.shops.merge(k, v, Long::sum));
    return left;
  }

  @Override
  public void finish(State s, RuleContext ctx, FindingSink sink) {
    long min = ctx.settings().integer("shops_per_deep_poverty_township_min");
    long covered = 0;
    for (String t : s.deep) {
      if (s.shops.getOrDefault(t, 0L) >= min) {
        covered++;
      }
    }
    sink.target(Location.dataset().withPath("online_shops"), Shares.of(covered, s.deep.size()),
        BigDecimal.ONE, ctx.settings().date("deadline"));
  }
}
