package org.epar.core.model;

/**
 * What a trainee did after training (DM-TRAIN-04, HN-TRAIN-03).
 *
 * @since 0.1.0
 */
public enum TrainingOutcome {
  /** 就业: employed. */
  EMPLOYED("就业"),
  /** 创业: started a business. */
  STARTED_BUSINESS("创业"),
  /** 开设网店: opened an online shop. */
  OPENED_SHOP("开设网店"),
  /** 暂无: no outcome yet. */
  NONE("暂无");

  private final String termZh;

  TrainingOutcome(String termZh) {
    this.termZh = termZh;
  }

  /**
   * The Chinese policy term.
   *
   * @return the term, e.g. {@code 就业}
   */
  public String termZh() {
    return termZh;
  }
}
