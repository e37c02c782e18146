package org.epar.validation.rules.guangdong;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.Brand;
import org.epar.core.model.BrandKind;
import org.epar.core.model.County;
import org.epar.core.model.DemonstrationProgramme;
import org.epar.core.model.Product;
import org.epar.core.model.RecordType;
import org.epar.core.model.Village;
import org.epar.core.money.Ratio;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.Demonstrations;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * GD-BRAND-01: a regional public brand (区域公用品牌: 统一注册、统一包装、统一标准、统一推广) is built only on a product
 * produced in at least {@code poor_village_share_min} (60%) of the county's poor villages
 * (产品覆盖率不低于县60%贫困村, 二(二)).
 *
 * <p>Reading: for every brand of kind {@code REGIONAL_PUBLIC}, the share is the number of the
 * county's designated poor villages ({@code registered_poor} village records of the county) listed
 * in the branded product's {@code villages}, over the number of the county's designated poor
 * villages; the comparison is exact. The county is the brand's {@code county}, or, when absent, the
 * single county of the product's villages. A brand whose product is missing or unresolved produces
 * in no village. A brand whose county cannot be told, or whose county has no designated poor
 * village in the submission, is not checked (nothing to measure against). Findings are located at
 * the brand, path {@code product}; observed = the share rounded down to 4 decimals.
 *
 * <p>Catalog revision 2: "重点" marks a priority, not a ban, so a brand below the share is a WARNING
 * (the rule's default severity); and only national or provincial demonstration counties of the
 * e-commerce-into-villages programme are judged (the county's {@code demonstrations} entry for
 * {@code ECOMMERCE_INTO_VILLAGES}, designated by the as-of year; else, when that programme is not
 * listed, the legacy {@code demonstration} flag): a brand of a county that is not one, or whose
 * county record is not in the submission, is not checked.
 *
 * <p>Parameters: {@code poor_village_share_min}.
 */
final class RegionalBrandRule implements DatasetRule<RegionalBrandRule.State> {

  /** The rule ID. */
  static final String ID = "GD-BRAND-01";

  /** A regional public brand as seen in the input. */
  record BrandRef(String key, long index, @Nullable String county, @Nullable String product) {}

  /** Poor villages, product villages (12-digit codes) and regional brands in input order. */
  static final class State {
    final Set<String> poorVillages = new HashSet<>();
    final Map<String, Set<String>> productVillages = new HashMap<>();
    final List<BrandRef> brands = new ArrayList<>();
    final Set<String> demonstrationCounties = new HashSet<>();
  }

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
    if (record instanceof County c
        && Demonstrations.isDemonstration(
            c, DemonstrationProgramme.ECOMMERCE_INTO_VILLAGES, ctx.asOf().getYear())) {
      String code = Divisions.county(c.code());
      if (code != null) {
        s.demonstrationCounties.add(code);
      }
    } else if (record instanceof Village v && v.registeredPoor()) {
      String code = Divisions.value(v.code());
      if (code != null) {
        s.poorVillages.add(code);
      }
    } else if (record instanceof Product p && p.id() != null) {
      Set<String> villages = new HashSet<>();
      for (DivisionCode c : p.villages()) {
        String code = Divisions.value(c);
        if (code != null) {
          villages.add(code);
        }
      }
      s.productVillages.putIfAbsent(p.id(), villages);
    } else if (record instanceof Brand b && b.kind() == BrandKind.REGIONAL_PUBLIC) {
      s.brands.add(new BrandRef(b.key(), index, Divisions.county(b.county()), b.product()));
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return Brand.class.isAssignableFrom(type)
        || Product.class.isAssignableFrom(type)
        || Village.class.isAssignableFrom(type)
        || County.class.isAssignableFrom(type);
  }

  @Override
  public State combine(State left, State right) {
    left.poorVillages.addAll(right.poorVillages);
    right.productVillages.forEach(left.productVillages::putIfAbsent);
    left.brands.addAll(right.brands);
    left.demonstrationCounties.addAll(right.demonstrationCounties);
    return left;
  }

  @Override
  public void finish(State s, RuleContext ctx, FindingSink sink) {
    BigDecimal min = ctx.settings().decimal("poor_village_share_min");
    for (BrandRef b : s.brands) {
      Set<String> villages =
          b.product() == null ? Set.of() : s.productVillages.getOrDefault(b.product(), Set.of());
      String county = b.county() != null ? b.county() : singleCounty(villages);
      if (county == null || !s.demonstrationCounties.contains(county)) {
        continue;
      }
      long poor = 0;
      long producing = 0;
      for (String v : s.poorVillages) {
        if (Divisions.countyOf(v).equals(county)) {
          poor++;
          producing += villages.contains(v) ? 1 : 0;
        }
      }
      if (poor > 0 && !Ratio.of(producing, poor).isAtLeast(min)) {
        Location at = new Location(RecordType.BRAND.wireName(), b.key(), "product", b.index());
        sink.violation(
            at, Divisions.share(producing, poor, min).toPlainString(), min.toPlainString());
      }
    }
  }

  private static @Nullable String singleCounty(Set<String> villages) {
    String county = null;
    for (String v : villages) {
      String c = Divisions.countyOf(v);
      if (county != null && !county.equals(c)) {
        return null;
      }
      county = c;
    }
    return county;
  }
}
