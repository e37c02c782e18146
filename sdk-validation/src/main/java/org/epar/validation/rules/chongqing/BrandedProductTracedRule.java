package org.epar.validation.rules.chongqing;

import org.epar.core.model.Product;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RecordRule;
import org.epar.validation.spi.RuleContext;

/**
 * CQ-TRACE-01 on products: trace codes cover the branded products from field to table
 * (品牌农产品“从田间到餐桌”全程追溯, 二(五)).
 *
 * <p>Reading: a product with a {@code brand} must be {@code traced}; otherwise a finding at the
 * product, path {@code traced}, observed {@code none}. Which products are "main" products is not in
 * the model, so only branded ones are checked.
 */
public final class BrandedProductTracedRule implements RecordRule<Product> {

  /** Creates the rule; it is stateless. */
  public BrandedProductTracedRule() {}

  @Override
  public String ruleId() {
    return TraceSchemeRule.ID;
  }

  @Override
  public Class<Product> type() {
    return Product.class;
  }

  @Override
  public void check(Product product, RuleContext ctx, FindingSink sink) {
    if (product.brand() != null && !product.traced()) {
      sink.violation(sink.location("product", product.key(), "traced"), "none",
          String.join(",", ctx.settings().list("supported_schemes")));
    }
  }
}
