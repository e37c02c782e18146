package org.epar.validation.rules.chongqing;

import org.epar.core.model.Product;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RecordRule;
import org.epar.validation.spi.RuleContext;

/**
 * CQ-TRACE-01 on products: trace codes cover the main and the branded products from field to table
 * (主要农产品和品牌农产品“从田间到餐桌”全程追溯, 二(五)).
 *
 * <p>Reading: a product that is a main product ({@code main_product} true) or carries a {@code
 * brand} must be {@code traced}; otherwise a finding at the product, path {@code traced}, observed
 * {@code none}. A product whose {@code main_product} is unknown (null) or false is judged by its
 * brand alone.
 */
final class BrandedProductTracedRule {

  /** The rule; stateless. */
  static final RecordRule<Product> RULE =
      RecordRule.of(TraceSchemeRule.ID, Product.class, BrandedProductTracedRule::check);

  private BrandedProductTracedRule() {}

  private static void check(Product product, RuleContext ctx, FindingSink sink) {
    boolean main = Boolean.TRUE.equals(product.mainProduct());
    if ((main || product.brand() != null) && !product.traced()) {
      sink.violation(
          sink.location("product", product.key(), "traced"),
          "none",
          String.join(",", ctx.settings().list("supported_schemes")));
    }
  }
}
