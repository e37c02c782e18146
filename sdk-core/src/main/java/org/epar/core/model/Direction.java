package org.epar.core.model;

/**
 * Direction of a transaction or shipment.
 *
 * @since 0.1.0
 */
public enum Direction {
  /** 农产品上行: rural products sold upward to cities. */
  UPWARD("农产品上行"),
  /** 工业品下行: goods bought on behalf of villagers (代购) and delivered down. */
  DOWNWARD("工业品下行");

  private final String termZh;

  Direction(String termZh) {
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
