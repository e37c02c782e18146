package org.epar.validation.rules.daming;

import java.util.List;
import org.epar.core.model.Brand;
import org.epar.core.model.BrandKind;
import org.epar.core.model.Product;
import org.epar.validation.spi.CountTarget;
import org.epar.validation.spi.CountTargetRule;
import org.epar.validation.spi.RuleContext;

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
final class DmSiteProductsRule extends CountTargetRule {

  /** The rule ID. */
  static final String ID = "DM-PROD-01";

  /** Creates the rule; it is stateless. */
  DmSiteProductsRule() {
    super(
        List.of(
            CountTarget.of("brands_min", "brands"),
            CountTarget.of("county_brands_min", "brands"),
            CountTarget.of("products_min", "products"),
            CountTarget.of("circulation_standards_min", "products")));
  }

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public void accumulate(long[] state, Object record, long index, RuleContext ctx) {
    if (record instanceof Brand b) {
      state[0]++;
      if (b.kind() == BrandKind.COUNTY_PUBLIC) {
        state[1]++;
      }
    } else if (record instanceof Product p) {
      if (p.developed()) {
        state[2]++;
      }
      if (p.circulationStandard()) {
        state[3]++;
      }
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return Brand.class.isAssignableFrom(type) || Product.class.isAssignableFrom(type);
  }
}
