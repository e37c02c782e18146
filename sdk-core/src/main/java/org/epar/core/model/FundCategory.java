package org.epar.core.model;

/**
 * Category of a fund allocation: the tree of DM-FUND-01.
 *
 * @since 0.1.0
 */
public enum FundCategory {
  /** 农产品上行: upward flow of rural products (parent). */
  UPWARD("农产品上行"),
  /**
   * 标准化、认证、品牌培育、质量追溯: standardisation, certification, brand and quality traceability (child of
   * UPWARD).
   */
  UPWARD_STANDARDS("标准化、认证、品牌培育、质量追溯"),
  /**
   * 分级包装、预冷、初加工: grading, packing, pre-cooling and primary processing infrastructure (child of
   * UPWARD).
   */
  UPWARD_PROCESSING("分级包装、预冷、初加工"),
  /** 县乡村三级仓储物流: three-tier warehousing and logistics (child of UPWARD). */
  UPWARD_LOGISTICS("县乡村三级仓储物流"),
  /** 公共服务中心和服务站点: public service centre and village stations (parent). */
  SERVICE_SYSTEM("公共服务中心和服务站点"),
  /** 县级公共服务中心: county public service centre (child of SERVICE_SYSTEM). */
  SERVICE_CENTRE("县级公共服务中心"),
  /** 村级服务站点: village stations (child of SERVICE_SYSTEM). */
  VILLAGE_STATIONS("村级服务站点"),
  /** 电商培训: training. */
  TRAINING("电商培训"),
  /** 其他: anything else. */
  OTHER("其他");

  private final String termZh;

  FundCategory(String termZh) {
    this.termZh = termZh;
  }

  /**
   * The Chinese policy term.
   *
   * @return the term, e.g. {@code 农产品上行}
   */
  public String termZh() {
    return termZh;
  }
}
