package org.epar.core.model;

/**
 * Kind of recognition or showcase counted by the targets (HLJ-DEMO-01, HN-DEMO-02).
 *
 * @since 0.1.0
 */
public enum RecognitionKind {
  /** 先进县: advanced county. */
  ADVANCED_COUNTY("先进县"),
  /** 先进乡镇: advanced township. */
  ADVANCED_TOWNSHIP("先进乡镇"),
  /** 优秀带头人: excellent e-commerce leader. */
  EXCELLENT_LEADER("优秀带头人"),
  /** 网销品牌: best-selling online product brand. */
  BEST_SELLING_BRAND("网销品牌"),
  /** 典型案例: typical case. */
  TYPICAL_CASE("典型案例"),
  /** 一村一品电商示范村: one-village-one-product e-commerce village. */
  ONE_VILLAGE_ONE_PRODUCT("一村一品电商示范村");

  private final String termZh;

  RecognitionKind(String termZh) {
    this.termZh = termZh;
  }

  /**
   * The Chinese policy term.
   *
   * @return the term, e.g. {@code 先进县}
   */
  public String termZh() {
    return termZh;
  }
}
