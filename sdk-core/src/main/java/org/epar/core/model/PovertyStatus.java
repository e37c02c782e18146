package org.epar.core.model;

/**
 * Poverty status of a registered household (建档立卡贫困户).
 *
 * @since 0.1.0
 */
public enum PovertyStatus {
  /** 未脱贫: still registered as poor. */
  POOR("未脱贫"),
  /** 已脱贫: lifted out of poverty. */
  LIFTED("已脱贫"),
  /** 返贫: returned to poverty. */
  RETURNED("返贫");

  private final String termZh;

  PovertyStatus(String termZh) {
    this.termZh = termZh;
  }

  /**
   * The Chinese policy term.
   *
   * @return the term, e.g. {@code 未脱贫}
   */
  public String termZh() {
    return termZh;
  }
}
