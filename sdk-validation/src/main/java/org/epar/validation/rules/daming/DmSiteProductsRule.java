package org.epar.validation.rules.daming;

import org.epar.core.model.Brand;
import org.epar.core.model.BrandKind;
import org.epar.core.model.Product;
import org.epar.validation.spi.CountTargetRule;
import org.epar.validation.spi.DatasetRule;

/**
 * DM-PROD-01: at least {@code brands_min} brands including {@code county_brands_min} county brand
 * (县域品牌); {@code products_min} to {@code products_max} products (单品) developed; at least {@code
 * circulation_standards_min} product circulation standard (农产品流通标准), by {@code deadline}.
 *
 * <p>Reading (catalog revision 2): the plan (六(二)2) says 5–10 <em>brands</em>, the acceptance
 * standard ≥ 5 brands and 5–10 <em>products</em>; the catalog takes the standard, the acceptance
 * text. The deadline is the end of the operation stage that develops them (2018-08-31 for Daming).
 * Brands are the {@link Brand} records; county brands those of kind {@link
 * BrandKind#COUNTY_PUBLIC}; developed products the {@link Product} records with {@link
 * Product#developed()}; circulation standards the products with {@link
 * Product#circulationStandard()} (the model records a standard on the product it governs). The
 * upper end {@code products_max} is the planned range, not a cap: developing more is not a finding.
 * Each count is its own target, at a dataset location with the parameter name as object id and path
 * {@code brands} or {@code products}. Nothing submitted counts as zero.
 *
 * <p>State: four counters.
 *
 * @since 0.1.0
 */
final class DmSiteProductsRule {

  /** The rule ID. */
  static final String ID = "DM-PROD-01";

  /** The rule; stateless. */
  static final DatasetRule<long[]> RULE =
      CountTargetRule.builder(ID)
          .count("brands_min", "brands", Brand.class)
          .count(
              "county_brands_min", "brands", Brand.class, b -> b.kind() == BrandKind.COUNTY_PUBLIC)
          .count("products_min", "products", Product.class, Product::developed)
          .count(
              "circulation_standards_min", "products", Product.class, Product::circulationStandard)
          .build();

  private DmSiteProductsRule() {}
}
