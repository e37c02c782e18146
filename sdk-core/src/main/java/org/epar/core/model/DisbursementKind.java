package org.epar.core.model;

/**
 * Kind of a fund disbursement (DM-FUND-05).
 *
 * @since 0.1.0
 */
public enum DisbursementKind {
  /** 预付款: advance after work starts. */
  ADVANCE("预付款"),
  /** 进度款: progress payment. */
  PROGRESS("进度款"),
  /** 质保金: release of the retention. */
  RETENTION("质保金"),
  /** 尾款: final payment after acceptance. */
  FINAL("尾款");

  private final String termZh;

  DisbursementKind(String termZh) {
    this.termZh = termZh;
  }

  /**
   * The Chinese policy term.
   *
   * @return the term, e.g. {@code 预付款}
   */
  public String termZh() {
    return termZh;
  }
}
