package org.epar.core.model;

/**
 * A service a site offers (DM-SVC-01, HN-SVC-01).
 *
 * @since 0.1.0
 */
public enum SiteService {
  /** 代买: buying on behalf of villagers. */
  BUY_ON_BEHALF("代买"),
  /** 代卖: selling on behalf of villagers. */
  SELL_ON_BEHALF("代卖"),
  /** 代收代缴: collecting and paying fees. */
  FEE_COLLECTION("代收代缴"),
  /** 助农取款: cash withdrawal for farmers. */
  CASH_WITHDRAWAL("助农取款"),
  /** 保险信贷: insurance and credit. */
  INSURANCE_CREDIT("保险信贷"),
  /** 生活服务: life services. */
  LIFE_SERVICES("生活服务"),
  /** 日用品购买: daily goods purchase. */
  DAILY_GOODS("日用品购买"),
  /** 农产品销售: product sales. */
  PRODUCT_SALES("农产品销售"),
  /** 政策信息: policy information. */
  POLICY_INFO("政策信息"),
  /** 代办服务: agency services. */
  AGENCY("代办服务"),
  /** 快递收发: parcel sending and receiving. */
  PARCELS("快递收发");

  private final String termZh;

  SiteService(String termZh) {
    this.termZh = termZh;
  }

  /**
   * The Chinese policy term.
   *
   * @return the term, e.g. {@code 代买}
   */
  public String termZh() {
    return termZh;
  }
}
