package org.epar.core.model;

/**
 * Kind of brand (DM-PROD-01, GD-BRAND-01).
 *
 * @since 0.1.0
 */
public enum BrandKind {
  /** 县域公共品牌: county public brand. */
  COUNTY_PUBLIC("县域公共品牌"),
  /** 区域公用品牌: regional public brand (统一注册、统一包装、统一标准、统一推广). */
  REGIONAL_PUBLIC("区域公用品牌"),
  /** 企业品牌: enterprise brand. */
  ENTERPRISE("企业品牌"),
  /** 产品品牌: product brand. */
  PRODUCT("产品品牌");

  private final String termZh;

  BrandKind(String termZh) {
    this.termZh = termZh;
  }

  /**
   * The Chinese policy term.
   *
   * @return the term, e.g. {@code 县域公共品牌}
   */
  public String termZh() {
    return termZh;
  }
}
