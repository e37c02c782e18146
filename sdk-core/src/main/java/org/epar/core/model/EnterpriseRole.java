package org.epar.core.model;

/**
 * Role of an enterprise in the programme.
 *
 * @since 0.1.0
 */
public enum EnterpriseRole {
  /** 承办企业: contractor running a programme item. */
  CONTRACTOR("承办企业"),
  /** 快递企业: express company integrated in the county logistics (DM-LOG-01). */
  EXPRESS_COMPANY("快递企业"),
  /** 溯源体系企业: member of the traceability system (DM-TRACE-01). */
  TRACEABILITY_MEMBER("溯源体系企业"),
  /** 电商企业: e-commerce enterprise (CQ-SUB-01). */
  ECOMMERCE("电商企业"),
  /** 乡村旅游经营主体: rural-tourism seller (CQ-SUB-01). */
  RURAL_TOURISM("乡村旅游经营主体"),
  /** 合作社: farmers' cooperative. */
  COOPERATIVE("合作社");

  private final String termZh;

  EnterpriseRole(String termZh) {
    this.termZh = termZh;
  }

  /**
   * The Chinese policy term.
   *
   * @return the term, e.g. {@code 承办企业}
   */
  public String termZh() {
    return termZh;
  }
}
