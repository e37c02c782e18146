package org.epar.core.model;

/**
 * Where money for a fund or site comes from (HLJ-FUND-01).
 *
 * @since 0.1.0
 */
public enum FundingSource {
  /** 中央财政: central government special funds. */
  CENTRAL_GOVERNMENT("中央财政"),
  /** 地方政府: provincial, city or county government. */
  LOCAL_GOVERNMENT("地方政府"),
  /** 合作企业: partner enterprise. */
  PARTNER_ENTERPRISE("合作企业"),
  /** 社会力量: social donation. */
  SOCIAL_DONATION("社会力量"),
  /** 受益群众: contribution of the beneficiaries. */
  BENEFICIARY("受益群众");

  private final String termZh;

  FundingSource(String termZh) {
    this.termZh = termZh;
  }

  /**
   * The Chinese policy term.
   *
   * @return the term, e.g. {@code 中央财政}
   */
  public String termZh() {
    return termZh;
  }
}
