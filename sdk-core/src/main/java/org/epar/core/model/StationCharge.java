package org.epar.core.model;

/**
 * A charge levied on a village station by the contractor; all are banned (DM-FUND-06).
 *
 * @since 0.1.0
 */
public enum StationCharge {
  /** 押金: deposit. */
  DEPOSIT("押金"),
  /** 保证金: guarantee. */
  GUARANTEE("保证金"),
  /** 设备费: equipment fee. */
  EQUIPMENT_FEE("设备费");

  private final String termZh;

  StationCharge(String termZh) {
    this.termZh = termZh;
  }

  /**
   * The Chinese policy term.
   *
   * @return the term, e.g. {@code 押金}
   */
  public String termZh() {
    return termZh;
  }
}
