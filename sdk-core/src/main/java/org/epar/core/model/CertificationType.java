package org.epar.core.model;

/**
 * Certification of a product; 三品一标 are the first four (HLJ-CERT-01).
 *
 * @since 0.1.0
 */
public enum CertificationType {
  /** 地理标志: geographical indication. */
  GEOGRAPHICAL_INDICATION("地理标志"),
  /** 绿色食品: green food. */
  GREEN_FOOD("绿色食品"),
  /** 有机农产品: organic. */
  ORGANIC("有机农产品"),
  /** 无公害农产品: pollution-free. */
  POLLUTION_FREE("无公害农产品"),
  /** 其他认证: any other certification; not one of 三品一标. */
  OTHER("其他认证");

  private final String termZh;

  CertificationType(String termZh) {
    this.termZh = termZh;
  }

  /**
   * The Chinese policy term.
   *
   * @return the term, e.g. {@code 地理标志}
   */
  public String termZh() {
    return termZh;
  }
}
